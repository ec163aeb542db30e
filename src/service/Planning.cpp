#include "service/Planning.h"

#include "export/PlanningDocs.h"
#include "store/Repository.h"

namespace wk::service {

std::vector<Planned> Planning::planned() const { return db_ ? store::Repository(*db_).planned() : std::vector<Planned>{}; }

std::vector<SessionSummary> Planning::held() const { return db_ ? store::Repository(*db_).list() : std::vector<SessionSummary>{}; }

Planning::Added Planning::add(const Planned& p) {
    // The screen's form offers only known areas and kinds and a picked date; checked all the same.
    if (auto wrong = checkPlanned(p, io::planningAreas(config_), io::plannableKinds(config_))) return {wrong, 0};
    return {std::nullopt, store::Repository(*db_).addPlanned(p)};
}

bool Planning::remove(std::int64_t id) { return store::Repository(*db_).removePlanned(id); }

std::vector<YearRow> Planning::year(int year) const {
    return yearTable(io::planningAreas(config_), io::heldMeetings(held()), planned(), year);
}

std::vector<MeetingDue> Planning::due(const std::string& at) const {
    return meetingsDue(io::planningAreas(config_), io::meetingFrequencies(config_), config_.councilTerms, io::heldMeetings(held()),
                       planned(), at);
}

std::vector<std::string> Planning::kinds() const { return io::plannableKinds(config_); }

}  // namespace wk::service

namespace wk::service {

std::vector<FeedbackDue> Planning::feedback(const std::string& at) const {
    if (!db_) return {};
    store::Repository repo(*db_);
    std::vector<Session> meetings;
    for (const auto& m : repo.list()) meetings.push_back(repo.load(m.id));
    std::map<std::string, int> months;
    for (const auto& d : config_.policy.meetings) months[d.type.key] = d.reportMonths;
    return feedbackDue(meetings, months, at);
}

}  // namespace wk::service
