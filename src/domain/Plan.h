// The wijkactieplan's rules beyond the SMART check: status history, carrying open actions over to
// the next meeting of the wijk, what is overdue or due soon, and reordering.
#pragma once
#include <cstdint>
#include <climits>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/Change.h"
#include "domain/Types.h"

namespace wk {

// Still to be done: gepland or lopend. Gereed and vervallen are closed.
bool isOpen(ActionStatus);

// Gives the action a new status, dated `at`, and keeps the change in its history. The first
// history entry of an action without one records the status it had until now.
void setStatus(Action&, ActionStatus, const std::string& at);

// Days from 1970-01-01 for an ISO date (a date-time uses its date part); nullopt if invalid.
std::optional<std::int64_t> dayNumber(const std::string& iso);
// The ISO date `months` calendar months before `iso` (the day clamped to the month's length):
// where the retention period of personal data begins. Empty when `iso` is not a date.
std::string monthsBefore(const std::string& iso, int months);

// Whole days from `today` to the action's deadline: negative when overdue; nullopt without one.
std::optional<std::int64_t> daysLeft(const Action&, const std::string& today);

// The open actions of the wijk's previous meeting, with the opgaven they are filed under,
// ready to start a new meeting with: each linked to its origin, its history kept, its links to
// ideas of the old meeting dropped (those ideas stay there). Opgaven and actions keep their id
// unless `into` already uses it for another; an opgave is one with an opgave of the same title
// and description (in `into` or from another meeting), else its own, whatever its id. Actions
// are numbered anew from 1 in the plan's order.
// Also the newest earlier meeting's public ideas with their answers ("Vorige keer"), without
// names or contacts, each with its support then and none yet now.
struct CarryOver {
    std::vector<Opgave> opgaven;
    std::vector<Action> actions;
    std::vector<EarlierIdea> earlier;
};
CarryOver carryOver(const Session& previous, const Session& into);
// The same from every earlier meeting of the wijk (held on any kiosk): each open action once, in
// its newest copy, newest meeting first; an action closed in a later meeting stays closed.
CarryOver carryOver(const std::vector<Session>& earlier, const Session& into);

// An action of any meeting of a wijk, for the monitoring overview.
struct TrackedAction {
    Action action;
    std::string session;  // the meeting's uid
    std::string sessionTitle, sessionDate;
};
struct DueAction {
    const TrackedAction* tracked = nullptr;
    std::int64_t daysLeft = 0;  // negative: overdue
};
// Open actions overdue or due within `withinDays` of `today`, soonest first; with `undated`,
// also those without a deadline, last (their daysLeft is kNoDeadline). An action carried over
// into a later meeting is shown there, not twice. Closed actions only for Internal.
constexpr std::int64_t kNoDeadline = INT64_MAX;
std::vector<DueAction> dueActions(const std::vector<TrackedAction>& all, const std::string& today, int withinDays,
                                  Audience audience, bool undated = false);

// What is still open in a wijk, over all its meetings: for the monitoring overview and the
// progress report to the wijkorgaan. `meetings` are already filtered for the audience.
struct OpenAnswer {
    Idea idea;
    std::string session, sessionTitle, sessionDate;
    std::optional<std::int64_t> daysLeft;  // to the promised date; negative: overdue
};
struct BudgetUse {
    std::string kind;
    std::optional<std::int64_t> availableCents;  // what the config gives the area, if anything
    std::int64_t committedCents = 0;             // named by actions not dropped (vervallen)
};
// An action done (issue 32, "successen vieren"): its newest copy, and the day it became gereed.
struct Achieved {
    TrackedAction tracked;
    std::string doneOn;  // YYYY-MM-DD, from its history; the meeting's date when it has none
};
// The actions done (each chain's newest copy gereed) after the day `since` ("" for all), the
// latest first: "Wat is bereikt" at the start of the next meeting and in the progress report.
std::vector<Achieved> achievedSince(const std::vector<TrackedAction>& all, const std::string& since);
struct Progress {
    std::vector<TrackedAction> openActions;  // each chain's newest copy, overdue first, then by deadline
    std::vector<Achieved> achieved = {};     // every chain done, the latest first
    std::vector<OpenAnswer> openAnswers;     // ooit and ja-mits answers, overdue first
    std::vector<BudgetUse> budgets;
};
Progress progress(const std::vector<Session>& meetings, const std::string& today,
                  const std::vector<std::pair<std::string, std::int64_t>>& available);

// The actions in the order the plan shows them: by opgave, in the plan's order, the unfiled
// last. An action's number in the plan (1, 2, ...) is its place here.
std::vector<const Action*> planOrder(const Session&);

// Each action's number, as people refer to it: the one it was given (what numberActions would
// give one that has none yet).
std::unordered_map<std::string, int> actionNumbers(const Session&);

// The number a new action of the session gets: one more than any it has had.
int nextActionNumber(const Session&);
// Gives every action without a number one, in the plan's order after the highest in use (an
// older file, a database from before numbers). Numbers are not changed otherwise.
void numberActions(Session&);

// The edits that move action `moved` to the place of `target` (and under its opgave), as one
// batch: later actions shift up or down. Empty when there is nothing to move.
std::vector<Change> reorderActions(const Session&, const std::string& moved, const std::string& target);

}  // namespace wk
