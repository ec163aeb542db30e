// The live minutes: notes, decisions and agreements as the meeting goes (newest first), each time-stamped and
// marked closed or public. The facilitator adds, edits and removes them; every step is undoable.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "domain/Change.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/screens/MinutesScreen.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

void editor(ScreenContext& c, MinutesState& st) {
    const Palette& p = palette();
    // New notes follow the phase: closed in a closed part, public in a public part.
    if (!st.visibilityChosen) st.visibility = c.publicPhase ? Visibility::Public : Visibility::Closed;
    cardBegin("note-editor");
    for (NoteKind k : {NoteKind::Note, NoteKind::Decision, NoteKind::Agreement, NoteKind::Situation}) {
        if (k != NoteKind::Note) ImGui::SameLine();
        const std::string label = tr("kind." + std::string(toString(k)));
        if (button(label, {ImGui::CalcTextSize(label.c_str()).x + em() * 1.6f, 0}, st.kind == k ? Tone::Selected : Tone::Secondary, "kind" + label))
            st.kind = k;
    }
    ImGui::SameLine(0, em() * 1.5f);
    for (Visibility v : {Visibility::Closed, Visibility::Public}) {
        if (v == Visibility::Public) ImGui::SameLine();
        // In a public phase a new note cannot be closed: it would vanish from the screen.
        ImGui::BeginDisabled(v == Visibility::Closed && c.publicPhase);
        const std::string label = tr(v == Visibility::Closed ? "badge.closed" : "badge.public");
        if (button(label, {ImGui::CalcTextSize(label.c_str()).x + em() * 1.6f, 0}, st.visibility == v ? Tone::Selected : Tone::Secondary, "vis" + label)) {
            st.visibility = v;
            st.visibilityChosen = true;
        }
        ImGui::EndDisabled();
    }
    textField(tr("minutes.text"), &st.text, em() * 3.6f);
    ImGui::BeginDisabled(isBlank(st.text));
    if (button(tr(st.editing.empty() ? "minutes.add" : "ideas.save"), {em() * 9, 0})) {
        // The draft stays until the note is stored: a failed save loses nothing typed.
        if (st.editing.empty()) st.pendingTicket = c.send(AddNote{st.kind, st.text, st.visibility});
        else st.pendingTicket = c.send(EditNote{st.editing, st.kind, st.text, st.visibility});
    }
    ImGui::EndDisabled();
    if (!st.editing.empty() || !st.text.empty()) {
        ImGui::SameLine();
        if (button(tr("ideas.cancel"), {em() * 9, 0}, Tone::Secondary)) st = {};
    }
    cardEnd();
    (void)p;
}

}  // namespace

void drawMinutesScreen(ScreenContext& c, MinutesState& st) {
    const Session& s = c.session;
    const Palette& p = palette();
    if (const Receipt* r = c.receiptOf(st.pendingTicket)) {
        if (r->ok) st = {};
        st.pendingTicket = 0;
    }
    textIn(c.fonts.title, tr("minutes.title"));
    // Concept until adopted ("vastgesteld", usually at the next meeting): what the archive
    // package and the minutes' heading say (issue 35).
    if (!s.info.adopted.empty()) text(trf("minutes.adopted_on", dateWords(s.info.adopted.substr(0, 10))), p.ok);
    else if (!s.info.preparing) text(tr("minutes.concept"), p.muted);
    if (c.facilitator() && !s.info.preparing) {
        if (flowButton(tr(s.info.adopted.empty() ? "minutes.adopt" : "minutes.unadopt"), Tone::Secondary, "adopt"))
            c.send(AdoptMinutes{s.info.adopted.empty()});
    }
    if (!s.placements.empty()) {
        // What the positioning exercise found, for the record: per slider the medians.
        cardBegin("positioning");
        textIn(c.fonts.bold, tr("minutes.positioning"));
        for (const auto& sl : s.sliders) {
            const SliderStats stats = sliderStats(s, sl.key);
            std::string line = sl.label + ":  " + tr("sliders.now") + " " + (stats.medianNow ? decimal(*stats.medianNow) : "–") +
                               ",  " + tr("sliders.desired") + " " + (stats.medianDesired ? decimal(*stats.medianDesired) : "–");
            text(line);
        }
        cardEnd();
        ImGui::Dummy({0, em() * 0.2f});
    }
    if (c.facilitator()) editor(c, st);
    if (s.notes.empty()) text(tr("minutes.empty"), p.muted);
    // Newest first while the meeting runs: what was just recorded stands by the editor.
    for (auto it = s.notes.rbegin(); it != s.notes.rend(); ++it) {
        const Note& n = *it;
        cardBegin(n.id);
        const std::string time = n.at.size() >= 16 ? n.at.substr(11, 5) : n.at;
        if (!time.empty()) {
            textIn(c.fonts.bold, time, p.muted, -1);
            ImGui::SameLine();
        }
        const ImU32 kindColour = n.kind == NoteKind::Decision ? p.primary : n.kind == NoteKind::Agreement ? p.ok : n.kind == NoteKind::Situation ? p.accent : p.muted;
        chip(tr(std::string("kind.") + std::string(toString(n.kind))), kindColour, p.onPrimary);
        if (n.visibility == Visibility::Closed) {
            ImGui::SameLine();
            chip(tr("badge.closed"), p.closed, p.onPrimary);
        }
        text(truncateVisibly(n.text, 2000));
        if (c.facilitator()) {
            if (button(tr("minutes.edit"), {em() * 7, em() * 2}, Tone::Secondary, "edit" + n.id)) {
                st = {};
                st.text = n.text;
                st.editing = n.id;
                st.kind = n.kind;
                st.visibility = n.visibility;
                st.visibilityChosen = true;
            }
            ImGui::SameLine();
            if (button(tr("minutes.remove"), {em() * 7, em() * 2}, Tone::Secondary, "remove" + n.id))
                c.send(RemoveNote{n.id});
        }
        cardEnd();
        ImGui::Dummy({0, em() * 0.2f});
    }
}

}  // namespace wk::ui
