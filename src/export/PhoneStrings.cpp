#include "export/PhoneStrings.h"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>

#include "io/AtomicFile.h"
#include "io/Config.h"

namespace wk::io {

std::string_view phoneStrings_nl();
std::string_view phoneStrings_en();

namespace {

// A municipality's table is checked against the Dutch one: a key Dutch does not have is a typo
// (it would never show), and a count needs its singular ("1 persoon steunt dit") wherever Dutch
// has one, or a resident reads "1 mensen". Refused at start, with the file, line and key.
void checkAgainst(const toml::table& strings, const PhoneLanguage& dutch, const std::string& file) {
    const auto line = [&](const toml::node& n) { return std::to_string(n.source().begin.line); };
    for (auto&& [k, v] : strings) {
        const std::string key(k.str());
        if (!v.is_string()) throw ConfigError(file + ":" + line(v) + ": strings." + key + ": must be text in quotes");
        if (!dutch.strings.count(key))
            throw ConfigError(file + ":" + line(v) + ": strings." + key + ": no such key (the Dutch table has no \"" + key + "\")");
        for (const char* form : {"_one", "_zero"})
            if (dutch.strings.count(key + form) && !strings.contains(key + form))
                throw ConfigError(file + ":" + line(v) + ": strings." + key + ": the singular or zero form " + key + form +
                                  " is missing (one count, one form)");
    }
}

PhoneLanguage parse(std::string_view text, const std::string& code, const std::string& file, const PhoneLanguage* dutch = nullptr) {
    toml::table t;
    try {
        t = toml::parse(text, file);
    } catch (const toml::parse_error& e) {
        throw ConfigError(file + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description()));
    }
    PhoneLanguage l;
    l.code = code;
    l.name = t["name"].value_or(code);
    const std::string dir = t["direction"].value_or(std::string("ltr"));
    if (dir != "ltr" && dir != "rtl") throw ConfigError(file + ": direction: must be \"ltr\" or \"rtl\"");
    l.rightToLeft = dir == "rtl";
    if (const auto* s = t["strings"].as_table(); s && dutch) checkAgainst(*s, *dutch, file);
    if (const auto* s = t["strings"].as_table())
        for (auto&& [k, v] : *s)
            if (const auto* str = v.as_string()) l.strings[std::string(k.str())] = str->get();
    return l;
}

}  // namespace

PhoneStrings::PhoneStrings(const std::string& extraDir) {
    languages_.push_back(parse(phoneStrings_nl(), "nl", "nl.toml"));
    languages_.push_back(parse(phoneStrings_en(), "en", "en.toml"));
    if (extraDir.empty()) return;
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(extraDir, ec))
        if (e.path().extension() == ".toml") files.push_back(e.path());
    if (ec) throw ConfigError(extraDir + ": phones.languages: not a folder that can be read");
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        const std::string code = f.stem().string();
        if (code.size() < 2 || code.size() > 8 || code.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string::npos)
            throw ConfigError(f.string() + ": the file's name must be a language code, like tr.toml");
        std::string text;
        try {
            text = readFile(f.string(), 1024 * 1024);
        } catch (const std::exception& e) {  // a pipe, a device, a file too large: a bad config
            throw ConfigError(e.what());
        }
        PhoneLanguage l = parse(text, code, f.string(), &languages_.front());
        auto same = std::find_if(languages_.begin(), languages_.end(), [&](const PhoneLanguage& x) { return x.code == code; });
        if (same != languages_.end()) {  // a municipality's own words for Dutch or English
            for (auto& [k, v] : l.strings) same->strings[k] = v;
        } else {
            languages_.push_back(std::move(l));
        }
    }
}

const PhoneLanguage& PhoneStrings::pick(std::string_view asked, std::string_view accept) const {
    const auto byCode = [&](std::string_view code) -> const PhoneLanguage* {
        for (const auto& l : languages_)
            if (l.code == code) return &l;
        return nullptr;
    };
    if (const PhoneLanguage* l = byCode(asked)) return *l;
    // Accept-Language: "tr-TR,tr;q=0.9,en;q=0.8": the first language there is a table for.
    std::size_t start = 0;
    while (start < accept.size()) {
        std::size_t end = accept.find(',', start);
        if (end == std::string_view::npos) end = accept.size();
        std::string_view tag = accept.substr(start, end - start);
        tag = tag.substr(0, tag.find(';'));
        while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
        std::string lower;
        for (char c : tag.substr(0, tag.find('-'))) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        if (const PhoneLanguage* l = byCode(lower)) return *l;
        start = end + 1;
    }
    return languages_.front();
}

std::string PhoneStrings::get(const PhoneLanguage& l, const std::string& key,
                              const std::vector<std::pair<std::string, std::string>>& args) const {
    auto it = l.strings.find(key);
    std::string s;
    if (it != l.strings.end()) s = it->second;
    else if (auto d = languages_.front().strings.find(key); d != languages_.front().strings.end()) s = d->second;
    else s = key;
    for (const auto& [name, value] : args) {
        const std::string mark = "{" + name + "}";
        for (std::size_t at = s.find(mark); at != std::string::npos; at = s.find(mark, at + value.size()))
            s.replace(at, mark.size(), value);
    }
    return s;
}

}  // namespace wk::io
