#pragma once

// The font atlas on the GPU, made by the kiosk instead of ImGui's OpenGL back-end (platform
// internal; the current ImGui context and GL context are the ones meant).
namespace wk::platform {

// The back-end's shaders and buffers, without the RGBA font texture it would make with them.
void createDeviceObjectsWithoutFonts();

// Uploads the current atlas (built now if it is not) as one byte a pixel read as white with
// that alpha: a quarter of the back-end's RGBA texture and no conversion to RGBA. Deletes
// `previous`, frees the atlas's pixels in memory, returns the texture.
unsigned int uploadFontAtlas(unsigned int previous);

}  // namespace wk::platform
