// Dutch stems (libstemmer's Snowball "dutch") and the stop word list from assets/, for the word
// cloud and "lijkt op" (issue 31). One DutchStemmer per thread: libstemmer's state is not shared.
#pragma once
#include <memory>
#include <string>

#include "domain/WordCloud.h"

struct sb_stemmer;

namespace wk::io {

class DutchStemmer {
public:
    DutchStemmer();
    ~DutchStemmer();
    DutchStemmer(const DutchStemmer&) = delete;
    DutchStemmer& operator=(const DutchStemmer&) = delete;
    // A lower-case word's stem; the word itself when it has none.
    std::string operator()(const std::string& word) const;
    // As a domain Stemmer (valid while this lives).
    Stemmer fn() const {
        return [this](const std::string& w) { return (*this)(w); };
    }

private:
    sb_stemmer* stemmer_ = nullptr;
};

// The built-in Dutch stop words (assets/stopwoorden.txt).
StopWords dutchStopWords();

}  // namespace wk::io
