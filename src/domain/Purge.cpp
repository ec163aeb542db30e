#include "domain/Purge.h"

#include <algorithm>

#include "domain/Rules.h"
#include "domain/Text.h"

namespace wk {
namespace {

constexpr const char* kName = "[naam]";

// One code point folded for matching: lower case, accents off, ı and İ as i; 0 for none.
char32_t fold(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c < 0x80) return c;
    static const std::u32string from = U"ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćČčĎďĐđÈÉÊËèéêëĒēĖėĘęĚěĞğĢģÌÍÎÏìíîïĪīĮįİıĶķĹĺĻļĽľŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŐőŔŕŘřŚśŞşŠšŢţŤťÙÚÛÜùúûüŪūŮůŰűŲųÝýÿŸŹźŻżŽž";
    static const std::u32string to = U"aaaaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeggggiiiiiiiiiiiiiikkllllllllnnnnnnnnoooooooooooooooorrrrssssssttttuuuuuuuuuuuuuuuuyyyyzzzzzz";
    const auto at = from.find(c);
    return at == std::u32string::npos ? c : to[at];
}

std::u32string folded(std::u32string s) {
    for (auto& c : s) c = fold(c);
    return s;
}

// The forms to look for: each full name, and its last word when it has 4 letters or more;
// longest first, so "Jan de Vries" goes before "Vries".
std::vector<std::u32string> patterns(const std::vector<std::string>& names, bool surnames) {
    std::vector<std::u32string> out;
    for (const auto& n : names) {
        std::u32string full = folded(codepoints(n));
        while (!full.empty() && full.back() == ' ') full.pop_back();
        while (!full.empty() && full.front() == ' ') full.erase(full.begin());
        if (full.size() < 2) continue;
        out.push_back(full);
        if (!surnames) continue;
        const auto space = full.find_last_of(U' ');
        if (space != std::u32string::npos && full.size() - space - 1 >= 4) out.push_back(full.substr(space + 1));
        else if (space == std::u32string::npos && full.size() >= 4) out.push_back(full);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

NameScrubber::NameScrubber(const std::vector<std::string>& names, bool surnames) {
    // By first word: a text is read word by word and only that word's names are tried, so a
    // meeting with thousands of authors costs a lookup per word.
    for (auto& p : patterns(names, surnames)) {
        std::size_t end = 0;
        while (end < p.size() && isLetter(p[end])) ++end;
        byFirstWord_[p.substr(0, end)].push_back(std::move(p));  // longest first, as patterns() sorts
    }
}

std::string NameScrubber::operator()(std::string_view text) const {
    if (byFirstWord_.empty() || text.empty()) return std::string(text);
    const std::u32string original = codepoints(text);
    const std::u32string f = folded(original);
    std::u32string out;
    bool changed = false;
    for (std::size_t i = 0; i < f.size();) {
        bool hit = false;
        if (i == 0 || !isLetter(f[i - 1])) {
            std::size_t wordEnd = i;
            while (wordEnd < f.size() && isLetter(f[wordEnd])) ++wordEnd;
            const auto candidates = byFirstWord_.find(f.substr(i, wordEnd - i));
            if (candidates != byFirstWord_.end())
            for (const auto& p : candidates->second) {
                const std::size_t end = i + p.size();
                if (end <= f.size() && f.compare(i, p.size(), p) == 0 && (end == f.size() || !isLetter(f[end]))) {
                    for (const char* c = kName; *c; ++c) out += static_cast<char32_t>(*c);
                    i = end;
                    hit = changed = true;
                    break;
                }
            }
        }
        if (!hit) out += original[i++];
    }
    return changed ? toUtf8(out) : std::string(text);
}

std::string withoutNames(std::string_view text, const std::vector<std::string>& names) { return NameScrubber(names)(text); }

Session purgedSession(const Session& s, PurgeCount* count) {
    PurgeCount n;
    Session out = s;
    // Residents' names: the participants who are residents, and every idea's author.
    std::vector<std::string> names;
    std::vector<std::string> residents;
    for (const auto& p : s.participants)
        if (isResidentRole(p.role)) {
            if (!p.name.empty()) names.push_back(p.name);
            residents.push_back(p.id);
        }
    for (const auto& i : s.ideas)
        if (!i.author.empty()) names.push_back(i.author);
    for (const auto& t : s.turns)
        if (t.role == "resident" && !t.speaker.empty()) names.push_back(t.speaker);
    for (const auto& c : s.checkIns)
        if (c.kind == "resident" && !c.name.empty()) names.push_back(c.name);
    // Residents who checked in: counted still, by kind and channel; no name and no visit.
    for (auto& c : out.checkIns)
        if (c.kind == "resident" && (!c.name.empty() || !c.visit.empty())) {
            if (!c.name.empty()) ++n.participants;
            c.name.clear();
            c.visit.clear();
        }
    // Residents who asked for the floor: their turn and its time stay, their name goes.
    for (auto& t : out.turns)
        if (t.role == "resident" && (!t.speaker.empty() || t.consent || !t.visit.empty())) {
            t.speaker.clear();
            t.consent = false;
            t.visit.clear();
            ++n.participants;
        }
    for (auto& p : out.participants)
        if (isResidentRole(p.role) && (!p.name.empty() || !p.organisation.empty() || p.consent)) {
            p.name.clear();
            p.organisation.clear();
            p.consent = false;
            ++n.participants;
        }
    for (auto& pl : out.placements)
        if (!pl.reason.empty() && std::find(residents.begin(), residents.end(), pl.participant) != residents.end()) {
            pl.reason.clear();
            ++n.reasons;
        }
    const NameScrubber scrubber(names);
    const auto scrub = [&](std::string& t) {
        std::string clean = scrubber(t);
        if (clean != t) {
            t = std::move(clean);
            ++n.texts;
        }
    };
    for (auto& i : out.ideas) {
        if (!i.author.empty() || !i.contact.empty() || i.consent) {
            i.author.clear();
            i.contact.clear();
            i.consent = false;
            ++n.ideas;
        }
        scrub(i.response.motivation);
        scrub(i.response.condition);
        scrub(i.hiddenReason);
    }
    for (auto& e : out.earlier) {  // the copies of last time's answers, as the answers themselves
        scrub(e.response.motivation);
        scrub(e.response.condition);
    }
    for (auto& note : out.notes) scrub(note.text);
    for (auto& a : out.actions) {
        scrub(a.what);
        scrub(a.indicator);
        scrub(a.owner);
        for (auto& k : a.koppelkansen) scrub(k);
    }
    if (count) *count = n;
    return out;
}

Session webSession(const Session& publicSession) {
    Session out = purgedSession(publicSession);
    // Who was there stays off the web: at a small meeting a role names the person.
    out.participants.clear();
    for (auto& t : out.turns) {
        t.speaker.clear();
        t.consent = false;
    }
    for (auto& c : out.checkIns) c.name.clear();
    return out;
}

}  // namespace wk
