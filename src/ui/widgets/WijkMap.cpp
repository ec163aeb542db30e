#include "ui/widgets/WijkMap.h"

#include <algorithm>
#include <string>

#include "ui/Theme.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

std::optional<MapPin> wijkMap(std::string_view label, ImTextureID map, float aspect, float width, const std::vector<MapMark>& marks) {
    const float height = width / std::max(aspect, 0.1f);
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const ImVec2 end{o.x + width, o.y + height};
    ImGui::InvisibleButton(("##map" + std::string(label)).c_str(), {width, height});
    const bool tapped = ImGui::IsItemClicked();
    traceAdd(label, o, end, true);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddImageRounded(map, o, end, {0, 0}, {1, 1}, IM_COL32_WHITE, em() * 0.3f);
    dl->AddRect(o, end, palette().cardBorder, em() * 0.3f, 0, 2);
    for (const auto& m : marks) {
        // A pin: a dot on a short stem, with a white edge so it reads on any map colour.
        const ImVec2 tip{o.x + static_cast<float>(m.at.x) * width, o.y + static_cast<float>(m.at.y) * height};
        const float r = em() * (m.large ? 0.55f : 0.4f);
        const ImVec2 head{tip.x, tip.y - r * 1.6f};
        dl->AddLine(head, tip, IM_COL32(40, 40, 40, 255), 3);
        dl->AddCircleFilled(head, r + 3, IM_COL32_WHITE);
        dl->AddCircleFilled(head, r, m.colour);
    }
    if (!tapped) return std::nullopt;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    return MapPin{std::clamp((mouse.x - o.x) / width, 0.0f, 1.0f), std::clamp((mouse.y - o.y) / height, 0.0f, 1.0f)};
}

}  // namespace wk::ui
