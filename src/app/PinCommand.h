// The facilitator's PIN from the command line: `hash-pin PIN` prints the config's value, and
// `set-pin` keeps one in the kiosk's database, read twice from the terminal (never from the
// command line, where `ps` and the shell's history would show it).
#pragma once
#include "app/Cli.h"
#include "io/Config.h"

namespace wk::app {

int hashPinCommand(const Options&);
int setPinCommand(const Options&, const io::KioskConfig&, const std::string& dbPath);

}  // namespace wk::app
