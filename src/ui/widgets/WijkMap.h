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

// Draws the map `width` wide (its height follows the image); `label` is what replay taps.
// Returns where it was tapped, as fractions of the map, if it was.
std::optional<MapPin> wijkMap(std::string_view label, ImTextureID map, float aspect, float width, const std::vector<MapMark>& marks);

}  // namespace wk::ui
