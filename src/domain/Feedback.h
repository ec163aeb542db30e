// Who is owed an update, and when (issue 32, Helmond's section 3.4): every "ooit" and "ja, mits"
// whose promised date is near or past, every open action past its deadline, and every wijk whose
// wijkorgaan is owed a progress report (its meeting type's interval after its last meeting).
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/Types.h"

namespace wk {

struct FeedbackDue {
    enum class Kind { Answer, Action, Report } kind = Kind::Answer;
    std::string wijk;
    std::string date;             // the promised date, the deadline, or when the report is due
    std::int64_t daysLeft = 0;    // negative: that many days late
    std::string reference;        // the idea's number, the action's number, or the meeting's date
    std::string text;             // the idea's or action's words
    std::string meeting = {};     // the uid of the meeting to send from: the answer's, the action's, the last one
    bool closed = false;          // a closed idea or action: never on a screen in a public phase
};

// `meetings`: every meeting the kiosk knows, any wijk. `reportMonths` per meeting type: how many
// months after a meeting its wijkorgaan gets a progress report (absent or 0: none). Near is
// within `nearDays` from `today`. Late first, then the soonest.
std::vector<FeedbackDue> feedbackDue(const std::vector<Session>& meetings, const std::map<std::string, int>& reportMonths,
                                     const std::string& today, int nearDays = 14);

}  // namespace wk
