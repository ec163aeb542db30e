// What the room's words add up to (issue 31): a word cloud of ideas and one-word answers, and the
// ideas that look like one being typed ("lijkt op"). Both group words by their stem; the stemmer
// (Dutch, libstemmer) is the service's and comes in as a function, so the rules stay plain C++.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "domain/Types.h"

namespace wk {

// The words of a text in lower case: runs of letters and digits, with an apostrophe or hyphen
// inside a word kept ("zo'n", "buurt-app").
std::vector<std::string> wordsOf(std::string_view text);

// Words that say nothing by themselves ("de", "het", "en", "niet"), lower case.
using StopWords = std::unordered_set<std::string>;
// A word's stem (lower case in, lower case out).
using Stemmer = std::function<std::string(const std::string&)>;

// Whether a word counts: not a stop word, not a number, two letters or more.
bool isContentWord(const std::string& word, const StopWords&);
// A text's content words' stems, each once, sorted.
std::vector<std::string> contentStems(std::string_view text, const Stemmer&, const StopWords&);

// One word of the cloud: its stem, the form people wrote most often (ties: the shorter, then
// alphabetically), and how often any form of it was written.
struct CloudWord {
    std::string stem, written;
    long long count = 0;
};
struct WeightedText {
    std::string_view text;
    long long weight = 1;  // a closed one-word question's answer counts as often as it was given
};
// The `most` most frequent stems (ties: alphabetically by written form), without stop words and
// the stems in `hidden`; a stem counts once per text (an idea that says it twice says it once).
std::vector<CloudWord> wordCloud(const std::vector<WeightedText>&, const Stemmer&, const StopWords&,
                                 const std::vector<std::string>& hidden, std::size_t most = 40);

// What a cloud is made of: the ideas (never a hidden or waiting one; in a public part only public
// ones), or a one-word question's words let in so far (its result once closed).
std::vector<WeightedText> ideaTexts(const Session&, bool publicOnly);
std::vector<WeightedText> wordPollTexts(const Session&, const Poll&);

// "Lijkt op": the ideas anyone may see (public, not hidden, not waiting for moderation) that share
// content stems with what is typed: at least two, or every one when it has fewer than two; most
// shared first, then most supported, at most `most`. `stemsOf` gives an idea's content stems
// (the service caches them).
std::vector<const Idea*> similarIdeas(const Session&, const std::vector<std::string>& typedStems,
                                      const std::function<const std::vector<std::string>&(const Idea&)>& stemsOf,
                                      std::size_t most = 3);
// Ideas that say the same (issue 34), for merging in one step: each group an idea and the others
// that share at least two of its stems and two thirds of the shorter one's; the most supported
// idea first in its group and groups with the most supported first idea first. An idea is in one
// group at most. A stem in very many ideas of a big meeting ("voorstel") finds no partners alone.
std::vector<std::vector<const Idea*>> lookalikeGroups(const Session&,
                                                      const std::function<const std::vector<std::string>&(const Idea&)>& stemsOf,
                                                      std::size_t most = 10);
// Whether anyone may see an idea: public, not hidden, not waiting for moderation.
bool seenByAll(const Idea&);

}  // namespace wk
