// Drag to scroll, which Dear ImGui 1.86 does not do: a finger moved past a small threshold
// scrolls the window under it and cancels the tap it started, so scrolling never presses a button.
#pragma once

namespace wk::ui {

// Call inside a scrollable child window, after its content.
void dragScroll();
// A widget that owns the finger's drag this frame (a reorder handle) calls this: no scrolling.
void holdDragScroll();

}  // namespace wk::ui
