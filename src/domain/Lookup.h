// Finding an entity of a session by its key, in one hash lookup however long the list: the index
// each list keeps (KeyIndex, kept by the changes and rebuilt on demand). On its own, so a rule
// that only looks things up does not include what changes them.
#pragma once
#include <algorithm>
#include <string>
#include <vector>

#include "domain/Types.h"

namespace wk {

std::string keyOf(const Participant& x);
std::string keyOf(const Slider& x);
std::string keyOf(const Placement& x);
std::string keyOf(const Idea& x);
std::string keyOf(const Opgave& x);
std::string keyOf(const Action& x);
std::string keyOf(const Note& x);
std::string keyOf(const AgendaItem& x);
std::string keyOf(const Turn& x);
std::string keyOf(const CheckIn& x);
std::string keyOf(const EarlierIdea& x);
std::string keyOf(const Poll& x);
std::string keyOf(const PollAnswer& x);  // poll and pseudonym

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

// The next free place at the end of a list, and a fresh id such as "i12".
template <class T> std::int64_t nextSeq(const Session& s) {
    std::int64_t m = 0;
    for (const auto& x : itemsOf<T>(s)) m = std::max(m, x.seq);
    return m + 1;
}
}  // namespace wk
