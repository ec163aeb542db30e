// How the store keeps a list in one column: words separated by the unit separator (which cleaned
// text never holds: cleanText drops control characters), whole numbers by commas.
#pragma once
#include <cstdlib>
#include <string>
#include <vector>

namespace wk::store {

inline std::string joinList(const std::vector<std::string>& v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out += '\x1f';
        out += v[i];
    }
    return out;
}
inline std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    if (s.empty()) return out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == '\x1f') {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    return out;
}
inline std::string joinNumbers(const std::vector<long long>& v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + std::to_string(v[i]);
    return out;
}
// Anything that is not a number reads as 0: the stored rules catch a count that is wrong.
inline std::vector<long long> splitNumbers(const std::string& s) {
    std::vector<long long> out;
    if (s.empty()) return out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == ',') {
            out.push_back(std::strtoll(s.substr(start, i - start).c_str(), nullptr, 10));
            start = i + 1;
        }
    return out;
}

}  // namespace wk::store
