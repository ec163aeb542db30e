// The five-slider positioning compared on the big screen: every placement of now and desired,
// their medians, and the way the room wants to move.
#include <algorithm>
#include <cmath>

#include "domain/Rules.h"
#include "ui/I18n.h"
#include "ui/Screen.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

// One decimal at most, with the decimal comma in Dutch ("62,5").
std::string number(double v) {
    const int tenths = static_cast<int>(std::lround(v * 10));
    std::string s = std::to_string(tenths / 10);
    if (tenths % 10) s += (language() == Lang::Nl ? "," : ".") + std::to_string(std::abs(tenths % 10));
    return s;
}

void track(const Session& s, const std::string& key, const SliderStats& st) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x - em();
    const float h = em() * 2.4f;
    const float mid = o.y + h * 0.5f;
    const float x0 = o.x + em() * 0.5f;
    const auto at = [&](double v) { return x0 + static_cast<float>(v / 100.0) * w; };
    dl->AddRectFilled({x0, mid - em() * 0.18f}, {x0 + w, mid + em() * 0.18f}, p.cardBorder, em() * 0.2f);
    for (int t = 0; t <= 100; t += 25) dl->AddLine({at(t), mid - em() * 0.45f}, {at(t), mid + em() * 0.45f}, p.cardBorder, 2);
    const float r = em() * 0.38f;
    for (const auto& pl : s.placements) {
        if (pl.slider != key) continue;
        if (pl.now) dl->AddCircle({at(*pl.now), mid}, r, p.primary, 0, 3);
        if (pl.desired) dl->AddCircleFilled({at(*pl.desired), mid}, r, p.accent);
    }
    if (st.medianNow && st.medianDesired && std::abs(*st.medianDesired - *st.medianNow) > 2) {
        const float a = at(*st.medianNow), b = at(*st.medianDesired), y = o.y + em() * 0.1f;
        const float dir = b > a ? 1.0f : -1.0f;
        dl->AddLine({a, y}, {b - dir * em() * 0.4f, y}, p.text, 3);
        dl->AddTriangleFilled({b, y}, {b - dir * em() * 0.5f, y - em() * 0.3f}, {b - dir * em() * 0.5f, y + em() * 0.3f}, p.text);
    }
    if (st.medianNow) dl->AddLine({at(*st.medianNow), o.y + em() * 0.3f}, {at(*st.medianNow), o.y + h}, p.primary, 4);
    if (st.medianDesired) dl->AddLine({at(*st.medianDesired), o.y + em() * 0.3f}, {at(*st.medianDesired), o.y + h}, p.accent, 4);
    ImGui::Dummy({w + em(), h});
}

}  // namespace

void drawSlidersScreen(ScreenContext& c) {
    const Session& s = c.session;
    const Palette& p = palette();
    textIn(c.fonts.title, tr("sliders.title"));
    chip(std::string("○ ") + tr("sliders.now"), p.card, p.primary);
    ImGui::SameLine();
    chip(std::string("● ") + tr("sliders.desired"), p.card, p.accent);
    if (s.placements.empty()) text(tr("sliders.none"), p.muted);

    const auto ranked = slidersByDisagreement(s);
    for (const auto& sl : s.sliders) {
        const SliderStats st = sliderStats(s, sl.key);
        cardBegin(sl.key);
        textIn(c.fonts.large, sl.label);
        if (!ranked.empty() && ranked.front() == sl.key && st.spreadNow > 0) {
            ImGui::SameLine();
            chip(tr("sliders.most_different"), p.warn, p.onPrimary);
        }
        if (!sl.top.empty()) text(std::string(tr("sliders.top")) + ": " + sl.top, p.muted);
        track(s, sl.key, st);
        std::string line;
        if (st.medianNow) line += std::string(tr("sliders.now")) + ": " + tr("sliders.median") + " " + number(*st.medianNow) + ", " + tr("sliders.spread") + " " + std::to_string(st.spreadNow);
        if (st.medianDesired) line += std::string(line.empty() ? "" : "   ·   ") + tr("sliders.desired") + ": " + tr("sliders.median") + " " + number(*st.medianDesired) + ", " + tr("sliders.spread") + " " + std::to_string(st.spreadDesired);
        if (st.skipped) line += std::string(line.empty() ? "" : "   ·   ") + trf("sliders.skipped", std::to_string(st.skipped));
        if (!line.empty()) text(line);
        cardEnd();
        ImGui::Dummy({0, em() * 0.3f});
    }
}

}  // namespace wk::ui
