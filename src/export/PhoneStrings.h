// The phone page's words: a table per language, Dutch and English shipped, more in a folder the
// config names (tr.toml, pl.toml, ar.toml: the file's name is the language's code). A word a
// table lacks comes from the Dutch one, so an incomplete translation still makes a whole page.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace wk::io {

struct PhoneLanguage {
    std::string code, name;
    bool rightToLeft = false;
    std::map<std::string, std::string> strings;
};

class PhoneStrings {
public:
    // Throws ConfigError naming the file and line of a table that cannot be read.
    explicit PhoneStrings(const std::string& extraDir = "");
    const std::vector<PhoneLanguage>& languages() const { return languages_; }
    // The language asked for (a code), else the first of Accept-Language that exists, else Dutch.
    const PhoneLanguage& pick(std::string_view asked, std::string_view acceptLanguage) const;
    // The word, with "{name}" replaced; Dutch when the language lacks it.
    std::string get(const PhoneLanguage& l, const std::string& key,
                    const std::vector<std::pair<std::string, std::string>>& args = {}) const;

private:
    std::vector<PhoneLanguage> languages_;  // Dutch first
};

}  // namespace wk::io
