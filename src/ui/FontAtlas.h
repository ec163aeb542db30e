// The kiosk's fonts in one atlas, no larger than the texts on screen need. It starts with the
// Latin letters, dashes, quotes, arrows and marks the kiosk's own words use; a resident's text in
// another script (Greek, Cyrillic, Hebrew, Arabic, symbols, emoji) asks for that script's glyphs
// as it is shaped for drawing, and the next frame is built on an atlas that has them. Most
// meetings never need the 5,000 glyphs of every script: the kiosk starts without building them.
#pragma once
#include <imgui.h>

#include <string>
#include <string_view>

#include "io/Config.h"

namespace wk::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* large = nullptr;  // headings, 1.4x
    ImFont* title = nullptr;  // screen titles, 1.9x
};

// Loads the config's fonts at fontSize * scale, with the glyphs Dutch text needs (Latin up to
// Extended-B, dashes, quotes, euro, arrows, check marks) and the scripts already asked for.
// Throws std::runtime_error naming the font file when it cannot be read.
Fonts loadFonts(const io::KioskConfig&, float scale);
// The room's fonts, `px` for body text (1.5x the console's and up): large 1.25x, title 1.6x.
Fonts loadRoomFonts(const io::KioskConfig&, float px);

// The scripts of `utf8` the atlas lacks, as bits (0: it has them all).
unsigned scriptsOf(std::string_view utf8);
// Asks for these scripts' glyphs; cheap, and safe in the middle of a frame.
void wantScripts(unsigned scripts);
// Whether a text shown asked for glyphs the atlas does not have yet.
bool atlasWantsMore();
// Adds the glyphs asked for and builds the atlas again (between frames: the caller uploads it).
// The fonts keep their addresses; returns whether anything was added.
bool growAtlas();
// Counts the atlas's builds: what was measured with its glyphs is measured again after a change.
unsigned atlasGeneration();
// Asks for the scripts of a text drawn without shown() (an ellipsised line, a chip, a word of
// the cloud) and returns it.
inline const std::string& askGlyphs(const std::string& text) {
    wantScripts(scriptsOf(text));
    return text;
}

}  // namespace wk::ui
