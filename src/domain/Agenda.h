// The meeting's running order (issue 28): agenda items with the minutes planned, who introduces
// them, what kind of point they are and when they were really held; and spreekrecht's turns on
// the floor. Plain values and rules: the times are the caller's (the domain reads no clock).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Types.h"

namespace wk {

std::string_view toString(AgendaKind);
std::optional<AgendaKind> parseAgendaKind(std::string_view);

// What is wrong with an item, as its field ("title": none; "minutes": negative or over a day;
// "started"/"ended": not a time, or ended before it started); nullopt when nothing is.
std::optional<std::string> agendaProblem(const AgendaItem&);

// The item started and not yet ended (the last such one), or none.
const AgendaItem* currentItem(const std::vector<AgendaItem>&);
// The first item not yet held after the current one (or from the start), or none.
const AgendaItem* nextItem(const std::vector<AgendaItem>&);

// Where the meeting is at `now`: the item started and not yet ended, the seconds it has left
// (negative once over time) and whether those are its last two minutes (the room's warning).
struct AgendaNow {
    const AgendaItem* current = nullptr;
    long long secondsLeft = 0;
    bool warning = false;
    bool over = false;
};
AgendaNow agendaNow(const std::vector<AgendaItem>&, const std::string& now);
// The minutes an item really took (rounded), once it ended.
std::optional<int> minutesTaken(const AgendaItem&);
// The agenda was used (an item was started): the minutes then follow it item by item.
bool agendaUsed(const std::vector<AgendaItem>&);

// Who has the floor now, and who waits for it, in the order they asked.
const Turn* speakingNow(const std::vector<Turn>&);
std::vector<const Turn*> waitingTurns(const std::vector<Turn>&);
// The seconds `turn` has spoken at `now` (up to its end once ended).
long long turnSeconds(const Turn&, const std::string& now);
// The seconds a speaker has left of `limitMinutes` at `now` (negative once over).
long long speakerSecondsLeft(const Turn&, int limitMinutes, const std::string& now);

// `iso` (a local date-time) moved on by `seconds`, as YYYY-MM-DDTHH:MM:SS; `iso` itself when it
// is not a time.
std::string addSeconds(const std::string& iso, long long seconds);
// Whole minutes left of `seconds`, rounded up: 61 seconds is "2 minutes", 0 or less is 0.
long long minutesLeft(long long seconds);

// When each item is planned to begin, from the meeting's date and time (HH:MM) and the minutes
// planned before it, as YYYY-MM-DDTHH:MM:SS; one more at the end: when the last item is planned
// to end. Empty when the meeting has no date or time.
std::vector<std::string> plannedStarts(const std::vector<AgendaItem>&, const std::string& date, const std::string& time);
// When the public may come in (YYYY-MM-DDTHH:MM:SS): the public part's planned time when the
// meeting has one; else the planned start of its first public item; none when it has no public
// item, no planned public part or no time.
std::optional<std::string> publicStart(const SessionInfo&, const std::vector<AgendaItem>&);

// The spreekrecht role of a participant's role: a resident's is "resident"; the wijkorgaan,
// partners and professionals are "partner"; the municipality's people are "official".
std::string turnRoleOf(const std::string& participantRole);

// The seconds spoken per role; a turn still going counts up to `now`.
std::map<std::string, long long> speakingSeconds(const std::vector<Turn>&, const std::string& now);

}  // namespace wk
