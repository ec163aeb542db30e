// Two fingers on the screen, as the app hands them to the screens each frame: where they are,
// how far they moved (scrolling) and how much they spread (zooming the map). A widget that uses
// the gesture takes it, so the scrolling area under it does not scroll as well.
#pragma once
#include <imgui.h>

namespace wk::ui {

struct Gesture {
    bool active = false;
    ImVec2 centre{0, 0};
    ImVec2 pan{0, 0};
    float zoom = 1;
};

void setGesture(const Gesture&);
const Gesture& gesture();
// Marks this frame's gesture as used (by the map); dragScroll then leaves it alone.
void takeGesture();
bool gestureTaken();

}  // namespace wk::ui
