// Every UI string, in one table, in Dutch and English. Views ask for a key and never hold text.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "domain/Change.h"

namespace wk::io {

enum class Lang { Nl, En };

void setLanguage(Lang);
Lang language();
// The text for `key` in the current language; an unknown key shows itself, so it is noticed.
const char* tr(std::string_view key);
// tr() with "{}" replaced by `arg`, for counts and names.
std::string trf(std::string_view key, std::string_view arg);
// `text` with its first "{}" replaced by `arg` (a word from a table given as a function).
std::string fillIn(std::string text, std::string_view arg);

// What the person at the kiosk reads when the rules refuse an edit.
std::string problemMessage(const Problem&);

// A count in words: `key` with "{}" replaced by `n`, or `key`_one for one ("1 actie", never
// "1 acties") and `key`_zero for none ("Nog niemand steunt dit") when the table has them.
std::string trn(std::string_view key, long long n);
std::string trn(std::string_view key, long long n, const std::function<std::string(std::string_view)>& word);

// A date as a person reads it: "6 december 2026"; with the weekday "maandag 7 december 2026";
// a date and time "6 december 2026, 19.30 uur". Anything that is no ISO date comes back as it is.
// ISO stays only in files meant for machines (CSV, JSON, XML, file names).
std::string dateWords(std::string_view iso, bool weekday = false);
std::string dateWords(std::string_view iso, const std::function<std::string(std::string_view)>& word, bool weekday = false);
// The time of "2026-12-06T19:30" (or "19:30") as read: "19.30 uur".
std::string timeWords(std::string_view isoTime, const std::function<std::string(std::string_view)>& word);

// Where the room placed a slider, in words: "meestal rond 30, tot 15 punten uit elkaar" (the
// median and the spread, words a resident does not use).
std::string sliderWords(std::optional<double> median, int spread);

// An action's promise as a resident reads it, in words rather than SMART ticks: "Afgesproken met
// Woonpartners, klaar in juni 2027". `who` is the owner or else the party's name.
std::string promiseWords(const Action&, const std::string& who, const std::function<std::string(std::string_view)>& word);
std::string promiseWords(const Action&, const std::string& who);

// A number with one decimal at most, with the decimal comma in Dutch ("62,5").
std::string decimal(double v);

// Who reads an entry: a resident (the console in a resident's view, the room, the phone, the
// public minutes: plain Dutch, B1, checked against the tests' jargon list) or only the
// facilitator and the advisor (their own screens, the internal documents).
enum class Reader { Resident, Facilitator };
// For the tests that check the table: every key has both languages; a resident reads plain words.
struct Entry {
    std::string_view key, nl, en;
    Reader reader = Reader::Resident;
};
const Entry* entries(std::size_t& count);

}  // namespace wk::io
