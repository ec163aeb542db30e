#include "platform/TouchInput.h"

#include <SDL_touch.h>

#include <cfloat>
#include <cmath>

namespace wk::platform {

void TouchInput::setWindow(std::uint32_t windowId, int width, int height, int rotation) {
    windowId_ = windowId;
    width_ = width > 0 ? width : 1;
    height_ = height > 0 ? height : 1;
    rotation_ = ((rotation % 360) + 360) % 360;
}

void TouchInput::toWindow(float nx, float ny, float& x, float& y) const {
    // A panel mounted turned reports where the finger is on the panel, not on the picture.
    float u = nx, v = ny;
    switch (rotation_) {
        case 90: u = 1.0f - ny, v = nx; break;
        case 180: u = 1.0f - nx, v = 1.0f - ny; break;
        case 270: u = ny, v = 1.0f - nx; break;
        default: break;
    }
    x = u * static_cast<float>(width_);
    y = v * static_cast<float>(height_);
}

void TouchInput::fromWindow(float x, float y, float& nx, float& ny) const {
    const float u = x / static_cast<float>(width_), v = y / static_cast<float>(height_);
    switch (rotation_) {
        case 90: nx = v, ny = 1.0f - u; break;
        case 180: nx = 1.0f - u, ny = 1.0f - v; break;
        case 270: nx = 1.0f - v, ny = u; break;
        default: nx = u, ny = v; break;
    }
}

void TouchInput::twoFingerUpdate() {
    // The two earliest fingers make the gesture; their centre pans, their span zooms.
    const Finger* a = nullptr;
    const Finger* b = nullptr;
    for (const auto& [id, f] : fingers_) {
        if (!a || f.order < a->order) b = a, a = &f;
        else if (!b || f.order < b->order) b = &f;
    }
    if (!a || !b) return;
    const float cx = (a->x + b->x) * 0.5f, cy = (a->y + b->y) * 0.5f;
    const float span = std::hypot(a->x - b->x, a->y - b->y);
    if (lastSpan_ > 0) {
        gesture_.panX += cx - lastCx_;
        gesture_.panY += cy - lastCy_;
        if (span > 1 && lastSpan_ > 1) gesture_.zoom *= span / lastSpan_;
    }
    gesture_.active = true;
    gesture_.centreX = cx;
    gesture_.centreY = cy;
    lastSpan_ = span;
    lastCx_ = cx;
    lastCy_ = cy;
}

bool TouchInput::handle(const SDL_Event& e) {
    if ((e.type == SDL_MOUSEMOTION && e.motion.which == SDL_TOUCH_MOUSEID) ||
        ((e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEBUTTONUP) && e.button.which == SDL_TOUCH_MOUSEID) ||
        (e.type == SDL_MOUSEWHEEL && e.wheel.which == SDL_TOUCH_MOUSEID))
        return true;  // the synthetic mouse of the first finger: the finger itself counts
    if (e.type != SDL_FINGERDOWN && e.type != SDL_FINGERMOTION && e.type != SDL_FINGERUP) return false;
    const SDL_TouchFingerEvent& t = e.tfinger;
    // A touch on another window (the room's) does nothing.
    if (t.windowID != 0 && windowId_ != 0 && t.windowID != windowId_) return true;
    float x = 0, y = 0;
    toWindow(t.x, t.y, x, y);
    if (e.type == SDL_FINGERDOWN) {
        fingers_[t.fingerId] = {x, y, ++arrivals_};
        if (fingers_.size() >= 3) {
            palm_ = true;  // too many contacts at once: a palm or a sleeve, not a person's fingers
            cancelled_ = true;
            gesture_ = {};
        } else if (fingers_.size() == 1 && !palm_) {
            primary_ = t.fingerId;
            primaryDown_ = true;
            seenDown_ = false;
            pendingRelease_ = false;
            cancelled_ = false;
            px_ = x, py_ = y;
        } else if (fingers_.size() == 2 && !palm_) {
            // A second finger: whatever the first had pressed is not a tap but a gesture.
            cancelled_ = true;
            lastSpan_ = 0;
            twoFingerUpdate();
        }
    } else if (e.type == SDL_FINGERMOTION) {
        auto it = fingers_.find(t.fingerId);
        if (it == fingers_.end()) return true;
        it->second.x = x, it->second.y = y;
        if (palm_) return true;
        if (fingers_.size() == 2) twoFingerUpdate();
        else if (t.fingerId == primary_ && !cancelled_) px_ = x, py_ = y;
    } else {
        fingers_.erase(t.fingerId);
        if (t.fingerId == primary_) {
            if (primaryDown_ && !cancelled_ && !palm_) pendingRelease_ = true;  // the tap ends next frame
            primaryDown_ = false;
            primary_ = -1;
        }
        if (fingers_.size() < 2) lastSpan_ = 0;
        if (fingers_.empty()) {
            palm_ = false;
            cancelled_ = false;
        }
    }
    return true;
}

bool TouchInput::pointer(float& x, float& y, bool& down) {
    if (!active() && !cancelled_) return false;
    if (cancelled_ || palm_) {
        // Off the screen, then released: what the first finger pressed is let go without a click.
        x = -FLT_MAX, y = -FLT_MAX;
        down = false;
        if (fingers_.empty()) cancelled_ = false;
        return true;
    }
    x = px_, y = py_;
    if (primaryDown_) {
        down = true;
        seenDown_ = true;
    } else if (pendingRelease_ && !seenDown_) {
        down = true;  // down and up between two frames: this frame sees the press...
        seenDown_ = true;
    } else {
        down = false;  // ...and the next one the release
        pendingRelease_ = false;
        seenDown_ = false;
    }
    return true;
}

TwoFingers TouchInput::takeGesture() {
    TwoFingers g = gesture_;
    gesture_.panX = gesture_.panY = 0;
    gesture_.zoom = 1;
    if (fingers_.size() < 2 || palm_) gesture_.active = false;
    return g;
}

}  // namespace wk::platform
