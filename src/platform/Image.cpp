#include <SDL_opengl.h>

#include "platform/Window.h"
#include "stb_image.h"

namespace wk::platform {

unsigned int loadTexture(const std::string& path, int& width, int& height) {
    int channels = 0;
    unsigned char* px = stbi_load(path.c_str(), &width, &height, &channels, 4);
    if (!px) return 0;
    GLuint tex = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, px);
    stbi_image_free(px);
    return tex;
}

}  // namespace wk::platform
