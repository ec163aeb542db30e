// What a big meeting's room summary shows of its ideas (issue 34): how many, per theme, how many
// answered, the newest, and the first few by support, by date, and of the answered by support.
// Made once from the room's wall, then followed edit by edit (issue 37): a support moves one idea
// in three short lists instead of sorting 100,000 again.
#pragma once
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "domain/Journal.h"
#include "domain/Types.h"

namespace wk {

struct IdeaSummary {
    long long total = 0, answered = 0;
    std::map<std::string, long long> perTheme;
    const Idea* newest = nullptr;
    std::vector<const Idea*> top, newestFirst, answeredTop;  // at most `most` each
    std::size_t most = 0;
    // What following needs: the wall's order for ties (its themes in their order: the config's,
    // and at most one other, which then comes last), and the session's ideas the pointers are into.
    bool configThemes = false;
    std::vector<std::string> themes;
    const Idea* ideas = nullptr;
    std::size_t count = 0;
};

// `wall`: the room's ideas of `s`, grouped by theme in `themes`' order (and each group in the
// session's order), as the room lists them.
IdeaSummary summarize(const Session& s, const std::vector<const Idea*>& wall, const std::vector<std::string>& themes, std::size_t most);
// Brings `sum` up to date after `changes` to ideas of `s` that stayed in place; `onWall`: whether
// an idea belongs on the room's wall. False when it cannot say exactly: summarize again.
bool followSummary(IdeaSummary& sum, const Session& s, const std::vector<const ChangeJournal::IdeaChange*>& changes,
                   const std::function<bool(const Idea&)>& onWall);

}  // namespace wk
