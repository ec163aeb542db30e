// Real touch, from SDL's finger events. The first finger taps and drags as a mouse would; two
// fingers scroll, and pinch or spread to zoom; a third contact (a palm or a sleeve landing on
// the screen) cancels what the fingers were doing and is ignored until every finger has lifted.
// SDL's synthetic mouse for the first finger (SDL_TOUCH_MOUSEID, sent by real hardware, not for
// pushed events) is ignored, so a replayed touch and a real one behave alike.
#pragma once
#include <SDL_events.h>

#include <cstdint>
#include <map>

namespace wk::platform {

// What two fingers did since the last frame.
struct TwoFingers {
    bool active = false;
    float centreX = 0, centreY = 0;  // where they are, in window pixels
    float panX = 0, panY = 0;        // how far their centre moved this frame
    float zoom = 1;                  // how much further apart they are than last frame
};

class TouchInput {
public:
    // The window's size in pixels, and how the touchscreen is mounted (degrees clockwise), so
    // SDL's normalised coordinates land where the finger is.
    void setWindow(std::uint32_t windowId, int width, int height, int rotation);
    // True when the event was a touch (or its synthetic mouse), which Dear ImGui must not see.
    bool handle(const SDL_Event& e);
    // The pointer for this frame: set when a finger is the mouse. `down` holds a press for at
    // least one frame, so a tap shorter than a frame still clicks.
    bool pointer(float& x, float& y, bool& down);
    TwoFingers takeGesture();
    bool active() const { return !fingers_.empty() || pendingRelease_; }
    // Maps a point normalised by SDL (0..1) to the window, turned for a rotated screen; and
    // back, as a touchscreen mounted that way would report a finger at a window pixel.
    void toWindow(float nx, float ny, float& x, float& y) const;
    void fromWindow(float x, float y, float& nx, float& ny) const;

private:
    struct Finger {
        float x = 0, y = 0;
        int order = 0;
    };
    std::uint32_t windowId_ = 0;
    int width_ = 1, height_ = 1, rotation_ = 0;
    std::map<SDL_FingerID, Finger> fingers_;
    int arrivals_ = 0;
    SDL_FingerID primary_ = -1;
    bool primaryDown_ = false, pendingRelease_ = false, seenDown_ = false, cancelled_ = false;
    float px_ = -1, py_ = -1;
    bool palm_ = false;  // three contacts: ignore everything until all are lifted
    TwoFingers gesture_;
    float lastSpan_ = 0, lastCx_ = 0, lastCy_ = 0;
    void twoFingerUpdate();
};

}  // namespace wk::platform
