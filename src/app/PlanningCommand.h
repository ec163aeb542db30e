// `wijkkiosk planning`: which meeting is due next in which area, the year table, and planning
// meetings and activities ahead.
#pragma once
#include "app/Cli.h"
#include "io/Config.h"
#include "store/Sqlite.h"

namespace wk::app {

// `db` is null when there is no database yet (nothing held, nothing planned).
int planningCommand(const Options&, const io::KioskConfig&, store::Database* db);
// `wijkkiosk terugkoppeling [--at DATE]` (issue 32): per line, tab-separated, the date, the wijk,
// what is owed (antwoord, actie, voortgang), its number, its words, how late or how soon, and what
// to send.
int feedbackCommand(const Options&, const io::KioskConfig&, store::Database* db);

}  // namespace wk::app
