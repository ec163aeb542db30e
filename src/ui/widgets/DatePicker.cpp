#include "ui/widgets/DatePicker.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "domain/Text.h"
#include "ui/I18n.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

int daysIn(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

}  // namespace

std::string addToDate(const std::string& iso, int days, int months, int years) {
    int y = 0, m = 0, d = 0;
    if (!isIsoDate(iso) || std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return iso;
    y += years;
    m += months;
    while (m > 12) { m -= 12; ++y; }
    while (m < 1) { m += 12; --y; }
    d = std::min(d, daysIn(y, m));
    // Days through the C library, which knows the calendar.
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d + days;
    tm.tm_hour = 12;
    std::mktime(&tm);
    char buf[48];  // room for any int, though a calendar date needs 11
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return buf;
}

bool datePicker(std::string_view id, std::string& date, const std::string& fallback) {
    const std::string start = isIsoDate(date) ? date : fallback;
    std::string next = start;
    ImGui::PushID(id.data(), id.data() + id.size());
    // The date first, large, then a − and + per part, each a full finger wide.
    textIn(nullptr, isIsoDate(date) ? date : std::string(tr("date.none")), 0, -1);
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
