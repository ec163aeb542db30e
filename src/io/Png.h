// PNG files by libpng with zlib at its fastest level: a screenshot or a chart is flat colours,
// which that compresses nearly as well as the slowest level, at a fraction of the time.
#pragma once
#include <cstdint>
#include <string>

namespace wk::io {

// `channels` 3 (RGB) or 4 (RGBA); rows `stride` bytes apart, top row first.
std::string encodePng(const std::uint8_t* pixels, int width, int height, int channels, int stride);

}  // namespace wk::io
