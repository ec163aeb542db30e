// Huisstijl on screen: the municipality's colours and a touch-sized style (the fonts: FontAtlas.h).
// Every size derives from the font size, so the layout follows the config and the DPI.
#pragma once
#include <imgui.h>

#include <string>

#include "io/Config.h"
#include "ui/FontAtlas.h"

namespace wk::ui {

struct Palette {
    ImU32 primary, accent, background, text, muted, card, cardBorder, onPrimary, closed, ok, warn, bad;
};

void applyStyle(const io::KioskConfig&);
const Palette& palette();

ImU32 toU32(const io::Rgb&, float alpha = 1.0f);

}  // namespace wk::ui
