#include "service/Matching.h"

#include "domain/Text.h"

namespace wk::service {

const std::vector<std::string>& WordMatcher::stemsOf(const Idea& idea) {
    Cached& c = ideas_[idea.id];
    if (c.text != idea.text || (c.stems.empty() && !idea.text.empty())) {
        c.text = idea.text;
        c.stems = contentStems(idea.text, stemmer_.fn(), stop_);
    }
    return c.stems;
}

std::vector<const Idea*> WordMatcher::similar(const Session& s, const std::string& text, std::size_t most) {
    const auto typed = contentStems(text, stemmer_.fn(), stop_);
    return similarIdeas(s, typed, [this](const Idea& i) -> const std::vector<std::string>& { return stemsOf(i); }, most);
}

std::vector<std::vector<const Idea*>> WordMatcher::groups(const Session& s, std::size_t most) {
    return lookalikeGroups(s, [this](const Idea& i) -> const std::vector<std::string>& { return stemsOf(i); }, most);
}

std::vector<CloudWord> WordMatcher::ideaCloud(const Session& s, bool publicOnly, std::size_t most) {
    return wordCloud(ideaTexts(s, publicOnly), stemmer_.fn(), stop_, s.info.hiddenWords, most);
}

std::vector<CloudWord> WordMatcher::pollCloud(const Session& s, const Poll& p, std::size_t most) {
    return wordCloud(wordPollTexts(s, p), stemmer_.fn(), stop_, s.info.hiddenWords, most);
}

}  // namespace wk::service
