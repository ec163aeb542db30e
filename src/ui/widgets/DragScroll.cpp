#include "ui/widgets/DragScroll.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>

#include "ui/widgets/Gesture.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

namespace {
bool g_held = false;
Gesture g_gesture;
bool g_taken = false;
}  // namespace

void setGesture(const Gesture& g) {
    g_gesture = g;
    g_taken = false;
}
const Gesture& gesture() { return g_gesture; }
void takeGesture() { g_taken = true; }
bool gestureTaken() { return g_taken; }

void holdDragScroll() { g_held = true; }

void dragScroll() {
    const bool held = g_held;
    g_held = false;
    if (held) return;
    ImGuiIO& io = ImGui::GetIO();
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    // Two fingers scroll whatever is under them, unless a widget (the map) took the gesture.
    if (g_gesture.active && !g_taken && window->InnerRect.Contains(g_gesture.centre)) {
        ImGui::SetScrollY(window, window->Scroll.y - g_gesture.pan.y);
        return;
    }
    // The drag must have started inside this window; the scrollbar keeps its own behaviour.
    const ImRect inner = window->InnerRect;
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Left) || !inner.Contains(io.MouseClickedPos[0])) return;
    if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left, em() * 0.5f)) return;
    // Only a mostly vertical drag scrolls: a sideways drag belongs to a slider under the finger.
    const ImVec2 d = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0);
    if (std::fabs(d.y) < std::fabs(d.x)) return;
    ImGuiContext& g = *GImGui;
    if (g.ActiveId != 0 && g.ActiveId == ImGui::GetWindowScrollbarID(window, ImGuiAxis_Y)) return;
    // A drag is a scroll, not a tap: release whatever the press had grabbed (except text fields).
    if (g.ActiveId != 0 && !g.ActiveIdUsingMouseWheel && g.InputTextState.ID != g.ActiveId) ImGui::ClearActiveID();
    ImGui::SetScrollY(window, window->Scroll.y - io.MouseDelta.y);
}

}  // namespace wk::ui
