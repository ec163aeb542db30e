// The kiosk's own verb: everything but the command-line verbs (Commands.cpp) runs here.
#pragma once
#include <memory>

#include "app/Cli.h"
#include "io/Config.h"
#include "store/Sqlite.h"

namespace wk::app {

int runKiosk(const Options& o, const io::KioskConfig& config);
// The database --db names (else the default one), read-only when asked.
std::unique_ptr<store::Database> openDb(const Options& o, bool readOnly);

}  // namespace wk::app
