// PNG files by libpng with zlib at its fastest level: a screenshot or a chart is flat colours,
// which that compresses nearly as well as the slowest level, at a fraction of the time.
#pragma once
#include <cstdint>
#include <functional>
#include <string>

namespace wk::io {

// `channels` 3 (RGB) or 4 (RGBA); rows `stride` bytes apart (negative: rows stored bottom-up),
// `pixels` at the top row.
std::string encodePng(const std::uint8_t* pixels, int width, int height, int channels, int stride);
// The same, asking `rowAt(y)` for each row from the top down: a picture read in strips never
// needs all of its pixels in memory at once.
std::string encodePngRows(int width, int height, int channels, const std::function<const std::uint8_t*(int y)>& rowAt);

// Packed RGB rows as an 8-bit palette image when there are at most 256 colours (a third of the
// bytes to compress), else as encodePng does.
std::string encodeFewColoursPng(const std::uint8_t* rgb, int width, int height);

}  // namespace wk::io
