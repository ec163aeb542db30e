#include "ui/widgets/TouchSlider.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/Theme.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

std::optional<int> touchSlider(std::string_view label, std::optional<int> value, ImU32 colour, bool filled, float width) {
    const Palette& p = palette();
    const float h = em() * 2.4f;
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float x0 = o.x + em() * 0.8f, x1 = o.x + width - em() * 0.8f;
    ImGui::PushID(label.data(), label.data() + label.size());
    ImGui::InvisibleButton("##track", {width, h});
    const bool active = ImGui::IsItemActive();
    const bool released = ImGui::IsItemDeactivated();
    ImGui::PopID();
    traceAdd(label, {x0, o.y}, {x1, o.y + h}, true);
    const auto valueAt = [&](float x) { return static_cast<int>(std::lround(std::clamp((x - x0) / (x1 - x0), 0.0f, 1.0f) * 100.0f)); };
    const float mx = ImGui::GetIO().MousePos.x;
    std::optional<int> shown = value;
    if (active) shown = valueAt(mx);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float mid = o.y + h * 0.5f;
    dl->AddRectFilled({x0, mid - em() * 0.2f}, {x1, mid + em() * 0.2f}, p.cardBorder, em() * 0.2f);
    for (int t = 0; t <= 100; t += 25) {
        const float x = x0 + (x1 - x0) * t / 100.0f;
        dl->AddLine({x, mid - em() * 0.5f}, {x, mid + em() * 0.5f}, p.cardBorder, 2);
    }
    if (shown) {
        const float x = x0 + (x1 - x0) * static_cast<float>(*shown) / 100.0f;
        const float r = em() * (active ? 0.75f : 0.6f);  // grows under the finger: a clear pressed state
        if (filled) dl->AddCircleFilled({x, mid}, r, colour);
        else {
            dl->AddCircleFilled({x, mid}, r, p.card);
            dl->AddCircle({x, mid}, r, colour, 0, em() * 0.18f);
        }
        const std::string number = std::to_string(*shown);
        const ImVec2 ts = ImGui::CalcTextSize(number.c_str());
        dl->AddText({x - ts.x * 0.5f, o.y - ts.y * 0.35f}, p.text, number.c_str());
    }
    // Only a finger lifted from the track sets a value; a drag taken over by scrolling does not.
    if (released && ImGui::IsMouseReleased(ImGuiMouseButton_Left) && ImGui::GetIO().MousePos.x > -FLT_MAX / 2)
        return valueAt(mx);
    return std::nullopt;
}

}  // namespace wk::ui
