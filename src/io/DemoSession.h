// The demo session (--demo): realistic Dutch content so every screen has something to show.
#pragma once
#include <string_view>

#include "domain/Types.h"

namespace wk::io {

std::string_view demoSessionJson();  // embedded from assets/demo-session.json at build time
Session demoSession();

}  // namespace wk::io
