#include "ui/screens/AgendaStrip.h"

#include <imgui.h>

#include "domain/Agenda.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

std::string speakerName(const Turn& t) {
    if (!t.speaker.empty() && (t.consent || t.role != "resident")) return t.speaker;
    return trf("agenda." + (t.role == "official" || t.role == "partner" ? t.role : std::string("resident")), std::to_string(t.number));
}

std::string minutesLeftWords(long long secondsLeft) {
    if (secondsLeft > 0) return trn("agenda.left", minutesLeft(secondsLeft));
    return trn("agenda.over", -secondsLeft / 60);
}

std::string speakerTimeWords(long long secondsLeft) { return trn("agenda.speaker_left", minutesLeft(secondsLeft)); }

namespace {

// The resident's request: a name if they like, whether it may be on the big screen, and send.
void drawRequest(ScreenContext& c, AgendaStripState& st) {
    const Palette& p = palette();
    text(tr("agenda.ask_name"), p.muted, -1);
    // A name is short: the field as wide as a long one, the tick beside it when it fits.
    const float fieldW = std::min(em() * 22, ImGui::GetContentRegionAvail().x);
    ImGui::BeginChild("agenda-name-box", {fieldW, ImGui::GetFrameHeight() + em() * 0.2f}, false, ImGuiWindowFlags_NoScrollbar);
    textField("agenda-name", &st.name);  // what replay's tap finds
    ImGui::EndChild();
    const std::string consent = std::string(st.consent ? "✓ " : "☐ ") + tr("agenda.ask_consent");
    if (fitsOnLine(ImGui::CalcTextSize(consent.c_str()).x + em() * 2)) ImGui::SameLine(0, em() * 0.6f);
    if (button(consent, {0, 0}, st.consent ? Tone::Selected : Tone::Secondary,
               "agenda-consent"))
        st.consent = !st.consent;
    if (flowButton(tr("agenda.ask_send"), Tone::Accent, "agenda-send")) {
        if (st.visit.empty()) st.visit = "kiosk-" + c.now + "-" + std::to_string(c.tickets + 1);
        st.ticket = c.send(AskFloor{st.name, "resident", st.consent && !st.name.empty(), st.visit});
    }
    if (flowButton(tr("agenda.ask_back"), Tone::Secondary, "agenda-back")) {
        st.asking = false;
        st.name.clear();
        st.consent = false;
    }
}

}  // namespace

void drawAgendaStrip(ScreenContext& c, AgendaStripState& st) {
    const Session& s = c.session;
    const AgendaNow now = agendaNow(s.agenda, c.now);
    const Turn* speaking = speakingNow(s.turns);
    const auto waiting = waitingTurns(s.turns);
    const bool inUse = now.current || speaking || !waiting.empty();
    if (const Receipt* r = c.receiptOf(st.ticket)) {
        if (r->ok) {
            st.asking = false;
            st.asked = true;
            st.turn = r->createdId;
            st.name.clear();
            st.consent = false;
        }
        st.ticket = 0;  // refused ("already on the list"): the message line says why
    }
    // Spoken or taken off the list: they may ask again.
    const Turn* mine = st.turn.empty() ? nullptr : find<Turn>(s, st.turn);
    if (st.asked && (!mine || !mine->started.empty() || !mine->ended.empty())) {
        st.asked = false;
        st.turn.clear();
    }
    if (!inUse) return;
    const Palette& p = palette();
    ImGui::Dummy({0, em() * 0.2f});
    // The current item and its minutes, the warning colour in the last two.
    if (now.current) {
        chip(trf("agenda.now", now.current->title), p.primary, p.onPrimary);
        ImGui::SameLine(0, em() * 0.5f);
        chip(minutesLeftWords(now.secondsLeft), now.warning ? p.warn : p.ok, p.onPrimary);
    }
    if (c.facilitator()) {
        const char* next = !agendaUsed(s.agenda) ? "agenda.start" : nextItem(s.agenda) ? "agenda.next" : "agenda.finish";
        if ((now.current || nextItem(s.agenda)) && flowButton(tr(next), Tone::Accent, "agenda-next")) c.send(NextAgendaItem{});
    }
    if (speaking) {
        // Who speaks and their own time, one group: the chair sees when to round off.
        const std::string who = trf("agenda.speaking", speakerName(*speaking));
        const long long rest = speakerSecondsLeft(*speaking, c.config.policy.speakerMinutes, c.now);
        const std::string time = speakerTimeWords(rest);
        if (fitsOnLine(ImGui::CalcTextSize((who + time).c_str()).x + em() * 3)) ImGui::SameLine(0, em());
        else ImGui::Dummy({0, 0});
        ImGui::AlignTextToFramePadding();
        text(who, p.text, -1);
        ImGui::SameLine(0, em() * 0.5f);
        chip(time, rest <= 30 ? p.warn : p.ok, p.onPrimary);
        if (c.facilitator() && flowButton(trf("agenda.end_turn", speakerName(*speaking)), Tone::Secondary, "agenda-end-turn")) c.send(EndTurn{});
    }
    if (c.facilitator() && !st.adding && flowButton(tr("agenda.add_speaker"), Tone::Secondary, "agenda-add-speaker")) st.adding = true;
    if (c.facilitator() && st.adding) {
        // Someone at the table asks: the chair taps their name (their role gives the time's share).
        ImGui::Dummy({0, 0});
        for (const Participant& person : s.participants) {
            const std::string label = person.name.empty() ? person.role : person.name;
            if (label.empty()) continue;
            if (flowButton(label, Tone::Secondary, "speaker-" + person.id)) {
                c.send(AskFloor{person.name, turnRoleOf(person.role), false, "participant-" + person.id});
                st.adding = false;
            }
        }
        if (flowButton(tr("ideas.cancel"), Tone::Secondary, "agenda-add-cancel")) st.adding = false;
    }
    if (c.facilitator() && !waiting.empty()) {
        if (flowButton(trf("agenda.give", speakerName(*waiting.front())), Tone::Primary, "agenda-give")) c.send(GiveFloor{});
        if (waiting.size() > 1) {
            const std::string more = trn("agenda.waiting", static_cast<long long>(waiting.size() - 1));
            if (fitsOnLine(ImGui::CalcTextSize(more.c_str()).x + em())) ImGui::SameLine(0, em() * 0.5f);
            text(more, p.muted, -1);
        }
    }
    if (!c.facilitator()) {
        if (st.asked && mine) {
            // Their own number, so they know themselves on the room's screen.
            text(trf("agenda.asked", speakerName(*mine)), p.ok);
            if (flowButton(tr("agenda.withdraw"), Tone::Secondary, "agenda-withdraw")) c.send(WithdrawFloor{mine->id, st.visit});
        } else if (st.asking) {
            drawRequest(c, st);
        } else if (flowButton(tr("agenda.ask"), Tone::Accent, "agenda-ask")) {
            st.asking = true;
        }
    }
}

namespace {

// One item's fields, as chips a finger hits: the minutes from a short list, the kind, the part.
void editItem(ScreenContext& c, AgendaEditState& e) {
    const Palette& p = palette();
    text(tr("agenda.item_title"), p.muted);
    textField(tr("agenda.item_title"), &e.title);
    text(tr("agenda.item_minutes"), p.muted);
    static const int kMinutes[] = {5, 10, 15, 20, 30, 45, 60, 90};
    std::vector<std::string> minutes;
    for (int m : kMinutes) minutes.push_back(trf("agenda.minutes", std::to_string(m)));
    if (const int k = chooser(minutes, trf("agenda.minutes", std::to_string(e.minutes)), "agenda-minutes"); k >= 0) e.minutes = kMinutes[k];
    const std::vector<std::string> kinds{tr("agenda.kind.informeren"), tr("agenda.kind.bespreken"), tr("agenda.kind.besluiten")};
    if (const int k = chooser(kinds, kinds[static_cast<std::size_t>(e.kind)], "agenda-kind"); k >= 0) e.kind = static_cast<AgendaKind>(k);
    const std::vector<std::string> parts{tr("badge.closed"), tr("badge.public")};
    if (const int k = chooser(parts, parts[e.visibility == Visibility::Public ? 1 : 0], "agenda-part", true); k >= 0)
        e.visibility = k == 1 ? Visibility::Public : Visibility::Closed;
    ImGui::BeginDisabled(isBlank(e.title));
    if (button(tr("ideas.save"), {em() * 9, 0}, Tone::Primary, "agenda-item-save")) {
        const AgendaFields fields{e.title, "", e.minutes, e.kind, e.visibility};
        e.ticket = e.editing == "+" ? c.send(AddAgendaItem{fields}) : c.send(EditAgendaItem{e.editing, fields});
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button(tr("ideas.cancel"), {em() * 9, 0}, Tone::Secondary, "agenda-item-cancel")) e = {};
}

}  // namespace

void drawAgendaCard(ScreenContext& c, AgendaEditState& e) {
    const Session& s = c.session;
    if (!c.facilitator()) return;
    if (const Receipt* r = c.receiptOf(e.ticket); r && r->ok) e = {};  // stored: the form closes
    const Palette& p = palette();
    ImGui::Dummy({0, em() * 0.5f});
    textIn(c.fonts.large, tr("agenda.title"), 0, -1);
    const AgendaItem* current = currentItem(s.agenda);
    const AgendaItem* next = nextItem(s.agenda);
    const char* step = !agendaUsed(s.agenda) ? "agenda.start" : next ? "agenda.next" : "agenda.finish";
    if (current || next) {
        ImGui::SameLine(0, em());
        if (button(tr(step), {0, 0}, Tone::Accent, "agenda-card-next")) c.send(NextAgendaItem{});
    } else if (!s.agenda.empty()) {
        text(tr("agenda.done"), p.muted);
    }
    cardBegin("agenda-card");
    int n = 0;
    for (const AgendaItem& item : s.agenda) {
        if (e.editing == item.id) {
            editItem(c, e);
            continue;
        }
        std::string line = std::to_string(++n) + ".  " + item.title + "  ·  " + trf("agenda.minutes", std::to_string(item.minutes)) +
                           "  ·  " + tr("agenda.kind." + std::string(toString(item.kind)));
        if (const auto took = minutesTaken(item)) line += "  ·  " + trf("agenda.took", std::to_string(*took));
        ImGui::AlignTextToFramePadding();
        textIn(&item == current ? c.fonts.bold : c.fonts.body, line, &item == current ? p.primary : !item.ended.empty() ? p.muted : p.text, -1);
        if (item.visibility == Visibility::Closed) {
            ImGui::SameLine();
            chip(tr("badge.closed"), p.closed, p.onPrimary);
        }
        // An item may change until it is held; one not yet begun may go.
        if (item.started.empty() && e.editing.empty()) {
            ImGui::SameLine(0, em());
            if (button(tr("agenda.change"), {0, 0}, Tone::Secondary, "agenda-change-" + item.id))
                e = {item.id, item.title, item.minutes, item.kind, item.visibility, 0};
            ImGui::SameLine(0, em() * 0.4f);
            if (button(tr("agenda.remove"), {0, 0}, Tone::Secondary, "agenda-remove-" + item.id)) c.send(RemoveAgendaItem{item.id});
        }
    }
    if (e.editing == "+") editItem(c, e);
    else if (e.editing.empty() && flowButton(tr("agenda.add"), Tone::Secondary, "agenda-add")) e = {"+", "", 10, AgendaKind::Bespreken, Visibility::Closed, 0};
    cardEnd();
}

}  // namespace wk::ui
