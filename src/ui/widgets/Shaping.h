// Text as the screen draws it. Dear ImGui 1.86 draws 16-bit characters left to right, one glyph
// each: it neither joins Arabic letters nor lays out right to left, and has no emoji. Residents
// write Arabic, Turkish, Polish and emoji, so what they typed passes through here before it is
// drawn: combining marks capped, emoji as the stand-ins the atlas has glyphs for, Arabic and
// Hebrew joined (Presentation Forms-B, GNU FriBidi) and put in visual order line by line.
#pragma once
#include <string>
#include <string_view>

namespace wk::ui {

// Whether the text needs more than the font's own glyphs (any code point from U+0300 up).
bool needsShaping(std::string_view utf8);

struct Shown {
    std::string text;          // what to draw
    bool rightToLeft = false;  // its first strong letter is Arabic or Hebrew: lines stand at the right
    unsigned scripts = 0;      // the scripts it needs beyond the kiosk's own (scriptsOf), asked of the atlas
};
// The text to draw; with `wrapWidth` > 0 right-to-left text is wrapped first, in the current
// font, and each line reordered by itself, so a long Arabic idea reads from its first line down.
// Kept per text, width and font: a card drawn every frame is shaped once, not sixty times a
// second. The reference holds until the next call. Asks the font atlas for the text's scripts.
const Shown& shown(std::string_view utf8, float wrapWidth = 0);
inline std::string shownText(std::string_view utf8, float wrapWidth = 0) { return shown(utf8, wrapWidth).text; }

}  // namespace wk::ui
