// The live minutes: notes, decisions and agreements as the meeting goes, newest last.
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/Screen.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

void drawMinutesScreen(ScreenContext& c) {
    const Session& s = c.session;
    const Palette& p = palette();
    textIn(c.fonts.title, tr("minutes.title"));
    if (s.notes.empty()) text(tr("minutes.empty"), p.muted);
    for (const auto& n : s.notes) {
        cardBegin(n.id);
        const std::string time = n.at.size() >= 16 ? n.at.substr(11, 5) : n.at;
        if (!time.empty()) {
            textIn(c.fonts.bold, time, p.muted, -1);
            ImGui::SameLine();
        }
        const ImU32 kindColour = n.kind == NoteKind::Decision ? p.primary : n.kind == NoteKind::Agreement ? p.ok : p.muted;
        chip(tr(std::string("kind.") + std::string(toString(n.kind))), kindColour, p.onPrimary);
        if (n.visibility == Visibility::Closed) {
            ImGui::SameLine();
            chip(tr("badge.closed"), p.closed, p.onPrimary);
        }
        text(n.text);
        cardEnd();
        ImGui::Dummy({0, em() * 0.2f});
    }
}

}  // namespace wk::ui
