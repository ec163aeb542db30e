// The cycle around the meetings: which meeting is due next in which area (from how often each
// type is held), the meetings and the year's other work planned ahead, and the year table of
// Stadskanaal's planning (areas down, months across). Plain values in, plain values out.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/Types.h"

namespace wk {

// How often an area has a meeting of this type.
struct MeetingFrequency {
    MeetingType type = MeetingType::Overig;
    int everyMonths = 0;          // at the latest this many months after the last one
    bool perCouncilTerm = false;  // once in every council term
};

struct PlanningArea {
    std::string name, gebied;
};

// A meeting held (a session in the store) or planned ahead.
struct HeldMeeting {
    std::string area;
    MeetingType type = MeetingType::Overig;
    std::string date;  // YYYY-MM-DD
    bool evaluated = false;  // the meeting held its evaluation: the year's "evaluatie" is done there
};

// Planned ahead: a meeting (kind is a meeting type's word, date a day) or other work of the year
// (kind is an activity, date a month YYYY-MM, or a day).
struct Planned {
    std::int64_t id = 0;
    std::string area, kind, date, owner, note;
};

struct MeetingDue {
    std::string gebied, area;
    MeetingType type = MeetingType::Overig;
    std::string last;     // the last one held on or before the day asked about; empty: never
    std::string due;      // when the next one is due at the latest
    std::string planned;  // the next one planned ahead, if any
    std::int64_t daysLate = 0;  // > 0: overdue by that many days
};

// Every area with every meeting type that has a frequency, in the gebiedsindeling's order
// (gebied by gebied, as the areas first name them). An area that never had one is due at once
// (on `today`). Once per council term: due by the end of the term after the one it was last
// held in, or by the end of this term if it was not held in it; `councilTerms` are the dates
// terms begin, oldest first (a term without a next is taken as four years).
std::vector<MeetingDue> meetingsDue(const std::vector<PlanningArea>&, const std::vector<MeetingFrequency>&,
                                    const std::vector<std::string>& councilTerms, const std::vector<HeldMeeting>& held,
                                    const std::vector<Planned>& planned, const std::string& today);

// The same, overdue first (most overdue on top), then the rest in the gebiedsindeling's order.
std::vector<MeetingDue> overdueFirst(std::vector<MeetingDue>);

// Stadskanaal's year table: per area, per month, what was held or is planned.
struct YearItem {
    std::string kind;  // a meeting type's word or an activity
    bool held = false;  // a meeting that took place (a session); else planned
    std::string owner;
};
struct YearRow {
    std::string gebied, area;
    std::vector<std::vector<YearItem>> months = std::vector<std::vector<YearItem>>(12);
};
std::vector<YearRow> yearTable(const std::vector<PlanningArea>&, const std::vector<HeldMeeting>&, const std::vector<Planned>&,
                               int year);

// What a planned item may be: a known area, a known kind, a real date or month. nullopt: fine;
// else the field that is wrong ("area", "kind", "date").
std::optional<std::string> checkPlanned(const Planned&, const std::vector<PlanningArea>&,
                                        const std::vector<std::string>& kinds);

// Whether a meeting held of one type counts as one of the other in the cycle: a college on tour
// is the wijk's visit (DOMAIN.md's table has them in one column).
bool sameCycle(MeetingType held, MeetingType planned);

// YYYY-MM, naming a real month.
bool isIsoMonth(const std::string&);

}  // namespace wk
