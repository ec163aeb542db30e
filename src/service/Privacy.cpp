#include "service/Privacy.h"

#include "domain/Rules.h"
#include "domain/Plan.h"

namespace wk::service {

std::string purgeCutoff(const io::KioskConfig& config, const std::string& today) {
    return monthsBefore(today, config.policy.retentionMonths);
}

Purged purge(store::Database& db, const std::string& before, const std::string& at) {
    return store::Repository(db).purgePersonalData(before, at);
}

const Session& AudienceView::of(const Session& full, std::uint64_t revision, Audience audience, const ChangeJournal* journal) {
    // Internal: everything, as it is (visibleTo's copy of 100,000 ideas would change nothing).
    return audience == Audience::Internal ? full : public_.of(full, revision, journal);
}

}  // namespace wk::service
