// The ideas as a wall for the room: cards in columns, in the order of the themes, each with its
// theme, its support and its answer; the newest lit. When there are more than fit, they are
// laid out in pages that turn by themselves; a big meeting turns summary pages instead
// (RoomSummary.cpp), and one idea the facilitator put on the room stands alone.
#include <algorithm>

#include "domain/IdeaSearch.h"
#include "domain/Lookup.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "ui/I18n.h"
#include "ui/room/Room.h"
#include "ui/widgets/Shaping.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

constexpr std::size_t kMaxText = 220;  // a longer idea is cut visibly, never silently

struct Grid {
    int cols = 1;
    float cardW = 0, gap = 0, innerW = 0;
};

Grid gridFor(float width) {
    Grid g;
    g.gap = em() * 0.4f;
    g.cols = std::clamp(static_cast<int>(width / (em() * 10.5f)), 1, 6);
    g.cardW = (width - g.gap * static_cast<float>(g.cols - 1)) / static_cast<float>(g.cols);
    g.innerW = g.cardW - em() * 0.8f;
    return g;
}

// What the wall shows: nothing hidden or waiting for review (in a public phase the session has
// none), in the order of the themes.
std::vector<const Idea*> wallOf(const RoomFrame& f) {
    std::vector<std::string> themes = f.config.policy.themes;
    for (const auto& i : f.session.ideas)
        if (std::find(themes.begin(), themes.end(), i.theme) == themes.end()) themes.push_back(i.theme);
    std::vector<const Idea*> out;
    for (const auto& theme : themes)
        for (const auto& i : f.session.ideas)
            if (!i.hidden && !i.pending && i.theme == theme) out.push_back(&i);
    return out;
}

// The chips under an idea: its theme, its support, its answer, and what else there is to say.
struct Chip {
    std::string label;
    ImU32 fill, text;
};
std::vector<Chip> chipsOf(const Idea& i, bool newest) {
    const Palette& p = palette();
    std::vector<Chip> out;
    if (!i.theme.empty()) out.push_back({i.theme, p.background, p.primary});
    out.push_back({trn("ideas.votes", i.votes), p.background, p.text});  // in words, as on the console
    if (!i.response.value.empty()) {
        const ImU32 fill = isNegativeAnswer(i.response.value) ? p.bad
                           : i.response.value == "nu" || i.response.value == "ja"  ? p.ok
                                                                                   : p.warn;
        out.push_back({tr("answer." + i.response.value), fill, p.onPrimary});
    }
    if (i.visibility == Visibility::Closed) out.push_back({tr("badge.closed"), p.closed, p.onPrimary});
    if (newest) out.push_back({tr("room.new"), p.accent, p.text});
    return out;
}

// Where each chip goes in `width`, flowing onto the next line when it must; a chip wider than the
// card wraps its words ("7 mensen steunen dit" on a narrow card) instead of running off it.
struct ChipPlace { ImVec2 at, size; float wrap; };
struct ChipFlow { std::vector<ChipPlace> places; float height = 0; };
ChipFlow flowChips(const std::vector<Chip>& chips, float width) {
    ChipFlow out;
    const float gap = em() * 0.25f, lineGap = em() * 0.2f;
    float x = 0, y = 0, rowH = 0;
    for (const auto& c : chips) {
        const float pad = em() * 0.8f;
        // Wrapped only when the chip would be wider than the card (-1: ImGui's "no wrap").
        const ImVec2 whole = ImGui::CalcTextSize(askGlyphs(c.label).c_str());
        const float wrap = whole.x + pad <= width ? -1.0f : std::max(em() * 2, width - pad);
        const ImVec2 t = wrap < 0 ? whole : ImGui::CalcTextSize(c.label.c_str(), nullptr, false, wrap);
        const ImVec2 size{t.x + pad, t.y + em() * 0.25f};
        if (x > 0 && x + size.x > width) {
            x = 0;
            y += rowH + lineGap;
            rowH = 0;
        }
        out.places.push_back({{x, y}, size, wrap});
        x += size.x + gap;
        rowH = std::max(rowH, size.y);
    }
    out.height = y + rowH + lineGap;
    return out;
}

float cardHeight(const RoomFrame& f, const Idea& i, const Grid& g, bool newest) {
    ImGui::PushFont(f.fonts.body);
    const std::string t = shownText(truncateVisibly(i.text, kMaxText), g.innerW);  // as textIn draws it
    const float textH = ImGui::CalcTextSize(t.c_str(), nullptr, false, g.innerW).y;
    const float chipsH = flowChips(chipsOf(i, newest), g.innerW).height;
    ImGui::PopFont();
    return em() * 0.5f + textH + em() * 0.3f + chipsH + em() * 0.2f;
}

void card(const RoomFrame& f, const Idea& i, const Grid& g, float height, bool newest) {
    const Palette& p = palette();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(o, {o.x + g.cardW, o.y + height}, p.card, em() * 0.3f);
    dl->AddRect(o, {o.x + g.cardW, o.y + height}, newest ? p.accent : p.cardBorder, em() * 0.3f, 0, newest ? em() * 0.15f : 2.0f);
    ImGui::SetCursorScreenPos({o.x + em() * 0.4f, o.y + em() * 0.25f});
    textIn(f.fonts.body, truncateVisibly(i.text, kMaxText), 0, g.innerW);
    // The chips at the bottom of the card.
    const std::vector<Chip> chips = chipsOf(i, newest);
    const ChipFlow flow = flowChips(chips, g.innerW);
    const ImVec2 base{o.x + em() * 0.4f, o.y + height - em() * 0.2f - flow.height};
    for (std::size_t k = 0; k < chips.size(); ++k) {
        const Chip& c = chips[k];
        const ChipPlace& at = flow.places[k];
        const ImVec2 a{base.x + at.at.x, base.y + at.at.y}, b{a.x + at.size.x, a.y + at.size.y};
        dl->AddRectFilled(a, b, c.fill, std::min(at.size.y, ImGui::GetTextLineHeight() + em() * 0.25f) * 0.5f);
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), {a.x + em() * 0.4f, a.y + em() * 0.12f}, c.text, c.label.c_str(), nullptr, at.wrap);
        traceAdd(c.label, a, b, false);
    }
}

}  // namespace

std::vector<std::vector<RoomState::Placed>> roomCardPages(const RoomFrame& f, const std::vector<const Idea*>& ideas, float width, float height,
                                                          const Idea* newest) {
    const Grid g = gridFor(width);
    const std::vector<Idea>& all = f.session.ideas;
    // A wall of columns: each card goes under the shortest column, so cards of any length pack
    // closely; a card that fits under none starts the next page.
    std::vector<std::vector<RoomState::Placed>> pages(1);
    std::vector<float> columns(static_cast<std::size_t>(g.cols), 0.0f);
    for (const Idea* i : ideas) {
        const float h = cardHeight(f, *i, g, i == newest);
        auto col = std::min_element(columns.begin(), columns.end());
        if (*col + h > height && !pages.back().empty()) {
            pages.emplace_back();
            std::fill(columns.begin(), columns.end(), 0.0f);
            col = columns.begin();
        }
        pages.back().push_back({static_cast<std::size_t>(i - all.data()), static_cast<int>(col - columns.begin()), *col, h});
        *col += h + g.gap;
    }
    return pages;
}

void drawRoomCards(const RoomFrame& f, const std::vector<RoomState::Placed>& page, ImVec2 at, float width, std::size_t newest) {
    const Grid g = gridFor(width);
    for (const auto& placed : page) {
        ImGui::SetCursorScreenPos({at.x + static_cast<float>(placed.column) * (g.cardW + g.gap), at.y + placed.y});
        card(f, f.session.ideas[placed.item], g, placed.height, placed.item == newest);
    }
}

std::vector<const Idea*> roomWall(const RoomFrame& f) {
    std::vector<const Idea*> out = wallOf(f);
    if (!f.focusTheme.empty())
        out.erase(std::remove_if(out.begin(), out.end(), [&](const Idea* i) { return i->theme != f.focusTheme; }), out.end());
    return out;
}

void drawRoomIdeas(const RoomFrame& f, RoomState& st) {
    const Palette& p = palette();
    const std::vector<Idea>& all = f.session.ideas;
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    const float left = ImGui::GetCursorScreenPos().x, top = ImGui::GetCursorScreenPos().y;
    const float width = wp.x + ws.x - em() * 0.6f - left;
    const float bottom = wp.y + ws.y - em() * 0.3f;
    // One idea the facilitator put on the room: alone, large.
    if (!f.focusIdea.empty()) {
        if (const Idea* i = find<Idea>(f.session, f.focusIdea); i && !i->hidden && !i->pending) {
            st.pageCount = 1;
            drawRoomFocus(f, *i, width);
            return;
        }
    }
    RoomState::Layout& lay = st.ideas;
    const RoomState::Key key{f.revision, width, bottom - top, em(), f.focusTheme, atlasGeneration()};
    // A summary whose ideas were only supported, answered or edited since: followed, its pages
    // laid out again from its short lists, not from a new walk of every idea.
    if (lay.summary && lay.summed && !(lay.key == key) && f.journal && RoomState::Key{f.revision, lay.key.width, lay.key.height, lay.key.em, lay.key.focus, lay.key.glyphs} == key) {
        const auto changes = f.journal->ideasSince(lay.key.revision);
        const auto onWall = [&](const Idea& i) { return !i.hidden && !i.pending && (f.focusTheme.empty() || i.theme == f.focusTheme); };
        if (changes && followSummary(lay.sum, f.session, *changes, onWall) && lay.sum.total > static_cast<long long>(f.config.summaries.roomAbove)) {
            lay.key = key;
            lay.summaryPages.clear();
        }
    }
    const std::vector<const Idea*> wall = lay.key == key ? std::vector<const Idea*>() : roomWall(f);
    // A big meeting reads as a summary: a round of a few pages, whatever its size.
    if (lay.key == key ? lay.summary : wall.size() > static_cast<std::size_t>(f.config.summaries.roomAbove)) {
        if (!(lay.key == key)) {
            lay = {};
            lay.key = key;
            lay.summary = true;
        }
        drawRoomSummary(f, st, wall, {left, top}, width, bottom - top);
        return;
    }
    if (!(lay.key == key)) {
        lay = {};
        lay.key = key;
        // The newest idea is lit, so whoever just added one finds it on the wall.
        const Idea* newest = newestOf(wall);
        lay.newest = newest ? static_cast<std::size_t>(newest - all.data()) : ~std::size_t(0);
        lay.pages = roomCardPages(f, wall, width, bottom - top, newest);
    }
    if (lay.pages.empty() || lay.pages.front().empty()) {
        textIn(f.fonts.large, tr("room.no_ideas"), p.muted);
        st.pageCount = 1;
        return;
    }
    st.pageCount = static_cast<int>(lay.pages.size());
    st.pageIndex = std::min(st.pageIndex, st.pageCount - 1);
    drawRoomCards(f, lay.pages[static_cast<std::size_t>(st.pageIndex)], {left, top}, width, lay.newest);
}

}  // namespace wk::ui
