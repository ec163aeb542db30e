// `wijkkiosk publish` (issue 33): the public website per wijk, written into a folder for the
// municipality's own web server, replacing the earlier publication there whole (so a purge or a
// withdrawn consent takes effect at the next publish).
#pragma once
#include <string>
#include <vector>

#include "io/Config.h"
#include "store/Sqlite.h"

namespace wk::service {

// Every meeting this kiosk holds, as the public sees it: what the archive keeps as public.
std::vector<Session> publicMeetings(store::Database&);

// Writes the site of `publicSessions` into `folder` (made when missing) and returns how many
// files. Throws io::IoError naming the folder when it holds anything but an earlier publication
// (it is left as it was).
std::size_t publishSite(const std::vector<Session>& publicSessions, const io::KioskConfig&, const std::string& folder,
                        const std::string& today);

}  // namespace wk::service
