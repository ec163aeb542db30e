// The word cloud and "lijkt op" with Dutch stems (issue 31): one matcher per door (the kiosk, the
// phone desk, an export), holding libstemmer and each idea's stems, so a key typed does not stem
// 5,000 ideas again. Not shared between threads.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/Text.h"
#include "domain/WordCloud.h"
#include "io/Stemmer.h"

namespace wk::service {

class WordMatcher {
public:
    explicit WordMatcher(StopWords stop) : stop_(std::move(stop)) {}
    // Up to `most` ideas anyone may see that look like `text` (none for fewer than 2 letters).
    std::vector<const Idea*> similar(const Session&, const std::string& text, std::size_t most = 3);
    // Ideas that say the same, in groups to merge in one step (lookalikeGroups).
    std::vector<std::vector<const Idea*>> groups(const Session&, std::size_t most = 10);
    // The cloud of the ideas: in a public part only those anyone may see; never a hidden or
    // waiting one.
    std::vector<CloudWord> ideaCloud(const Session&, bool publicOnly, std::size_t most = 40);
    // The cloud of a one-word question: its words let in so far, or its result once closed.
    std::vector<CloudWord> pollCloud(const Session&, const Poll&, std::size_t most = 40);
    // A word's stem as the cloud keeps it (to hide it).
    std::string stem(const std::string& word) const { return stemmer_(lowerCase(word)); }

private:
    const std::vector<std::string>& stemsOf(const Idea&);
    io::DutchStemmer stemmer_;
    StopWords stop_;
    struct Cached {
        std::string text;
        std::vector<std::string> stems;
    };
    std::unordered_map<std::string, Cached> ideas_;  // by idea id; a changed text is stemmed again
};

}  // namespace wk::service
