// "Lijken op elkaar" (issue 34): at a big meeting the same wish comes in many times in other
// words. The facilitator sees them in groups, by the same stems "lijkt op" uses, and merges a
// group in one step, undone as one: the most supported idea stays, with every text and all support.
#include <imgui.h>

#include <algorithm>

#include "domain/Lookup.h"
#include "domain/Text.h"
#include "service/Matching.h"
#include "ui/I18n.h"
#include "ui/screens/IdeasScreen.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

constexpr std::size_t kShownPerGroup = 6;  // a longer group says how many more

}  // namespace

void drawIdeaGroups(ScreenContext& c, IdeasState& st) {
    const Palette& p = palette();
    if (!c.words) return;
    // Worked out again only when the session changed: a big meeting's groups take a moment.
    if (st.groups.revision != c.revision || st.groups.session != &c.session) {
        st.groups = {c.revision, &c.session, {}};
        for (const auto& g : c.words->groups(c.session)) {
            std::vector<std::string> ids;
            for (const Idea* i : g) ids.push_back(i->id);
            st.groups.ids.push_back(std::move(ids));
        }
    }
    cardBegin("groups", 0, p.accent);
    textIn(c.fonts.large, tr("ideas.groups_title"), 0, -1);
    if (st.groups.ids.empty()) text(tr("ideas.groups_none"), p.muted);
    else text(tr("ideas.groups_hint"), p.muted);
    for (const auto& ids : st.groups.ids) {
        const Idea* keep = find<Idea>(c.session, ids.front());
        if (!keep) continue;
        cardBegin("group" + ids.front(), std::min(ImGui::GetContentRegionAvail().x, em() * 34));
        text(trf("ideas.group_count", std::to_string(ids.size())), p.primary);
        textIn(c.fonts.bold, trf("ideas.group_keeps", truncateVisibly(cleanLine(keep->text), 120)));
        for (std::size_t k = 1; k < ids.size() && k <= kShownPerGroup; ++k)
            if (const Idea* i = find<Idea>(c.session, ids[k])) text("· " + truncateVisibly(cleanLine(i->text), 120));
        if (ids.size() > kShownPerGroup + 1) text(trf("ideas.group_more", std::to_string(ids.size() - kShownPerGroup - 1)), p.muted);
        // The count in the button: what one tap does is said before it is done (undo takes it back).
        if (button(trf("ideas.group_merge", std::to_string(ids.size())), {0, 0}, Tone::Primary, "group-merge" + ids.front()))
            c.send(MergeGroup{ids.front(), {ids.begin() + 1, ids.end()}, tr("ideas.merged_text"), tr("ideas.merged_reason")});
        cardEnd();
    }
    if (button(tr("ideas.groups_close"), {0, 0}, Tone::Secondary, "groups-close")) st.showGroups = false;
    cardEnd();
}

}  // namespace wk::ui
