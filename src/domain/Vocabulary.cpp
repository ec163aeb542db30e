#include "domain/Vocabulary.h"

#include <array>
#include <utility>

namespace wk {
namespace {

template <class E, std::size_t N>
using Table = std::array<std::pair<E, std::string_view>, N>;

constexpr Table<ResponseScheme, 2> kScheme{{{ResponseScheme::NuOoitNooit, "nu_ooit_nooit"},
                                            {ResponseScheme::JaNeeJaMits, "ja_nee_ja_mits"}}};
constexpr Table<Visibility, 2> kVisibility{{{Visibility::Public, "public"}, {Visibility::Closed, "closed"}}};
constexpr Table<Party, 4> kParty{{{Party::Gemeente, "gemeente"},
                                  {Party::Wijkorgaan, "wijkorgaan"},
                                  {Party::Partner, "partner"},
                                  {Party::Bewoners, "bewoners"}}};
constexpr Table<ActionStatus, 4> kStatus{{{ActionStatus::Gepland, "gepland"},
                                          {ActionStatus::Lopend, "lopend"},
                                          {ActionStatus::Gereed, "gereed"},
                                          {ActionStatus::Vervallen, "vervallen"}}};
constexpr Table<PointKind, 3> kPoint{
    {{PointKind::None, ""}, {PointKind::Discussiepunt, "discussiepunt"}, {PointKind::Beslispunt, "beslispunt"}}};
constexpr Table<PointOutcome, 4> kOutcome{{{PointOutcome::Open, "open"},
                                           {PointOutcome::Akkoord, "akkoord"},
                                           {PointOutcome::Gewijzigd, "gewijzigd"},
                                           {PointOutcome::Afgewezen, "afgewezen"}}};
constexpr Table<NoteKind, 4> kNoteKind{
    {{NoteKind::Note, "note"}, {NoteKind::Decision, "decision"}, {NoteKind::Agreement, "agreement"}, {NoteKind::Situation, "situation"}}};

template <class E, std::size_t N>
std::string_view wordOf(const Table<E, N>& table, E value) {
    for (const auto& [e, word] : table)
        if (e == value) return word;
    return "?";
}

template <class E, std::size_t N>
std::optional<E> valueOf(const Table<E, N>& table, std::string_view word) {
    for (const auto& [e, w] : table)
        if (w == word) return e;
    return std::nullopt;
}

template <class E, std::size_t N>
std::string wordsOf(const Table<E, N>& table) {
    std::string out;
    for (const auto& [e, w] : table) {
        if (!out.empty()) out += ", ";
        out += w;
    }
    return out;
}

}  // namespace

std::string_view toString(const MeetingType& v) { return v.key; }
std::string_view toString(ResponseScheme v) { return wordOf(kScheme, v); }
std::string_view toString(Visibility v) { return wordOf(kVisibility, v); }
std::string_view toString(Party v) { return wordOf(kParty, v); }
std::string_view toString(ActionStatus v) { return wordOf(kStatus, v); }
std::string_view toString(NoteKind v) { return wordOf(kNoteKind, v); }
std::string_view toString(PointKind v) { return wordOf(kPoint, v); }
std::string_view toString(PointOutcome v) { return wordOf(kOutcome, v); }

// Any word a config may name a type by (lower case, digits, underscores); whether this kiosk's
// config defines it is the policy's question (Policy::meeting).
template <> std::optional<MeetingType> parse<MeetingType>(std::string_view w) {
    if (w.empty() || w.size() > 40) return std::nullopt;
    for (const char c : w)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return std::nullopt;
    return MeetingType(w);
}
template <> std::optional<ResponseScheme> parse<ResponseScheme>(std::string_view w) { return valueOf(kScheme, w); }
template <> std::optional<Visibility> parse<Visibility>(std::string_view w) { return valueOf(kVisibility, w); }
template <> std::optional<Party> parse<Party>(std::string_view w) { return valueOf(kParty, w); }
template <> std::optional<ActionStatus> parse<ActionStatus>(std::string_view w) { return valueOf(kStatus, w); }
template <> std::optional<NoteKind> parse<NoteKind>(std::string_view w) { return valueOf(kNoteKind, w); }
template <> std::optional<PointKind> parse<PointKind>(std::string_view w) { return valueOf(kPoint, w); }
template <> std::optional<PointOutcome> parse<PointOutcome>(std::string_view w) { return valueOf(kOutcome, w); }

template <> std::string allWords<MeetingType>() {
    return "wijktafel, wijkwerkoverleg, wijkbezoek, college_on_tour, overig (or a type the config defines)";
}
template <> std::string allWords<ResponseScheme>() { return wordsOf(kScheme); }
template <> std::string allWords<Visibility>() { return wordsOf(kVisibility); }
template <> std::string allWords<Party>() { return wordsOf(kParty); }
template <> std::string allWords<ActionStatus>() { return wordsOf(kStatus); }
template <> std::string allWords<NoteKind>() { return wordsOf(kNoteKind); }
template <> std::string allWords<PointKind>() { return "discussiepunt, beslispunt"; }
template <> std::string allWords<PointOutcome>() { return wordsOf(kOutcome); }

std::vector<std::string_view> responseValues(ResponseScheme s) {
    if (s == ResponseScheme::NuOoitNooit) return {"nu", "ooit", "nooit"};
    return {"ja", "nee", "ja_mits"};
}

}  // namespace wk
