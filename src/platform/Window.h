// The SDL window with its OpenGL context and Dear ImGui back-ends; or, headless, the same
// on SDL's offscreen driver (Mesa), so screens can be rendered and driven with no display.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>

#include "platform/TouchInput.h"
#include <stdexcept>
#include <string>

struct SDL_Window;
union SDL_Event;

namespace wk::platform {

struct PlatformError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct WindowOptions {
    int width = 1280, height = 800;
    bool fullscreen = true;
    bool headless = false;
    int touchRotation = 0;  // degrees clockwise the touchscreen is mounted turned
    std::string title = "wijkkiosk";
};

// What replay feeds to Dear ImGui instead of the hardware: 1.86 has no input-event API and
// ignores pushed SDL mouse events, so the io fields are written after the back-end's NewFrame.
struct InputOverride {
    float x = -1, y = -1;
    bool down = false;
    std::string chars;  // UTF-8 typed this frame
    int key = -1;       // an ImGuiKey_ held this frame, or -1
};

class Window {
public:
    // Throws PlatformError with one line to show, e.g. when there is no display.
    static std::unique_ptr<Window> open(const WindowOptions&);
    ~Window();

    float dpiScale() const { return dpiScale_; }
    bool headless() const { return headless_; }
    void setSize(int w, int h);
    void size(int& w, int& h) const;

    // Waits up to `timeoutMs` for events (0: do not wait) and feeds them to ImGui; returns
    // true when any arrived. `quit` is set when the window was asked to close (its close
    // button, Alt+F4): the kiosk decides whether to obey. See also stopRequested().
    bool pumpEvents(int timeoutMs, bool& quit);
    // `beforeImGui` sees the frame's input before Dear ImGui does (the on-screen keyboard).
    void newFrame(const InputOverride* replay = nullptr, const std::function<void()>& beforeImGui = {});
    // What two fingers did since the last frame (scroll, pinch), for the screens.
    TwoFingers takeGesture() { return touch_.takeGesture(); }
    // Queues a finger event as a touchscreen sends it (SDL's normalised coordinates, turned as
    // the screen is mounted), at window pixel (x, y); pumpEvents() then handles it.
    void pushFinger(std::uint32_t type, long long finger, float x, float y);
    // Whether the window was uncovered, shown or resized since last asked: then it must be
    // drawn again even if the picture is the same.
    bool takeExposed() {
        const bool e = exposed_;
        exposed_ = false;
        return e;
    }
    // Adds fonts to the atlas between frames (`add` adds them): the font texture is made anew.
    void addFonts(const std::function<void()>& add);
    // Ends the frame on the CPU (ImGui::Render): what the frame build time measures.
    void endFrame();
    // Rasterises the ended frame with OpenGL.
    void render(float r, float g, float b);
    // Reads the frame just rendered (call after render(), before present()).
    void savePng(const std::string& path) const;
    void present();
    // The SDL window and its GL context, for the room's window to share textures with.
    SDL_Window* sdl() const { return window_; }
    void* glContext() const { return gl_; }
    void makeCurrent() const;

private:
    Window() = default;
    SDL_Window* window_ = nullptr;
    void* gl_ = nullptr;
    float dpiScale_ = 1.0f;
    bool headless_ = false;
    int heldKey_ = -1;
    bool exposed_ = true;
    unsigned int fontTexture_ = 0;  // the atlas on the GPU, made on the first frame
    TouchInput touch_;
    int rotation_ = 0;
};

// Whether the system asked the program to stop (SIGTERM at shutdown, SIGINT, SIGHUP), which a
// kiosk always obeys, unlike the window's close button. Only a window opened on a display
// listens; headless runs end on those signals as any program does.
bool stopRequested();

// Seconds on a steady clock since SDL started.
double seconds();

// A fingerprint of what the current ImGui context's last frame would draw (vertices, indices,
// draw commands, size): equal fingerprints draw equal pictures, so nothing need be rendered.
std::uint64_t drawDataHash();

// Writes what `window` last rendered (its back buffer, its GL context current) as a PNG.
void saveWindowPng(SDL_Window* window, const std::string& path);

// Loads a PNG into a GL texture; returns 0 when it cannot (the caller then shows no logo).
unsigned int loadTexture(const std::string& path, int& width, int& height);

}  // namespace wk::platform
