// The facilitator's planning overview: which meeting is due next in which area (overdue first,
// then gebied by gebied), and this year's table of meetings and other work per area and month.
#include <imgui.h>

#include "domain/Planning.h"
#include "domain/Vocabulary.h"
#include "export/PlanningDocs.h"
#include "ui/I18n.h"
#include "ui/screens/PlanningScreen.h"
#include "ui/widgets/DatePicker.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

// One row of the overview: area, meeting, last, due, planned, each in a column of its own.
void dueRow(const ScreenContext& c, const MeetingDue& d, bool showGebied) {
    const Palette& p = palette();
    const float x0 = ImGui::GetCursorPosX();
    const float cols[] = {0, em() * 9, em() * 18, em() * 24.5f, em() * 31};
    const auto at = [&](int i) {
        if (i) ImGui::SameLine(x0 + cols[i]);
    };
    text(showGebied && !d.gebied.empty() ? d.area + " (" + d.gebied + ")" : d.area, p.text);
    at(1);
    text(io::kindLabel(c.config, std::string(toString(d.type))), p.text);
    at(2);
    text(d.last.empty() ? tr("planning.never") : d.last, p.muted);
    at(3);
    text(dateWords(d.due), d.daysLate > 0 ? p.bad : p.text);
    at(4);
    if (d.daysLate > 0) chip(trn("planning.days_late", d.daysLate), p.bad, p.onPrimary);
    if (!d.planned.empty()) {
        if (d.daysLate > 0) ImGui::SameLine();
        chip(trf("planning.planned_on", d.planned), p.ok, p.onPrimary);
    }
    if (d.daysLate <= 0 && d.planned.empty()) ImGui::NewLine();
}

// Who is owed an update (issue 32): every promise near or past its date, every action past its
// deadline, every wijkorgaan owed a progress report; each says what to send, and the letters and
// the report are one tap away (to the first export folder, a USB stick if there is one).
void feedbackCard(ScreenContext& c) {
    if (!c.feedback) return;
    const Palette& p = palette();
    using K = FeedbackDue::Kind;
    // In a public phase the room may be looking: nothing closed.
    std::vector<const FeedbackDue*> shown;
    for (const FeedbackDue& f : *c.feedback)
        if (!(f.closed && c.publicPhase)) shown.push_back(&f);
    textIn(c.fonts.large, trf("feedback.title", std::to_string(shown.size())));
    if (shown.empty()) {
        text(tr("feedback.none"), p.muted);
        return;
    }
    const std::string folder = c.exportFolders && !c.exportFolders->empty() ? c.exportFolders->front() : std::string();
    cardBegin("feedback");
    int k = 0;
    for (const FeedbackDue* due : shown) {
        const FeedbackDue& f = *due;
        const std::string id = std::to_string(k++);
        const char* what = f.kind == K::Answer ? "feedback.answer" : f.kind == K::Action ? "feedback.action" : "feedback.report";
        const std::string when = f.daysLeft < 0 ? trn("feedback.late", -f.daysLeft) : f.daysLeft == 0 ? std::string(tr("feedback.today")) : trn("feedback.soon", f.daysLeft);
        textIn(c.fonts.bold, dateWords(f.date) + "  ·  " + f.wijk + "  ·  " + tr(what) + " " + (f.kind == K::Report ? dateWords(f.reference) : f.reference), 0, -1);
        ImGui::SameLine();
        chip(when, f.daysLeft < 0 ? p.bad : p.warn, p.onPrimary);
        if (f.closed) {
            ImGui::SameLine();
            chip(tr("badge.closed"), p.closed, p.onPrimary);
        }
        text(truncateVisibly(f.text, 140), p.text);
        text(tr(f.kind == K::Answer ? "feedback.send_letter" : f.kind == K::Action ? "feedback.send_owner" : "feedback.send_report"), p.muted);
        ImGui::BeginDisabled(folder.empty());
        // Letters hold residents' contacts: the internal audience. The report goes to the
        // wijkorgaan as the public version (nothing closed).
        if (f.kind == K::Answer && button(tr("home.export_letters"), {0, 0}, Tone::Secondary, "fb-letters" + id))
            c.out.push_back(ExportFiles{folder, Audience::Internal, ExportFiles::What::Letters, f.meeting});
        if (f.kind == K::Report && button(tr("home.export_progress"), {0, 0}, Tone::Secondary, "fb-report" + id))
            c.out.push_back(ExportFiles{folder, Audience::Public, ExportFiles::What::Progress, f.meeting});
        ImGui::EndDisabled();
        ImGui::Separator();
    }
    if (folder.empty()) text(tr("home.export_no_folder"), p.bad);
    cardEnd();
}

void header(const char* last) {
    const Palette& p = palette();
    const float x0 = ImGui::GetCursorPosX();
    text(tr("planning.area"), p.muted);
    ImGui::SameLine(x0 + em() * 9);
    text(tr("planning.meeting"), p.muted);
    ImGui::SameLine(x0 + em() * 18);
    text(tr(last), p.muted);
    ImGui::SameLine(x0 + em() * 24.5f);
    text(tr("planning.due"), p.muted);
}

// Planning a meeting or other work ahead: the area, the kind, the day (a meeting) or the month
// (other work, on its first day), and who picks it up.
void planAhead(ScreenContext& c, PlanningState& st, const std::string& today) {
    const Palette& p = palette();
    cardBegin("plan-ahead");
    textIn(c.fonts.large, tr("planning.plan_ahead"));
    text(tr("planning.area"), p.muted);
    std::vector<std::string> areas;
    for (const auto& a : c.config.areas) areas.push_back(a.name);
    if (int k = chooser(areas, st.draft.area, "pa-area"); k >= 0) st.draft.area = areas[static_cast<std::size_t>(k)];
    text(tr("planning.kind"), p.muted);
    const auto kinds = io::plannableKinds(c.config);
    std::vector<std::string> labels;
    for (const auto& k : kinds) labels.push_back(io::kindLabel(c.config, k));
    if (int k = chooser(labels, st.draft.kind.empty() ? "" : io::kindLabel(c.config, st.draft.kind), "pa-kind"); k >= 0)
        st.draft.kind = kinds[static_cast<std::size_t>(k)];
    text(tr("planning.when"), p.muted);
    datePicker("pa-date", st.draft.date, today);
    text(tr("planning.owner"), p.muted);
    textField(tr("planning.owner"), &st.draft.owner);
    ImGui::Dummy({0, em() * 0.3f});
    ImGui::BeginDisabled(st.draft.area.empty() || st.draft.kind.empty() || st.draft.date.empty());
    if (button(tr("planning.add"), {em() * 9, 0}, Tone::Primary, "pa-save")) {
        c.out.push_back(AddPlanned{st.draft});
        st = {};
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button(tr("ideas.cancel"), {em() * 9, 0}, Tone::Secondary, "pa-cancel")) st = {};
    cardEnd();
}

}  // namespace

void drawPlanningScreen(ScreenContext& c, PlanningState& st) {
    const Palette& p = palette();
    const std::string today = c.now.substr(0, 10);
    static const std::vector<SessionSummary> none;
    static const std::vector<Planned> nothing;
    const auto& sessions = c.sessions ? *c.sessions : none;
    const auto& planned = c.planned ? *c.planned : nothing;
    textIn(c.fonts.title, tr("planning.year_title"), 0, -1);
    text(trf("planning.as_of", dateWords(today)), p.muted);
    if (!st.adding && button(tr("planning.plan_ahead"), {0, 0}, Tone::Accent, "plan-ahead")) {
        st.adding = true;
        st.draft.area = c.session.info.wijk;
    }
    if (st.adding) planAhead(c, st, today);
    feedbackCard(c);
    // What is planned from today on, each removable by a tap.
    bool any = false;
    for (const auto& item : planned) {
        if (item.date < today.substr(0, item.date.size())) continue;
        if (!any) textIn(c.fonts.large, tr("planning.ahead"));
        any = true;
        text(dateWords(item.date, true) + "   " + item.area + "   " + io::kindLabel(c.config, item.kind) + (item.owner.empty() ? "" : "   (" + item.owner + ")"), p.text);
        ImGui::SameLine();
        if (button(tr("minutes.remove"), {0, 0}, Tone::Secondary, "pa-remove" + std::to_string(item.id)))
            c.out.push_back(RemovePlanned{item.id});
    }
    const auto all = meetingsDue(io::planningAreas(c.config), io::meetingFrequencies(c.config), c.config.councilTerms,
                                 io::heldMeetings(sessions), planned, today);

    // What is overdue first: what the advisor has to act on.
    std::vector<MeetingDue> late;
    for (const auto& d : overdueFirst(all))
        if (d.daysLate > 0) late.push_back(d);
    textIn(c.fonts.large, trf("planning.overdue", std::to_string(late.size())));
    if (!late.empty()) {
        cardBegin("planning-late");
        header("planning.last");
        for (const auto& d : late) dueRow(c, d, true);
        cardEnd();
    }
    // Then every area, gebied by gebied.
    std::string gebied = "\x1f";
    bool open = false;
    for (const auto& d : all) {
        if (d.gebied != gebied) {
            if (open) cardEnd();
            gebied = d.gebied;
            textIn(c.fonts.large, gebied.empty() ? tr("planning.no_gebied") : gebied);
            // Who answers for it: the gebiedswethouder and the contact person (the config's).
            if (const io::Gebied* g = c.config.gebied(gebied); g && (!g->wethouder.empty() || !g->contact.empty())) {
                std::string who = g->wethouder;
                if (!g->contact.empty()) who += (who.empty() ? "" : "  ·  ") + trf("home.contact", g->contact);
                text(who, palette().muted);
            }
            cardBegin(("planning-" + gebied).c_str());
            header("planning.last");
            open = true;
        }
        dueRow(c, d, false);
    }
    if (open) cardEnd();

    // The year table: areas down, months across, as Stadskanaal plans it.
    const int year = std::atoi(today.substr(0, 4).c_str());
    textIn(c.fonts.large, std::string(tr("planning.year_title")) + " " + std::to_string(year));
    cardBegin("planning-year");
    const float areaW = em() * 8, monthW = (ImGui::GetContentRegionAvail().x - areaW - em()) / 12.0f;
    const float x0 = ImGui::GetCursorPosX();
    text(tr("planning.area"), p.muted);
    for (int m = 1; m <= 12; ++m) {
        ImGui::SameLine(x0 + areaW + monthW * static_cast<float>(m - 1));
        text(tr("month.short." + std::to_string(m)), p.muted);
    }
    for (const auto& r : yearTable(io::planningAreas(c.config), io::heldMeetings(sessions), planned, year)) {
        const float y = ImGui::GetCursorPosY();
        float bottom = y + ImGui::GetTextLineHeightWithSpacing();
        ImGui::SetCursorPos({x0, y});
        text(r.area, p.text);
        for (int m = 0; m < 12; ++m) {
            float cy = y;
            for (const auto& item : r.months[static_cast<std::size_t>(m)]) {
                ImGui::SetCursorPos({x0 + areaW + monthW * static_cast<float>(m), cy});
                text(io::kindShort(c.config, item.kind) + (item.held ? " ✓" : ""), item.held ? p.ok : p.primary);
                cy = ImGui::GetCursorPosY();
            }
            bottom = std::max(bottom, cy);
        }
        ImGui::SetCursorPos({x0, bottom});
        ImGui::Separator();
    }
    std::string legend;
    for (const auto& m : c.config.policy.meetings)
        if (m.everyMonths > 0 || m.perCouncilTerm) legend += (legend.empty() ? "" : "   ") + io::meetingShort(m.type) + " = " + m.label;
    for (const auto& a : c.config.activities) legend += (legend.empty() ? "" : "   ") + a.abbreviation + " = " + a.name;
    text(legend + "   ✓ = " + tr("planning.held"), p.muted);
    cardEnd();
}

}  // namespace wk::ui
