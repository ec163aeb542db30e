// A big touch PIN pad for the facilitator: digits shown as dots, wrong PINs rate limited.
#pragma once
#include <string>

#include "domain/PinGuard.h"
#include "ui/Theme.h"

namespace wk::ui {

struct PinPadState {
    std::string digits;
    bool wrong = false;
    // Choosing a first PIN (the guard has none): typed once, then again to confirm.
    std::string chosen;
    bool mismatch = false, tooShort = false, weak = false;
};

// Tried: a PIN was tried (right or wrong: the guard's count changed). Chosen: a new PIN was
// typed twice alike; it is in `chosen`.
enum class PinPadResult { Open, Accepted, Cancelled, Tried, Chosen };

// Draws the pad centred in the current window. Without a PIN it offers choosing one only when
// `mayChoose` (the kiosk's very first start, before any meeting): otherwise it says how the
// PIN is set and opens nothing.
PinPadResult drawPinPad(PinPadState& st, PinGuard& guard, double now, const Fonts& fonts, bool mayChoose);

}  // namespace wk::ui
