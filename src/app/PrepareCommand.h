// `wijkkiosk prepare`: a meeting made at the office with a contribution sheet per party, and
// `prepare read`: the filled-in sheets back into its plan.
#pragma once
#include "app/Cli.h"
#include "io/Config.h"

namespace wk::app {

int prepareCommand(const Options&, const io::KioskConfig&);

}  // namespace wk::app
