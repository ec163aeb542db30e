#include "domain/Planning.h"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "domain/Plan.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"

namespace wk {
namespace {

// The day before `iso`: where a council term ends when the next begins.
std::string dayBefore(const std::string& iso) { return addToDate(iso, -1, 0, 0); }

// The index of the term `date` falls in, or -1 before the first.
int termOf(const std::vector<std::string>& terms, const std::string& date) {
    int at = -1;
    for (std::size_t i = 0; i < terms.size(); ++i)
        if (terms[i] <= date) at = static_cast<int>(i);
    return at;
}

// The day term i begins: a named one, or four years after the one before (Dutch council terms).
std::string termStart(const std::vector<std::string>& terms, int i) {
    const int n = static_cast<int>(terms.size());
    if (i < n) return terms[static_cast<std::size_t>(i)];
    return addToDate(terms.back(), 0, 0, 4 * (i - n + 1));
}

// The last day of term i (i >= 0, terms not empty).
std::string termEnd(const std::vector<std::string>& terms, int i) { return dayBefore(termStart(terms, i + 1)); }

std::string dueOnce(const std::vector<std::string>& terms, const std::string& last, const std::string& today) {
    if (last.empty()) return today;  // never had one: due at once
    const int now = termOf(terms, today);
    if (now < 0) return addToDate(last, 0, 48, 0);  // no terms named: every four years
    const int held = termOf(terms, last);
    if (held >= now) return termEnd(terms, held + 1);  // this term's is done: the next term's
    return termEnd(terms, now);
}

// The areas gebied by gebied, the gebieden in the order the areas first name them; areas keep
// their order within.
std::vector<const PlanningArea*> byGebied(const std::vector<PlanningArea>& areas) {
    std::vector<std::string> gebieden;
    for (const auto& a : areas)
        if (std::find(gebieden.begin(), gebieden.end(), a.gebied) == gebieden.end()) gebieden.push_back(a.gebied);
    std::vector<const PlanningArea*> out;
    for (const auto& gebied : gebieden)
        for (const auto& a : areas)
            if (a.gebied == gebied) out.push_back(&a);
    return out;
}

}  // namespace

bool sameCycle(MeetingType held, MeetingType planned) {
    const auto visit = [](MeetingType t) { return t == MeetingType::Wijkbezoek || t == MeetingType::CollegeOnTour; };
    return held == planned || (visit(held) && visit(planned));
}

bool isIsoMonth(const std::string& s) { return s.size() == 7 && isIsoDate(s + "-01"); }

std::vector<MeetingDue> meetingsDue(const std::vector<PlanningArea>& areas, const std::vector<MeetingFrequency>& frequencies,
                                    const std::vector<std::string>& councilTerms, const std::vector<HeldMeeting>& held,
                                    const std::vector<Planned>& planned, const std::string& today) {
    std::vector<MeetingDue> out;
    for (const PlanningArea* ap : byGebied(areas)) {
        const PlanningArea& a = *ap;
        for (const auto& f : frequencies) {
            if (f.everyMonths <= 0 && !f.perCouncilTerm) continue;
            MeetingDue d{a.gebied, a.name, f.type, "", "", "", 0};
            for (const auto& h : held)
                if (h.area == a.name && sameCycle(h.type, f.type) && h.date <= today && h.date > d.last) d.last = h.date;
            if (f.perCouncilTerm) d.due = dueOnce(councilTerms, d.last, today);
            else d.due = d.last.empty() ? today : addToDate(d.last, 0, f.everyMonths, 0);
            // The next one planned ahead: a session dated later, or an entry of the planning.
            const std::string kind(toString(f.type));
            for (const auto& h : held)
                if (h.area == a.name && sameCycle(h.type, f.type) && h.date > today && (d.planned.empty() || h.date < d.planned)) d.planned = h.date;
            for (const auto& p : planned)
                if (p.area == a.name && p.kind == kind && p.date > today && (d.planned.empty() || p.date < d.planned)) d.planned = p.date;
            const auto dueDay = dayNumber(d.due), todayDay = dayNumber(today);
            if (dueDay && todayDay && *todayDay > *dueDay) d.daysLate = *todayDay - *dueDay;
            out.push_back(std::move(d));
        }
    }
    return out;
}

std::vector<MeetingDue> overdueFirst(std::vector<MeetingDue> all) {
    std::stable_sort(all.begin(), all.end(), [](const MeetingDue& a, const MeetingDue& b) {
        if ((a.daysLate > 0) != (b.daysLate > 0)) return a.daysLate > 0;
        return a.daysLate > b.daysLate;
    });
    return all;
}

std::vector<YearRow> yearTable(const std::vector<PlanningArea>& areas, const std::vector<HeldMeeting>& held,
                               const std::vector<Planned>& planned, int year) {
    const std::string y = std::to_string(year);
    const auto month = [&](const std::string& date) -> int {
        if (date.size() < 7 || date.compare(0, 4, y) != 0 || date[4] != '-') return -1;
        const int m = std::atoi(date.substr(5, 2).c_str());
        return m >= 1 && m <= 12 ? m - 1 : -1;
    };
    std::vector<YearRow> out;
    for (const PlanningArea* ap : byGebied(areas)) {
        const PlanningArea& a = *ap;
        YearRow row;
        row.gebied = a.gebied;
        row.area = a.name;
        for (const auto& h : held)
            if (const int m = month(h.date); h.area == a.name && m >= 0) {
                row.months[static_cast<std::size_t>(m)].push_back({std::string(toString(h.type)), true, ""});
                if (h.evaluated) row.months[static_cast<std::size_t>(m)].push_back({"evaluatie", true, ""});
            }
        for (const auto& p : planned)
            if (const int m = month(p.date); p.area == a.name && m >= 0)
                row.months[static_cast<std::size_t>(m)].push_back({p.kind, false, p.owner});
        out.push_back(std::move(row));
    }
    return out;
}

std::optional<std::string> checkPlanned(const Planned& p, const std::vector<PlanningArea>& areas, const std::vector<std::string>& kinds) {
    if (std::none_of(areas.begin(), areas.end(), [&](const PlanningArea& a) { return a.name == p.area; })) return "area";
    if (std::find(kinds.begin(), kinds.end(), p.kind) == kinds.end()) return "kind";
    if (!isIsoDate(p.date) && !isIsoMonth(p.date)) return "date";
    if (hasControlCharacters(p.owner)) return "owner";
    return std::nullopt;
}

}  // namespace wk
