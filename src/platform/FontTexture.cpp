#include "platform/FontTexture.h"

#include <SDL_opengl.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstdint>

namespace wk::platform {

void createDeviceObjectsWithoutFonts() {
    // The back-end makes its font texture from whatever atlas the context has: an empty one
    // here (ImGui's small default font), deleted at once. With no texture of its own left, it
    // never touches ours, and its NewFrame only checks for its shaders.
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas* const atlas = io.Fonts;
    ImFontAtlas empty;
    io.Fonts = &empty;
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    io.Fonts = atlas;
}

unsigned int uploadFontAtlas(unsigned int previous) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    atlas->GetTexDataAsAlpha8(&px, &w, &h);
    GLuint tex = previous;
    if (previous) glDeleteTextures(1, &tex);
    glGenTextures(1, &tex);
    GLint lastTexture = 0, lastAlignment = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &lastTexture);
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &lastAlignment);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    const GLint whiteWithAlpha[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, whiteWithAlpha);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);  // rows of any width
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, px);
    glPixelStorei(GL_UNPACK_ALIGNMENT, lastAlignment);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(lastTexture));
    atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(tex)));
    // On the GPU now; fonts added later rebuild the pixels anyway.
    atlas->ClearTexData();
    return tex;
}

}  // namespace wk::platform
