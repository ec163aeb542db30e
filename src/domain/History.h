// Undo with other writers: a step remembers, for every entity it touched, what it was before and
// after. Taking the step back restores the fields the step changed, and only those, in the
// session as it is now; supports counted since (from phones, say) are kept. When a field the
// step changed has been changed again by someone else, the step cannot be taken back: undo says
// so and changes nothing.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/Change.h"
#include "domain/Types.h"

namespace wk {

template <class T> struct Touch {
    std::optional<T> before, after;  // absent: not there (added, or removed)
};
struct InfoTouch {
    SessionInfo before, after;
};
using Delta = std::variant<InfoTouch, Touch<Participant>, Touch<Slider>, Touch<Placement>, Touch<Idea>, Touch<Opgave>,
                           Touch<Action>, Touch<Note>, Touch<AgendaItem>, Touch<Turn>, Touch<CheckIn>, Touch<EarlierIdea>,
                           Touch<Poll>, Touch<PollAnswer>>;

// What `changes` do to `s`, entity by entity (taken before they are applied).
std::vector<Delta> deltasOf(const Session& s, const std::vector<Change>& changes);

// The changes that take `deltas` back in `now`; a problem ("changed_since") when they cannot.
// A redo is the revert of an undo's own deltas.
struct Reverted {
    std::optional<Problem> problem;
    std::vector<Change> changes;
};
Reverted revert(const Session& now, const std::vector<Delta>& deltas);

}  // namespace wk
