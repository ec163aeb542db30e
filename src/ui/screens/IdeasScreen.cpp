// The ideas wall: cards grouped by theme, readable from across the room, and a way to add one.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "domain/Edit.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "ui/I18n.h"
#include "ui/Screen.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

void answerLine(const ScreenContext& c, const Idea& i) {
    const Palette& p = palette();
    const AnswerCheck ac = answerCheck(i.response, c.session.info.scheme);
    if (ac.state == AnswerState::Unanswered) return;
    const ImU32 fill = i.response.value == "nooit" || i.response.value == "nee" ? p.bad
                       : i.response.value == "nu" || i.response.value == "ja"  ? p.ok
                                                                               : p.warn;
    chip(tr("answer." + i.response.value), fill, p.onPrimary);
    if (ac.state == AnswerState::Incomplete) {
        ImGui::SameLine();
        chip(tr("answer.incomplete"), p.card, p.bad);
    }
    if (!i.response.motivation.empty()) text(i.response.motivation, p.muted);
    if (!i.response.condition.empty()) text(std::string(tr("answer.condition")) + ": " + i.response.condition, p.muted);
    if (!i.response.due.empty()) text(std::string(tr("answer.due")) + ": " + i.response.due, p.muted);
}

void ideaCard(const ScreenContext& c, const Idea& i, float width) {
    const Palette& p = palette();
    cardBegin(i.id, width);
    // Cards stay readable at a glance; very long text is cut visibly, never silently.
    textIn(c.fonts.bold, truncateVisibly(i.text, 400));
    if (i.visibility == Visibility::Closed) chip(tr("badge.closed"), p.closed, p.onPrimary);
    std::string meta = trf("ideas.votes", std::to_string(i.votes));
    if (!i.author.empty()) meta += "  ·  " + i.author;
    text(meta, p.muted);
    answerLine(c, i);
    cardEnd();
}

void composer(ScreenContext& c, IdeasState& st) {
    const Palette& p = palette();
    cardBegin("composer");
    textIn(c.fonts.large, tr("ideas.your_idea"));
    if (st.focusText) {
        ImGui::SetKeyboardFocusHere();
        st.focusText = false;
    }
    textField(tr("ideas.your_idea"), &st.text, em() * 4.5f);
    text(tr("ideas.theme"), p.muted);
    // Tapping the chosen theme again clears it.
    if (int k = chooser(c.config.themes, st.theme, "theme"); k >= 0) {
        const std::string& theme = c.config.themes[static_cast<std::size_t>(k)];
        st.theme = st.theme == theme ? "" : theme;
    }
    ImGui::Dummy({0, em() * 0.3f});
    if (st.showEmpty) text(tr("msg.text_empty"), p.bad);
    if (button(tr("ideas.save"), {em() * 9, 0})) {
        st.showEmpty = isBlank(st.text);
        if (!st.showEmpty) {
            Idea idea;
            idea.id = c.newId('i');
            idea.text = st.text;
            idea.theme = st.theme;
            idea.created = c.now;
            st.pendingId = idea.id;
            c.out.push_back(Command{Put<Idea>{idea}});
        }
    }
    ImGui::SameLine();
    if (button(tr("ideas.cancel"), {em() * 9, 0}, Tone::Secondary)) st = {};
    cardEnd();
}

}  // namespace

void drawIdeasScreen(ScreenContext& c, IdeasState& st) {
    const Session& s = c.session;
    const Palette& p = palette();
    // Typed text is dropped only once the idea is safely stored; a failed save keeps it.
    if (!st.pendingId.empty() && find<Idea>(s, st.pendingId)) {
        st = {};
        st.showSaved = true;
    }
    textIn(c.fonts.title, tr("ideas.title"), 0, -1);
    if (!st.composing) ImGui::SameLine(ImGui::GetContentRegionAvail().x - em() * 12);
    if (!st.composing && button(tr("ideas.add"), {em() * 12, 0}, Tone::Accent)) {
        st = {};
        st.composing = true;
        st.focusText = true;
    }
    if (st.composing) composer(c, st);
    if (st.showSaved) chip(tr("ideas.saved"), p.ok, p.onPrimary);
    if (s.ideas.empty()) text(tr("ideas.empty"), p.muted);

    const float avail = ImGui::GetContentRegionAvail().x;
    const int cols = std::max(1, static_cast<int>(avail / (em() * 17)));
    const float gap = em() * 0.6f;
    const float w = (avail - gap * (cols - 1)) / cols;
    if (w != st.cardWidth) {
        st.cardHeights.clear();
        st.cardWidth = w;
    }
    // Themes in the config's order, then any other theme, then ideas without one.
    std::vector<std::string> themes = c.config.themes;
    for (const auto& i : s.ideas)
        if (std::find(themes.begin(), themes.end(), i.theme) == themes.end()) themes.push_back(i.theme);
    std::vector<const Idea*> row;
    const auto drawRow = [&] {
        // A row wholly off screen whose cards were all measured before is only a spacer:
        // a wall of a thousand ideas then costs what the visible rows cost.
        float rowH = 0;
        bool known = true;
        for (const Idea* i : row) {
            const auto h = st.cardHeights.find(i->id);
            if (h == st.cardHeights.end()) known = false;
            else rowH = std::max(rowH, h->second);
        }
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (known && !ImGui::IsRectVisible(at, {at.x + avail, at.y + rowH})) {
            ImGui::Dummy({avail, rowH});
        } else {
            for (std::size_t k = 0; k < row.size(); ++k) {
                if (k) ImGui::SameLine(0, gap);
                ideaCard(c, *row[k], w);
                st.cardHeights[row[k]->id] = ImGui::GetItemRectSize().y;
            }
        }
        row.clear();
    };
    for (const auto& theme : themes) {
        bool any = false;
        for (const auto& i : s.ideas) {
            if (i.theme != theme) continue;
            if (!any) {
                ImGui::Dummy({0, em() * 0.2f});
                textIn(c.fonts.large, theme.empty() ? tr("ideas.other_theme") : theme, p.primary);
                any = true;
            }
            row.push_back(&i);
            if (static_cast<int>(row.size()) == cols) drawRow();
        }
        if (!row.empty()) drawRow();
    }
}

}  // namespace wk::ui
