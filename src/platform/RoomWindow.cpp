#include "platform/RoomWindow.h"

#include <SDL.h>
#include <SDL_opengl.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "platform/FontTexture.h"
#include "platform/Window.h"

namespace wk::platform {

int displayCount() {
    const int n = SDL_GetNumVideoDisplays();
    return n < 0 ? 0 : n;
}

int displayHeight(int n) {
    SDL_Rect bounds{};
    if (n < 0 || n >= displayCount() || SDL_GetDisplayBounds(n, &bounds) != 0) return 0;
    return bounds.h;
}

std::unique_ptr<RoomWindow> RoomWindow::open(Window& console, int display, int width, int height) {
    std::unique_ptr<RoomWindow> r(new RoomWindow());
    r->console_ = &console;
    r->headless_ = console.headless();
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI;
    int x = SDL_WINDOWPOS_UNDEFINED, y = SDL_WINDOWPOS_UNDEFINED;
    if (!r->headless_) {
        SDL_Rect bounds{};
        if (display < 0 || display >= displayCount() || SDL_GetDisplayBounds(display, &bounds) != 0)
            throw PlatformError("the room's display " + std::to_string(display) + " is not there (" + std::to_string(displayCount()) +
                                " display(s) found; the first is 0)");
        // Like the console: a borderless window the size of that display, which works with no
        // window manager too.
        x = bounds.x, y = bounds.y, width = bounds.w, height = bounds.h;
        flags |= SDL_WINDOW_BORDERLESS | SDL_WINDOW_FULLSCREEN_DESKTOP;
    }
    // The room's GL context shares the console's textures: the font atlas, the logo, the map.
    console.makeCurrent();
    SDL_GL_SetAttribute(SDL_GL_SHARE_WITH_CURRENT_CONTEXT, 1);
    r->window_ = SDL_CreateWindow("wijkkiosk zaal", x, y, width, height, flags);
    if (!r->window_) throw PlatformError(std::string("cannot open the room's window: ") + SDL_GetError());
    r->gl_ = SDL_GL_CreateContext(r->window_);
    SDL_GL_SetAttribute(SDL_GL_SHARE_WITH_CURRENT_CONTEXT, 0);
    if (!r->gl_) throw PlatformError(std::string("cannot create the room's OpenGL context: ") + SDL_GetError());
    SDL_GL_MakeCurrent(r->window_, r->gl_);
    SDL_GL_SetSwapInterval(r->headless_ ? 0 : 1);

    ImGuiContext* consoleCtx = ImGui::GetCurrentContext();
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    const ImGuiStyle style = ImGui::GetStyle();  // the huisstijl, as the console has it
    r->imgui_ = ImGui::CreateContext(atlas);      // the console's fonts, one atlas
    ImGui::SetCurrentContext(r->imgui_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    ImGui::GetStyle() = style;
    ImGui_ImplOpenGL3_Init("#version 330 core");
    createDeviceObjectsWithoutFonts();  // it draws with the console's font texture (shared contexts)
    ImGui::SetCurrentContext(consoleCtx);
    console.makeCurrent();
    if (!r->headless_) SDL_ShowCursor(SDL_DISABLE);
    return r;
}

RoomWindow::~RoomWindow() {
    if (imgui_) {
        ImGuiContext* consoleCtx = ImGui::GetCurrentContext();
        SDL_GL_MakeCurrent(window_, gl_);
        ImGui::SetCurrentContext(imgui_);
        ImGui_ImplOpenGL3_Shutdown();
        ImGui::DestroyContext(imgui_);
        ImGui::SetCurrentContext(consoleCtx);
    }
    if (gl_) SDL_GL_DeleteContext(gl_);
    if (window_) SDL_DestroyWindow(window_);
    if (console_) console_->makeCurrent();
}

void RoomWindow::size(int& w, int& h) const { SDL_GetWindowSize(window_, &w, &h); }

void RoomWindow::build(const std::function<void()>& draw) {
    ImGuiContext* consoleCtx = ImGui::GetCurrentContext();
    SDL_GL_MakeCurrent(window_, gl_);
    ImGui::SetCurrentContext(imgui_);
    ImGuiIO& io = ImGui::GetIO();
    int w = 0, h = 0, dw = 0, dh = 0;
    SDL_GetWindowSize(window_, &w, &h);
    SDL_GL_GetDrawableSize(window_, &dw, &dh);
    io.DisplaySize = {static_cast<float>(w), static_cast<float>(h)};
    if (w > 0 && h > 0) io.DisplayFramebufferScale = {static_cast<float>(dw) / w, static_cast<float>(dh) / h};
    const double now = static_cast<double>(SDL_GetPerformanceCounter()) / static_cast<double>(SDL_GetPerformanceFrequency());
    io.DeltaTime = lastTime_ > 0 && now > lastTime_ ? static_cast<float>(now - lastTime_) : 1.0f / 60.0f;
    lastTime_ = now;
    // No input reaches the room: a touch on it does nothing.
    io.MousePos = {-FLT_MAX, -FLT_MAX};
    for (bool& b : io.MouseDown) b = false;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    draw();
    ImGui::Render();
    hash_ = drawDataHash();
    ImGui::SetCurrentContext(consoleCtx);
    console_->makeCurrent();
}

void RoomWindow::render(float r, float g, float b) {
    ImGuiContext* consoleCtx = ImGui::GetCurrentContext();
    SDL_GL_MakeCurrent(window_, gl_);
    ImGui::SetCurrentContext(imgui_);
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(r, g, b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(window_);
    if (headless_) glFinish();  // as the console: no vsync to pace frames offscreen
    ImGui::SetCurrentContext(consoleCtx);
    console_->makeCurrent();
}

void RoomWindow::savePng(const std::string& path, float r, float g, float b) {
    // Drawn again into the back buffer and read from there, before any swap.
    SDL_GL_MakeCurrent(window_, gl_);
    ImGuiContext* consoleCtx = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(imgui_);
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(r, g, b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    saveWindowPng(window_, path);
    ImGui::SetCurrentContext(consoleCtx);
    console_->makeCurrent();
}

}  // namespace wk::platform
