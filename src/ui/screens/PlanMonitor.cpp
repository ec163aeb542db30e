// Monitoring the wijkactieplan: the open actions of this wijk, from this meeting and earlier
// ones, that are overdue or due within 30 days, soonest first.
#include <imgui.h>

#include "domain/Plan.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/screens/Plan.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

namespace {

// The wijk's actions, this meeting's included, that are due soon; kept until something changes.
const std::vector<DueAction>& dueSoon(const ScreenContext& c, PlanState::Monitor& m) {
    constexpr int kWithinDays = 30;
    const std::string today = c.now.substr(0, 10);
    if (m.revision == c.revision && c.revision != 0 && m.publicPhase == c.publicPhase && m.today == today) return m.due;
    m.all = c.wijkActions ? *c.wijkActions : std::vector<TrackedAction>{};
    for (const auto& a : c.session.actions) m.all.push_back({a, c.session.info.uid, c.session.info.title, c.session.info.date});
    m.due = dueActions(m.all, today, kWithinDays, c.publicPhase ? Audience::Public : Audience::Internal);
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
        chip(dueText(d.daysLeft), d.daysLeft < 0 ? p.bad : p.warn, p.onPrimary);
        ImGui::SameLine();
        textIn(c.fonts.bold, a.what);
        if (a.visibility == Visibility::Closed) chip(tr("badge.closed"), p.closed, p.onPrimary);
        std::string line = std::string(tr("plan.deadline")) + ": " + a.deadline + "   (" +
                           tr("status." + std::string(toString(a.status))) + ")";
        if (const std::string who = whoOf(c, a); !who.empty()) line += "   " + std::string(tr("plan.who")) + ": " + who;
        text(line, p.muted);
        // Which meeting it stands in: this one, or an earlier one it was not carried over from.
        if (d.tracked->session != c.session.info.uid)
            text(trf("plan.monitor_from", d.tracked->sessionTitle + " (" + d.tracked->sessionDate + ")"), p.primary);
        cardEnd();
        ImGui::Dummy({0, em() * 0.2f});
    }
}

}  // namespace wk::ui
