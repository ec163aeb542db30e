// The decisions and agreements made so far, newest first: what the room has settled. Older
// ones that do not fit are in the minutes, not on the screen.
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/room/Room.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

void drawRoomMinutes(const RoomFrame& f) {
    const Palette& p = palette();
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    const float left = ImGui::GetCursorScreenPos().x;
    const float width = wp.x + ws.x - em() * 0.6f - left;
    const float bottom = wp.y + ws.y - em() * 0.4f;
    bool any = false;
    for (auto it = f.session.notes.rbegin(); it != f.session.notes.rend(); ++it) {
        const Note& n = *it;
        if (n.kind == NoteKind::Note || n.kind == NoteKind::Situation) continue;  // what was settled
        const float y = ImGui::GetCursorScreenPos().y;
        ImGui::PushFont(f.fonts.bold);
        const float h = ImGui::CalcTextSize(n.text.c_str(), nullptr, false, width - em() * 0.8f).y + ImGui::GetTextLineHeightWithSpacing() + em();
        ImGui::PopFont();
        if (any && y + h > bottom) break;
        any = true;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled({left, y}, {left + width, y + h}, p.card, em() * 0.3f);
        dl->AddRect({left, y}, {left + width, y + h}, n.kind == NoteKind::Decision ? p.primary : p.ok, em() * 0.3f, 0, 3);
        ImGui::SetCursorScreenPos({left + em() * 0.4f, y + em() * 0.3f});
        ImGui::BeginGroup();
        chip(tr(std::string("kind.") + std::string(toString(n.kind))), n.kind == NoteKind::Decision ? p.primary : p.ok, p.onPrimary);
        if (n.at.size() >= 16) {
            ImGui::SameLine();
            text(n.at.substr(11, 5), p.muted, -1);
        }
        if (n.visibility == Visibility::Closed) {
            ImGui::SameLine();
            chip(tr("badge.closed"), p.closed, p.onPrimary);
        }
        textIn(f.fonts.bold, n.text, 0, width - em() * 0.8f);
        ImGui::EndGroup();
        ImGui::SetCursorScreenPos({left, y + h + em() * 0.3f});
    }
    if (!any) textIn(f.fonts.large, tr("room.no_decisions"), p.muted);
}

}  // namespace wk::ui
