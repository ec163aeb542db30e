// Changes: what an intent (Intent.h) does to the stored session, one entity at a time. The store
// writes them, the session applies them, the undo history keeps them with what they replaced.
// Views never see these: they send intents.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/Lookup.h"
#include "domain/Types.h"

namespace wk {

// Insert or replace one entity, matched by its key (see keyOf).
template <class T> struct Put { T item; };
// Remove one entity; the whole item is kept so the inverse can put it back in its place.
template <class T> struct Remove { T item; };
struct SetInfo { SessionInfo info; };

using Change = std::variant<SetInfo,
                             Put<Participant>, Remove<Participant>,
                             Put<Slider>, Remove<Slider>,
                             Put<Placement>, Remove<Placement>,
                             Put<Idea>, Remove<Idea>,
                             Put<Opgave>, Remove<Opgave>,
                             Put<Action>, Remove<Action>,
                             Put<Note>, Remove<Note>,
                             Put<AgendaItem>, Remove<AgendaItem>,
                             Put<Turn>, Remove<Turn>,
                             Put<CheckIn>, Remove<CheckIn>,
                             Put<EarlierIdea>, Remove<EarlierIdea>,
                             Put<Poll>, Remove<Poll>,
                             Put<PollAnswer>, Remove<PollAnswer>>;

// Why an intent or a change was refused: a code the UI translates, and the field it is about.
struct Problem {
    std::string code;   // e.g. "text_empty", "value_range", "unknown_participant"
    std::string field;  // e.g. "idea.text"
    int limit = 0;      // "too_long": the most characters the field may have
};

// The largest amount an action may name: ten million euros, in cents.
constexpr std::int64_t kMaxAmountCents = 1'000'000'000;

// Cleans every text field (control characters, invalid UTF-8) so nothing odd is stored.
Change normalized(Change);
// The rules every stored entity meets, whoever made it (an intent, an import).
std::optional<Problem> validate(const Session&, const Change&);
void apply(Session&, const Change&);
// The key of the entity a change touches, e.g. "idea:i12", for the edit log.
std::string touchedKey(const Change&);

// Only for sessions not yet stored (an import, a new meeting): stored sessions take new ids
// from the database, in the write transaction, so several writers never share one.
std::string freshId(const Session&, char prefix);

}  // namespace wk
