// Touch widgets: large targets, a clear pressed state, nothing that needs hover. Every text
// and button drawn through here is also recorded in the frame's trace, which is how replay
// scripts find "tap \"Label\"" and check what is (not) visible.
#pragma once
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace wk::ui {

struct Seen {
    std::string text;
    ImVec2 min, max;  // where it is, clipped to its window when visible
    bool tappable = false;
    bool visible = false;  // on screen now, not just laid out below or above the fold
    ImVec2 clipMin, clipMax;  // the scrolling area it is in
};

// What one picture drew: the frame being drawn and the last finished one. The console and the
// room each have their own; setTrace() says which one the widgets record into.
struct Trace {
    std::vector<Seen> building, last;
};
void setTrace(Trace*);  // nullptr: the console's
Trace& consoleTrace();
void traceBegin();
void traceEnd();
const std::vector<Seen>& traceLast();
void traceAdd(std::string_view text, ImVec2 min, ImVec2 max, bool tappable);

float em();  // the current font size: the unit every layout is measured in
bool typing();  // a text field is active (the on-screen keyboard is up)

// Text that is traced; `wrapWidth` 0 wraps at the window edge, negative does not wrap.
void text(std::string_view s, ImU32 colour = 0, float wrapWidth = 0);
void textIn(ImFont* font, std::string_view s, ImU32 colour = 0, float wrapWidth = 0);

enum class Tone { Primary, Secondary, Accent, Danger, Selected };
// A button at least one finger (2.2 em) high. `id` keeps it unique when labels repeat.
bool button(std::string_view label, ImVec2 size = {0, 0}, Tone tone = Tone::Primary, std::string_view id = {});
// A text field, one line (height 0) or several; tapping it opens the on-screen keyboard.
// `label` is what replay's tap "label" finds; the caller shows a visible label above it.
// `width` 0: the rest of the line.
bool textField(std::string_view label, std::string* value, float height = 0, float width = 0);

// Large choice chips that flow onto the next line when a row is full; the one equal to
// `selected` is lit. Returns the index tapped, or -1.
// `continueRow`: the first chip joins the row of the item before it, if it fits.
int chooser(const std::vector<std::string>& labels, const std::string& selected, std::string_view idPrefix,
            bool continueRow = false);

// Whether an item `width` wide still fits after the last one, before the card's (or window's)
// right edge; then ImGui::SameLine(), else let it start a new line.
bool fitsOnLine(float width);

// A button as wide as its label, moving to a new line when the row is full.
bool flowButton(std::string_view label, Tone tone, std::string_view id = {});

// A rounded label with a fill, for badges like "besloten" or a SMART mark.
void chip(std::string_view label, ImU32 fill, ImU32 textColour);

// A white card with a border; returns its content width. Draw inside, then cardEnd().
void cardBegin(std::string_view id, float width = 0, ImU32 border = 0);  // border 0: the usual
void cardEnd();

}  // namespace wk::ui
