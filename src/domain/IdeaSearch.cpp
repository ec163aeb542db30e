#include "domain/IdeaSearch.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>

#include "domain/Text.h"

namespace wk {
namespace {

// Latin Extended-A (U+0100 to U+017F) without its accents, one letter each; ĳ is "ij" apart.
constexpr std::string_view kExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kExtendedA.size() == 0x80);
// Latin-1's lower half (U+00DF to U+00FF) the same way; ß is "ss" apart, ÷ a space.
constexpr std::string_view kLatin1 = "?aaaaaaaceeeeiiiidnooooo ouuuuyty";
static_assert(kLatin1.size() == 0x21);

// Appends the folded form of one code point: a letter or digit as its plain lower-case letters,
// anything else as one space (never two in a row).
void foldInto(std::string& out, char32_t c) {
    const auto space = [&] {
        if (!out.empty() && out.back() != ' ') out += ' ';
    };
    if (c >= 0x300 && c <= 0x36F) return;  // a combining accent: the letter before it stays
    if (c >= 'A' && c <= 'Z') c += 32;
    else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c += 32;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out += static_cast<char>(c);
    } else if (c == 0xDF) {
        out += "ss";
    } else if (c >= 0xE0 && c <= 0xFF) {
        const char f = kLatin1[c - 0xDF];
        if (f == ' ') space();
        else out += f;
    } else if (c == 0x132 || c == 0x133) {
        out += "ij";
    } else if (c >= 0x100 && c <= 0x17F) {
        out += kExtendedA[c - 0x100];
    } else if (isLetter(c)) {
        out += toUtf8(std::u32string(1, c));  // another script: as written
    } else {
        space();
    }
}

}  // namespace

std::string searchFold(std::string_view text) {
    std::string out = " ";
    out.reserve(text.size() + 2);
    for (char32_t c : codepoints(text)) foldInto(out, c);
    if (out.size() > 1 && out.back() == ' ') out.pop_back();
    return out;
}

std::vector<std::string> searchWords(std::string_view query) {
    std::vector<std::string> out;
    const std::string folded = searchFold(query);
    std::size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && folded[i] == ' ') ++i;
        const std::size_t end = std::min(folded.find(' ', i), folded.size());
        if (end > i) {
            std::string w = folded.substr(i, end - i);
            if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(std::move(w));
        }
        i = end;
    }
    return out;
}

bool matchesAll(std::string_view folded, const std::vector<std::string>& words) {
    for (const auto& w : words) {
        // At the start of a word: " bank" finds "bankjes", never "zitbank"'s middle.
        bool found = false;
        for (std::size_t at = folded.find(w); at != std::string_view::npos; at = folded.find(w, at + 1))
            if (at > 0 && folded[at - 1] == ' ') {
                found = true;
                break;
            }
        if (!found) return false;
    }
    return true;
}

bool newerThan(const Idea& a, const Idea& b) { return a.created != b.created ? a.created > b.created : a.seq > b.seq; }

const Idea* newestOf(const std::vector<const Idea*>& ideas) {
    const Idea* newest = nullptr;
    for (const Idea* i : ideas)
        if (!newest || newerThan(*i, *newest)) newest = i;
    return newest;
}

namespace {
// The theme order's key of an idea whose theme is the config's (or none); none otherwise.
std::optional<std::size_t> themeKey(const Idea& i, IdeaOrder order, const std::vector<std::string>& themes) {
    std::size_t r = themes.size() + 1000000;
    if (!i.theme.empty()) {
        const auto at = std::find(themes.begin(), themes.end(), i.theme);
        if (at == themes.end()) return std::nullopt;
        r = static_cast<std::size_t>(at - themes.begin());
    }
    if (order == IdeaOrder::Unanswered && !i.response.value.empty()) r += 2000000;
    return r;
}
}  // namespace

bool knownTheme(const Idea& i, const std::vector<std::string>& themes) {
    return i.theme.empty() || std::find(themes.begin(), themes.end(), i.theme) != themes.end();
}

bool reorderIdea(std::vector<const Idea*>& ideas, const Idea* changed, bool passes, IdeaOrder order, const std::vector<std::string>& themes) {
    // Ties as the stable sort leaves them: by the place in the session (the wall is found in
    // that order), which for ideas of one vector is their address.
    std::function<bool(const Idea*, const Idea*)> before;
    if (order == IdeaOrder::Newest || order == IdeaOrder::Support) {
        before = [order](const Idea* a, const Idea* b) {
            if (order == IdeaOrder::Support && a->votes != b->votes) return a->votes > b->votes;
            if (newerThan(*a, *b)) return true;
            return !newerThan(*b, *a) && a < b;
        };
    } else {
        if (!themeKey(*changed, order, themes)) return false;
        before = [&](const Idea* a, const Idea* b) {
            const std::size_t ka = *themeKey(*a, order, themes), kb = *themeKey(*b, order, themes);
            return ka != kb ? ka < kb : a < b;
        };
    }
    if (const auto at = std::find(ideas.begin(), ideas.end(), changed); at != ideas.end()) ideas.erase(at);
    if (passes) ideas.insert(std::lower_bound(ideas.begin(), ideas.end(), changed, before), changed);
    return true;
}

void firstIdeas(std::vector<const Idea*>& ideas, IdeaOrder order, std::size_t most, const std::vector<std::string>& themes) {
    if ((order != IdeaOrder::Newest && order != IdeaOrder::Support) || ideas.size() <= most) {
        orderIdeas(ideas, order, themes);
        if (ideas.size() > most) ideas.resize(most);
        return;
    }
    // The first `most` only, ties by their place in `ideas` as the stable sort leaves them.
    std::vector<std::pair<const Idea*, std::size_t>> placed;
    placed.reserve(ideas.size());
    for (std::size_t k = 0; k < ideas.size(); ++k) placed.emplace_back(ideas[k], k);
    std::partial_sort(placed.begin(), placed.begin() + static_cast<std::ptrdiff_t>(most), placed.end(), [order](const auto& x, const auto& y) {
        const Idea &a = *x.first, &b = *y.first;
        if (order == IdeaOrder::Support && a.votes != b.votes) return a.votes > b.votes;
        if (newerThan(a, b)) return true;
        return !newerThan(b, a) && x.second < y.second;
    });
    ideas.resize(most);
    for (std::size_t k = 0; k < most; ++k) ideas[k] = placed[k].first;
}

void orderIdeas(std::vector<const Idea*>& ideas, IdeaOrder order, const std::vector<std::string>& themes) {
    if (order == IdeaOrder::Newest || order == IdeaOrder::Support) {
        std::stable_sort(ideas.begin(), ideas.end(), [order](const Idea* a, const Idea* b) {
            if (order == IdeaOrder::Support && a->votes != b->votes) return a->votes > b->votes;
            return newerThan(*a, *b);
        });
        return;
    }
    // Each idea's key worked out once, not in every comparison: a wall of 50,000 sorts within a frame.
    std::unordered_map<std::string_view, std::size_t> rank;
    for (std::size_t k = 0; k < themes.size(); ++k) rank.emplace(themes[k], k);
    std::vector<std::pair<std::size_t, const Idea*>> keyed;
    keyed.reserve(ideas.size());
    for (const Idea* i : ideas) {
        std::size_t r = themes.size() + 1000000;  // no theme: after every theme
        if (!i->theme.empty()) r = rank.emplace(i->theme, themes.size() + rank.size()).first->second;  // not in the config: after those that are
        if (order == IdeaOrder::Unanswered && !i->response.value.empty()) r += 2000000;  // answered after every unanswered one
        keyed.emplace_back(r, i);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t k = 0; k < keyed.size(); ++k) ideas[k] = keyed[k].second;
}

void IdeaIndex::update(const Session& s, std::uint64_t revision) {
    if (session_ == &s && revision_ == revision && folded_.size() == s.ideas.size()) return;
    session_ = &s;
    revision_ = revision;
    folded_.clear();
    folded_.reserve(s.ideas.size());
    for (const auto& i : s.ideas) {
        // What the card shows and a person may say: the text, "nummer BH-3-12", the name.
        std::string source = i.text;
        source += '\n';
        source += i.number;
        source += '\n';
        source += i.author;
        Folded& f = byId_[i.id];
        if (f.source != source || f.folded.empty()) {
            f.folded = searchFold(source);
            f.source = std::move(source);
        }
        folded_.push_back(&f.folded);
    }
}

std::vector<const Idea*> IdeaIndex::find(const Session& s, const std::vector<std::string>& words,
                                         const std::function<bool(const Idea&)>& passes) const {
    std::vector<const Idea*> out;
    const bool indexed = session_ == &s && folded_.size() == s.ideas.size();
    for (std::size_t k = 0; k < s.ideas.size(); ++k) {
        const Idea& i = s.ideas[k];
        if (!passes(i)) continue;
        if (!words.empty()) {
            const std::string unindexed = indexed ? std::string() : searchFold(i.text);
            if (!matchesAll(indexed ? std::string_view(*folded_[k]) : std::string_view(unindexed), words)) continue;
        }
        out.push_back(&i);
    }
    return out;
}

}  // namespace wk
