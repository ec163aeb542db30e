// Edit commands: the only way anything in a session changes. A view emits one; the edit
// service validates it, stores it in one transaction, applies it here and keeps its inverse.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/Types.h"

namespace wk {

// Insert or replace one entity, matched by its key (see keyOf).
template <class T> struct Put { T item; };
// Remove one entity; the whole item is kept so the inverse can put it back in its place.
template <class T> struct Remove { T item; };
struct SetInfo { SessionInfo info; };

using Command = std::variant<SetInfo,
                             Put<Participant>, Remove<Participant>,
                             Put<Slider>, Remove<Slider>,
                             Put<Placement>, Remove<Placement>,
                             Put<Idea>, Remove<Idea>,
                             Put<Opgave>, Remove<Opgave>,
                             Put<Action>, Remove<Action>,
                             Put<Note>, Remove<Note>>;

// Why a command was refused: a code the UI translates, and the field it is about.
struct Problem {
    std::string code;   // e.g. "text_empty", "value_range", "unknown_participant"
    std::string field;  // e.g. "idea.text"
};

std::string keyOf(const Participant& x);
std::string keyOf(const Slider& x);
std::string keyOf(const Placement& x);
std::string keyOf(const Idea& x);
std::string keyOf(const Opgave& x);
std::string keyOf(const Action& x);
std::string keyOf(const Note& x);

template <class T> std::vector<T>& itemsOf(Session&);
template <class T> const std::vector<T>& itemsOf(const Session& s) { return itemsOf<T>(const_cast<Session&>(s)); }

template <class T> const T* find(const Session& s, const std::string& key) {
    for (const auto& x : itemsOf<T>(s))
        if (keyOf(x) == key) return &x;
    return nullptr;
}

// Cleans every text field (control characters, invalid UTF-8) so nothing odd is stored.
Command normalized(Command);
std::optional<Problem> validate(const Session&, const Command&);
// The command that undoes `c` when applied to the session `c` was applied to.
Command inverse(const Session& before, const Command& c);
void apply(Session&, const Command&);

// The next free place at the end of a list, and a fresh id such as "i12".
template <class T> std::int64_t nextSeq(const Session& s) {
    std::int64_t m = 0;
    for (const auto& x : itemsOf<T>(s)) m = std::max(m, x.seq);
    return m + 1;
}
std::string freshId(const Session&, char prefix);

}  // namespace wk
