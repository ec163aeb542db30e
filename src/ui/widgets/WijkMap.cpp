#include "ui/widgets/WijkMap.h"

#include <algorithm>
#include <string>

#include "ui/I18n.h"
#include "ui/Theme.h"
#include "ui/widgets/Gesture.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

namespace {
// The part of the map in view keeps inside the map.
void clampView(MapView& v) {
    v.zoom = std::clamp(v.zoom, 1.0f, 6.0f);
    const double half = 0.5 / v.zoom;
    v.cx = std::clamp(v.cx, half, 1.0 - half);
    v.cy = std::clamp(v.cy, half, 1.0 - half);
}
}  // namespace

std::optional<MapPin> wijkMap(std::string_view label, ImTextureID map, float aspect, float width, const std::vector<MapMark>& marks,
                              MapView* view) {
    const float height = width / std::max(aspect, 0.1f);
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const ImVec2 end{o.x + width, o.y + height};
    ImGui::InvisibleButton(("##map" + std::string(label)).c_str(), {width, height});
    const bool tapped = ImGui::IsItemClicked();
    traceAdd(label, o, end, true);
    // Two fingers on the map zoom it (spread, pinch) and move it; the page does not scroll.
    MapView whole;
    MapView& v = view ? *view : whole;
    const Gesture& g = gesture();
    if (view && g.active && g.centre.x >= o.x && g.centre.x <= end.x && g.centre.y >= o.y && g.centre.y <= end.y) {
        takeGesture();
        v.cx -= g.pan.x / width / v.zoom;
        v.cy -= g.pan.y / height / v.zoom;
        v.zoom *= g.zoom;
        clampView(v);
    }
    const double half = 0.5 / v.zoom;
    const ImVec2 uv0{static_cast<float>(v.cx - half), static_cast<float>(v.cy - half)};
    const ImVec2 uv1{static_cast<float>(v.cx + half), static_cast<float>(v.cy + half)};
    const auto toScreen = [&](const MapPin& at) {
        return ImVec2{o.x + static_cast<float>((at.x - uv0.x) / (uv1.x - uv0.x)) * width,
                      o.y + static_cast<float>((at.y - uv0.y) / (uv1.y - uv0.y)) * height};
    };
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(o, end, true);
    dl->AddImageRounded(map, o, end, uv0, uv1, IM_COL32_WHITE, em() * 0.3f);
    for (const auto& m : marks) {
        // A pin: a dot on a short stem, with a white edge so it reads on any map colour.
        const ImVec2 tip = toScreen(m.at);
        const float r = em() * (m.large ? 0.55f : 0.4f);
        const ImVec2 head{tip.x, tip.y - r * 1.6f};
        dl->AddLine(head, tip, IM_COL32(40, 40, 40, 255), 3);
        dl->AddCircleFilled(head, r + 3, IM_COL32_WHITE);
        dl->AddCircleFilled(head, r, m.colour);
    }
    dl->PopClipRect();
    dl->AddRect(o, end, palette().cardBorder, em() * 0.3f, 0, 2);
    if (view && v.zoom > 1.01f) {
        // Zoomed in: say how far, and offer the whole map back in one tap.
        text(trf("map.zoom", std::to_string(static_cast<int>(v.zoom * 100 + 0.5f)) + "%"), palette().muted, -1);
        ImGui::SameLine(0, em());
        if (button(tr("map.whole"), {0, em() * 2.2f}, Tone::Secondary, std::string("whole") + std::string(label))) *view = {};
    }
    if (!tapped) return std::nullopt;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float fx = std::clamp((mouse.x - o.x) / width, 0.0f, 1.0f), fy = std::clamp((mouse.y - o.y) / height, 0.0f, 1.0f);
    return MapPin{uv0.x + fx * (uv1.x - uv0.x), uv0.y + fy * (uv1.y - uv0.y)};
}

}  // namespace wk::ui
