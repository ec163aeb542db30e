// The command-line verbs. Each returns the process's exit code: 0 ok, 1 failed, 2 bad input.
#pragma once
#include "app/Cli.h"

namespace wk::app {

int runMain(const Options& o);

}  // namespace wk::app
