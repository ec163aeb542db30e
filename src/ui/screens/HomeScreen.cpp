// Home: what this meeting is, where, who chairs it and who is present.
#include "domain/Rules.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/Screen.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

void fact(const char* label, const std::string& value, float labelWidth) {
    if (value.empty()) return;
    text(tr(label), palette().muted, -1);
    ImGui::SameLine(labelWidth);
    text(value);
}

}  // namespace

void drawHomeScreen(ScreenContext& c) {
    const Session& s = c.session;
    const Palette& p = palette();
    textIn(c.fonts.title, s.info.title);
    const float lw = em() * 9;
    fact("home.where", s.info.location.empty() ? s.info.wijk : s.info.location + ", " + s.info.wijk, lw);
    fact("home.when", s.info.date, lw);
    fact("home.chair", s.info.chair, lw);
    if (const auto* m = c.config.meeting(s.info.type)) fact("home.result", m->result, lw);

    ImGui::Dummy({0, em() * 0.5f});
    chip(trf("home.ideas_count", std::to_string(s.ideas.size())), p.primary, p.onPrimary);
    ImGui::SameLine();
    chip(trf("home.opgaven_count", std::to_string(s.opgaven.size())), p.primary, p.onPrimary);
    ImGui::SameLine();
    chip(trf("home.actions_count", std::to_string(s.actions.size())), p.primary, p.onPrimary);
    ImGui::SameLine();
    chip(trf("home.notes_count", std::to_string(s.notes.size())), p.primary, p.onPrimary);

    ImGui::Dummy({0, em() * 0.5f});
    textIn(c.fonts.large, tr("home.present"));
    if (s.participants.empty()) text(tr("home.no_participants"), p.muted);
    const float avail = ImGui::GetContentRegionAvail().x;
    const int cols = std::max(1, static_cast<int>(avail / (em() * 16)));
    const float gap = em() * 0.6f;
    const float w = (avail - gap * (cols - 1)) / cols;
    int i = 0;
    for (const auto& person : s.participants) {
        if (i++ % cols) ImGui::SameLine(0, gap);
        cardBegin(person.id, w);
        // A resident without consent has no name here: the public view has already removed it.
        textIn(c.fonts.bold, person.name.empty() ? tr("home.resident") : person.name);
        text(person.role, p.muted);
        if (!person.organisation.empty()) text(person.organisation, p.muted);
        cardEnd();
    }
}

}  // namespace wk::ui
