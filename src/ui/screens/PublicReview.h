// The review before the public part.
#pragma once

#include "ui/Screen.h"

namespace wk::ui {

// The review before "Naar openbaar deel" (the facilitator's): Go switches, Back returns.
enum class ReviewResult { Open, Go, Back };
ReviewResult drawPublicReview(ScreenContext& c);

}  // namespace wk::ui
