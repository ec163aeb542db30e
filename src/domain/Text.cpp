#include "domain/Text.h"

#include <cctype>

#include <cstdio>

#include <algorithm>

#include <cmath>
#include <cstdint>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace wk {
namespace {

// Decodes one code point at s[i]; returns its length, or 0 when the bytes are not valid UTF-8.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    std::size_t len = 0;
    if (c < 0x80) { cp = c; return 1; }
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((b(k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(k) & 0x3F);
    }
    // Overlong forms, surrogates and values past Unicode are invalid.
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

void encode(char32_t cp, std::string& out) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isControl(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp < 0xA0); }

// The combining marks that stack on the character before them (accents, Cyrillic, Arabic
// harakat, the diacritics blocks): a few make a letter, hundreds flood a card.
bool isCombining(char32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0489) || (cp >= 0x0591 && cp <= 0x05BD) ||
           (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06ED) ||
           (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE20 && cp <= 0xFE2F);
}

std::string clean(std::string_view in, bool keepLines) {
    std::string out;
    out.reserve(in.size());
    int marks = 0;  // combining marks on the current character so far
    for (std::size_t i = 0; i < in.size();) {
        char32_t cp = 0;
        std::size_t len = decode(in, i, cp);
        if (len == 0) { cp = 0xFFFD; len = 1; }
        i += len;
        if (cp == '\r') {
            if (i < in.size() && in[i] == '\n') continue;  // CR LF: keep the LF only
            cp = '\n';
        }
        if (cp == '\n' || cp == '\t') {
            out += keepLines ? static_cast<char>(cp) : ' ';
            continue;
        }
        if (isControl(cp)) continue;
        if (isCombining(cp)) {
            if (++marks > kMaxCombiningMarks) continue;
        } else {
            marks = 0;
        }
        encode(cp, out);
    }
    return out;
}

int digits(std::string_view s, std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t k = at; k < at + n; ++k) {
        if (k >= s.size() || s[k] < '0' || s[k] > '9') return -1;
        v = v * 10 + (s[k] - '0');
    }
    return v;
}

}  // namespace

std::string cleanText(std::string_view in) { return clean(in, true); }
std::string cleanLine(std::string_view in) { return clean(in, false); }

std::string trim(std::string_view text) {
    const auto a = text.find_first_not_of(" \t\r\n");
    if (a == std::string_view::npos) return {};
    return std::string(text.substr(a, text.find_last_not_of(" \t\r\n") - a + 1));
}

bool isBlank(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        std::size_t len = decode(text, i, cp);
        if (len == 0) return false;
        i += len;
        // Every space Unicode has (em, thin, ideographic, ...) and the invisible ones between words.
        const bool space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200D) ||
                           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x2060 || cp == 0x3000 || cp == 0xFEFF ||
                           cp == 0x180E || cp == 0x0B || cp == 0x0C || cp == 0x85;
        if (!space) return false;
    }
    return true;
}

std::size_t codepointCount(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string toUtf8(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) {
        if (c < 0x80) out += static_cast<char>(c);
        else if (c < 0x800) out += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
        else if (c < 0x10000)
            out += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
        else
            out += {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
                    static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
    }
    return out;
}

bool isLetter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x2000);
}

std::string lowerCase(std::string_view utf8) {
    std::u32string s = codepoints(utf8);
    for (auto& c : s) {
        if (c >= 'A' && c <= 'Z') c += 32;
        else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c += 32;                                   // Latin-1
        else if (c == 0x130) c = 'i';                                                             // İ
        else if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
            // Latin Extended-A: upper and lower side by side (even/odd, from Ĺ to Ň odd/even).
            const bool shifted = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
            if (shifted ? (c % 2 == 1) : (c % 2 == 0)) c += 1;
        }
    }
    return toUtf8(s);
}

std::u32string codepoints(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        std::size_t len = decode(s, i, cp);
        if (len == 0) {
            cp = 0xFFFD;
            len = 1;
        }
        out += cp;
        i += len;
    }
    return out;
}

std::string truncateVisibly(std::string_view s, std::size_t maxCodepoints) {
    if (maxCodepoints == 0) return {};
    if (codepointCount(s) <= maxCodepoints) return std::string(s);
    std::size_t n = 0, i = 0;
    for (; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (n == maxCodepoints - 1) break;
            ++n;
        }
    }
    return std::string(s.substr(0, i)) + "…";
}

namespace {

// Stand-ins handed out in order from the Yi Syllables block: plane 0, let through by ImGui's
// input filter (which drops private-use characters), and not typed at a Dutch kiosk. A slot
// that was never handed out always stands for itself.
struct ProxyTable {
    std::mutex m;
    std::unordered_map<char32_t, char32_t> toProxy;
    std::vector<char32_t> fromProxy;  // index: slot - kFirst
    static constexpr char32_t kFirst = 0xA000, kLast = 0xA48C;
};
ProxyTable& proxies() {
    static ProxyTable t;
    return t;
}

template <class Map> std::string mapCodepoints(std::string_view in, Map map) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        char32_t cp = 0;
        std::size_t len = decode(in, i, cp);
        if (len == 0) {
            out += in[i++];  // leave invalid bytes as they are; cleaning is not this function's job
            continue;
        }
        encode(map(cp), out);
        i += len;
    }
    return out;
}

}  // namespace

std::string toBmpProxy(std::string_view utf8) {
    ProxyTable& t = proxies();
    std::lock_guard lock(t.m);
    return mapCodepoints(utf8, [&](char32_t cp) -> char32_t {
        if (cp <= 0xFFFF) return cp;
        if (cp >= kEmojiFirst && cp <= kEmojiLast) return kEmojiProxy + (cp - kEmojiFirst);  // fixed: the atlas draws them
        if (auto it = t.toProxy.find(cp); it != t.toProxy.end()) return it->second;
        if (t.fromProxy.size() > ProxyTable::kLast - ProxyTable::kFirst) return 0xFFFD;  // 1,165 distinct ones seen
        const char32_t slot = ProxyTable::kFirst + static_cast<char32_t>(t.fromProxy.size());
        t.fromProxy.push_back(cp);
        t.toProxy.emplace(cp, slot);
        return slot;
    });
}

std::string fromBmpProxy(std::string_view proxy) {
    ProxyTable& t = proxies();
    std::lock_guard lock(t.m);
    return mapCodepoints(proxy, [&](char32_t cp) -> char32_t {
        if (cp >= kEmojiProxy && cp <= kEmojiProxy + (kEmojiLast - kEmojiFirst)) return kEmojiFirst + (cp - kEmojiProxy);
        if (cp < ProxyTable::kFirst || cp - ProxyTable::kFirst >= t.fromProxy.size()) return cp;
        return t.fromProxy[cp - ProxyTable::kFirst];
    });
}

std::string capCombiningMarks(std::string_view utf8, int most) {
    std::string out;
    out.reserve(utf8.size());
    int run = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t cp = 0;
        const std::size_t len = decode(utf8, i, cp);
        if (len == 0) {
            out += utf8[i++];
            continue;
        }
        const bool mark = (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
                          (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
        run = mark ? run + 1 : 0;
        if (run <= most) out.append(utf8.substr(i, len));
        i += len;
    }
    return out;
}

std::string formatDecimal(double v, char mark) {
    const long tenths = std::lround(v * 10);
    std::string s = std::to_string(tenths / 10);
    if (tenths % 10) s += mark + std::to_string(std::labs(tenths % 10));
    return s;
}

std::string formatTenths(double v, char mark) {
    const long tenths = std::lround(v * 10);
    return std::to_string(tenths / 10) + mark + std::to_string(std::labs(tenths % 10));
}

bool isValidUtf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (!len || i + static_cast<std::size_t>(len) > s.size()) return false;
        char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < len; ++k) {
            const unsigned char d = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((d >> 6) != 0x2) return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < least[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += static_cast<std::size_t>(len);
    }
    return true;
}

bool hasControlCharacters(std::string_view text) {
    for (char32_t cp : codepoints(text))
        if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029) return true;
    return false;
}

bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return kDays[m - 1] + (m == 2 && isLeapYear(y) ? 1 : 0);
}

bool isIsoDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
    return d <= daysInMonth(y, m);
}

bool isIsoDateTime(std::string_view s) {
    if (s.size() < 16 || !isIsoDate(s.substr(0, 10)) || (s[10] != 'T' && s[10] != ' ') || s[13] != ':')
        return false;
    const int h = digits(s, 11, 2), mi = digits(s, 14, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59) return false;
    if (s.size() == 16) return true;
    return s.size() == 19 && s[16] == ':' && digits(s, 17, 2) >= 0 && digits(s, 17, 2) <= 59;
}

bool isClockTime(std::string_view s) {
    if (s.size() != 5 || s[2] != ':') return false;
    const int h = digits(s, 0, 2), mi = digits(s, 3, 2);
    return h >= 0 && h <= 23 && mi >= 0 && mi <= 59;
}

std::string addToDate(const std::string& iso, int days, int months, int years) {
    int y = 0, m = 0, d = 0;
    if (!isIsoDate(iso) || std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return iso;
    y += years;
    m += months;
    while (m > 12) { m -= 12; ++y; }
    while (m < 1) { m += 12; --y; }
    d = std::min(d, daysInMonth(y, m));
    // Days through the C library, which knows the calendar.
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d + days;
    tm.tm_hour = 12;
    std::mktime(&tm);
    char buf[48];  // room for any int, though a calendar date needs 11
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return buf;
}

std::optional<long long> parseMoney(std::string_view text) {
    std::string t;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ') continue;
        if (text.substr(i, 3) == "\xE2\x82\xAC") { i += 2; continue; }   // the euro sign
        if (text.substr(i, 2) == "\xC2\xA0") { ++i; continue; }           // a no-break space
        t += static_cast<char>(c);
    }
    if (t.empty() || t.size() > 20) return std::nullopt;
    // The decimal mark is the last ',' or '.' with one or two digits after it; any other mark
    // groups thousands (three digits after each).
    const auto last = t.find_last_of(",.");
    std::string whole = t, decimals;
    if (last != std::string::npos && t.size() - last - 1 <= 2 && t.size() - last - 1 >= 1) {
        whole = t.substr(0, last);
        decimals = t.substr(last + 1);
    }
    // One mark cannot both group thousands and mark the decimals ("12,345,6").
    if (!decimals.empty() && whole.find(t[last]) != std::string::npos) return std::nullopt;
    std::string digits;
    std::size_t sinceGroup = 0;
    bool grouped = false;
    for (char c : whole) {
        if (c == '.' || c == ',') {
            if (digits.empty() || (grouped && sinceGroup != 3)) return std::nullopt;
            grouped = true;
            sinceGroup = 0;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        digits += c;
        ++sinceGroup;
    }
    if (digits.empty() || (grouped && sinceGroup != 3)) return std::nullopt;
    for (char c : decimals)
        if (c < '0' || c > '9') return std::nullopt;
    if (digits.size() > 13) return std::nullopt;
    long long cents = std::stoll(digits) * 100;
    if (decimals.size() == 1) cents += (decimals[0] - '0') * 10;
    if (decimals.size() == 2) cents += std::stoll(decimals);
    return cents;
}

std::string formatMoney(long long cents, char mark) {
    const char group = mark == ',' ? '.' : ',';
    const bool negative = cents < 0;
    const unsigned long long v = negative ? 0ULL - static_cast<unsigned long long>(cents) : static_cast<unsigned long long>(cents);
    std::string whole = std::to_string(v / 100);
    for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3) whole.insert(static_cast<std::size_t>(i), 1, group);
    const unsigned long long c = v % 100;
    return std::string("\xE2\x82\xAC ") + (negative ? "-" : "") + whole + mark + static_cast<char>('0' + c / 10) + static_cast<char>('0' + c % 10);
}

std::string formatEuros(long long euros, char mark) {
    const std::string withCents = formatMoney(euros * 100, mark);
    return withCents.substr(0, withCents.size() - 3);
}

bool isUuid(std::string_view s) {
    if (s.size() != 36) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash != (s[i] == '-')) return false;
        if (!dash && !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    return true;
}

std::string wordStartingWith(std::string_view text, const std::vector<std::string>& words) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    const auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); };
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (at > 0 && letter(text[at - 1])) continue;  // only where a word begins
        for (const auto& w : words) {
            if (w.empty() || at + w.size() > text.size()) continue;
            std::size_t k = 0;
            while (k < w.size() && lower(text[at + k]) == lower(w[k])) ++k;
            if (k == w.size()) return w;
        }
    }
    return "";
}

std::size_t isoDateAt(std::string_view text) {
    for (std::size_t at = 0; at + 10 <= text.size(); ++at)
        if (isIsoDate(text.substr(at, 10)) && (at == 0 || !std::isdigit(static_cast<unsigned char>(text[at - 1])))) return at;
    return std::string_view::npos;
}

}  // namespace wk
