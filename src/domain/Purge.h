// AVG: what a meeting keeps once its retention period is over. Residents' names, organisations,
// contacts and consent go, and so do their slider reasons (a reason identifies whoever gave it);
// their names also come out of the meeting's free text (notes and decisions, answers, action
// texts), replaced by "[naam]": the full name, and the surname alone when it has 4 letters or
// more, in any case, with accents and the Turkish dotless and dotted i folded. Officials' and
// partners' names stay: they spoke in office. The ideas themselves stay.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/Types.h"

namespace wk {

struct PurgeCount {
    int ideas = 0, participants = 0, reasons = 0, texts = 0;
    bool any() const { return ideas || participants || reasons || texts; }
};

// The session as the retention period leaves it; `count` says what changed.
Session purgedSession(const Session& s, PurgeCount* count = nullptr);

// A public session (visibleTo's) as the municipality's website may show it (issue 33): consent
// to be named was given for the meeting's screen and minutes, not for a page that stays, so no
// resident's name anywhere (purged as above, names known to the session out of its free text)
// and everyone else by their role.
Session webSession(const Session& publicSession);

// withoutNames' matching, its names prepared once for many texts; without `surnames` only whole
// names are replaced (a surname alone may be a word too: "Bewoner", "Smit").
class NameScrubber {
public:
    explicit NameScrubber(const std::vector<std::string>& names, bool surnames = true);
    std::string operator()(std::string_view text) const;
    bool empty() const { return byFirstWord_.empty(); }

private:
    std::unordered_map<std::u32string, std::vector<std::u32string>> byFirstWord_;
};

// `text` with every one of `names` (and each surname of 4 letters or more) replaced by
// "[naam]", matched whole-word, ignoring case and accents.
std::string withoutNames(std::string_view text, const std::vector<std::string>& names);

}  // namespace wk
