// A drawing as shapes in pixel units, made once and drawn twice: rasterised into a PNG for the
// screen, HTML and ODT, and drawn as vector graphics in the PDF, so its lines and words stay
// sharp on paper.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace wk::io {

struct Colour {
    std::uint8_t r = 0, g = 0, b = 0;
};

struct Shape {
    enum class Kind { Rect, Disc, Ring, Triangle, Text };
    Kind kind = Kind::Rect;
    // Rect: x0 y0 x1 y1. Disc: cx cy r. Ring: cx cy r inner. Triangle: ax ay bx by cx cy.
    // Text: left, top and the pixel height of the font.
    float v[6] = {0, 0, 0, 0, 0, 0};
    Colour colour;
    std::string text;
    bool bold = false;
};

struct Picture {
    int width = 0, height = 0;
    std::vector<Shape> shapes;  // in drawing order

    void rect(float x0, float y0, float x1, float y1, Colour c) { shapes.push_back({Shape::Kind::Rect, {x0, y0, x1, y1, 0, 0}, c, {}, false}); }
    void disc(float cx, float cy, float r, Colour c) { shapes.push_back({Shape::Kind::Disc, {cx, cy, r, 0, 0, 0}, c, {}, false}); }
    void ring(float cx, float cy, float r, float inner, Colour c) { shapes.push_back({Shape::Kind::Ring, {cx, cy, r, inner, 0, 0}, c, {}, false}); }
    void triangle(float ax, float ay, float bx, float by, float cx, float cy, Colour c) {
        shapes.push_back({Shape::Kind::Triangle, {ax, ay, bx, by, cx, cy}, c, {}, false});
    }
    void text(float x, float top, float px, const std::string& t, Colour c, bool bold = false) {
        shapes.push_back({Shape::Kind::Text, {x, top, px, 0, 0, 0}, c, t, bold});
    }
};

}  // namespace wk::io
