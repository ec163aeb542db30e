// The planning overview's use cases: what is planned per area, adding and taking out (checked
// against the config's areas and kinds), the year's table and which meetings are due. The
// planning screen and `wijkkiosk planning` both come here.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/Feedback.h"
#include "domain/Planning.h"
#include "io/Config.h"
#include "store/Sqlite.h"

namespace wk::service {

class Planning {
public:
    // `db` may be null (no database yet): nothing planned, nothing held.
    Planning(store::Database* db, const io::KioskConfig& config) : db_(db), config_(config) {}

    std::vector<Planned> planned() const;
    std::vector<SessionSummary> held() const;
    // Adds `p`, or says which part is not right ("area", "kind", "date", "owner") and adds nothing.
    struct Added {
        std::optional<std::string> wrong;
        std::int64_t id = 0;
    };
    Added add(const Planned& p);
    bool remove(std::int64_t id);
    std::vector<YearRow> year(int year) const;
    // Every area's meetings and when each is due as of `at`.
    std::vector<MeetingDue> due(const std::string& at) const;
    // The kinds that may be planned, for the message that lists them.
    std::vector<std::string> kinds() const;
    // Who is owed an update on `at` (issue 32): answers near or past their date, actions past
    // their deadline, progress reports due; over every meeting this kiosk holds.
    std::vector<FeedbackDue> feedback(const std::string& at) const;

private:
    store::Database* db_;
    const io::KioskConfig& config_;
};

}  // namespace wk::service
