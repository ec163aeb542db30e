// The fixed words of the session file (INTERFACES.md) and their enums, both ways.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Types.h"

namespace wk {

std::string_view toString(const MeetingType&);  // a view of its key: keep the type alive
std::string_view toString(ResponseScheme);
std::string_view toString(Visibility);
std::string_view toString(Party);
std::string_view toString(ActionStatus);
std::string_view toString(NoteKind);
std::string_view toString(PointKind);     // "" for none
std::string_view toString(PointOutcome);

template <class E> std::optional<E> parse(std::string_view);
template <> std::optional<MeetingType> parse<MeetingType>(std::string_view);
template <> std::optional<ResponseScheme> parse<ResponseScheme>(std::string_view);
template <> std::optional<Visibility> parse<Visibility>(std::string_view);
template <> std::optional<Party> parse<Party>(std::string_view);
template <> std::optional<ActionStatus> parse<ActionStatus>(std::string_view);
template <> std::optional<NoteKind> parse<NoteKind>(std::string_view);
template <> std::optional<PointKind> parse<PointKind>(std::string_view);
template <> std::optional<PointOutcome> parse<PointOutcome>(std::string_view);

// The words a response may take under a scheme, in the order the UI offers them.
std::vector<std::string_view> responseValues(ResponseScheme);

// Every word of an enum, for error messages ("one of: ...").
template <class E> std::string allWords();

}  // namespace wk
