#include <catch2/catch.hpp>
#include <array>
#include <vector>

#include "TestUtil.h"
#include "io/Config.h"
#include "export/Png.h"
#include "export/SliderChart.h"
#include "stb_image.h"

using namespace wk;

TEST_CASE("the slider chart PNG shows the medians where they are") {
    const io::KioskConfig config = io::loadConfig(std::string(WK_SOURCE_DIR) + "/kiosk-config/kiosk.toml");
    Session s = test::smallSession();  // one slider: p1 now 30, desired 70
    const std::string png = io::sliderChartPng(s, config, {"Titel", "Nu", "Gewenst", "mediaan", "overgeslagen", ','});
    int w = 0, h = 0, n = 0;
    unsigned char* px = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.data()), static_cast<int>(png.size()), &w, &h, &n, 3);
    REQUIRE(px);
    CHECK(w == 1600);
    // The layout: track from x 60 to 1540, its middle 70 px below the row's top (110 + 10).
    const auto pixel = [&](int x, int y) {
        const unsigned char* p = px + (static_cast<std::size_t>(y) * w + x) * 3;
        return std::array<int, 3>{p[0], p[1], p[2]};
    };
    const int mid = 110 + 10 + 70;
    const auto near = [](std::array<int, 3> a, const io::Rgb& c) {
        return std::abs(a[0] - int(c.r * 255)) < 30 && std::abs(a[1] - int(c.g * 255)) < 30 && std::abs(a[2] - int(c.b * 255)) < 30;
    };
    const int xNow = 60 + static_cast<int>(0.30 * 1480), xDesired = 60 + static_cast<int>(0.70 * 1480);
    CHECK(near(pixel(xNow, mid - 20), config.colours.primary));      // the median-now bar above the ring
    CHECK(near(pixel(xDesired, mid - 20), config.colours.accent));  // the median-desired bar
    CHECK(pixel(60 + 740, mid + 20) == std::array<int, 3>{255, 255, 255});  // empty between
    stbi_image_free(px);
}

TEST_CASE("a chart with nobody placed is still a valid image") {
    const io::KioskConfig config = io::loadConfig(std::string(WK_SOURCE_DIR) + "/kiosk-config/kiosk.toml");
    Session s = test::smallSession();
    s.placements.clear();
    const std::string png = io::sliderChartPng(s, config, {"T", "Nu", "Gewenst", "mediaan", "overgeslagen", ','});
    CHECK(png.substr(1, 3) == "PNG");
}

TEST_CASE("a picture of few colours is a palette PNG, one of many stays RGB, both read back the same") {
    // 24 bytes into a PNG: bit depth, then colour type (2 RGB, 3 palette).
    const auto colourType = [](const std::string& png) { return static_cast<int>(static_cast<unsigned char>(png.at(25))); };
    const auto decode = [](const std::string& png) {
        int w = 0, h = 0, n = 0;
        unsigned char* px = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.data()), static_cast<int>(png.size()), &w, &h, &n, 3);
        REQUIRE(px);
        std::vector<unsigned char> v(px, px + static_cast<std::size_t>(w) * h * 3);
        stbi_image_free(px);
        return v;
    };
    const int w = 64, h = 32;
    std::vector<std::uint8_t> few(static_cast<std::size_t>(w) * h * 3, 255), many = few;
    for (int i = 0; i < w * h; ++i) {
        few[i * 3] = static_cast<std::uint8_t>((i / 7) % 200);  // 200 colours in runs
        many[i * 3] = static_cast<std::uint8_t>(i % 256);       // 2048 colours
        many[i * 3 + 1] = static_cast<std::uint8_t>(i / 256);
    }
    const std::string a = io::encodeFewColoursPng(few.data(), w, h), b = io::encodeFewColoursPng(many.data(), w, h);
    CHECK(colourType(a) == 3);
    CHECK(colourType(b) == 2);
    CHECK(decode(a) == few);
    CHECK(decode(b) == many);

    const io::KioskConfig config = io::loadConfig(std::string(WK_SOURCE_DIR) + "/kiosk-config/kiosk.toml");
    CHECK(colourType(io::sliderChartPng(test::smallSession(), config, {"Titel", "Nu", "Gewenst", "mediaan", "overgeslagen", ','})) == 3);
}
