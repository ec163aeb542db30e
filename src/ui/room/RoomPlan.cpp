// The wijkactieplan for the room: every opgave with its actions as compact rows (number, what,
// who, when, status, whether it is SMART), in the plan's order and numbering. A plan longer
// than the screen turns its pages by itself.
#include <algorithm>

#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/room/Room.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

// Number, what, who, and when with its status under it (one column: two short lines).
struct Columns {
    float number, what, who, when, gap;
};

Columns columnsFor(float width) {
    Columns c;
    c.gap = em() * 0.4f;
    c.number = ImGui::CalcTextSize("00.").x + em() * 0.1f;
    // The longest date in words ("30 september 2027") fits without being cut off.
    c.when = std::max(ImGui::CalcTextSize(dateWords("2027-09-30").c_str()).x, ImGui::CalcTextSize(tr("status.vervallen")).x + em() * 0.6f);
    const float rest = width - c.number - c.when - c.gap * 3;
    c.what = rest * 0.52f;
    c.who = rest - c.what;
    return c;
}

std::string whoOf(const RoomFrame& f, const Action& a) {
    std::string who;
    if (a.party) who = f.config.parties.at(*a.party);
    if (!a.owner.empty()) who += (who.empty() ? "" : ", ") + a.owner;
    return who;
}

std::string whatOf(const Action& a) {
    return a.visibility == Visibility::Closed ? a.what + " (" + tr("badge.closed") + ")" : a.what;
}

// A party's contribution brought as a point: what kind, and what the room decided ("Beslispunt ·
// Akkoord"); empty for an ordinary action.
std::string pointOf(const Action& a) {
    if (a.point == PointKind::None) return "";
    return tr("point." + std::string(toString(a.point))) + std::string("  ·  ") + tr("outcome." + std::string(toString(a.outcome)));
}

float rowHeight(const RoomFrame& f, const RoomState::PlanRow& r, const Columns& c) {
    const float line = ImGui::GetTextLineHeight();
    if (r.action >= f.session.actions.size()) return line + em() * 0.15f;
    const Action& a = f.session.actions[r.action];
    ImGui::PushFont(f.fonts.bold);
    float what = ImGui::CalcTextSize(whatOf(a).c_str(), nullptr, false, c.what).y;
    ImGui::PopFont();
    if (const std::string point = pointOf(a); !point.empty()) what += ImGui::CalcTextSize(point.c_str(), nullptr, false, c.what).y;
    const float who = ImGui::CalcTextSize(whoOf(f, a).c_str(), nullptr, false, c.who).y;
    return std::max({what, who, line * 2.0f}) + em() * 0.12f;
}

ImU32 statusColour(ActionStatus s) {
    const Palette& p = palette();
    switch (s) {
        case ActionStatus::Gereed: return p.ok;
        case ActionStatus::Vervallen: return p.muted;
        case ActionStatus::Lopend: return p.primary;
        default: return p.warn;
    }
}

}  // namespace

void drawRoomPlan(const RoomFrame& f, RoomState& st) {
    const Session& s = f.session;
    const Palette& p = palette();
    if (s.actions.empty() && s.opgaven.empty()) {
        textIn(f.fonts.large, tr("plan.empty"), p.muted);
        st.pageCount = 1;
        return;
    }
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    const float left = ImGui::GetCursorScreenPos().x, top = ImGui::GetCursorScreenPos().y;
    const float width = wp.x + ws.x - em() * 0.6f - left;
    const float bottom = wp.y + ws.y - em() * 0.2f;
    const Columns c = columnsFor(width);
    RoomState::Layout& lay = st.plan;
    const RoomState::Key key{f.revision, width, bottom - top, em(), {}, atlasGeneration()};
    if (!(lay.key == key)) {
        lay.key = key;
        // The rows: an opgave's heading, then its actions, numbered as the plan numbers them;
        // unfiled actions last.
        st.planRows.clear();
        const std::vector<const Action*> order = planOrder(s);
        const auto numbers = actionNumbers(s);
        std::string lastOpgave = "\x1f";
        for (const Action* a : order) {
            const Opgave* o = find<Opgave>(s, a->opgave);
            if (a->opgave != lastOpgave) st.planRows.push_back({o ? o->title : std::string(tr("plan.no_opgave")), ~std::size_t(0), 0});
            lastOpgave = a->opgave;
            st.planRows.push_back({"", static_cast<std::size_t>(a - s.actions.data()), numbers.at(a->id)});
        }
        for (const auto& o : s.opgaven)  // an opgave without actions yet is part of the plan too
            if (std::none_of(order.begin(), order.end(), [&](const Action* a) { return a->opgave == o.id; }))
                st.planRows.push_back({o.title, ~std::size_t(0), 0});
        // Pages; a heading never ends a page on its own.
        lay.pages.assign(1, {});
        float y = 0;
        for (std::size_t k = 0; k < st.planRows.size(); ++k) {
            const float h = rowHeight(f, st.planRows[k], c);
            const bool heading = st.planRows[k].action >= s.actions.size();
            const float need = h + (heading && k + 1 < st.planRows.size() ? rowHeight(f, st.planRows[k + 1], c) : 0);
            if (!lay.pages.back().empty() && y + need > bottom - top) {
                lay.pages.emplace_back();
                y = 0;
            }
            lay.pages.back().push_back({k, 0, y, h});
            y += h;
        }
    }
    st.pageCount = static_cast<int>(lay.pages.size());
    st.pageIndex = std::min(st.pageIndex, st.pageCount - 1);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const auto& placed : lay.pages[static_cast<std::size_t>(st.pageIndex)]) {
        const RoomState::PlanRow& r = st.planRows[placed.item];
        const float y = top + placed.y, h = placed.height;
        if (r.action >= s.actions.size()) {
            ImGui::SetCursorScreenPos({left, y + em() * 0.1f});
            textIn(f.fonts.bold, r.opgave, p.primary, width);
            dl->AddLine({left, y + h - em() * 0.05f}, {left + width, y + h - em() * 0.05f}, p.primary, 2);
            continue;
        }
        const Action& a = s.actions[r.action];
        float x = left;
        const auto cell = [&](float w) {
            ImGui::SetCursorScreenPos({x, y + em() * 0.05f});
            x += w + c.gap;
        };
        cell(c.number);
        text(std::to_string(r.number) + ".", p.muted, -1);
        cell(c.what);
        // Closed (only ever shown in a closed part): marked, in the colour the console uses.
        textIn(f.fonts.bold, whatOf(a), a.visibility == Visibility::Closed ? p.closed : 0, c.what);
        if (const std::string point = pointOf(a); !point.empty()) {  // right under the what, as rowHeight counts it
            ImGui::PushFont(f.fonts.bold);
            const float whatH = ImGui::CalcTextSize(whatOf(a).c_str(), nullptr, false, c.what).y;
            ImGui::PopFont();
            ImGui::SetCursorScreenPos({x - c.what - c.gap, y + em() * 0.05f + whatH});
            text(point, a.outcome == PointOutcome::Open ? p.warn : a.outcome == PointOutcome::Afgewezen ? p.bad : p.ok, c.what);
        }
        // What a SMART action still lacks shows as a question, in the colour of a warning.
        cell(c.who);
        const std::string who = whoOf(f, a);
        text(who.empty() ? tr("room.who_missing") : who, who.empty() ? p.warn : 0, c.who);
        cell(c.when);
        // The date, and under it the status: a coloured dot and the word.
        ImGui::BeginGroup();
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {0, 0});
        text(a.deadline.empty() ? tr("room.when_missing") : dateWords(a.deadline), a.deadline.empty() ? p.warn : 0, -1);
        const ImVec2 d = ImGui::GetCursorScreenPos();
        dl->AddCircleFilled({d.x + em() * 0.22f, d.y + ImGui::GetTextLineHeight() * 0.55f}, em() * 0.2f, statusColour(a.status));
        ImGui::SetCursorScreenPos({d.x + em() * 0.6f, d.y});
        text(tr("status." + std::string(toString(a.status))), statusColour(a.status), -1);
        ImGui::PopStyleVar();
        ImGui::EndGroup();
        // Not SMART yet: a bar before the number, as the console's warning chips.
        if (!smartCheck(a).smart()) dl->AddRectFilled({left - em() * 0.35f, y + em() * 0.15f}, {left - em() * 0.2f, y + h - em() * 0.15f}, p.warn);
        dl->AddLine({left, y + h - em() * 0.04f}, {left + width, y + h - em() * 0.04f}, p.cardBorder, 1);
    }
}

}  // namespace wk::ui
