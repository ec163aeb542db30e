// A QR code drawn as squares (no texture): the join address for phones, on the welcome screen,
// the facilitator's start screen and the room's title.
#pragma once
#include <imgui.h>

#include <string>

#include "export/Qr.h"

namespace wk::ui {

// What the phones' join looks like to the screens: whether it may be turned on, whether it is,
// the address and its code, and why it could not start.
struct PhoneJoin {
    bool available = false, on = false;
    std::string url, error;
    io::QrCode qr;
};

// `size` wide and high, white quiet zone included; `label` is traced for scripts.
void drawQr(const io::QrCode& qr, ImVec2 at, float size, const std::string& label);
// The address without "http://", as people type it.
std::string shortAddress(const std::string& url);

}  // namespace wk::ui
