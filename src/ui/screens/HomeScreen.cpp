// Home: what this meeting is, where, who chairs it and who is present. The facilitator starts
// a new meeting here (wijk and type, with the type's defaults), reopens one, and adds people.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "domain/Agenda.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/screens/HomeScreen.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

void fact(const char* label, const std::string& value, float labelWidth) {
    if (value.empty()) return;
    text(tr(label), palette().muted, -1);
    ImGui::SameLine(labelWidth);
    text(value);
}

void newMeeting(ScreenContext& c, HomeState& st) {
    const Palette& p = palette();
    cardBegin("new-meeting");
    textIn(c.fonts.large, tr("home.new_meeting"));
    text(tr("home.meeting_type"), p.muted);
    std::vector<std::string> types;
    std::vector<MeetingType> typeValues;
    for (const auto& m : c.config.policy.meetings) {
        types.push_back(m.label);
        typeValues.push_back(m.type);
    }
    const MeetingDefaults* chosen = c.config.meeting(st.type);
    if (int k = chooser(types, chosen ? chosen->label : "", "type"); k >= 0) st.type = typeValues[static_cast<std::size_t>(k)];
    if (chosen) {
        std::string parts = chosen->closed ? tr("home.starts_closed") : tr("home.starts_public");
        if (chosen->closed && chosen->publicPart) parts += std::string(" ") + tr("home.with_public_part");
        // The initiator in the config's own word for the party (its parties' labels).
        const auto party = parse<Party>(chosen->initiator);
        parts += "  ·  " + trf("home.initiator", party ? c.config.parties.at(*party) : chosen->initiator);
        text(parts + (chosen->result.empty() ? "" : "  ·  " + std::string(tr("home.result")) + ": " + chosen->result), p.muted);
    }
    // The wijken and kernen under their gebied, as the gebiedsindeling has them.
    text(tr("home.area"), p.muted);
    std::vector<std::string> gebieden;
    for (const auto& a : c.config.areas)
        if (std::find(gebieden.begin(), gebieden.end(), a.gebied) == gebieden.end()) gebieden.push_back(a.gebied);
    for (const auto& gebied : gebieden) {
        std::vector<std::string> areas;
        for (const auto& a : c.config.areas)
            if (a.gebied == gebied) areas.push_back(a.name);
        if (gebieden.size() > 1) {
            std::string heading = gebied.empty() ? tr("planning.no_gebied") : gebied;
            // Who answers for the gebied: its gebiedswethouder and contact person, from the config.
            if (const io::Gebied* g = c.config.gebied(gebied)) {
                if (!g->wethouder.empty()) heading += "  ·  " + g->wethouder;
                if (!g->contact.empty()) heading += "  ·  " + trf("home.contact", g->contact);
            }
            text(heading, p.primary);
        }
        if (int k = chooser(areas, st.wijk, "area" + gebied); k >= 0) st.wijk = areas[static_cast<std::size_t>(k)];
    }
    // The answer scheme of this meeting: its type's unless the facilitator picks the other.
    text(tr("home.answers"), p.muted);
    const ResponseScheme scheme = st.scheme ? *st.scheme : chosen ? chosen->scheme : c.config.policy.scheme;
    const std::vector<std::string> schemes = {tr("home.scheme_nu_ooit_nooit"), tr("home.scheme_ja_nee_ja_mits")};
    if (int k = chooser(schemes, schemes[scheme == ResponseScheme::JaNeeJaMits ? 1 : 0], "scheme"); k >= 0)
        st.scheme = k == 1 ? ResponseScheme::JaNeeJaMits : ResponseScheme::NuOoitNooit;
    ImGui::Dummy({0, em() * 0.3f});
    ImGui::BeginDisabled(st.wijk.empty());
    if (button(tr("home.start_meeting"), {em() * 10, 0})) {
        c.out.push_back(StartSession{st.type, st.wijk, scheme});
        st = {};
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button(tr("ideas.cancel"), {em() * 9, 0}, Tone::Secondary)) st.choosing = false;
    cardEnd();
}

void addPerson(ScreenContext& c, HomeState& st) {
    const Palette& p = palette();
    cardBegin("add-person");
    textIn(c.fonts.large, tr("home.add_person"));
    text(tr("home.name"), p.muted);
    textField(tr("home.name"), &st.name);
    text(tr("home.role"), p.muted);
    if (int k = chooser(c.config.roles, st.role, "role"); k >= 0) st.role = c.config.roles[static_cast<std::size_t>(k)];
    text(tr("home.organisation"), p.muted);
    textField(tr("home.organisation"), &st.organisation);
    if (isResidentRole(st.role)) {
        // AVG: a resident's name is shown and exported publicly only with this consent.
        if (button(st.consent ? std::string("✓ ") + tr("home.consent") : std::string("☐ ") + tr("home.consent"),
                   {0, 0}, st.consent ? Tone::Selected : Tone::Secondary, "consent"))
            st.consent = !st.consent;
    }
    ImGui::Dummy({0, em() * 0.3f});
    ImGui::BeginDisabled(isBlank(st.name) && isBlank(st.role));
    if (button(tr("home.add"), {em() * 9, 0})) {
        c.send(AddParticipant{st.name, st.role, st.organisation, st.consent});
        st.addingPerson = false;
        st.name.clear();
        st.organisation.clear();
        st.consent = false;
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button(tr("ideas.cancel"), {em() * 9, 0}, Tone::Secondary)) st.addingPerson = false;
    cardEnd();
}

void editInfo(ScreenContext& c, HomeState& st) {
    const Palette& p = palette();
    cardBegin("edit-info");
    text(tr("home.title_field"), p.muted);
    textField(tr("home.title_field"), &st.title);
    text(tr("home.where"), p.muted);
    textField(tr("home.where"), &st.location);
    text(tr("home.chair"), p.muted);
    textField(tr("home.chair"), &st.chair);
    // The times as the agenda and the invitation use them: 19:30.
    text(tr("home.time_field"), p.muted);
    textField(tr("home.time_field"), &st.time);
    text(tr("home.public_at_field"), p.muted);
    textField(tr("home.public_at_field"), &st.publicAt);
    // A meeting that goes deep into dossiers (a wijkwerkoverleg) names them.
    const MeetingDefaults* m = c.config.meeting(c.session.info.type);
    if ((m && m->dossier) || !st.dossier.empty()) {
        text(tr("home.dossier"), p.muted);
        textField(tr("home.dossier"), &st.dossier, em() * 2.6f);
    }
    ImGui::BeginDisabled(isBlank(st.title));
    if (button(tr("ideas.save"), {em() * 9, 0})) {
        c.send(EditSessionInfo{st.title, st.location, st.chair, st.dossier, st.time, st.publicAt});
        st.editingInfo = false;
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button(tr("ideas.cancel"), {em() * 9, 0}, Tone::Secondary)) st.editingInfo = false;
    cardEnd();
}

// Platform31's seven bouwstenen of an agile approach, each rated by a tap from absent (1) to
// strong (5); a tap on the lit rating takes it back. The result joins the werkagenda.
void bouwstenenCard(ScreenContext& c, HomeState& st) {
    const Palette& p = palette();
    cardBegin("bouwstenen");
    textIn(c.fonts.large, tr("home.bouwstenen"));
    text(tr("bouwsteen.intro"), p.muted, ImGui::GetContentRegionAvail().x);
    for (int i = 0; i < 7; ++i) {
        const std::string k = "bouwsteen." + std::to_string(i + 1);
        ImGui::Dummy({0, em() * 0.3f});
        textIn(c.fonts.bold, tr(k + ".name"));
        text(tr(k + ".text"), p.muted, ImGui::GetContentRegionAvail().x);
        const int score = c.session.info.bouwstenen[static_cast<std::size_t>(i)];
        for (int v = 1; v <= 5; ++v) {
            const std::string label = std::to_string(v) + " " + tr("bouwsteen.score." + std::to_string(v));
            const Tone tone = v == score ? Tone::Selected : Tone::Secondary;
            const std::string id = k + "-" + std::to_string(v);
            const bool tapped = v == 1 ? button(label, {ImGui::CalcTextSize(label.c_str()).x + em() * 1.6f, em() * 2.2f}, tone, id)
                                       : flowButton(label, tone, id);
            if (tapped)
                c.send(RateBouwsteen{i, v == score ? 0 : v});
        }
    }
    ImGui::Dummy({0, em() * 0.3f});
    if (button(tr("home.close_card"), {em() * 9, 0}, Tone::Secondary, "close-bouwstenen")) st.rating = false;
    cardEnd();
}

// The advisor's way out with the record: minutes, plan and session to a USB stick or the home
// folder, public or internal; and the AVG clean-up of residents' personal data.
void exportCard(ScreenContext& c, HomeState& st) {
    const Palette& p = palette();
    cardBegin("export");
    textIn(c.fonts.large, tr("home.export_title"));
    text(tr("home.export_folder"), p.muted);
    static const std::vector<std::string> kNone;
    const std::vector<std::string>& folders = c.exportFolders ? *c.exportFolders : kNone;
    if (st.folder.empty() && !folders.empty()) st.folder = folders.front();
    if (folders.empty()) text(tr("home.export_no_folder"), p.bad);
    const int k = chooser(folders, st.folder, "folder");
    if (k >= 0) st.folder = folders[static_cast<std::size_t>(k)];
    text(tr("home.export_audience"), p.muted);
    const std::vector<std::string> audiences = {tr("home.export_public"), tr("home.export_internal")};
    const int a = chooser(audiences, audiences[st.audience == Audience::Public ? 0 : 1], "audience");
    if (a >= 0) st.audience = a == 0 ? Audience::Public : Audience::Internal;
    text(tr(st.audience == Audience::Public ? "home.export_public_hint" : "home.export_internal_hint"), p.muted);
    ImGui::Dummy({0, em() * 0.3f});
    ImGui::BeginDisabled(st.folder.empty());
    if (button(tr("home.export_go"), {0, 0}, Tone::Primary, "export-go")) c.out.push_back(ExportFiles{st.folder, st.audience});
    ImGui::SameLine();
    if (button(tr("home.export_invitation"), {0, 0}, Tone::Secondary, "export-invitation"))
        c.out.push_back(ExportFiles{st.folder, st.audience, ExportFiles::What::Invitation});
    // The answer letters hold residents' names and contacts: only with the internal version.
    if (st.audience == Audience::Internal && flowButton(tr("home.export_letters"), Tone::Secondary, "export-letters"))
        c.out.push_back(ExportFiles{st.folder, st.audience, ExportFiles::What::Letters});
    if (flowButton(tr("home.export_progress"), Tone::Secondary, "export-progress"))
        c.out.push_back(ExportFiles{st.folder, st.audience, ExportFiles::What::Progress});
    // The meeting as the archive keeps it (issue 35): a folder of its own, with its checksums.
    if (flowButton(tr("home.export_package"), Tone::Secondary, "export-package"))
        c.out.push_back(ExportFiles{st.folder, st.audience, ExportFiles::What::Package});
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button(tr("home.export_close"), {0, 0}, Tone::Secondary, "export-close")) st.exporting = false;

    ImGui::Dummy({0, em() * 0.5f});
    textIn(c.fonts.bold, tr("home.purge_title"));
    text(trf("home.purge_hint", std::to_string(c.config.policy.retentionMonths)), p.muted);
    if (!st.confirmPurge) {
        if (button(tr("home.purge"), {0, 0}, Tone::Secondary, "purge")) st.confirmPurge = true;
    } else {
        if (button(tr("home.purge_confirm"), {0, 0}, Tone::Danger, "purge-confirm")) {
            c.out.push_back(PurgePersonalData{});
            st.confirmPurge = false;
        }
        ImGui::SameLine();
        if (button(tr("ideas.cancel"), {0, 0}, Tone::Secondary, "purge-cancel")) st.confirmPurge = false;
    }
    cardEnd();
}

void earlierSessions(ScreenContext& c) {
    if (!c.sessions || c.sessions->size() < 2) return;
    textIn(c.fonts.large, tr("home.earlier"));
    int shown = 0;
    for (auto it = c.sessions->rbegin(); it != c.sessions->rend() && shown < 8; ++it) {
        if (it->id == c.session.info.id) continue;
        const std::string label = dateWords(it->date) + "  ·  " + it->title;
        if (button(label, {0, 0}, Tone::Secondary, "open" + std::to_string(it->id))) c.out.push_back(OpenSession{it->id});
        ++shown;
    }
}

// "Wat is bereikt" (issue 32, "successen vieren"): the actions of the wijk done since its last
// meeting, with the day, at the start of the next one. Nothing closed in a public phase.
void achievedCard(ScreenContext& c) {
    const Session& s = c.session;
    std::string since;
    if (c.sessions)
        for (const auto& m : *c.sessions)
            if (m.wijk == s.info.wijk && m.date < s.info.date && m.date > since) since = m.date;
    if (since.empty()) return;  // a first meeting has no "since last time"
    std::vector<TrackedAction> all;
    if (c.wijkActions)
        for (const auto& t : *c.wijkActions)
            if (!(c.publicPhase && t.action.visibility == Visibility::Closed) && t.sessionDate <= s.info.date) all.push_back(t);
    for (const auto& a : s.actions) all.push_back({a, s.info.uid, s.info.title, s.info.date});
    const auto done = achievedSince(all, since);
    if (done.empty()) return;
    const Palette& p = palette();
    ImGui::Dummy({0, em() * 0.5f});
    cardBegin("achieved");
    textIn(c.fonts.large, trf("home.achieved", dateWords(since)));
    for (const auto& d : done) text("✓ " + d.tracked.action.what + "  (" + trf("home.achieved_on", dateWords(d.doneOn)) + ")", p.ok);
    cardEnd();
}

}  // namespace

// Residents join from their own phones: the facilitator turns it on for this meeting.
void phonesCard(ScreenContext& c) {
    const Palette& p = palette();
    const PhoneJoin& ph = *c.phones;
    cardBegin("phones");
    const float q = ph.on && ph.qr.size > 0 ? em() * 7 : 0;
    ImGui::BeginGroup();
    textIn(c.fonts.large, tr("phones.title"), 0, -1);
    text(tr(ph.on ? "phones.on_hint" : "phones.off_hint"), p.muted, em() * 24);
    if (ph.on) textIn(c.fonts.bold, shortAddress(ph.url), p.primary, -1);
    if (!ph.error.empty()) text(ph.error, p.bad, em() * 24);
    if (button(tr(ph.on ? "phones.turn_off" : "phones.turn_on"), {0, 0}, ph.on ? Tone::Secondary : Tone::Primary, "phones"))
        c.out.push_back(SetPhones{!ph.on});
    ImGui::EndGroup();
    if (q > 0) {
        ImGui::SameLine(0, em());
        const ImVec2 at = ImGui::GetCursorScreenPos();
        drawQr(ph.qr, at, q, tr("phones.qr"));
        ImGui::Dummy({q, q});
    }
    cardEnd();
}

// No meeting in the database yet (a fresh install): begin one, or plan; nothing else to show.
void noMeetingYet(ScreenContext& c, HomeState& st) {
    const Palette& p = palette();
    textIn(c.fonts.title, tr("home.no_meeting"), 0, -1);
    text(tr(c.facilitator() ? "home.no_meeting_hint" : "home.no_meeting_resident"), p.muted);
    if (!c.facilitator()) return;
    ImGui::Dummy({0, em() * 0.3f});
    if (!st.choosing) {
        if (button(tr("home.new_meeting"), {em() * 12, 0}, Tone::Accent)) st.choosing = true;
        ImGui::SameLine(0, em() * 0.4f);
        if (button(tr("home.planning"), {em() * 12, 0}, Tone::Secondary, "planning")) c.out.push_back(ShowPlanning{});
    }
    if (st.choosing) newMeeting(c, st);
}

void removeCard(ScreenContext& c, HomeState& st) {
    cardBegin("remove-meeting-card");
    textIn(c.fonts.large, tr("home.remove_confirm"));
    text(tr("home.remove_hint"), palette().muted);
    if (button(tr("home.remove_yes"), {0, 0}, Tone::Danger, "remove-yes")) {
        c.out.push_back(RemoveMeeting{});
        st.confirmRemove = false;
    }
    ImGui::SameLine();
    if (button(tr("ideas.cancel"), {0, 0}, Tone::Secondary, "remove-cancel")) st.confirmRemove = false;
    cardEnd();
}

void drawHomeScreen(ScreenContext& c, HomeState& st) {
    if (c.noMeeting) return noMeetingYet(c, st);
    const Session& s = c.session;
    const Palette& p = palette();
    if (st.shownUid != s.info.uid) {
        st.shownUid = s.info.uid;
        ImGui::SetScrollY(0);
    }
    textIn(c.fonts.title, s.info.title, 0, -1);
    if (c.facilitator() && !st.choosing) {
        // Beside the title where it fits, else on a line of their own: the title stays whole.
        const float titleRight = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
        const float buttonsX = ImGui::GetContentRegionAvail().x - em() * 24.4f;
        if (titleRight + em() < buttonsX) ImGui::SameLine(buttonsX);
        else ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), buttonsX));
        if (button(tr("home.planning"), {em() * 12, 0}, Tone::Secondary, "planning")) c.out.push_back(ShowPlanning{});
        ImGui::SameLine(0, em() * 0.4f);
        // Quiet while the agenda runs: "Volgend punt" is the tap the chair is after then.
        const Tone tone = currentItem(s.agenda) ? Tone::Secondary : Tone::Accent;
        if (button(tr("home.new_meeting"), {em() * 12, 0}, tone)) {
            st.choosing = true;
            if (st.wijk.empty()) st.wijk = s.info.wijk;
        }
    }
    if (st.choosing) newMeeting(c, st);
    if (st.editingInfo) editInfo(c, st);
    if (st.exporting && c.facilitator()) exportCard(c, st);
    if (st.confirmRemove && c.removable && c.facilitator()) removeCard(c, st);
    if (st.rating && c.facilitator()) bouwstenenCard(c, st);
    if (c.facilitator() && c.phones && c.phones->available) phonesCard(c);
    if (s.info.preparing) chip(tr("home.preparing"), p.warn, p.onPrimary);  // made at the office, not yet held
    // A resident with a round of statements or the evaluation to answer sees it first, under the
    // title: on a small screen the answers must not fall below the meeting's facts.
    const bool round = !c.facilitator() && drawAgreeRound(c, st.agree);
    const float lw = em() * 9;
    fact("home.where", s.info.location.empty() ? s.info.wijk : s.info.location + ", " + s.info.wijk, lw);
    fact("home.when", dateWords(s.info.date, true) + (s.info.time.empty() ? "" : ", " + io::timeWords(s.info.time, [](std::string_view k) { return std::string(tr(k)); })),
         lw);
    fact("home.chair", s.info.chair, lw);
    if (!s.info.dossier.empty()) fact("home.dossier", s.info.dossier, lw);
    if (const auto* m = c.config.meeting(s.info.type)) fact("home.result", m->result, lw);
    if (!c.facilitator()) text(tr("home.resident_hint"), p.primary);

    ImGui::Dummy({0, em() * 0.5f});
    chip(trn("home.ideas_count", static_cast<long long>(s.ideas.size())), p.primary, p.onPrimary);
    ImGui::SameLine();
    chip(trn("home.opgaven_count", static_cast<long long>(s.opgaven.size())), p.primary, p.onPrimary);
    ImGui::SameLine();
    chip(trn("home.actions_count", static_cast<long long>(s.actions.size())), p.primary, p.onPrimary);
    ImGui::SameLine();
    chip(trn("home.notes_count", static_cast<long long>(s.notes.size())), p.primary, p.onPrimary);

    // The open poll (to answer, or the facilitator's desk) and "Ik ben er", near the top; who
    // came and making a poll under the agenda.
    ImGui::Dummy({0, em() * 0.5f});
    // A round of statements or the evaluation (drawn above) goes before a single question and "Ik ben er".
    if (!round) drawVoice(c, st.voice);
    achievedCard(c);

    ImGui::Dummy({0, em() * 0.5f});
    textIn(c.fonts.large, tr("home.present"), 0, -1);
    if (c.facilitator() && !st.addingPerson) {
        ImGui::SameLine(ImGui::GetContentRegionAvail().x - em() * 12);
        if (button(tr("home.add_person"), {em() * 12, 0}, Tone::Secondary)) st.addingPerson = true;
    }
    if (st.addingPerson) addPerson(c, st);
    if (s.participants.empty()) text(tr("home.no_participants"), p.muted);
    const float avail = ImGui::GetContentRegionAvail().x;
    const int cols = std::max(1, static_cast<int>(avail / (em() * 16)));
    const float gap = em() * 0.6f;
    const float w = (avail - gap * (cols - 1)) / cols;
    int i = 0;
    for (const auto& person : s.participants) {
        if (i++ % cols) ImGui::SameLine(0, gap);
        cardBegin(person.id, w);
        // A resident without consent has no name here: the public view has already removed it.
        textIn(c.fonts.bold, person.name.empty() ? tr("home.resident") : person.name);
        text(person.role, p.muted);
        if (!person.organisation.empty()) text(person.organisation, p.muted);
        cardEnd();
    }
    if (c.facilitator()) {
        ImGui::Dummy({0, em() * 0.5f});
        if (!st.editingInfo && button(tr("home.edit_info"), {0, 0}, Tone::Secondary)) {
            st.editingInfo = true;
            st.title = s.info.title;
            st.location = s.info.location;
            st.chair = s.info.chair;
            st.dossier = s.info.dossier;
            st.time = s.info.time;
            st.publicAt = s.info.publicAt;
        }
        ImGui::SameLine();
        if (!st.rating && button(tr("home.bouwstenen"), {0, 0}, Tone::Secondary)) {
            st.rating = true;
            ImGui::SetScrollY(0);
        }
        ImGui::SameLine();
        if (!st.exporting && button(tr("home.export"), {0, 0}, Tone::Secondary)) {
            st.exporting = true;
            ImGui::SetScrollY(0);  // the card opens at the top of the screen
            st.folder.clear();
            c.out.push_back(ListExportFolders{});  // the app looks (for a USB stick) now
        }
        ImGui::SameLine();
        if (button(tr("home.quit"), {0, 0}, Tone::Secondary)) c.out.push_back(Quit{});
        // A meeting nobody brought anything into (begun by mistake) may go, after a question;
        // any other meeting happened and stays.
        if (c.removable && !st.confirmRemove) {
            ImGui::SameLine();
            if (button(tr("home.remove"), {0, 0}, Tone::Secondary, "remove-meeting")) {
                st.confirmRemove = true;
                ImGui::SetScrollY(0);  // the question opens at the top of the screen
            }
        }
        drawAgendaCard(c, st.agenda);
        ImGui::Dummy({0, em() * 0.5f});
        textIn(c.fonts.large, tr("voice.heading"), 0, -1);
        drawVoiceDesk(c, st.voice);
        drawAgreeDesk(c, st.agree);
        ImGui::Dummy({0, em() * 0.5f});
        earlierSessions(c);
    }
}

}  // namespace wk::ui
