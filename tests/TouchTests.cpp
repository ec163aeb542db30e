// Fingers as a real touchscreen sends them: SDL's normalised coordinates, a screen mounted
// turned, the synthetic mouse real hardware adds for the first finger, the room's window.
#include <catch2/catch.hpp>

#include <SDL_touch.h>

#include "platform/TouchInput.h"

using wk::platform::TouchInput;

namespace {
SDL_Event finger(Uint32 type, SDL_FingerID id, float nx, float ny, Uint32 window = 7) {
    SDL_Event e{};
    e.type = type;
    e.tfinger.touchId = 1;
    e.tfinger.fingerId = id;
    e.tfinger.x = nx;
    e.tfinger.y = ny;
    e.tfinger.windowID = window;
    return e;
}
}  // namespace

TEST_CASE("a finger lands where it touches, on a screen mounted turned too") {
    TouchInput t;
    t.setWindow(7, 1920, 1080, 0);
    float x = 0, y = 0;
    t.toWindow(0.25f, 0.5f, x, y);
    CHECK(x == Approx(480));
    CHECK(y == Approx(540));
    // Turned a quarter clockwise: the panel's top edge is the picture's right edge.
    t.setWindow(7, 1080, 1920, 90);
    t.toWindow(0.0f, 0.0f, x, y);
    CHECK(x == Approx(1080));
    CHECK(y == Approx(0));
    t.toWindow(0.25f, 0.1f, x, y);
    CHECK(x == Approx(0.9f * 1080));
    CHECK(y == Approx(0.25f * 1920));
    for (int r : {0, 90, 180, 270}) {  // and back: what a replay pushes is what a panel sends
        t.setWindow(7, 1280, 800, r);
        float nx = 0, ny = 0;
        t.fromWindow(300, 200, nx, ny);
        t.toWindow(nx, ny, x, y);
        CHECK(x == Approx(300));
        CHECK(y == Approx(200));
    }
}

TEST_CASE("a tap shorter than a frame still presses, then releases") {
    TouchInput t;
    t.setWindow(7, 1000, 1000, 0);
    CHECK(t.handle(finger(SDL_FINGERDOWN, 3, 0.1f, 0.2f)));
    CHECK(t.handle(finger(SDL_FINGERUP, 3, 0.1f, 0.2f)));
    float x = 0, y = 0;
    bool down = false;
    REQUIRE(t.pointer(x, y, down));
    CHECK(down);
    CHECK(x == Approx(100));
    CHECK(y == Approx(200));
    REQUIRE(t.pointer(x, y, down));
    CHECK_FALSE(down);
    CHECK_FALSE(t.pointer(x, y, down));  // nobody touches: the mouse is the mouse again
}

TEST_CASE("the synthetic mouse of real hardware and touches on the room's window do nothing") {
    TouchInput t;
    t.setWindow(7, 1000, 1000, 0);
    SDL_Event m{};
    m.type = SDL_MOUSEBUTTONDOWN;
    m.button.which = SDL_TOUCH_MOUSEID;
    CHECK(t.handle(m));  // swallowed
    m.button.which = 0;  // a real mouse goes through to Dear ImGui
    CHECK_FALSE(t.handle(m));
    CHECK(t.handle(finger(SDL_FINGERDOWN, 1, 0.5f, 0.5f, 9)));  // the room's window
    float x = 0, y = 0;
    bool down = false;
    CHECK_FALSE(t.pointer(x, y, down));
}

TEST_CASE("a second finger turns the press into a gesture; a third is a palm") {
    TouchInput t;
    t.setWindow(7, 1000, 1000, 0);
    float x = 0, y = 0;
    bool down = false;
    t.handle(finger(SDL_FINGERDOWN, 1, 0.4f, 0.5f));
    REQUIRE(t.pointer(x, y, down));
    CHECK(down);
    t.handle(finger(SDL_FINGERDOWN, 2, 0.6f, 0.5f));
    REQUIRE(t.pointer(x, y, down));
    CHECK_FALSE(down);
    CHECK(x < -1e30f);  // off the screen: the first finger's button is let go, not clicked
    t.takeGesture();
    t.handle(finger(SDL_FINGERMOTION, 1, 0.3f, 0.4f));
    t.handle(finger(SDL_FINGERMOTION, 2, 0.7f, 0.4f));
    const auto g = t.takeGesture();
    CHECK(g.active);
    CHECK(g.zoom == Approx(2.0f));  // twice as far apart
    CHECK(g.panY == Approx(-100.0f));
    CHECK(g.centreX == Approx(500.0f));
    t.handle(finger(SDL_FINGERDOWN, 3, 0.5f, 0.9f));  // a palm
    CHECK_FALSE(t.takeGesture().active);
    t.handle(finger(SDL_FINGERUP, 1, 0, 0));
    t.handle(finger(SDL_FINGERUP, 2, 0, 0));
    REQUIRE(t.pointer(x, y, down));
    CHECK_FALSE(down);
    t.handle(finger(SDL_FINGERUP, 3, 0, 0));
    t.pointer(x, y, down);
    // Everything lifted: the next finger taps again.
    t.handle(finger(SDL_FINGERDOWN, 4, 0.2f, 0.2f));
    REQUIRE(t.pointer(x, y, down));
    CHECK(down);
    CHECK(x == Approx(200));
}
