// `wijkkiosk archive status|push|pull|take`, and `sessions` and `export` against the archive
// (`--archive URL`), so the advisor lists and exports at the office.
#pragma once
#include "app/Cli.h"
#include "io/Config.h"

namespace wk::app {

// The archive's URL: --archive, else the config's [archive] url; empty when neither names one.
std::string archiveUrl(const Options&, const io::KioskConfig&);

int archiveCommand(const Options&, const io::KioskConfig&, const std::string& dbPath);
int archiveSessions(const Options&, const io::KioskConfig&);
// `wijkkiosk archive follow` (FollowCommand.cpp).
int archiveFollow(const Options&, const io::KioskConfig&, const std::string& dbPath);
int archiveExport(const Options&, const io::KioskConfig&, const std::string& dbPath);
// `wijkkiosk [--archive URL] publish --out DIR` (issue 33): the public website of this kiosk's
// meetings, or with --archive of every kiosk's, read as the archive's public reader role.
int publishCommand(const Options&, const io::KioskConfig&, const std::string& dbPath);

}  // namespace wk::app
