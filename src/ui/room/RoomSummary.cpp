// A big meeting on the room (issue 34): not three hundred pages of cards but one round of a few,
// whatever the size: the ideas with the most support, the themes as bars, the word cloud, the
// newest ideas and those with an answer. The newest idea stands in a band under the others, so a
// resident sees theirs arrive within seconds.
#include <imgui_internal.h>

#include <algorithm>
#include <map>

#include "domain/IdeaSearch.h"
#include "domain/IdeaSummary.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "ui/I18n.h"
#include "ui/room/Room.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

enum Kind { Top, Themes, Words, Newest, Answered };

const char* headingOf(int kind) {
    switch (kind) {
        case Top: return "room.summary_top";
        case Themes: return "room.summary_themes";
        case Words: return "room.words_ideas";
        case Newest: return "room.summary_newest";
        default: return "room.summary_answered";
    }
}

float bandHeight() { return em() * 2.0f; }

// The band at the bottom: the newest idea, on one line.
void newestBand(const RoomFrame& f, const Idea& i, ImVec2 at, float width) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, {at.x + width, at.y + bandHeight()}, p.accent, em() * 0.3f);
    const std::string label = std::string(tr("room.new")) + ":";
    const float ty = at.y + (bandHeight() - ImGui::GetTextLineHeight()) * 0.5f;
    ImGui::PushFont(f.fonts.bold);
    dl->AddText({at.x + em() * 0.5f, ty}, p.text, label.c_str());
    const float lw = ImGui::CalcTextSize(label.c_str()).x + em();
    ImGui::PopFont();
    const std::string line = askGlyphs(cleanLine(i.text));
    const ImVec2 a{at.x + em() * 0.5f + lw, ty}, b{at.x + width - em() * 0.5f, ty + ImGui::GetTextLineHeight()};
    ImGui::PushStyleColor(ImGuiCol_Text, p.text);
    ImGui::RenderTextEllipsis(dl, a, b, b.x, b.x, line.c_str(), line.c_str() + line.size(), nullptr);
    ImGui::PopStyleColor();
    traceAdd(line, a, b, false);
}

// Bars for the themes, the longest the theme with the most ideas.
void themeBars(const std::vector<std::pair<std::string, long long>>& themes, ImVec2 at, float width, float height) {
    const Palette& p = palette();
    if (themes.empty()) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float nameW = 0;
    for (const auto& [name, n] : themes) nameW = std::max(nameW, ImGui::CalcTextSize(askGlyphs(name).c_str()).x);
    nameW = std::min(nameW + em(), width * 0.4f);
    const float countW = ImGui::CalcTextSize("00000").x + em();
    const float row = std::clamp(height / static_cast<float>(themes.size()), em() * 1.3f, em() * 2.4f);
    const long long most = themes.front().second;
    float y = at.y;
    for (const auto& [name, n] : themes) {
        if (y + row > at.y + height + 0.5f) break;  // what does not fit: the smallest themes (half a pixel: the sums' rounding)
        const float ty = y + (row - ImGui::GetTextLineHeight()) * 0.5f;
        ImGui::SetCursorScreenPos({at.x, ty});
        const std::string shown = name.empty() ? tr("ideas.other_theme") : name;
        textIn(nullptr, shown, p.primary, nameW - em());
        const float barMax = width - nameW - countW;
        const float bw = most > 0 ? barMax * static_cast<float>(n) / static_cast<float>(most) : 0;
        dl->AddRectFilled({at.x + nameW, y + row * 0.15f}, {at.x + nameW + std::max(bw, em() * 0.2f), y + row * 0.85f}, p.primary, em() * 0.2f);
        const std::string count = std::to_string(n);
        ImGui::SetCursorScreenPos({at.x + nameW + std::max(bw, em() * 0.2f) + em() * 0.4f, ty});
        text(count, p.text, -1);
        y += row;
    }
}

// The pages from the summary (made from the wall, or followed since): cards on one page, as
// many as fit, the first page of their layout.
void build(const RoomFrame& f, RoomState::Layout& lay, float width, float height) {
    const IdeaSummary& sum = lay.sum;
    lay.total = sum.total;
    lay.answered = sum.answered;
    lay.newest = sum.newest ? static_cast<std::size_t>(sum.newest - f.session.ideas.data()) : ~std::size_t(0);
    lay.themes.assign(sum.perTheme.begin(), sum.perTheme.end());
    std::stable_sort(lay.themes.begin(), lay.themes.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    const auto firstPage = [&](const std::vector<const Idea*>& ideas) {
        auto pages = roomCardPages(f, ideas, width, height, sum.newest);
        return pages.empty() ? std::vector<RoomState::Placed>() : pages.front();
    };
    lay.summaryPages.push_back({Top, firstPage(sum.top)});
    if (lay.themes.size() > 1) lay.summaryPages.push_back({Themes, {}});
    if (f.cloud && !f.cloud->empty() && f.focusTheme.empty()) lay.summaryPages.push_back({Words, {}});
    lay.summaryPages.push_back({Newest, firstPage(sum.newestFirst)});
    if (!sum.answeredTop.empty()) lay.summaryPages.push_back({Answered, firstPage(sum.answeredTop)});
}

}  // namespace

void drawRoomSummary(const RoomFrame& f, RoomState& st, const std::vector<const Idea*>& wall, ImVec2 at, float width, float height) {
    const Palette& p = palette();
    RoomState::Layout& lay = st.ideas;
    // Room for the heading above the cards (the count beside it, or under it on a narrow room
    // screen) and the newest idea's band below them.
    if (!lay.summed) {  // more than 40 never fit a page
        lay.sum = summarize(f.session, wall, f.config.policy.themes, 40);
        lay.summed = true;
    }
    const long long most = lay.sum.total;
    const auto countOf = [](long long total, long long answered) {
        return trn("room.summary_count", total) + "  ·  " + trn("room.summary_answered_count", answered);
    };
    ImGui::PushFont(f.fonts.large);
    float headingH = ImGui::GetTextLineHeightWithSpacing() + em() * 0.3f;
    float widest = 0;
    for (int k = Top; k <= Answered; ++k) widest = std::max(widest, ImGui::CalcTextSize(tr(headingOf(k))).x);
    if (!f.focusTheme.empty()) widest = std::max(widest, ImGui::CalcTextSize(trf("room.summary_theme", f.focusTheme).c_str()).x);
    ImGui::PopFont();
    // Measured with the count as long as it can get (every idea answered), so it never jumps.
    const bool countBelow = widest + em() + ImGui::CalcTextSize(countOf(most, most).c_str()).x > width;
    if (countBelow) headingH += ImGui::GetTextLineHeightWithSpacing();
    const float cardsH = height - headingH - bandHeight() - em() * 0.4f;
    if (lay.summaryPages.empty()) build(f, lay, width, cardsH);
    st.pageCount = static_cast<int>(lay.summaryPages.size());
    st.pageIndex = std::min(st.pageIndex, st.pageCount - 1);
    const auto& page = lay.summaryPages[static_cast<std::size_t>(st.pageIndex)];
    // The heading, and how big the meeting is, on one line.
    ImGui::SetCursorScreenPos(at);
    const std::string heading = f.focusTheme.empty() || page.kind != Top ? tr(headingOf(page.kind)) : trf("room.summary_theme", f.focusTheme);
    textIn(f.fonts.large, heading, p.primary, -1);
    if (!countBelow) ImGui::SameLine(0, em());
    else ImGui::SetCursorScreenPos({at.x, ImGui::GetCursorScreenPos().y});
    text(countOf(lay.total, lay.answered), p.muted, -1);
    const ImVec2 body{at.x, at.y + headingH};
    switch (page.kind) {
        case Themes: themeBars(lay.themes, body, width, cardsH); break;
        case Words:
            ImGui::SetCursorScreenPos(body);
            drawRoomWords(f, false);
            break;
        default: drawRoomCards(f, page.cards, body, width, lay.newest); break;
    }
    // The newest idea under every page but the cloud (which fills the screen) and the newest.
    if (page.kind != Newest && page.kind != Words && lay.newest < f.session.ideas.size())
        newestBand(f, f.session.ideas[lay.newest], {at.x, at.y + height - bandHeight()}, width);
}

void drawRoomFocus(const RoomFrame& f, const Idea& i, float width) {
    const Palette& p = palette();
    const float w = std::min(width, em() * 40);
    const float left = ImGui::GetCursorScreenPos().x + (width - w) * 0.5f;
    ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y + em()});
    if (!i.theme.empty()) textIn(f.fonts.large, i.theme, p.primary, w);
    ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y});
    textIn(f.fonts.title, truncateVisibly(i.text, 600), p.text, w);
    ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y + em() * 0.5f});
    textIn(f.fonts.large, trn("ideas.votes", i.votes), p.text, -1);
    if (!i.response.value.empty()) {
        ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y + em() * 0.3f});
        chip(tr("answer." + i.response.value), isNegativeAnswer(i.response.value) ? p.bad : p.ok, p.onPrimary);
        if (!i.response.motivation.empty()) {
            ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y});
            textIn(nullptr, truncateVisibly(i.response.motivation, 300), p.muted, w);
        }
    }
    if (!i.number.empty()) {
        ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y + em() * 0.3f});
        text(trf("earlier.number", i.number), p.muted, -1);
    }
}

}  // namespace wk::ui
