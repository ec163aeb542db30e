#include "ui/widgets/DragScroll.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>

#include "ui/widgets/Gesture.h"
#include "ui/widgets/ContextState.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

void setGesture(const Gesture& g) {
    contextState().gesture = g;
    contextState().gestureTaken = false;
}
const Gesture& gesture() { return contextState().gesture; }
void takeGesture() { contextState().gestureTaken = true; }
bool gestureTaken() { return contextState().gestureTaken; }

void holdDragScroll() { contextState().held = true; }

void dragScroll() {
    ContextState& st = contextState();
    const bool held = st.held;
    st.held = false;
    if (held) return;
    ImGuiIO& io = ImGui::GetIO();
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    // Two fingers scroll whatever is under them, unless a widget (the map) took the gesture.
    if (st.gesture.active && !st.gestureTaken && window->InnerRect.Contains(st.gesture.centre)) {
        ImGui::SetScrollY(window, window->Scroll.y - st.gesture.pan.y);
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
