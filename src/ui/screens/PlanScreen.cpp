// The wijkactieplan: opgaven with their actions, each with its SMART check, so the room can
// sharpen an action on the spot.
#include "domain/Edit.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/Screen.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

void smartMark(const char* label, bool ok) {
    const Palette& p = palette();
    chip(std::string(ok ? "✓ " : "✗ ") + tr(label), ok ? p.ok : p.bad, p.onPrimary);
}

void actionCard(const ScreenContext& c, const Action& a, float width) {
    const Palette& p = palette();
    cardBegin(a.id, width);
    textIn(c.fonts.bold, a.what);
    if (a.visibility == Visibility::Closed) {
        ImGui::SameLine();
        chip(tr("badge.closed"), p.closed, p.onPrimary);
    }
    if (!a.indicator.empty()) text(std::string(tr("plan.indicator")) + ": " + a.indicator, p.muted);
    std::string who;
    if (a.party) who = c.config.parties.at(*a.party);
    if (!a.owner.empty()) who += (who.empty() ? "" : ", ") + a.owner;
    if (!who.empty()) text(std::string(tr("plan.who")) + ": " + who, p.muted);
    std::string when = a.deadline.empty() ? "" : std::string(tr("plan.deadline")) + ": " + a.deadline + "   ";
    when += std::string("(") + tr(std::string("status.") + std::string(toString(a.status))) + ")";
    if (!a.budget.empty()) when += "   " + a.budget;
    text(when, p.muted);
    for (const auto& id : a.ideas)  // where the action came from
        if (const Idea* idea = find<Idea>(c.session, id)) text(trf("plan.from_idea", truncateVisibly(idea->text, 80)), p.primary);
    const SmartCheck sc = smartCheck(a);
    smartMark("plan.what", sc.what);
    ImGui::SameLine();
    smartMark("plan.indicator", sc.indicator);
    ImGui::SameLine();
    smartMark("plan.who", sc.owner);
    ImGui::SameLine();
    smartMark("plan.deadline", sc.deadline);
    if (!a.party) {
        ImGui::SameLine();
        chip(tr("plan.party_missing"), p.warn, p.onPrimary);
    }
    cardEnd();
}

}  // namespace

void drawPlanScreen(ScreenContext& c) {
    const Session& s = c.session;
    textIn(c.fonts.title, tr("plan.title"));
    if (s.opgaven.empty() && s.actions.empty()) text(tr("plan.empty"), palette().muted);
    const float avail = ImGui::GetContentRegionAvail().x;
    const int cols = avail > em() * 44 ? 2 : 1;
    const float gap = em() * 0.6f;
    const float w = (avail - gap * (cols - 1)) / cols;

    const auto section = [&](const std::string& opgaveId, const std::string& title, const std::string& description) {
        ImGui::Dummy({0, em() * 0.3f});
        textIn(c.fonts.large, title);
        if (!description.empty()) text(description, palette().muted);
        int i = 0;
        for (const auto& a : s.actions) {
            if (a.opgave != opgaveId) continue;
            if (i++ % cols) ImGui::SameLine(0, gap);
            actionCard(c, a, w);
        }
    };
    for (const auto& o : s.opgaven) section(o.id, o.title, o.description);
    for (const auto& a : s.actions)
        if (a.opgave.empty() || !find<Opgave>(s, a.opgave)) {
            section("", tr("plan.no_opgave"), "");
            break;
        }
}

}  // namespace wk::ui
