// Replay scripts (INTERFACES.md): one command a line, run against the real UI offscreen.
// tap "Label" scrolls (by dragging) to a widget below the fold first, as a person would;
// assert-visible needs the text on screen, assert-hidden needs it nowhere, not even a scroll away.
// Besides the listed commands: `view NAME` and `phase public|closed` switch the screen,
// `assert-stored "text"` checks the text is in the database, not just on screen, and
// `idle SECONDS` lets that much time pass with nobody touching the screen, and
// `tap-at "Label" FX [FY]` taps that far across (and down) the widget (a slider: 0.3 places 30),
// `wait-for "text" SECONDS` runs frames until the text is on screen (another writer's edit).
// Frames are laid out but drawn only for a screenshot, unless WK_REPLAY_RENDER=1.
#pragma once
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace wk::app {

class KioskApp;

struct ScriptError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct ReplayStep {
    int line = 0;
    std::string verb;
    std::vector<std::string> args;
};

// Throws ScriptError "FILE:LINE: what" for the first bad line; nothing runs then.
std::vector<ReplayStep> parseScript(std::string_view text, const std::string& fileName);

// Runs the steps; returns 0 when every assertion held, 1 at the first that did not (named on `err`).
int runScript(KioskApp& app, const std::vector<ReplayStep>& steps, const std::string& fileName, std::ostream& err);

}  // namespace wk::app
