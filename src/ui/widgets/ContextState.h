// What the touch widgets keep between calls, once per ImGui context: the console and the room's
// window each have their own (a trace, the open cards, a held drag, the fingers' gesture), so
// drawing one never disturbs the other.
#pragma once
#include <imgui.h>

#include <deque>
#include <vector>

#include "ui/widgets/Gesture.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

struct ContextState {
    Trace console;
    Trace* trace = &console;
    struct Card {
        ImVec2 start;
        float width;
        ImU32 border;
    };
    std::vector<Card> cards;
    // One splitter per nesting depth: a card inside a card needs its own (ImGui cannot nest one).
    std::deque<ImDrawListSplitter> splitters;
    bool held = false;  // a drag that scrolls is held by a widget
    Gesture gesture;
    bool gestureTaken = false;
};

// The current ImGui context's.
ContextState& contextState();

}  // namespace wk::ui
