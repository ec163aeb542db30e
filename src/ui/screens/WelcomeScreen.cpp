// The welcome screen a resident finds: the municipality, the meeting, and one big invitation.
#include "ui/I18n.h"
#include "ui/Screen.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

bool drawWelcomeScreen(const Session& s, const io::KioskConfig& config, const Fonts& fonts, ImTextureID logo, float logoAspect) {
    const Palette& p = palette();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::GetContentRegionAvail();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(origin, {origin.x + size.x, origin.y + size.y}, p.primary);
    const float logoH = std::min(size.y * 0.25f, em() * 9);
    float y = origin.y + size.y * 0.12f;
    if (logo) {
        const float w = logoH * logoAspect;
        dl->AddImage(logo, {origin.x + (size.x - w) * 0.5f, y}, {origin.x + (size.x + w) * 0.5f, y + logoH});
        y += logoH + em();
    }
    const auto centred = [&](ImFont* font, const std::string& t) {
        ImGui::PushFont(font);
        const float w = std::min(ImGui::CalcTextSize(t.c_str()).x, size.x - em() * 2);
        ImGui::SetCursorScreenPos({origin.x + (size.x - w) * 0.5f, y});
        ImGui::PopFont();
        textIn(font, t, p.onPrimary, w + 1);
        y = ImGui::GetItemRectMax().y + em() * 0.5f;
    };
    centred(fonts.large, config.municipality);
    centred(fonts.title, s.info.title);
    centred(fonts.body, tr("welcome.invite"));
    y += em();
    const ImVec2 bs{std::min(size.x - em() * 2, em() * 18), em() * 3.2f};
    ImGui::SetCursorScreenPos({origin.x + (size.x - bs.x) * 0.5f, y});
    ImGui::PushFont(fonts.large);
    bool tapped = button(tr("welcome.start"), bs, Tone::Accent);
    ImGui::PopFont();
    // The whole screen is the button: an elderly visitor may tap anywhere.
    ImGui::SetCursorScreenPos(origin);
    tapped |= ImGui::InvisibleButton("##welcome", size);
    return tapped;
}

}  // namespace wk::ui
