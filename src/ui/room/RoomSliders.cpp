// Every slider on one screen, a row each: its name, every placement as a marker (never a name),
// the medians and the way from now to desired, and the slider where the room differs most
// marked. During blind placement only how many have placed.
#include <algorithm>
#include <cmath>

#include "domain/Agreement.h"
#include "domain/Rules.h"
#include "ui/I18n.h"
#include "ui/room/Room.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

void track(const RoomFrame& f, const Slider& sl, const SliderStats& stats, ImVec2 o, float w, float h) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float mid = o.y + h * 0.55f;
    const auto at = [&](double v) { return o.x + static_cast<float>(v / 100.0) * w; };
    dl->AddRectFilled({o.x, mid - em() * 0.12f}, {o.x + w, mid + em() * 0.12f}, p.cardBorder, em() * 0.12f);
    for (int t = 0; t <= 100; t += 25) dl->AddLine({at(t), mid - em() * 0.3f}, {at(t), mid + em() * 0.3f}, p.cardBorder, 2);
    const float r = em() * 0.26f;
    for (const auto& pl : f.session.placements) {
        if (pl.slider != sl.key) continue;
        if (pl.desired) dl->AddCircleFilled({at(*pl.desired), mid}, r, p.accent);
        if (pl.now) dl->AddCircle({at(*pl.now), mid}, r + 1.5f, p.primary, 0, 4.0f);
    }
    // The way the room wants to go: an arrow from the median of now to that of desired.
    if (medianShifts(stats)) {
        const float a = at(*stats.medianNow), b = at(*stats.medianDesired), y = o.y + em() * 0.12f;
        const float dir = b > a ? 1.0f : -1.0f;
        dl->AddLine({a, y}, {b - dir * em() * 0.35f, y}, p.text, 4);
        dl->AddTriangleFilled({b, y}, {b - dir * em() * 0.4f, y - em() * 0.22f}, {b - dir * em() * 0.4f, y + em() * 0.22f}, p.text);
    }
    if (stats.medianNow) dl->AddLine({at(*stats.medianNow), o.y + em() * 0.3f}, {at(*stats.medianNow), o.y + h}, p.primary, 5);
    if (stats.medianDesired) dl->AddLine({at(*stats.medianDesired), o.y + em() * 0.3f}, {at(*stats.medianDesired), o.y + h}, p.accent, 5);
}

}  // namespace

void drawRoomSliders(const RoomFrame& f) {
    const Session& s = f.session;
    const Palette& p = palette();
    const bool blind = s.info.settings.blind;
    // The legend, one line: what a ring and a dot mean.
    if (!blind) {
        chip(std::string("○ ") + tr("sliders.now"), p.card, p.primary);
        ImGui::SameLine();
        chip(std::string("● ") + tr("sliders.desired"), p.card, p.accent);
    }
    if (s.sliders.empty()) return;
    const auto ranked = slidersByDisagreement(s);
    const std::string most = !blind && !s.placements.empty() ? ranked.front() : "";
    const auto split = blind ? std::vector<std::string>{} : splitSliders(s);  // two camps, not just a spread
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    const float top = ImGui::GetCursorScreenPos().y + em() * 0.2f;
    const float left = wp.x + em() * 0.6f, right = wp.x + ws.x - em() * 0.6f;
    // Every slider gets an equal share of the height, however many there are (up to seven).
    const float rowH = std::min(em() * 4.2f, (wp.y + ws.y - em() * 0.4f - top) / static_cast<float>(s.sliders.size()));
    const float labelW = (right - left) * 0.34f;
    std::size_t placedBy = 0;
    for (const auto& part : s.participants)
        if (std::any_of(s.placements.begin(), s.placements.end(), [&](const Placement& pl) { return pl.participant == part.id; })) ++placedBy;
    for (std::size_t k = 0; k < s.sliders.size(); ++k) {
        const Slider& sl = s.sliders[k];
        const float y = top + rowH * static_cast<float>(k);
        const SliderStats stats = sliderStats(s, sl.key);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const bool marked = sl.key == most;
        dl->AddRectFilled({left, y}, {right, y + rowH - em() * 0.15f}, marked ? palette().card : 0, em() * 0.3f);
        if (marked) dl->AddRect({left, y}, {right, y + rowH - em() * 0.15f}, p.warn, em() * 0.3f, 0, em() * 0.12f);
        ImGui::SetCursorScreenPos({left + em() * 0.4f, y + em() * 0.1f});
        textIn(f.fonts.bold, sl.label, 0, labelW - em() * 0.6f);
        // Two camps: said in words under the name, dark on light, read from the back.
        const bool isSplitRow = std::find(split.begin(), split.end(), sl.key) != split.end();
        if (isSplitRow) {
            ImGui::SetCursorScreenPos({left + em() * 0.4f, ImGui::GetCursorScreenPos().y});
            textIn(f.fonts.bold, tr("sliders.split"), p.bad, labelW - em() * 0.6f);
        }
        const float tx = left + labelW, tw = right - tx - em() * 0.8f;
        if (blind) {
            const std::string line = trf("room.placed_count", std::to_string(placedBy) + " / " + std::to_string(s.participants.size()));
            ImGui::SetCursorScreenPos({tx, y + em() * 0.3f});
            text(line, p.muted, tw);
            continue;
        }
        const float trackH = std::max(em() * 1.2f, rowH - em() * 1.5f);
        track(f, sl, stats, {tx, y}, tw, trackH);
        std::string line = std::string(tr("sliders.now")) + " " + (stats.medianNow ? decimal(*stats.medianNow) : "–") + "  →  " +
                           tr("sliders.desired") + " " + (stats.medianDesired ? decimal(*stats.medianDesired) : "–");
        ImGui::SetCursorScreenPos({tx, y + trackH});
        text(line, p.muted, -1);
        if (marked && !isSplitRow) {
            ImGui::SameLine(0, em() * 0.6f);
            chip(tr("room.most_different"), p.warn, p.onPrimary);
        }
    }
    ImGui::SetCursorScreenPos({left, top + rowH * static_cast<float>(s.sliders.size())});
}

}  // namespace wk::ui
