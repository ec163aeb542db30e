// Finding one idea among thousands (issue 34): search as you type, sort, filter by theme. The
// console's wall, the bench and the tests use the same rules; the text is folded once per idea,
// so a key typed scans folded text only.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/Types.h"

namespace wk {

// Text as a search compares it: lower case, accents off (é -> e, ĳ -> ij), ı and İ as i, every
// run of other characters one space, with a space in front ("  Bánkjes!" -> " bankjes").
std::string searchFold(std::string_view);
// The words of a search, folded; none when it has only spaces or symbols.
std::vector<std::string> searchWords(std::string_view query);
// Whether every word starts a word of `folded` (made by searchFold), in any order.
bool matchesAll(std::string_view folded, const std::vector<std::string>& words);

enum class IdeaOrder { Theme, Newest, Support, Unanswered };
// Sorts in place: by theme (the config's order, then any other, then none), newest first, most
// support first (then newest), or unanswered first (then by theme). Stable.
void orderIdeas(std::vector<const Idea*>&, IdeaOrder, const std::vector<std::string>& themes);
// The first `most` of `ideas` as orderIdeas would order them, without sorting the rest.
void firstIdeas(std::vector<const Idea*>& ideas, IdeaOrder order, std::size_t most, const std::vector<std::string>& themes);
// Keeps `ideas` (ordered by orderIdeas, found in the session's order) so after `changed` changed:
// out, and back in its place when it `passes`; the same order as sorting again. For the theme
// orders every idea's theme must be one of `themes` or none (one the config lacks ranks by where
// it first appears): false when `changed`'s is not, then sort again.
bool reorderIdea(std::vector<const Idea*>& ideas, const Idea* changed, bool passes, IdeaOrder, const std::vector<std::string>& themes);
bool newerThan(const Idea& a, const Idea& b);
// Whether an idea's theme is one of `themes`, or none.
bool knownTheme(const Idea& i, const std::vector<std::string>& themes);
// The newest of `ideas` (the one to light up), or null when there are none.
const Idea* newestOf(const std::vector<const Idea*>& ideas);

// The folded text of every idea of a session (its text, number and author, as shown on its card),
// refolded only where an idea changed.
class IdeaIndex {
public:
    // Up to date with `s` (cheap when it was already).
    void update(const Session& s, std::uint64_t revision);
    // The ideas among `s`'s whose folded text has every word; all when `words` is empty.
    std::vector<const Idea*> find(const Session& s, const std::vector<std::string>& words,
                                  const std::function<bool(const Idea&)>& passes) const;

private:
    struct Folded {
        std::string source, folded;
    };
    std::unordered_map<std::string, Folded> byId_;
    std::vector<const std::string*> folded_;  // in the order of the session's ideas
    const Session* session_ = nullptr;
    std::uint64_t revision_ = ~0ull;
};

}  // namespace wk
