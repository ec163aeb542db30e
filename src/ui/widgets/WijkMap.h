// The wijk's map with pins on it: tap to place an idea, or tap a pin to read it.
#pragma once
#include <imgui.h>

#include <optional>
#include <string_view>
#include <vector>

#include "domain/Types.h"

namespace wk::ui {

struct MapMark {
    MapPin at;
    ImU32 colour;
    bool large = false;  // the new or selected one
};

// How far the map is zoomed in (1: the whole map), and the point of it in the middle.
struct MapView {
    float zoom = 1;
    double cx = 0.5, cy = 0.5;
};

// Draws the map `width` wide (its height follows the image); `label` is what replay taps.
// Returns where it was tapped, as fractions of the whole map, if it was. With a `view`, two
// fingers zoom and move it, and a zoomed map offers "Hele kaart".
std::optional<MapPin> wijkMap(std::string_view label, ImTextureID map, float aspect, float width, const std::vector<MapMark>& marks,
                              MapView* view = nullptr);

}  // namespace wk::ui
