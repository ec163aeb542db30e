#include "io/Stemmer.h"

#include <libstemmer.h>

#include <stdexcept>
#include <string_view>

namespace wk::io {

std::string_view stopWordsText();  // generated from assets/stopwoorden.txt

DutchStemmer::DutchStemmer() : stemmer_(sb_stemmer_new("dutch", "UTF_8")) {
    if (!stemmer_) throw std::runtime_error("libstemmer has no Dutch stemmer");
}

DutchStemmer::~DutchStemmer() { sb_stemmer_delete(stemmer_); }

std::string DutchStemmer::operator()(const std::string& given) const {
    // Snowball's Dutch stemmer keeps the diminutive plural whole ("bankjes", yet "bankje" ->
    // "bankj"): one bankje and more bankjes are the same thing to a resident.
    std::string word = given;
    if (word.size() > 5 && word.compare(word.size() - 3, 3, "jes") == 0) word.pop_back();
    const sb_symbol* out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (!out) return word;  // out of memory: the word as it is still groups with itself
    return {reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(stemmer_))};
}

StopWords dutchStopWords() {
    StopWords out;
    const std::string_view text = stopWordsText();
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(at, end - at);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
        if (!line.empty() && line[0] != '#') out.insert(std::string(line));
        at = end + 1;
    }
    return out;
}

}  // namespace wk::io
