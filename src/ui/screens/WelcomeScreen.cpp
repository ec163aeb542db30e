// The welcome screen a resident finds: the municipality, the meeting, and one big invitation.
#include <algorithm>

#include "ui/I18n.h"
#include "ui/screens/WelcomeScreen.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

WelcomeTap drawWelcomeScreen(const Session& s, const io::KioskConfig& config, const Fonts& fonts, ImTextureID logo, float logoAspect,
                             const PhoneJoin* phones, bool noMeeting, bool speech, bool thanks) {
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
    if (thanks) centred(fonts.title, tr("voice.thanks"));  // the last visitor's check-in or answer is in
    centred(fonts.large, config.municipality);
    centred(fonts.title, s.info.title);
    centred(fonts.body, tr(noMeeting ? "home.no_meeting_resident" : "welcome.invite"));
    y += em();
    const ImVec2 bs{std::min(size.x - em() * 2, em() * 18), em() * 3.2f};
    ImGui::SetCursorScreenPos({origin.x + (size.x - bs.x) * 0.5f, y});
    ImGui::PushFont(fonts.large);
    bool tapped = button(tr("welcome.start"), bs, Tone::Accent);
    ImGui::PopFont();
    // Phones on: the code and the address in the corner, for whoever would rather use their own.
    if (phones && phones->on && phones->qr.size > 0) {
        const float q = std::min(size.y * 0.22f, em() * 7);
        const ImVec2 at{origin.x + size.x - q - em(), origin.y + size.y - q - em() * 2.6f};
        drawQr(phones->qr, at, q, tr("phones.qr"));
        const std::string addr = shortAddress(phones->url);
        ImGui::SetCursorScreenPos({origin.x + size.x - em() - std::min(q * 1.6f, ImGui::CalcTextSize(addr.c_str()).x), at.y + q + em() * 0.3f});
        text(tr("phones.join_short"), p.onPrimary, -1);
        ImGui::SetCursorScreenPos({origin.x + size.x - em() - ImGui::CalcTextSize(addr.c_str()).x, at.y + q + em() * 1.3f});
        text(addr, p.onPrimary, -1);
    }
    // "Lees voor", under the start button: submitted before the whole-screen button, so it wins.
    bool read = false;
    if (speech && !noMeeting) {
        const ImVec2 rs{std::min(size.x - em() * 2, em() * 9), em() * 2.4f};
        ImGui::SetCursorScreenPos({origin.x + (size.x - rs.x) * 0.5f, y + bs.y + em()});
        read = button(tr("speech.read"), rs, Tone::Secondary, "read-welcome");
    }
    // The whole screen is the button: an elderly visitor may tap anywhere.
    ImGui::SetCursorScreenPos(origin);
    tapped |= ImGui::InvisibleButton("##welcome", size);
    return read ? WelcomeTap::ReadAloud : tapped ? WelcomeTap::Start : WelcomeTap::None;
}

}  // namespace wk::ui
