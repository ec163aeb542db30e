#include "ui/widgets/DatePicker.h"

#include <imgui.h>


#include "domain/Text.h"
#include "ui/I18n.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
bool datePicker(std::string_view id, std::string& date, const std::string& fallback) {
    const std::string start = isIsoDate(date) ? date : fallback;
    std::string next = start;
    ImGui::PushID(id.data(), id.data() + id.size());
    // The date first, large, then a − and + per part, each a full finger wide.
    textIn(nullptr, isIsoDate(date) ? dateWords(date, true) : std::string(tr("date.none")), 0, -1);
    const struct { const char* key; int d, m, y; } parts[] = {{"date.day", 1, 0, 0}, {"date.month", 0, 1, 0}, {"date.year", 0, 0, 1}};
    for (std::size_t i = 0; i < std::size(parts); ++i) {
        const auto& p = parts[i];
        const std::string minus = std::string("− ") + tr(p.key), plus = std::string("+ ") + tr(p.key);
        const float w = ImGui::CalcTextSize(minus.c_str()).x + em() * 1.4f;
        if (i) ImGui::SameLine(0, em());
        if (button(minus, {w, 0}, Tone::Secondary)) next = addToDate(start, -p.d, -p.m, -p.y);
        ImGui::SameLine();
        if (button(plus, {w, 0}, Tone::Secondary)) next = addToDate(start, p.d, p.m, p.y);
    }
    ImGui::PopID();
    if (next == start) return false;  // nothing tapped
    date = next;
    return true;
}

}  // namespace wk::ui
