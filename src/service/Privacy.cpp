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

const Session& AudienceView::of(const Session& full, std::uint64_t revision, Audience audience) {
    if (revision_ != revision || audience_ != audience) {
        shown_ = visibleTo(full, audience);
        revision_ = revision;
        audience_ = audience;
    }
    return shown_;
}

}  // namespace wk::service
