// Text as residents type it: UTF-8 cleaning, blank checks, display truncation, ISO dates.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wk {

// Valid UTF-8 with control characters removed (newline and tab kept, CR LF folded to LF), and
// at most kMaxCombiningMarks combining marks on one character (Vietnamese needs two; hundreds
// would flood a card). Invalid bytes become U+FFFD, so nothing typed makes the store or a view choke.
constexpr int kMaxCombiningMarks = 3;
std::string cleanText(std::string_view in);

// A single line: like cleanText, with newlines and tabs turned into spaces.
std::string cleanLine(std::string_view in);

// True when the text has nothing but spaces of any kind (em spaces, no-break, ideographic,
// zero-width), tabs and newlines.
bool isBlank(std::string_view text);
// Without the spaces, tabs and line breaks at either end.
std::string trim(std::string_view text);

std::size_t codepointCount(std::string_view utf8);
// The code points of a text; invalid bytes become U+FFFD.
std::u32string codepoints(std::string_view utf8);
std::string toUtf8(const std::u32string&);
// A letter or digit of a word: ASCII's, and every code point from U+00C0 up to U+2000 but × and ÷.
bool isLetter(char32_t);
// Lower case for Latin letters, accents kept (É -> é, İ -> i): for matching words.
std::string lowerCase(std::string_view utf8);

// At most maxCodepoints code points; when cut, the last one is an ellipsis so the cut shows.
std::string truncateVisibly(std::string_view utf8, std::size_t maxCodepoints);

// Dear ImGui as Debian builds it holds text as 16-bit characters, which turns emoji and every
// other character beyond U+FFFF into U+FFFD. A text field therefore edits a proxy in which each
// such character stands for a Yi syllable (U+A000 up), which ImGui lets through; fromBmpProxy gives the real
// text back. The pairing is process-wide, so a proxy made anywhere can be undone anywhere.
// Emoji and pictographs (U+1F300 to U+1FAFF) have fixed stand-ins, so the screen's font atlas can
// hold a glyph for each (drawn from a symbol font); others are paired as met. The stand-ins are
// CJK Extension A (U+3400 up: rare characters even in Chinese), not the private-use area, which
// ImGui's text fields refuse as input.
constexpr char32_t kEmojiFirst = 0x1F300, kEmojiLast = 0x1FAFF, kEmojiProxy = 0x3400;
std::string toBmpProxy(std::string_view utf8);
std::string fromBmpProxy(std::string_view proxy);

// At most `most` combining marks on one letter: 900 accents stacked on one "a" would flood a
// card and the room; "é" typed as e + U+0301 keeps its accent.
std::string capCombiningMarks(std::string_view utf8, int most = 2);

// A number with one decimal at most, e.g. "62,5" with mark ',' (Dutch) or "62.5" with '.'.
std::string formatDecimal(double v, char mark);
// Always one decimal ("3,0", "3,5"): averages in a column line up.
std::string formatTenths(double v, char mark);

// Euros as people type them: "1250", "1250,50", "1.250,50", "€ 1 250,5", "1250.50". Cents;
// nullopt for anything else (a third decimal, a minus sign, letters).
std::optional<long long> parseMoney(std::string_view text);
// "€ 1.250,50" with mark ',' (thousands '.'), "€ 1,250.50" with '.'.
std::string formatMoney(long long cents, char mark);
// Whole euros as read: "€ 2.913" (the decimal mark ',' groups thousands with '.').
std::string formatEuros(long long euros, char mark);

// Any control character (tab, newline, escape, C1 controls, line separators): titles and names
// refuse them, as they would break a line of `wijkkiosk sessions` or a table.
bool hasControlCharacters(std::string_view text);
// Whether the bytes are UTF-8 as the standard has it (no overlong forms, no surrogates).
bool isValidUtf8(std::string_view text);

// The Gregorian calendar: leap years, and the days of month m (1-12) in year y.
bool isLeapYear(int y);
int daysInMonth(int y, int m);

// The ISO date moved by whole days, months or years (the day clamped to the month's length);
// anything that is not a date comes back as it is.
std::string addToDate(const std::string& iso, int days, int months, int years);

// A UUID as 8-4-4-4-12 hex digits ("3f2b...-..."), the form a session's uid takes.
bool isUuid(std::string_view s);

// Plain Dutch checks. The first of `words` that begins a word of `text` (ASCII case ignored:
// "Mediaan" and "steunbetuigingen" are found, "verspreiding" is not "spreiding"), or "".
std::string wordStartingWith(std::string_view text, const std::vector<std::string>& words);
// Where the text holds an ISO date ("2026-12-06"), meant for machines and not for people; npos if none.
std::size_t isoDateAt(std::string_view text);

// YYYY-MM-DD naming a real calendar day.
bool isIsoDate(std::string_view s);
// YYYY-MM-DDTHH:MM[:SS] with a valid date and time.
bool isIsoDateTime(std::string_view s);
// HH:MM, a time of day ("19:30").
bool isClockTime(std::string_view s);

}  // namespace wk
