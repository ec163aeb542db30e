#include "export/Png.h"

#include <png.h>
#include <zlib.h>

#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace wk::io {
namespace {

// One PNG: `colourType` and `palette` (for PNG_COLOR_TYPE_PALETTE) say what the rows hold.
std::string writePng(const std::function<const std::uint8_t*(int y)>& rowAt, int width, int height, int colourType,
                     const std::vector<png_color>& palette) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_write_struct(&png, &info);
        throw std::runtime_error("cannot make a PNG (out of memory)");
    }
    std::string out;
    out.reserve(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) / 8);  // a screen compresses to about this
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        throw std::runtime_error("cannot make a PNG");
    }
    png_set_write_fn(
        png, &out,
        [](png_structp p, png_bytep data, png_size_t n) {
            static_cast<std::string*>(png_get_io_ptr(p))->append(reinterpret_cast<const char*>(data), n);
        },
        [](png_structp) {});
    png_set_compression_level(png, Z_BEST_SPEED);
    png_set_compression_strategy(png, Z_RLE);  // runs of one colour: what a screen is made of
    // One filter for every row: trying all five costs more than it saves on flat colours
    // (and palette indices are not numbers to take differences of).
    png_set_filter(png, PNG_FILTER_TYPE_BASE, colourType == PNG_COLOR_TYPE_PALETTE ? PNG_FILTER_NONE : PNG_FILTER_SUB);
    png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8, colourType,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (colourType == PNG_COLOR_TYPE_PALETTE)
        png_set_PLTE(png, info, palette.data(), static_cast<int>(palette.size()));
    png_write_info(png, info);
    for (int y = 0; y < height; ++y) png_write_row(png, rowAt(y));
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}

}  // namespace

std::string encodePng(const std::uint8_t* pixels, int width, int height, int channels, int stride) {
    return encodePngRows(width, height, channels, [&](int y) { return pixels + static_cast<std::ptrdiff_t>(y) * stride; });
}

std::string encodePngRows(int width, int height, int channels, const std::function<const std::uint8_t*(int y)>& rowAt) {
    return writePng(rowAt, width, height, channels == 4 ? PNG_COLOR_TYPE_RGBA : PNG_COLOR_TYPE_RGB, {});
}

std::string encodeFewColoursPng(const std::uint8_t* rgb, int width, int height) {
    std::vector<std::uint8_t> index(static_cast<std::size_t>(width) * height);
    std::vector<png_color> palette;
    std::unordered_map<std::uint32_t, std::uint8_t> seen;
    std::uint32_t last = 0xFFFFFFFF;
    std::uint8_t lastIndex = 0;
    for (std::size_t i = 0; i < index.size(); ++i) {
        const std::uint8_t* p = rgb + i * 3;
        const std::uint32_t key = static_cast<std::uint32_t>(p[0]) << 16 | static_cast<std::uint32_t>(p[1]) << 8 | p[2];
        if (key != last) {  // most pixels repeat the one before: one comparison for them
            auto it = seen.find(key);
            if (it == seen.end()) {
                if (palette.size() == 256) return encodePng(rgb, width, height, 3, width * 3);
                it = seen.emplace(key, static_cast<std::uint8_t>(palette.size())).first;
                palette.push_back({p[0], p[1], p[2]});
            }
            last = key;
            lastIndex = it->second;
        }
        index[i] = lastIndex;
    }
    return writePng([&](int y) { return index.data() + static_cast<std::ptrdiff_t>(y) * width; }, width, height, PNG_COLOR_TYPE_PALETTE,
                    palette);
}

}  // namespace wk::io
