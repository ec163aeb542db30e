// The command-line verbs. Each returns the process's exit code: 0 ok, 1 failed, 2 bad input.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "app/Cli.h"
#include "service/Meetings.h"

namespace wk::app {

int runMain(const Options& o);
// The meeting --session names (its number here or its uid), or a message on stderr and none.
std::optional<std::int64_t> findSession(const service::Meetings& meetings, const std::string& id);

}  // namespace wk::app
