// Between the parts of a meeting the room sees what meeting this is: the title, the wijk, the
// date and the municipality. "Zwart scherm" leaves only the logo, small, on black.
#include <algorithm>

#include "domain/Policy.h"
#include "domain/Polls.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/room/Room.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

// A line centred in the window at height y; returns the y below it.
float centred(ImFont* font, const std::string& s, float y, ImU32 colour) {
    ImGui::PushFont(font);
    const float maxW = ImGui::GetWindowWidth() * 0.9f;
    const ImVec2 size = ImGui::CalcTextSize(s.c_str(), nullptr, false, maxW);
    ImGui::SetCursorScreenPos({ImGui::GetWindowPos().x + (ImGui::GetWindowWidth() - size.x) * 0.5f, y});
    textIn(nullptr, s, colour, size.x + 1);
    ImGui::PopFont();
    return y + size.y + em() * 0.3f;
}

}  // namespace

void drawRoomTitle(const RoomFrame& f, bool blank) {
    const Palette& p = palette();
    const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (blank) {
        if (f.logo) {
            const float h = size.y * 0.08f, w = h * f.logoAspect;
            dl->AddImage(f.logo, {o.x + (size.x - w) * 0.5f, o.y + (size.y - h) * 0.5f}, {o.x + (size.x + w) * 0.5f, o.y + (size.y + h) * 0.5f},
                         {0, 0}, {1, 1}, IM_COL32(255, 255, 255, 110));
        }
        return;
    }
    dl->AddRectFilled(o, {o.x + size.x, o.y + size.y}, p.primary);
    float y = o.y + size.y * 0.14f;
    if (f.logo) {
        const float h = size.y * 0.16f, w = h * f.logoAspect;
        dl->AddImage(f.logo, {o.x + (size.x - w) * 0.5f, y}, {o.x + (size.x + w) * 0.5f, y + h});
        y += h + em() * 0.8f;
    }
    const SessionInfo& s = f.session.info;
    y = centred(f.fonts.body, f.config.municipality, y, p.onPrimary);
    y = centred(f.fonts.title, s.title, y + em() * 0.2f, p.onPrimary);
    std::string line = meetingName(f.config, s.type);
    if (!s.wijk.empty()) line += "  ·  " + s.wijk;
    if (!s.date.empty()) line += "  ·  " + dateWords(s.date, true);
    y = centred(f.fonts.large, line, y + em() * 0.2f, p.onPrimary);
    if (!s.location.empty()) y = centred(f.fonts.body, s.location, y, p.onPrimary);
    // A meeting open to all in a closed part says so in large letters: the hall must not take
    // what follows for the public wall.
    const bool closedOfPublic = !f.publicPhase && startPhase(f.config.policy, s.type) == Visibility::Public;
    y = centred(closedOfPublic ? f.fonts.title : f.fonts.body, tr(f.publicPhase ? "phase.public" : "phase.closed"), y + em() * 0.8f, p.onPrimary);
    // Who came: by kind and channel, and the chair's count when there is one.
    const Attendance a = attendance(f.session);
    if (a.checkedIn > 0 || a.headCount > 0) {
        const auto n = [](const std::map<std::string, long long>& m, const char* k) {
            const auto it = m.find(k);
            return std::to_string(it == m.end() ? 0 : it->second);
        };
        std::string who = trn("room.checked_in", a.checkedIn) + ":  " + n(a.byKind, "resident") + " " + tr("voice.kind_resident") + "  ·  " +
                          n(a.byKind, "official") + " " + tr("voice.kind_official") + "  ·  " + n(a.byKind, "partner") + " " +
                          tr("voice.kind_partner");
        y = centred(f.fonts.body, who, y + em() * 0.3f, p.onPrimary);
        std::string how = n(a.byChannel, "phone") + " " + tr("voice.channel_phone") + "  ·  " + n(a.byChannel, "kiosk") + " " + tr("voice.channel_kiosk");
        if (a.headCount > 0) how += "  ·  " + trf("room.head_count", std::to_string(a.headCount));
        centred(f.fonts.body, how, y, p.onPrimary);
    }
    // Phones on: a code big enough to scan from the third row, and the address to type.
    if (f.phones && f.phones->on && f.phones->qr.size > 0) {
        const float q = std::min(size.y * 0.3f, size.x * 0.2f);
        const ImVec2 at{o.x + size.x - q - em() * 0.6f, o.y + size.y - q - em() * 2.6f};
        drawQr(f.phones->qr, at, q, tr("phones.qr"));
        const std::string addr = shortAddress(f.phones->url);
        ImGui::SetCursorScreenPos({o.x + em() * 0.6f, o.y + size.y - em() * 2.4f});
        text(tr("phones.join_short") + std::string("  ") + addr, p.onPrimary, -1);
    }
}

}  // namespace wk::ui
