// Huisstijl on screen: the municipality's colours, the TTF fonts and a touch-sized style.
// Every size derives from the font size, so the layout follows the config and the DPI.
#pragma once
#include <imgui.h>

#include <string>

#include "io/Config.h"

namespace wk::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* large = nullptr;  // headings, 1.4x
    ImFont* title = nullptr;  // screen titles, 1.9x
};

struct Palette {
    ImU32 primary, accent, background, text, muted, card, cardBorder, onPrimary, closed, ok, warn, bad;
};

// Loads the config's fonts at fontSize * scale, with the glyphs Dutch text needs (Latin-1,
// Latin Extended-A, dashes, quotes, euro, arrows, check marks). Throws std::runtime_error
// naming the font file when it cannot be read.
Fonts loadFonts(const io::KioskConfig&, float scale);
// The room's fonts, `px` for body text (1.5x the console's and up): large 1.25x, title 1.6x.
Fonts loadRoomFonts(const io::KioskConfig&, float px);
void applyStyle(const io::KioskConfig&);
const Palette& palette();

ImU32 toU32(const io::Rgb&, float alpha = 1.0f);

}  // namespace wk::ui
