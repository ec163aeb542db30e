// Privacy's use cases: the AVG purge of residents' personal data past the config's retention,
// and the session an audience may see now, made once per change rather than once per frame.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "domain/PublicView.h"
#include "domain/Types.h"
#include "io/Config.h"
#include "store/Repository.h"

namespace wk::service {

using Purged = store::Repository::Purged;

// The first day personal data is kept: `today` less the config's retention.
std::string purgeCutoff(const io::KioskConfig&, const std::string& today);
// Removes names, contacts and what names them from every meeting dated before `before`, keeping
// the ideas themselves; logged as the system's, not undoable.
Purged purge(store::Database&, const std::string& before, const std::string& at);

// The session as an audience sees it (visibleTo), kept until the session's revision or the
// audience changes: the room and the phones ask every frame and every request.
class AudienceView {
public:
    // `journal`, when given, lets the public view follow an edit's ideas instead of copying all.
    const Session& of(const Session& full, std::uint64_t revision, Audience audience, const ChangeJournal* journal = nullptr);

private:
    PublicView public_;
};

}  // namespace wk::service
