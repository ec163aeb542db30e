// A big touch PIN pad for the facilitator: digits shown as dots, wrong PINs rate limited.
#pragma once
#include <string>

#include "domain/PinGuard.h"
#include "ui/Theme.h"

namespace wk::ui {

struct PinPadState {
    std::string digits;
    bool wrong = false;
};

enum class PinPadResult { Open, Accepted, Cancelled };

// Draws the pad centred in the current window.
PinPadResult drawPinPad(PinPadState& st, PinGuard& guard, double now, const Fonts& fonts);

}  // namespace wk::ui
