#include "domain/Feedback.h"

#include <algorithm>

#include "domain/Plan.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"

namespace wk {

std::vector<FeedbackDue> feedbackDue(const std::vector<Session>& meetings, const std::map<std::string, int>& reportMonths,
                                     const std::string& today, int nearDays) {
    std::vector<FeedbackDue> out;
    const auto now = dayNumber(today);
    if (!now) return out;
    const auto left = [&](const std::string& date) -> std::optional<std::int64_t> {
        const auto d = dayNumber(date.substr(0, 10));
        if (!d) return std::nullopt;
        return *d - *now;
    };
    // Per wijk: its meetings, for the chains of actions and the last meeting's date.
    std::map<std::string, std::vector<Session>> byWijk;
    for (const auto& m : meetings) byWijk[m.info.wijk].push_back(m);
    for (const auto& [wijk, held] : byWijk) {
        const Progress p = progress(held, today, {});
        for (const auto& a : p.openAnswers) {
            if (a.idea.response.due.empty() || !a.daysLeft || *a.daysLeft > nearDays) continue;
            out.push_back({FeedbackDue::Kind::Answer, wijk, a.idea.response.due, *a.daysLeft, a.idea.number.empty() ? a.idea.id : a.idea.number,
                           a.idea.text, a.session, a.idea.visibility == Visibility::Closed});
        }
        for (const auto& t : p.openActions) {
            const auto d = left(t.action.deadline);
            if (!d || *d >= 0) continue;  // only past its deadline: an action near its date is still on time
            out.push_back({FeedbackDue::Kind::Action, wijk, t.action.deadline, *d, std::to_string(t.action.number), t.action.what, t.session,
                           t.action.visibility == Visibility::Closed});
        }
        // The progress report: the interval of the last meeting's type after it.
        const Session* last = nullptr;
        for (const auto& m : held)
            if (!last || m.info.date > last->info.date) last = &m;
        if (!last) continue;
        const auto it = reportMonths.find(last->info.type.key);
        if (it == reportMonths.end() || it->second <= 0) continue;
        const std::string due = addToDate(last->info.date, 0, it->second, 0);
        if (const auto d = left(due); d && *d <= nearDays)
            out.push_back({FeedbackDue::Kind::Report, wijk, due, *d, last->info.date, last->info.title, last->info.uid});
    }
    std::stable_sort(out.begin(), out.end(), [](const FeedbackDue& a, const FeedbackDue& b) { return a.daysLeft < b.daysLeft; });
    return out;
}

}  // namespace wk
