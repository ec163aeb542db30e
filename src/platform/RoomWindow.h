// The room's window: a second full-screen window on another display (a projector), with its own
// Dear ImGui context that shares the console's font atlas, and an OpenGL context that shares the
// console's textures (logo, map, fonts). It takes no input. Headless, it is a second offscreen
// window, so scripts can read and photograph the room's picture too.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

struct SDL_Window;
struct ImGuiContext;

namespace wk::platform {

class Window;

class RoomWindow {
public:
    // Opens on display `display` (0 is the first), full screen; headless at width x height.
    // Throws PlatformError when there is no such display or no window can be opened.
    static std::unique_ptr<RoomWindow> open(Window& console, int display, int width, int height);
    ~RoomWindow();

    void size(int& w, int& h) const;
    // Builds one frame of the room's picture in the room's ImGui context; `draw` draws it.
    // The console's ImGui context is current again afterwards.
    void build(const std::function<void()>& draw);
    // Rasterises the frame last built and shows it.
    void render(float r, float g, float b);
    // The fingerprint of the frame last built (see drawDataHash).
    std::uint64_t lastHash() const { return hash_; }
    // Draws the frame last built again and writes it as a PNG.
    void savePng(const std::string& path, float r, float g, float b);

private:
    RoomWindow() = default;
    Window* console_ = nullptr;
    SDL_Window* window_ = nullptr;
    void* gl_ = nullptr;
    ImGuiContext* imgui_ = nullptr;
    bool headless_ = false;
    double lastTime_ = 0;
    std::uint64_t hash_ = 0;
};

// How many displays there are (0 when none can be asked), and how tall display `n` is (0 when
// there is no such display).
int displayCount();
int displayHeight(int n);

}  // namespace wk::platform
