// Changes: what an intent (Intent.h) does to the stored session, one entity at a time. The store
// writes them, the session applies them, the undo history keeps them with what they replaced.
// Views never see these: they send intents.
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

using Change = std::variant<SetInfo,
                             Put<Participant>, Remove<Participant>,
                             Put<Slider>, Remove<Slider>,
                             Put<Placement>, Remove<Placement>,
                             Put<Idea>, Remove<Idea>,
                             Put<Opgave>, Remove<Opgave>,
                             Put<Action>, Remove<Action>,
                             Put<Note>, Remove<Note>>;

// Why an intent or a change was refused: a code the UI translates, and the field it is about.
struct Problem {
    std::string code;   // e.g. "text_empty", "value_range", "unknown_participant"
    std::string field;  // e.g. "idea.text"
    int limit = 0;      // "too_long": the most characters the field may have
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

template <class T> KeyIndex& indexOf(const Session&);
// Builds the index of a list anew (a list changed in another way than by apply()).
template <class T> void reindex(const Session& s) {
    KeyIndex& k = indexOf<T>(s);
    const auto& v = itemsOf<T>(s);
    k.at.clear();
    k.at.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) k.at.emplace(keyOf(v[i]), i);
    k.data = v.data();
    k.size = v.size();
    k.valid = true;
}

template <class T> const T* find(const Session& s, const std::string& key) {
    const auto& v = itemsOf<T>(s);
    KeyIndex& k = indexOf<T>(s);
    if (!k.valid || k.size != v.size() || k.data != v.data()) reindex<T>(s);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto it = k.at.find(key);
        if (it != k.at.end() && it->second < v.size() && keyOf(v[it->second]) == key) return &v[it->second];
        if (it == k.at.end() && attempt == 0 && k.at.size() == v.size()) return nullptr;  // the index is whole: not there
        reindex<T>(s);  // an entry was stale (a list changed in place): once more from scratch
    }
    return nullptr;
}

// The largest amount an action may name: ten million euros, in cents.
constexpr std::int64_t kMaxAmountCents = 1'000'000'000;

// Cleans every text field (control characters, invalid UTF-8) so nothing odd is stored.
Change normalized(Change);
// The rules every stored entity meets, whoever made it (an intent, an import).
std::optional<Problem> validate(const Session&, const Change&);
void apply(Session&, const Change&);
// The key of the entity a change touches, e.g. "idea:i12", for the edit log.
std::string touchedKey(const Change&);

// The next free place at the end of a list, and a fresh id such as "i12".
template <class T> std::int64_t nextSeq(const Session& s) {
    std::int64_t m = 0;
    for (const auto& x : itemsOf<T>(s)) m = std::max(m, x.seq);
    return m + 1;
}
// Only for sessions not yet stored (an import, a new meeting): stored sessions take new ids
// from the database, in the write transaction, so several writers never share one.
std::string freshId(const Session&, char prefix);

}  // namespace wk
