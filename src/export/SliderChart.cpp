#include "export/SliderChart.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "domain/Rules.h"
#include "domain/Text.h"
#include "io/AtomicFile.h"
#include "export/Png.h"
#include "stb_truetype.h"

namespace wk::io {
namespace {

Colour of(const Rgb& c) {
    const auto u = [](float v) { return static_cast<std::uint8_t>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
    return {u(c.r), u(c.g), u(c.b)};
}

class Canvas {
public:
    Canvas(int w, int h) : w_(w), h_(h), px_(static_cast<std::size_t>(w) * h * 3, 255) {}

    void blend(int x, int y, Colour c, float a) {
        if (x < 0 || y < 0 || x >= w_ || y >= h_ || a <= 0) return;
        std::uint8_t* p = &px_[(static_cast<std::size_t>(y) * w_ + x) * 3];
        // Sixteen steps of coverage look the same on paper and keep the chart within a
        // palette's 256 colours.
        a = std::round(std::min(a, 1.0f) * 16.0f) / 16.0f;
        if (a <= 0) return;
        p[0] = static_cast<std::uint8_t>(p[0] + (c.r - p[0]) * a);
        p[1] = static_cast<std::uint8_t>(p[1] + (c.g - p[1]) * a);
        p[2] = static_cast<std::uint8_t>(p[2] + (c.b - p[2]) * a);
    }
    void rect(float x0, float y0, float x1, float y1, Colour c) {
        for (int y = static_cast<int>(y0); y < static_cast<int>(std::ceil(y1)); ++y)
            for (int x = static_cast<int>(x0); x < static_cast<int>(std::ceil(x1)); ++x) blend(x, y, c, 1);
    }
    // A disc, or a ring when `inner` > 0; edges antialiased over one pixel.
    void disc(float cx, float cy, float r, Colour c, float inner = 0) {
        for (int y = static_cast<int>(cy - r - 1); y <= static_cast<int>(cy + r + 1); ++y)
            for (int x = static_cast<int>(cx - r - 1); x <= static_cast<int>(cx + r + 1); ++x) {
                const float d = std::hypot(x + 0.5f - cx, y + 0.5f - cy);
                float a = std::clamp(r - d + 0.5f, 0.0f, 1.0f);
                if (inner > 0) a = std::min(a, std::clamp(d - inner + 0.5f, 0.0f, 1.0f));
                blend(x, y, c, a);
            }
    }
    void triangle(float ax, float ay, float bx, float by, float cx, float cy, Colour c) {
        const float x0 = std::min({ax, bx, cx}), x1 = std::max({ax, bx, cx});
        const float y0 = std::min({ay, by, cy}), y1 = std::max({ay, by, cy});
        const auto edge = [](float px, float py, float qx, float qy, float x, float y) { return (qx - px) * (y - py) - (qy - py) * (x - px); };
        for (int y = static_cast<int>(y0); y <= static_cast<int>(y1); ++y)
            for (int x = static_cast<int>(x0); x <= static_cast<int>(x1); ++x) {
                const float e0 = edge(ax, ay, bx, by, x + 0.5f, y + 0.5f), e1 = edge(bx, by, cx, cy, x + 0.5f, y + 0.5f),
                            e2 = edge(cx, cy, ax, ay, x + 0.5f, y + 0.5f);
                if ((e0 >= 0 && e1 >= 0 && e2 >= 0) || (e0 <= 0 && e1 <= 0 && e2 <= 0)) blend(x, y, c, 1);
            }
    }
    std::string png() const { return encodeFewColoursPng(px_.data(), w_, h_); }

private:
    int w_, h_;
    std::vector<std::uint8_t> px_;
};

class Font {
public:
    explicit Font(const std::string& file) : data_(readFile(file)) {
        if (!stbtt_InitFont(&info_, reinterpret_cast<const unsigned char*>(data_.data()), 0))
            throw IoError("cannot use the font " + file + " for the chart");
    }
    float width(float px, const std::string& text) {
        const float scale = stbtt_ScaleForPixelHeight(&info_, px);
        float w = 0;
        for (char32_t cp : codepoints(text)) {
            int advance = 0, bearing = 0;
            stbtt_GetCodepointHMetrics(&info_, static_cast<int>(cp), &advance, &bearing);
            w += advance * scale;
        }
        return w;
    }
    // Draws `text` with its top-left at (x, y); returns the width drawn.
    float draw(Canvas& c, float x, float y, float px, const std::string& text, Colour colour) {
        const float scale = stbtt_ScaleForPixelHeight(&info_, px);
        int ascent = 0, descent = 0, gap = 0;
        stbtt_GetFontVMetrics(&info_, &ascent, &descent, &gap);
        const float baseline = y + ascent * scale;
        float pen = x;
        for (char32_t cp : codepoints(text)) {
            int advance = 0, bearing = 0, w = 0, h = 0, xo = 0, yo = 0;
            stbtt_GetCodepointHMetrics(&info_, static_cast<int>(cp), &advance, &bearing);
            unsigned char* bmp = stbtt_GetCodepointBitmap(&info_, scale, scale, static_cast<int>(cp), &w, &h, &xo, &yo);
            for (int j = 0; j < h; ++j)
                for (int i = 0; i < w; ++i)
                    c.blend(static_cast<int>(pen) + xo + i, static_cast<int>(baseline) + yo + j, colour, bmp[j * w + i] / 255.0f);
            stbtt_FreeBitmap(bmp, nullptr);
            pen += advance * scale;
        }
        return pen - x;
    }

private:
    std::string data_;
    stbtt_fontinfo info_{};
};

}  // namespace

Picture sliderChart(const Session& s, const KioskConfig& config, const ChartWords& words, int width) {
    constexpr int kTop = 110, kRow = 150, kMargin = 50;
    Picture c;
    c.width = width;
    c.height = kTop + kRow * static_cast<int>(std::max<std::size_t>(1, s.sliders.size())) + 20;
    Font regular(config.font);
    const Colour ink = of(config.colours.text), primary = of(config.colours.primary), accent = of(config.colours.accent);
    const Colour muted{150, 150, 150}, track{215, 215, 220};

    c.text(kMargin, 24, 36, words.title, ink, true);
    float lx = kMargin;
    c.ring(lx + 10, 90, 9, 6, primary);
    c.text(lx + 26, 78, 22, words.now, ink);
    lx += 26 + regular.width(22, words.now) + 30;
    c.disc(lx + 10, 90, 9, accent);
    c.text(lx + 26, 78, 22, words.desired, ink);

    const float x0 = kMargin + 10, x1 = static_cast<float>(width) - kMargin - 10;
    const auto at = [&](double v) { return x0 + static_cast<float>(v / 100.0) * (x1 - x0); };
    int row = 0;
    for (const auto& sl : s.sliders) {
        const float top = kTop + static_cast<float>(row++) * kRow + 10;
        const SliderStats st = sliderStats(s, sl.key);
        c.text(kMargin, top, 26, sl.label, ink, true);
        const float mid = top + 70;
        c.rect(x0, mid - 4, x1, mid + 4, track);
        for (int t = 0; t <= 100; t += 25) c.rect(at(t) - 1, mid - 12, at(t) + 1, mid + 12, track);
        if (medianShifts(st)) {
            const float a = at(*st.medianNow), b = at(*st.medianDesired), y = mid - 30, dir = b > a ? 1.0f : -1.0f;
            c.rect(std::min(a, b - dir * 12), y - 2, std::max(a, b - dir * 12), y + 2, ink);
            c.triangle(b, y, b - dir * 14, y - 8, b - dir * 14, y + 8, ink);
        }
        for (const auto& p : s.placements) {
            if (p.slider != sl.key) continue;
            if (p.desired) c.disc(at(*p.desired), mid, 10, accent);
            if (p.now) c.ring(at(*p.now), mid, 11, 7.5f, primary);
        }
        if (st.medianNow) c.rect(at(*st.medianNow) - 2.5f, mid - 24, at(*st.medianNow) + 2.5f, mid + 24, primary);
        if (st.medianDesired) c.rect(at(*st.medianDesired) - 2.5f, mid - 24, at(*st.medianDesired) + 2.5f, mid + 24, accent);
        std::string line;
        if (st.medianNow) line += words.now + ": " + words.median + " " + formatDecimal(*st.medianNow, words.decimalMark);
        if (st.medianDesired) line += (line.empty() ? "" : "   ·   ") + words.desired + ": " + words.median + " " + formatDecimal(*st.medianDesired, words.decimalMark);
        if (st.skipped) line += (line.empty() ? "" : "   ·   ") + std::to_string(st.skipped) + " " + words.skipped;
        c.text(kMargin, mid + 32, 22, line, line.empty() ? muted : ink);
    }
    return c;
}

std::string pictureToPng(const Picture& p, const KioskConfig& config) {
    Canvas c(p.width, p.height);
    Font regular(config.font), bold(config.fontBold);
    for (const Shape& s : p.shapes) {
        const float* v = s.v;
        switch (s.kind) {
            case Shape::Kind::Rect: c.rect(v[0], v[1], v[2], v[3], s.colour); break;
            case Shape::Kind::Disc: c.disc(v[0], v[1], v[2], s.colour); break;
            case Shape::Kind::Ring: c.disc(v[0], v[1], v[2], s.colour, v[3]); break;
            case Shape::Kind::Triangle: c.triangle(v[0], v[1], v[2], v[3], v[4], v[5], s.colour); break;
            case Shape::Kind::Text: (s.bold ? bold : regular).draw(c, v[0], v[1], v[2], s.text, s.colour); break;
        }
    }
    return c.png();
}

std::string sliderChartPng(const Session& s, const KioskConfig& config, const ChartWords& words) {
    return pictureToPng(sliderChart(s, config, words), config);
}

}  // namespace wk::io
