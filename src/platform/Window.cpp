#include "platform/Window.h"

#if defined(__SANITIZE_ADDRESS__)  // GCC
#define WK_HAS_LSAN 1
#elif defined(__has_feature)      // clang
#if __has_feature(address_sanitizer)
#define WK_HAS_LSAN 1
#endif
#endif
#if defined(WK_HAS_LSAN)
#include <sanitizer/lsan_interface.h>
#endif
#ifndef WK_HAS_LSAN
#define WK_HAS_LSAN 0
#endif

#include <SDL.h>
#include <SDL_opengl.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <csignal>
#include <vector>

#include "domain/Text.h"
#include "io/AtomicFile.h"
#include "export/Png.h"
#include "platform/FontTexture.h"

namespace wk::platform {
namespace {

volatile std::sig_atomic_t g_stop = 0;
extern "C" void onStopSignal(int) { g_stop = 1; }

// SDL would turn these signals into the same SDL_QUIT as the close button, which a locked
// kiosk ignores: a shutdown would then wait for SIGKILL. No SA_RESTART: the wait for events
// is interrupted, so the kiosk stops at once.
void listenForStop() {
    struct sigaction sa {};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGTERM, SIGINT, SIGHUP}) sigaction(sig, &sa, nullptr);
}

}  // namespace

bool stopRequested() { return g_stop != 0; }

std::unique_ptr<Window> Window::open(const WindowOptions& o) {
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    // Fingers are read as fingers (TouchInput): no synthetic mouse for the first one, and no
    // touches made up from a mouse.
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    if (o.headless) SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    else listenForStop();
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0)
        throw PlatformError(std::string("no display found (") + SDL_GetError() +
                            "): to render without a screen use --headless, e.g. wijkkiosk --headless --demo --view ideas --screenshot ideas.png");
    const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    if (!o.headless && (driver == "offscreen" || driver == "dummy")) {
        SDL_Quit();
        throw PlatformError("no display found (video driver " + driver + "): to render without a screen use --headless");
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);

    std::unique_ptr<Window> w(new Window());
    w->headless_ = o.headless;
    w->rotation_ = o.touchRotation;
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI;
    int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED, width = o.width, height = o.height;
    SDL_Rect screen{};
    if (!o.headless && o.fullscreen && SDL_GetDisplayBounds(0, &screen) == 0) {
        // Kiosks often run X with no window manager, which ignores a fullscreen request:
        // a borderless window the size of the screen covers it either way.
        x = screen.x, y = screen.y, width = screen.w, height = screen.h;
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
    } else if (!o.headless) {
        flags |= SDL_WINDOW_RESIZABLE;
    }
    w->window_ = SDL_CreateWindow(o.title.c_str(), x, y, width, height, flags);
    if (!w->window_) throw PlatformError(std::string("cannot open a window: ") + SDL_GetError());
    w->gl_ = SDL_GL_CreateContext(w->window_);
    if (!w->gl_) throw PlatformError(std::string("cannot create an OpenGL 3.3 context: ") + SDL_GetError());
    SDL_GL_MakeCurrent(w->window_, w->gl_);
    SDL_GL_SetSwapInterval(o.headless ? 0 : 1);

    float ddpi = 0;
    if (!o.headless && SDL_GetDisplayDPI(SDL_GetWindowDisplayIndex(w->window_), &ddpi, nullptr, nullptr) == 0 && ddpi > 0)
        w->dpiScale_ = std::clamp(ddpi / 96.0f, 1.0f, 3.0f);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // a kiosk keeps no layout state between runs
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    io.ConfigInputTextCursorBlink = false;  // a blinking cursor would keep redrawing
    ImGui_ImplSDL2_InitForOpenGL(w->window_, w->gl_);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    if (!o.headless && o.fullscreen) SDL_ShowCursor(SDL_DISABLE);
    return w;
}

Window::~Window() {
#if WK_HAS_LSAN
    // The leak check runs here, while the GL driver is still loaded: once SDL unloads it, its
    // lifetime allocations lose their owner and would be reported as leaks of unknown origin.
    // What the kiosk itself has not freed by now is reported all the same.
    __lsan_do_leak_check();
#endif
    if (ImGui::GetCurrentContext()) {
        if (fontTexture_) {
            const GLuint tex = fontTexture_;
            glDeleteTextures(1, &tex);
        }
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (gl_) SDL_GL_DeleteContext(gl_);
    if (window_) SDL_DestroyWindow(window_);
    SDL_Quit();
}

double seconds() { return static_cast<double>(SDL_GetTicks64()) / 1000.0; }

void Window::setSize(int w, int h) { SDL_SetWindowSize(window_, w, h); }
void Window::size(int& w, int& h) const { SDL_GetWindowSize(window_, &w, &h); }

void Window::pushFinger(std::uint32_t type, long long finger, float x, float y) {
    int w = 0, h = 0;
    SDL_GetWindowSize(window_, &w, &h);
    touch_.setWindow(SDL_GetWindowID(window_), w, h, rotation_);
    SDL_Event e{};
    e.type = type;
    e.tfinger.timestamp = SDL_GetTicks();
    e.tfinger.touchId = 1;
    e.tfinger.fingerId = finger;
    touch_.fromWindow(x, y, e.tfinger.x, e.tfinger.y);
    e.tfinger.pressure = type == SDL_FINGERUP ? 0.0f : 1.0f;
    e.tfinger.windowID = SDL_GetWindowID(window_);
    SDL_PushEvent(&e);
}

bool Window::pumpEvents(int timeoutMs, bool& quit) {
    SDL_Event e;
    bool any = timeoutMs > 0 ? SDL_WaitEventTimeout(&e, timeoutMs) == 1 : SDL_PollEvent(&e) == 1;
    if (!any) return false;
    int w = 0, h = 0;
    SDL_GetWindowSize(window_, &w, &h);
    touch_.setWindow(SDL_GetWindowID(window_), w, h, rotation_);
    do {
        if (touch_.handle(e)) continue;  // fingers are the kiosk's own, not ImGui's mouse
        if (e.type == SDL_TEXTINPUT) {
            // Typed emoji reach ImGui as private-use stand-ins (see toBmpProxy), not as U+FFFD.
            const std::string proxy = toBmpProxy(e.text.text);
            if (proxy.size() < sizeof e.text.text) std::copy(proxy.c_str(), proxy.c_str() + proxy.size() + 1, e.text.text);
        }
        ImGui_ImplSDL2_ProcessEvent(&e);
        if (e.type == SDL_QUIT) quit = true;
        if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE) quit = true;
        if (e.type == SDL_WINDOWEVENT &&
            (e.window.event == SDL_WINDOWEVENT_EXPOSED || e.window.event == SDL_WINDOWEVENT_SHOWN ||
             e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED || e.window.event == SDL_WINDOWEVENT_RESTORED))
            exposed_ = true;
    } while (SDL_PollEvent(&e) == 1);
    return true;
}

void Window::addFonts(const std::function<void()>& add) {
    add();
    if (fontTexture_) {
        makeCurrent();
        fontTexture_ = uploadFontAtlas(fontTexture_);
    }
}

void Window::newFrame(const InputOverride* replay, const std::function<void()>& beforeImGui) {
    if (!fontTexture_) {  // the fonts are loaded by now
        createDeviceObjectsWithoutFonts();
        fontTexture_ = uploadFontAtlas(0);
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (heldKey_ >= 0) {
        io.KeysDown[io.KeyMap[heldKey_]] = false;
        heldKey_ = -1;
    }
    float tx = 0, ty = 0;
    bool tdown = false;
    if (!replay && touch_.pointer(tx, ty, tdown)) {  // the first finger is the mouse
        io.MousePos = {tx, ty};
        io.MouseDown[0] = tdown;
    }
    if (replay) {
        io.MousePos = {replay->x, replay->y};
        io.MouseDown[0] = replay->down;
        if (!replay->chars.empty()) io.AddInputCharactersUTF8(toBmpProxy(replay->chars).c_str());
        if (replay->key >= 0) {
            io.KeysDown[io.KeyMap[replay->key]] = true;
            heldKey_ = replay->key;
        }
    }
    if (beforeImGui) beforeImGui();
    ImGui::NewFrame();
}

void Window::endFrame() { ImGui::Render(); }

void Window::render(float r, float g, float b) {
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(r, g, b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void Window::savePng(const std::string& path) const { saveWindowPng(window_, path); }

namespace {
// FNV-style mixing, eight bytes at a time: a frame's draw data is a few hundred kilobytes.
std::uint64_t mix(std::uint64_t h, const void* data, std::size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        h = (h ^ w) * 0x100000001B3ull;
        h ^= h >> 29;
    }
    for (; i < n; ++i) h = (h ^ p[i]) * 0x100000001B3ull;
    return h;
}
}  // namespace

std::uint64_t drawDataHash() {
    const ImDrawData* d = ImGui::GetDrawData();
    if (!d || !d->Valid) return 0;
    std::uint64_t h = 0xCBF29CE484222325ull;
    h = mix(h, &d->DisplaySize, sizeof d->DisplaySize);
    for (int n = 0; n < d->CmdListsCount; ++n) {
        const ImDrawList* l = d->CmdLists[n];
        h = mix(h, l->VtxBuffer.Data, static_cast<std::size_t>(l->VtxBuffer.Size) * sizeof(ImDrawVert));
        h = mix(h, l->IdxBuffer.Data, static_cast<std::size_t>(l->IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& c : l->CmdBuffer) {
            h = mix(h, &c.ClipRect, sizeof c.ClipRect);
            h = mix(h, &c.TextureId, sizeof c.TextureId);
            h = mix(h, &c.ElemCount, sizeof c.ElemCount);
            h = mix(h, &c.IdxOffset, sizeof c.IdxOffset);
            h = mix(h, &c.VtxOffset, sizeof c.VtxOffset);
        }
    }
    return h;
}
void Window::makeCurrent() const { SDL_GL_MakeCurrent(window_, gl_); }

void saveWindowPng(SDL_Window* window, const std::string& path) {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(window, &w, &h);
    // RGB: the screen is opaque, and a quarter fewer bytes to compress. Read back in strips of
    // rows as the encoder asks for them: a quarter of a megabyte in memory, not six (fresh
    // memory is paid a page at a time, and this kiosk may run in a virtual machine).
    const std::ptrdiff_t row = static_cast<std::ptrdiff_t>(w) * 3;
    constexpr int kStrip = 48;
    std::vector<unsigned char> strip(static_cast<std::size_t>(row) * kStrip);
    int stripTop = -1, stripRows = 0;  // image rows (top-down) the strip holds
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    const auto rowAt = [&](int y) -> const std::uint8_t* {
        if (stripTop < 0 || y >= stripTop + stripRows) {
            stripTop = y;
            stripRows = std::min(kStrip, h - y);
            // GL counts rows from the bottom: the strip's lowest row is the image's row y + n - 1.
            glReadPixels(0, h - y - stripRows, w, stripRows, GL_RGB, GL_UNSIGNED_BYTE, strip.data());
        }
        return strip.data() + (stripRows - 1 - (y - stripTop)) * row;
    };
    try {
        io::writeFileAtomically(path, io::encodePngRows(w, h, 3, rowAt));
    } catch (const std::exception& e) {
        throw PlatformError("cannot write the screenshot " + path + ": " + e.what());
    }
}

void Window::present() {
    SDL_GL_SwapWindow(window_);
    // Offscreen there is no vsync to pace frames: without waiting, Mesa keeps every queued
    // frame's buffers alive and memory grows by about a megabyte a frame.
    if (headless_) glFinish();
}

}  // namespace wk::platform
