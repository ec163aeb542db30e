#include "domain/WordCloud.h"

#include <algorithm>
#include <unordered_map>
#include <map>

#include "domain/Polls.h"
#include "domain/Rules.h"
#include "domain/Text.h"

namespace wk {

std::vector<std::string> wordsOf(std::string_view text) {
    std::vector<std::string> out;
    const std::u32string s = codepoints(text);
    std::u32string word;
    auto flush = [&] {
        while (!word.empty() && !isLetter(word.back())) word.pop_back();  // a trailing ' or -
        if (!word.empty()) out.push_back(lowerCase(toUtf8(word)));
        word.clear();
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char32_t c = s[i];
        const bool joiner = (c == '\'' || c == U'’' || c == '-') && !word.empty() && i + 1 < s.size() && isLetter(s[i + 1]);
        if (isLetter(c)) word += c;
        else if (joiner) word += (c == U'’' ? U'\'' : c);
        else flush();
    }
    flush();
    return out;
}

bool isContentWord(const std::string& w, const StopWords& stop) {
    if (codepointCount(w) < 2 || stop.count(w)) return false;
    return !std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

std::vector<std::string> contentStems(std::string_view text, const Stemmer& stem, const StopWords& stop) {
    std::vector<std::string> out;
    for (const auto& w : wordsOf(text))
        if (isContentWord(w, stop)) out.push_back(stem(w));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<CloudWord> wordCloud(const std::vector<WeightedText>& texts, const Stemmer& stem, const StopWords& stop,
                                 const std::vector<std::string>& hidden, std::size_t most) {
    struct Group {
        long long count = 0;
        std::map<std::string, long long> forms;
    };
    std::map<std::string, Group> groups;
    std::map<std::string, std::string> stems;  // a word's stem, once per distinct word
    for (const auto& t : texts) {
        if (t.weight <= 0) continue;
        std::vector<std::string> seen;  // a word said twice in one idea counts once
        for (const auto& w : wordsOf(t.text)) {
            if (!isContentWord(w, stop)) continue;
            auto it = stems.find(w);
            if (it == stems.end()) it = stems.emplace(w, stem(w)).first;
            if (std::find(seen.begin(), seen.end(), it->second) != seen.end()) continue;
            seen.push_back(it->second);
            Group& g = groups[it->second];
            g.count += t.weight;
            g.forms[w] += t.weight;
        }
    }
    std::vector<CloudWord> out;
    for (auto& [s, g] : groups) {
        if (std::find(hidden.begin(), hidden.end(), s) != hidden.end()) continue;
        const auto best = std::max_element(g.forms.begin(), g.forms.end(), [](const auto& a, const auto& b) {
            if (a.second != b.second) return a.second < b.second;
            if (a.first.size() != b.first.size()) return a.first.size() > b.first.size();
            return a.first > b.first;
        });
        out.push_back({s, best->first, g.count});
    }
    std::sort(out.begin(), out.end(), [](const CloudWord& a, const CloudWord& b) {
        return a.count != b.count ? a.count > b.count : a.written < b.written;
    });
    if (out.size() > most) out.resize(most);
    return out;
}

std::vector<WeightedText> ideaTexts(const Session& s, bool publicOnly) {
    std::vector<WeightedText> texts;
    for (const auto& i : s.ideas) {
        if (i.hidden || i.pending) continue;
        if (publicOnly && i.visibility != Visibility::Public) continue;
        texts.push_back({i.text, 1});
    }
    return texts;
}

std::vector<WeightedText> wordPollTexts(const Session& s, const Poll& p) {
    std::vector<WeightedText> texts;
    if (p.closed.empty()) {
        for (const auto& a : s.answers)
            if (a.poll == p.id && !a.pending) texts.push_back({a.text, 1});
    } else {
        for (std::size_t k = 0; k < p.options.size() && k < p.result.size(); ++k) texts.push_back({p.options[k], p.result[k]});
    }
    long long given = 0;
    for (const auto& t : texts) given += t.weight;
    if (given < static_cast<long long>(kMinWordsShown)) return {};  // too few to show without saying who
    return texts;
}

bool seenByAll(const Idea& i) { return i.visibility == Visibility::Public && !i.hidden && !i.pending; }

std::vector<const Idea*> similarIdeas(const Session& s, const std::vector<std::string>& typed,
                                      const std::function<const std::vector<std::string>&(const Idea&)>& stemsOf, std::size_t most) {
    std::vector<std::pair<std::size_t, const Idea*>> found;
    if (typed.empty()) return {};
    const std::size_t needed = std::min<std::size_t>(2, typed.size());
    for (const auto& idea : s.ideas) {
        if (!seenByAll(idea)) continue;
        const auto& stems = stemsOf(idea);
        std::size_t shared = 0;
        for (const auto& t : typed)
            if (std::binary_search(stems.begin(), stems.end(), t)) ++shared;
        if (shared >= needed) found.push_back({shared, &idea});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second->votes > b.second->votes;
    });
    std::vector<const Idea*> out;
    for (std::size_t i = 0; i < found.size() && i < most; ++i) out.push_back(found[i].second);
    return out;
}

std::vector<std::vector<const Idea*>> lookalikeGroups(const Session& s,
                                                      const std::function<const std::vector<std::string>&(const Idea&)>& stemsOf,
                                                      std::size_t most) {
    std::vector<const Idea*> ideas;
    for (const auto& i : s.ideas)
        if (!i.hidden && !i.pending && stemsOf(i).size() >= 2) ideas.push_back(&i);
    std::stable_sort(ideas.begin(), ideas.end(), [](const Idea* a, const Idea* b) { return a->votes > b->votes; });
    std::unordered_map<std::string, std::vector<std::size_t>> postings;  // stem -> positions in `ideas`
    for (std::size_t k = 0; k < ideas.size(); ++k)
        for (const auto& st : stemsOf(*ideas[k])) postings[st].push_back(k);
    const std::size_t common = std::max<std::size_t>(50, ideas.size() / 10);
    std::vector<bool> grouped(ideas.size(), false);
    std::vector<std::vector<const Idea*>> out;
    std::unordered_map<std::size_t, std::size_t> shared;
    for (std::size_t head = 0; head < ideas.size() && out.size() < most; ++head) {
        if (grouped[head]) continue;
        const auto& mine = stemsOf(*ideas[head]);
        shared.clear();
        for (const auto& st : mine) {
            const auto& list = postings[st];
            if (list.size() > common) continue;
            for (std::size_t k : list)
                if (k != head && !grouped[k]) ++shared[k];
        }
        std::vector<std::size_t> members;
        for (const auto& [k, n] : shared) {
            // Counted again over every stem, the common ones too.
            const auto& theirs = stemsOf(*ideas[k]);
            std::size_t both = 0;
            for (const auto& st : mine) both += std::binary_search(theirs.begin(), theirs.end(), st);
            if (both >= 2 && both * 3 >= 2 * std::min(mine.size(), theirs.size()) && canMerge(*ideas[k], *ideas[head])) members.push_back(k);
        }
        if (members.empty()) continue;
        std::sort(members.begin(), members.end());  // by support, as `ideas` is
        std::vector<const Idea*> group{ideas[head]};
        grouped[head] = true;
        for (std::size_t k : members) {
            group.push_back(ideas[k]);
            grouped[k] = true;
        }
        out.push_back(std::move(group));
    }
    return out;
}

}  // namespace wk
