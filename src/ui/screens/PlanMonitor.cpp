// Monitoring the wijkactieplan: everything still open in this wijk, from this meeting and the
// earlier ones: the actions (overdue first, then by date, those without one last) and the ooit
// and ja-mits answers with the date a final answer was promised.
#include <imgui.h>

#include <algorithm>

#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/screens/Plan.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

namespace {

// The wijk's open actions and answers, this meeting's included; kept until something changes.
const std::vector<DueAction>& dueSoon(const ScreenContext& c, PlanState::Monitor& m) {
    constexpr int kAnyDate = 1 << 30;
    const std::string today = c.now.substr(0, 10);
    if (m.revision == c.revision && c.revision != 0 && m.publicPhase == c.publicPhase && m.today == today) return m.due;
    const Audience audience = c.publicPhase ? Audience::Public : Audience::Internal;
    m.all = c.wijkActions ? *c.wijkActions : std::vector<TrackedAction>{};
    for (const auto& a : c.session.actions) m.all.push_back({a, c.session.info.uid, c.session.info.title, c.session.info.date});
    m.due = dueActions(m.all, today, kAnyDate, audience, true);
    m.answers.clear();
    const auto add = [&](const OpenAnswer& a) {
        if (!isVisible(a.idea.visibility, audience)) return;
        OpenAnswer x = a;
        const auto due = dayNumber(a.idea.response.due), now = dayNumber(today);
        if (due && now) x.daysLeft = *due - *now;
        m.answers.push_back(std::move(x));
    };
    if (c.wijkAnswers)
        for (const auto& a : *c.wijkAnswers) add(a);
    for (const auto& i : c.session.ideas)  // this meeting's, already as this phase may show them
        if (!i.hidden && isLaterAnswer(i.response.value))
            add({i, c.session.info.uid, c.session.info.title, c.session.info.date, std::nullopt});
    std::stable_sort(m.answers.begin(), m.answers.end(), [](const OpenAnswer& a, const OpenAnswer& b) {
        if (a.daysLeft.has_value() != b.daysLeft.has_value()) return a.daysLeft.has_value();
        return a.daysLeft && *a.daysLeft < *b.daysLeft;
    });
    m.revision = c.revision;
    m.publicPhase = c.publicPhase;
    m.today = today;
    return m.due;
}

}  // namespace

void drawPlanMonitor(ScreenContext& c, PlanState& st) {
    const Palette& p = palette();
    const auto& due = dueSoon(c, st.monitor);
    ImGui::Dummy({0, em() * 0.3f});
    textIn(c.fonts.large, trf("plan.monitor_title", c.session.info.wijk));
    if (due.empty()) text(tr("plan.monitor_empty"), p.muted);
    for (const auto& d : due) {
        const Action& a = d.tracked->action;
        cardBegin("due" + d.tracked->session + a.id);
        if (d.daysLeft == kNoDeadline) chip(tr("plan.no_deadline_set"), p.muted, p.onPrimary);
        else chip(dueText(d.daysLeft), d.daysLeft < 0 ? p.bad : d.daysLeft <= 30 ? p.warn : p.ok, p.onPrimary);
        ImGui::SameLine();
        textIn(c.fonts.bold, a.what);
        if (a.visibility == Visibility::Closed) chip(tr("badge.closed"), p.closed, p.onPrimary);
        std::string line = (a.deadline.empty() ? std::string() : std::string(tr("plan.deadline")) + ": " + dateWords(a.deadline) + "   ") + "(" +
                           tr("status." + std::string(toString(a.status))) + ")";
        if (const std::string who = whoOf(c, a); !who.empty()) line += "   " + std::string(tr("plan.who")) + ": " + who;
        text(line, p.muted);
        // Which meeting it stands in: this one, or an earlier one it was not carried over from.
        if (d.tracked->session != c.session.info.uid)
            text(trf("plan.monitor_from", d.tracked->sessionTitle + " (" + dateWords(d.tracked->sessionDate) + ")"), p.primary);
        // How it went so far, dated.
        if (a.history.size() > 1) {
            std::string steps;
            for (const auto& h : a.history)
                steps += (steps.empty() ? "" : "  →  ") + (h.at.empty() ? std::string(tr("voortgang.before_records")) : h.at.substr(0, 10)) +
                         " " + tr("status." + std::string(toString(h.status)));
            text(steps, p.muted);
        }
        cardEnd();
        ImGui::Dummy({0, em() * 0.2f});
    }
    // The answers that promised a final word by a date (ooit, ja mits).
    ImGui::Dummy({0, em() * 0.3f});
    textIn(c.fonts.large, tr("plan.monitor_answers"));
    if (st.monitor.answers.empty()) text(tr("voortgang.no_answers"), p.muted);
    for (const auto& a : st.monitor.answers) {
        cardBegin("answer" + a.session + a.idea.id);
        if (!a.daysLeft) chip(tr("voortgang.no_date"), p.muted, p.onPrimary);
        else chip(dueText(*a.daysLeft), *a.daysLeft < 0 ? p.bad : *a.daysLeft <= 30 ? p.warn : p.ok, p.onPrimary);
        ImGui::SameLine();
        textIn(c.fonts.bold, tr("answer." + a.idea.response.value));
        if (a.idea.visibility == Visibility::Closed) chip(tr("badge.closed"), p.closed, p.onPrimary);
        text(a.idea.text, p.text, ImGui::GetContentRegionAvail().x);
        std::string line;
        if (!a.idea.response.condition.empty()) line += std::string(tr("answer.condition")) + ": " + a.idea.response.condition;
        if (!a.idea.response.due.empty()) line += (line.empty() ? "" : "   ") + std::string(tr("answer.due")) + ": " + dateWords(a.idea.response.due);
        if (!line.empty()) text(line, p.muted, ImGui::GetContentRegionAvail().x);
        if (a.session != c.session.info.uid) text(trf("plan.monitor_from", a.sessionTitle + " (" + dateWords(a.sessionDate) + ")"), p.primary);
        cardEnd();
        ImGui::Dummy({0, em() * 0.2f});
    }
}

}  // namespace wk::ui
