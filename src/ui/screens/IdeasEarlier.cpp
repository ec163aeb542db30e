// "Vorige keer" on the ideas wall (issue 32): the previous meeting's public ideas with their
// answers, read-only. A resident may support one again; that support counts in this meeting,
// "+3 vandaag", and the earlier meeting's record stays as it was.
#include <imgui.h>

#include <algorithm>

#include "domain/Text.h"
#include "ui/I18n.h"
#include "ui/screens/IdeasScreen.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

// At most this many cards: a big meeting's earlier wall is read by its most supported ideas.
constexpr std::size_t kMostShown = 200;

void earlierCard(ScreenContext& c, IdeasState& st, const EarlierIdea& e, float width) {
    const Palette& p = palette();
    cardBegin("earlier" + e.id, width, p.cardBorder);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {em() * 0.4f, em() * 0.25f});
    chip(tr("earlier.mark"), p.muted, p.onPrimary);
    ImGui::SameLine();
    text(e.theme.empty() ? tr("ideas.other_theme") : e.theme, p.primary);
    textIn(c.fonts.bold, truncateVisibly(e.text, 400));
    std::string meta = trn("earlier.then", e.votesThen);
    if (!e.number.empty()) meta += "  ·  " + trf("earlier.number", e.number);
    text(meta, p.muted);
    if (!e.response.value.empty()) chip(tr("answer." + e.response.value), answerColour(e.response.value), p.onPrimary);
    else chip(tr("earlier.no_answer"), p.card, p.muted);
    answerDetails(e.response);
    ImGui::PopStyleVar();
    const bool already = std::find(st.supported.begin(), st.supported.end(), e.id) != st.supported.end();
    const bool spent = !c.facilitator() && c.config.policy.supportsLeft(static_cast<int>(st.supported.size())) == 0;
    ImGui::BeginDisabled(already || spent);
    if (button(already ? tr("ideas.supported") : tr("earlier.support"), {0, em() * 2.2f}, Tone::Secondary, "support" + e.id)) {
        c.send(SupportEarlier{e.id});
        st.supported.push_back(e.id);
    }
    ImGui::EndDisabled();
    if (e.votes > 0) {
        ImGui::SameLine();
        chip(trn("earlier.today", e.votes), p.accent, p.text);
    }
    cardEnd();
}

}  // namespace

void drawEarlierIdeas(ScreenContext& c, IdeasState& st, float avail) {
    const Session& s = c.session;
    if (s.earlier.empty() || (!st.filter.empty() && st.filter != "earlier")) return;
    const Palette& p = palette();
    ImGui::Dummy({0, em() * 0.5f});
    textIn(c.fonts.large, trf("earlier.title", dateWords(s.earlier.front().from)), 0, -1);
    text(tr("earlier.intro"), p.muted);
    // The most supported first, today's support before then's.
    std::vector<const EarlierIdea*> order;
    for (const auto& e : s.earlier) order.push_back(&e);
    std::stable_sort(order.begin(), order.end(), [](const EarlierIdea* a, const EarlierIdea* b) {
        return a->votes != b->votes ? a->votes > b->votes : a->votesThen > b->votesThen;
    });
    const std::size_t shown = std::min(order.size(), kMostShown);
    const int cols = std::max(1, static_cast<int>(avail / (em() * 19)));
    const float gap = em() * 0.6f;
    const float w = (avail - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    for (std::size_t k = 0; k < shown; ++k) {
        if (k % static_cast<std::size_t>(cols)) ImGui::SameLine(0, gap);
        earlierCard(c, st, *order[k], w);
    }
    if (order.size() > shown) text(trn("earlier.more", static_cast<long long>(order.size() - shown)), p.muted);
}

}  // namespace wk::ui
