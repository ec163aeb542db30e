#include "ui/widgets/PinPad.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "domain/Policy.h"
#include "ui/I18n.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

PinPadResult drawPinPad(PinPadState& st, PinGuard& guard, double now, const Fonts& fonts, bool mayChoose) {
    const Palette& p = palette();
    const float key = em() * 4.2f, gap = em() * 0.6f;
    const float width = key * 3 + gap * 2;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const bool choosing = !guard.hasPin();
    if (choosing && !mayChoose) {
        // Past the first start, whoever taps Beheer first must not choose the PIN: IT sets it.
        const float wide = std::min(avail.x, em() * 30.0f);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail.x - wide) * 0.5f);
        ImGui::BeginGroup();
        textIn(fonts.large, tr("pin.none"), 0, wide);
        text(tr("pin.none_hint"), p.muted, wide);
        ImGui::Dummy({0, gap});
        const bool back = button(tr("pin.cancel"), {wide, 0}, Tone::Secondary);
        ImGui::EndGroup();
        return back ? PinPadResult::Cancelled : PinPadResult::Open;
    }
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail.x - width) * 0.5f);
    ImGui::BeginGroup();
    textIn(fonts.large, tr(choosing ? (st.chosen.empty() ? "pin.choose" : "pin.again") : "pin.title"), 0, -1);
    // One dot per digit typed, never the digits themselves.
    std::string dots;
    for (std::size_t i = 0; i < st.digits.size(); ++i) dots += "● ";
    textIn(fonts.title, dots.empty() ? " " : dots, p.primary, -1);
    const double wait = guard.waitSeconds(now);
    if (wait > 0) text(trf("pin.wait", std::to_string(static_cast<int>(std::ceil(wait)))), p.bad, width);
    else if (st.wrong) text(tr("pin.wrong"), p.bad, width);
    else if (st.mismatch) text(tr("pin.mismatch"), p.bad, width);
    else if (st.tooShort) text(trf("pin.too_short", std::to_string(Policy::kPinDigits)), p.bad, width);
    else if (st.weak) text(tr("pin.weak"), p.bad, width);
    else text(choosing ? trf("pin.choose_hint", std::to_string(Policy::kPinDigits)) : std::string(tr("pin.hint")), p.muted, width);

    PinPadResult result = PinPadResult::Open;
    ImGui::BeginDisabled(wait > 0);
    static const char* kKeys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "pin.clear", "0", "pin.ok"};
    for (int i = 0; i < 12; ++i) {
        if (i % 3) ImGui::SameLine(0, gap);
        const bool digit = i != 9 && i != 11;
        const char* label = digit ? kKeys[i] : tr(kKeys[i]);
        ImGui::PushFont(fonts.large);
        const bool pressed = button(label, {key, key * 0.75f}, i == 11 ? Tone::Accent : Tone::Secondary, kKeys[i]);
        ImGui::PopFont();
        if (!pressed) continue;
        st.wrong = st.mismatch = st.tooShort = st.weak = false;
        if (digit && st.digits.size() < 12) st.digits += kKeys[i];
        if (i == 9) st.digits.clear();
        if (i == 11 && choosing) {
            const PinWeakness weakness = pinWeakness(st.digits);
            if (weakness == PinWeakness::TooShort) st.tooShort = true;
            else if (weakness != PinWeakness::None && st.chosen.empty()) st.weak = true;
            else if (st.chosen.empty()) st.chosen = st.digits;
            else if (st.chosen == st.digits) result = PinPadResult::Chosen;
            else st.mismatch = true, st.chosen.clear();
            st.digits.clear();
        } else if (i == 11) {
            if (guard.attempt(st.digits, now)) result = PinPadResult::Accepted;
            else st.wrong = true, result = PinPadResult::Tried;
            st.digits.clear();
        }
    }
    ImGui::EndDisabled();
    ImGui::Dummy({0, gap});
    if (button(tr("pin.cancel"), {width, 0}, Tone::Secondary)) result = PinPadResult::Cancelled;
    ImGui::EndGroup();
    return result;
}

}  // namespace wk::ui
