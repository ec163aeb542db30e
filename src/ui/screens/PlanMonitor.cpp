// Monitoring the wijkactieplan: the open actions of this wijk, from this meeting and earlier
// ones, that are overdue or due within 30 days, soonest first.
#include <imgui.h>

#include "domain/Plan.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/screens/Plan.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

void drawPlanMonitor(ScreenContext& c, PlanState&) {
    const Palette& p = palette();
    constexpr int kWithinDays = 30;
    std::vector<TrackedAction> all;
    if (c.wijkActions) all = *c.wijkActions;
    for (const auto& a : c.session.actions) all.push_back({a, c.session.info.id, c.session.info.title, c.session.info.date});
    const auto due = dueActions(all, c.now.substr(0, 10), kWithinDays, c.publicPhase ? Audience::Public : Audience::Internal);
    ImGui::Dummy({0, em() * 0.3f});
    textIn(c.fonts.large, trf("plan.monitor_title", c.session.info.wijk));
    if (due.empty()) text(tr("plan.monitor_empty"), p.muted);
    for (const auto& d : due) {
        const Action& a = d.tracked->action;
        cardBegin("due" + std::to_string(d.tracked->session) + a.id);
        chip(dueText(d.daysLeft), d.daysLeft < 0 ? p.bad : p.warn, p.onPrimary);
        ImGui::SameLine();
        textIn(c.fonts.bold, a.what);
        if (a.visibility == Visibility::Closed) chip(tr("badge.closed"), p.closed, p.onPrimary);
        std::string line = std::string(tr("plan.deadline")) + ": " + a.deadline + "   (" +
                           tr("status." + std::string(toString(a.status))) + ")";
        if (const std::string who = whoOf(c, a); !who.empty()) line += "   " + std::string(tr("plan.who")) + ": " + who;
        text(line, p.muted);
        // Which meeting it stands in: this one, or an earlier one it was not carried over from.
        if (d.tracked->session != c.session.info.id)
            text(trf("plan.monitor_from", d.tracked->sessionTitle + " (" + d.tracked->sessionDate + ")"), p.primary);
        cardEnd();
        ImGui::Dummy({0, em() * 0.2f});
    }
}

}  // namespace wk::ui
