#include "domain/IdeaSummary.h"

#include <algorithm>

#include "domain/IdeaSearch.h"
#include "domain/Lookup.h"

namespace wk {
namespace {

bool answered(const Idea& i) { return !i.response.value.empty(); }

// The wall's order of two ideas of the config's themes: by theme, then by place in the session.
bool wallBefore(const IdeaSummary& sum, const Idea* a, const Idea* b) {
    if (a->theme != b->theme) {
        const auto ra = std::find(sum.themes.begin(), sum.themes.end(), a->theme), rb = std::find(sum.themes.begin(), sum.themes.end(), b->theme);
        return ra < rb;
    }
    return a < b;
}

// `list` (the first `most` by `order`) after `i` changed; `in`: whether it belongs in it now.
// False when the one that would move up into a full list is not known.
bool follow(const IdeaSummary& sum, std::vector<const Idea*>& list, const Idea* i, const Idea& was, bool in, IdeaOrder order) {
    const auto before = [&](const Idea* a, const Idea* b) {
        if (order == IdeaOrder::Support && a->votes != b->votes) return a->votes > b->votes;
        if (newerThan(*a, *b)) return true;
        if (newerThan(*b, *a)) return false;
        return wallBefore(sum, a, b);
    };
    // Not full: the list holds every idea that belongs in it, so it stays exact whatever i does.
    // Full: those outside all come after its last one.
    const bool full = list.size() >= sum.most;
    const Idea* last = list.empty() ? nullptr : list.back();
    const auto at = std::find(list.begin(), list.end(), i);
    if (at != list.end()) {
        list.erase(at);
        if (!in) return !full;
        // In a full list it stays ahead of those outside when it did not go down: the same
        // theme (the ties' order) and, by support, at least the support it had.
        const bool notDown = i->theme == was.theme && (order != IdeaOrder::Support || i->votes >= was.votes);
        if (full && !notDown && (i == last || !before(i, last))) return false;  // it may fall behind one outside
        list.insert(std::lower_bound(list.begin(), list.end(), i, before), i);
        return true;
    }
    if (!in || (full && !before(i, last))) return true;  // outside it stays
    list.insert(std::lower_bound(list.begin(), list.end(), i, before), i);
    if (list.size() > sum.most) list.pop_back();
    return true;
}

}  // namespace

IdeaSummary summarize(const Session& s, const std::vector<const Idea*>& wall, const std::vector<std::string>& themes, std::size_t most) {
    IdeaSummary sum;
    sum.most = most;
    sum.themes = themes;
    sum.ideas = s.ideas.data();
    sum.count = s.ideas.size();
    sum.configThemes = true;
    std::vector<const Idea*> withAnswer;
    for (const Idea* i : wall) {
        ++sum.total;
        ++sum.perTheme[i->theme];
        if (answered(*i)) withAnswer.push_back(i);
        if (!sum.newest || newerThan(*i, *sum.newest)) sum.newest = i;
        if (std::find(sum.themes.begin(), sum.themes.end(), i->theme) == sum.themes.end()) sum.themes.push_back(i->theme);
    }
    // One theme the config lacks (often none, ""): after the config's, wherever it first appears.
    sum.configThemes = sum.themes.size() <= themes.size() + 1;
    sum.answered = static_cast<long long>(withAnswer.size());
    sum.top = wall;
    firstIdeas(sum.top, IdeaOrder::Support, most, themes);
    sum.newestFirst = wall;
    firstIdeas(sum.newestFirst, IdeaOrder::Newest, most, themes);
    sum.answeredTop = std::move(withAnswer);
    firstIdeas(sum.answeredTop, IdeaOrder::Support, most, themes);
    return sum;
}

bool followSummary(IdeaSummary& sum, const Session& s, const std::vector<const ChangeJournal::IdeaChange*>& changes,
                   const std::function<bool(const Idea&)>& onWall) {
    if (!sum.configThemes || sum.ideas != s.ideas.data() || sum.count != s.ideas.size()) return false;
    // One idea changed twice counts once: from its first "before" to how it is now.
    std::vector<const ChangeJournal::IdeaChange*> once;
    for (const auto* c : changes) {
        if (!c->before || !c->after) return false;  // added or removed: the session's ideas moved
        // Into or out of the public's view: that view was made anew, its ideas elsewhere.
        if (shownPublicly(*c->before) != shownPublicly(*c->after)) return false;
        if (std::none_of(once.begin(), once.end(), [&](const auto* o) { return o->before->id == c->before->id; })) once.push_back(c);
    }
    for (const auto* c : once) {
        const Idea* i = find<Idea>(s, c->after->id);
        if (!i) continue;  // not in this view (closed, in a public phase), before or after: not on its wall
        if (std::find(sum.themes.begin(), sum.themes.end(), i->theme) == sum.themes.end()) return false;
        const Idea& was = *c->before;
        const bool in = onWall(*i), wasIn = onWall(was);
        if (was.created != i->created || was.seq != i->seq) return false;  // the newest would have to be found again
        if (sum.newest == i && !in) return false;
        if (wasIn) {
            --sum.total;
            if (--sum.perTheme[was.theme] == 0) sum.perTheme.erase(was.theme);
            if (answered(was)) --sum.answered;
        }
        if (in) {
            ++sum.total;
            ++sum.perTheme[i->theme];
            if (answered(*i)) ++sum.answered;
            if (!sum.newest || newerThan(*i, *sum.newest)) sum.newest = i;
        }
        if (!follow(sum, sum.top, i, was, in, IdeaOrder::Support) || !follow(sum, sum.newestFirst, i, was, in, IdeaOrder::Newest) ||
            !follow(sum, sum.answeredTop, i, was, in && answered(*i), IdeaOrder::Support))
            return false;
    }
    return true;
}

}  // namespace wk
