// A horizontal slider for a finger: the whole track is the target, the marker follows the
// finger, and the value is given back once, on release, so one placement is one edit.
#pragma once
#include <imgui.h>

#include <optional>
#include <string_view>

namespace wk::ui {

// `value` absent draws no marker ("skipped", never 0). Returns the new value on release.
// `label` names the track for replay; its traced rectangle spans exactly 0 to 100.
std::optional<int> touchSlider(std::string_view label, std::optional<int> value, ImU32 colour, bool filled, float width);

}  // namespace wk::ui
