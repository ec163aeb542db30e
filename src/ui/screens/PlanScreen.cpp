// The wijkactieplan on the big screen: grouped by opgave as it is built, or by party to show
// who committed to what, each action with its SMART check so the room can sharpen it on the
// spot. The facilitator adds and edits by touch and reorders by dragging an action's handle.
#include <imgui.h>

#include <algorithm>

#include "domain/Change.h"
#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/screens/Plan.h"
#include "ui/widgets/DragScroll.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

std::string whoOf(const ScreenContext& c, const Action& a) {
    std::string who;
    if (a.party) who = c.config.parties.at(*a.party);
    if (!a.owner.empty()) who += (who.empty() ? "" : ", ") + a.owner;
    return who;
}

std::string historyLine(const Action& a) {
    std::string line;
    for (const auto& h : a.history) {
        if (!line.empty()) line += "  →  ";
        line += tr("status." + std::string(toString(h.status)));
        if (!h.at.empty()) line += " " + h.at.substr(0, 10);
    }
    return line;
}

void smartChips(const Action& a, bool verdict) {
    const Palette& p = palette();
    const SmartCheck sc = smartCheck(a);
    const std::pair<const char*, bool> marks[] = {{"smart.s", sc.what && sc.owner}, {"smart.m", sc.indicator},
                                                  {"smart.a", sc.agreed}, {"smart.r", sc.realistic}, {"smart.t", sc.deadline}};
    // On a card a SMART action is one green mark; the letters show while one is missing.
    if (!verdict && sc.smart()) return chip(std::string("✓ ") + tr("plan.smart"), p.ok, p.onPrimary);
    bool first = true;
    for (const auto& [key, ok] : marks) {
        const std::string label = std::string(ok ? "✓ " : "✗ ") + tr(key);
        if (!first && fitsOnLine(ImGui::CalcTextSize(label.c_str()).x + em())) ImGui::SameLine();  // a narrow card wraps
        first = false;
        chip(label, ok ? p.ok : p.bad, p.onPrimary);
    }
    if (verdict) {
        ImGui::SameLine();
        chip(tr(sc.smart() ? "plan.smart" : "plan.not_smart"), sc.smart() ? p.ok : p.warn, p.onPrimary);
    }
    if (!a.party) {
        ImGui::SameLine();
        chip(tr("plan.party_missing"), p.warn, p.onPrimary);
    }
}

std::string dueText(std::int64_t daysLeft) {
    if (daysLeft < 0) return trn("plan.overdue", -daysLeft);
    if (daysLeft == 0) return tr("plan.due_today");
    return trn("plan.due_in", daysLeft);
}

namespace {

// SMART's A: the facilitator ticks it when the party says yes at the table.
bool agreeButton(ScreenContext& c, const Action& a) {
    if (!a.party) return false;
    const std::string who = a.owner.empty() ? c.config.parties.at(*a.party) : a.owner;
    if (button((a.agreed ? "✓ " : "") + trf("smart.agree", who), {0, em() * 2}, a.agreed ? Tone::Selected : Tone::Secondary, "agree" + a.id))
        c.send(AgreeAction{a.id, !a.agreed});
    return true;
}

// A party's contribution to discuss or decide on: what kind, what the room made of it, and for
// the facilitator the three answers.
void pointRow(ScreenContext& c, const Action& a) {
    if (a.point == PointKind::None) return;
    const Palette& p = palette();
    chip(tr("point." + std::string(toString(a.point))), p.primary, p.onPrimary);
    const bool open = a.outcome == PointOutcome::Open;
    // The facilitator sees a decision taken as the lit button: said once, not twice.
    if (open || !c.facilitator()) {
        ImGui::SameLine();
        chip(tr("outcome." + std::string(toString(a.outcome))), open ? p.warn : a.outcome == PointOutcome::Afgewezen ? p.bad : p.ok, p.onPrimary);
    }
    if (!c.facilitator()) return;
    for (PointOutcome o : {PointOutcome::Akkoord, PointOutcome::Gewijzigd, PointOutcome::Afgewezen}) {
        const std::string label = tr("outcome." + std::string(toString(o)));
        if (fitsOnLine(ImGui::CalcTextSize(label.c_str()).x + em() * 1.6f)) ImGui::SameLine();
        if (button(label, {0, em() * 2}, a.outcome == o ? Tone::Selected : Tone::Secondary, "outcome-" + std::string(toString(o)) + a.id))
            c.send(ResolvePoint{a.id, a.outcome == o ? PointOutcome::Open : o});
    }
}

void actionCard(ScreenContext& c, PlanState& st, const Action& a, float width, bool showOpgave) {
    const Palette& p = palette();
    const std::string today = c.now.substr(0, 10);
    const bool target = !st.dragging.empty() && st.dropTarget == a.id && st.dragging != a.id;
    cardBegin(a.id, width, target ? p.accent : st.dragging == a.id ? p.primary : 0);
    const std::string number = std::to_string(st.numbers[a.id]);
    if (c.facilitator() && st.grouping == PlanGrouping::Opgave) {
        // The handle: hold and drag to move the action; a drag here never scrolls.
        button("↕ " + number, {em() * 3.2f, em() * 2.2f}, Tone::Secondary, "move" + a.id);
        if (ImGui::IsItemActive()) {
            holdDragScroll();
            if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, em() * 0.3f)) st.dragging = a.id;
        }
        ImGui::SameLine();
    } else {
        textIn(c.fonts.bold, number + ".", p.muted, -1);
        ImGui::SameLine();
    }
    textIn(c.fonts.bold, a.what);
    if (a.visibility == Visibility::Closed) chip(tr("badge.closed"), p.closed, p.onPrimary);
    if (a.origin) {
        if (a.visibility == Visibility::Closed) ImGui::SameLine();
        chip(trf("plan.carried", dateWords(a.origin->date)), p.primary, p.onPrimary);
    }
    if (showOpgave)
        if (const Opgave* o = find<Opgave>(c.session, a.opgave)) text(o->title, p.primary);
    if (!a.indicator.empty()) text(std::string(tr("plan.indicator")) + ": " + a.indicator, p.muted);
    if (const std::string who = whoOf(c, a); !who.empty()) text(std::string(tr("plan.who")) + ": " + who, p.muted);
    std::string when = a.deadline.empty() ? "" : std::string(tr("plan.deadline")) + ": " + dateWords(a.deadline) + "   ";
    when += std::string("(") + tr("status." + std::string(toString(a.status))) + ")";
    if (!a.budget.empty()) when += "   " + std::string(tr("plan.budget")) + ": " + a.budget;
    text(when, p.muted);
    if (const auto left = daysLeft(a, today); left && isOpen(a.status) && *left <= 30)
        chip(dueText(*left), *left < 0 ? p.bad : p.warn, p.onPrimary);
    if (!a.koppelkansen.empty()) {
        std::string k;
        for (const auto& x : a.koppelkansen) k += (k.empty() ? "" : ", ") + x;
        text(std::string(tr("plan.koppelkansen")) + ": " + k, p.muted);
    }
    if (a.history.size() > 1) text(historyLine(a), p.muted);
    for (const auto& id : a.ideas)  // where the action came from
        if (const Idea* idea = find<Idea>(c.session, id)) text(trf("plan.from_idea", truncateVisibly(idea->text, 80)), p.primary);
    if (c.facilitator()) {
        smartChips(a, false);
    } else {
        // A resident reads the promise in words, not which SMART letters are still missing.
        text(promiseWords(a, a.owner.empty() && a.party ? c.config.parties.at(*a.party) : a.owner), a.agreed ? p.ok : p.muted);
    }
    pointRow(c, a);
    if (c.speech && button(tr("speech.read"), {0, em() * 2}, Tone::Secondary, "read" + a.id)) c.out.push_back(ReadAloud{{service::ReadKind::Action, a.id}});
    if (c.speech && c.facilitator()) ImGui::SameLine();
    const std::string edit = trf("plan.edit_number", number);
    if (c.facilitator() && agreeButton(c, a) && fitsOnLine(ImGui::CalcTextSize(edit.c_str()).x + em() * 1.6f)) ImGui::SameLine();
    if (c.facilitator() && button(edit, {0, em() * 2}, Tone::Secondary, "edit" + a.id)) editAction(c, st, a);
    cardEnd();
    st.cards.push_back({a.id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

// Cards in one or two columns, in the plan's order. A row wholly off screen whose cards were
// measured before is only a spacer (with its labels traced, so a script can still find them):
// a plan of 200 actions then costs what the visible rows cost.
void cardGrid(ScreenContext& c, PlanState& st, const std::vector<const Action*>& actions, bool showOpgave) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const int cols = avail > em() * 44 ? 2 : 1;
    const float gap = em() * 0.6f;
    const float w = (avail - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    if (w != st.cardWidth) {
        st.cardHeights.clear();
        st.cardWidth = w;
    }
    for (std::size_t first = 0; first < actions.size(); first += static_cast<std::size_t>(cols)) {
        const std::size_t end = std::min(actions.size(), first + static_cast<std::size_t>(cols));
        float rowH = 0;
        bool known = true;
        for (std::size_t k = first; k < end; ++k) {
            const auto h = st.cardHeights.find(actions[k]->id);
            if (h == st.cardHeights.end()) known = false;
            else rowH = std::max(rowH, h->second);
        }
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const bool dragging = !st.dragging.empty();  // while dragging, every card is a drop target
        if (known && !dragging && !ImGui::IsRectVisible(at, {at.x + avail, at.y + rowH})) {
            for (std::size_t k = first; k < end; ++k) {
                const ImVec2 min{at.x + static_cast<float>(k - first) * (w + gap), at.y};
                traceAdd(actions[k]->what, min, {min.x + w, min.y + rowH}, false);
                if (c.facilitator() && st.grouping == PlanGrouping::Opgave)
                    traceAdd("↕ " + std::to_string(st.numbers[actions[k]->id]), min, {min.x + em() * 3.2f, min.y + em() * 2.2f}, true);
            }
            ImGui::Dummy({avail, rowH});
            continue;
        }
        for (std::size_t k = first; k < end; ++k) {
            if (k > first) ImGui::SameLine(0, gap);
            actionCard(c, st, *actions[k], w, showOpgave);
            st.cardHeights[actions[k]->id] = ImGui::GetItemRectSize().y;
        }
    }
}

void byOpgave(ScreenContext& c, PlanState& st) {
    const Session& s = c.session;
    const auto section = [&](const Opgave* o) {
        ImGui::Dummy({0, em() * 0.3f});
        textIn(c.fonts.large, o ? o->title : std::string(tr("plan.no_opgave")), 0, -1);
        if (o && c.facilitator()) {
            ImGui::SameLine(0, em());
            if (button(tr("minutes.edit"), {0, 0}, Tone::Secondary, "edit-opgave" + o->id)) {
                st.reset();
                st.editingOpgave = st.scrollTop = true;
                st.opgaveDraft = *o;
            }
        }
        if (o && !o->description.empty()) text(o->description, palette().muted);
        std::vector<const Action*> actions;
        for (const auto& a : s.actions)
            if (o ? a.opgave == o->id : (a.opgave.empty() || !find<Opgave>(s, a.opgave))) actions.push_back(&a);
        cardGrid(c, st, actions, false);
        if (c.facilitator() && o && button(tr("plan.add_action"), {0, 0}, Tone::Secondary, "add-action" + o->id))
            editNewAction(c, st, o->id);
    };
    for (const auto& o : s.opgaven) section(&o);
    if (std::any_of(s.actions.begin(), s.actions.end(), [&](const Action& a) { return a.opgave.empty() || !find<Opgave>(s, a.opgave); }))
        section(nullptr);
}

void byParty(ScreenContext& c, PlanState& st) {
    std::vector<std::pair<std::optional<Party>, std::string>> groups;
    for (const auto& [party, name] : c.config.parties) groups.emplace_back(party, name);
    groups.emplace_back(std::nullopt, tr("plan.no_party"));
    for (const auto& [party, name] : groups) {
        std::vector<const Action*> actions;
        for (const auto& a : c.session.actions)
            if (a.party == party) actions.push_back(&a);
        if (actions.empty()) continue;
        ImGui::Dummy({0, em() * 0.3f});
        textIn(c.fonts.large, name + "  ·  " + trn("plan.count", static_cast<long long>(actions.size())), 0, -1);
        cardGrid(c, st, actions, true);
    }
}

// A finished drag: the held action takes the place of the card it was dropped on.
void finishDrag(ScreenContext& c, PlanState& st) {
    if (st.dragging.empty()) return;
    const ImVec2 m = ImGui::GetIO().MousePos;
    st.dropTarget.clear();
    for (const auto& r : st.lastCards)
        if (m.x >= r.min.x && m.x <= r.max.x && m.y >= r.min.y && m.y <= r.max.y) st.dropTarget = r.id;
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        holdDragScroll();
        // Near the top or bottom edge the list scrolls, so an action can travel the whole plan.
        const ImVec2 lo = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
        if (m.y < lo.y + em() * 2) ImGui::SetScrollY(ImGui::GetScrollY() - em() * 0.5f);
        if (m.y > lo.y + size.y - em() * 2) ImGui::SetScrollY(ImGui::GetScrollY() + em() * 0.5f);
        return;
    }
    if (!st.dropTarget.empty() && st.dropTarget != st.dragging) c.send(MoveAction{st.dragging, st.dropTarget});
    st.dragging.clear();
    st.dropTarget.clear();
}

}  // namespace

void drawPlanScreen(ScreenContext& c, PlanState& st) {
    const Session& s = c.session;
    const Palette& p = palette();
    // A saved draft closes its editor once it is stored; refused or failed, it stays as typed.
    if (const Receipt* r = c.receiptOf(st.pendingTicket)) {
        if (r->ok) st.reset();
        st.pendingTicket = 0;
    }
    if (st.scrollTop) {
        ImGui::SetScrollY(0);
        st.scrollTop = false;
    }
    if (c.facilitator() && st.editingAction) return drawActionEditor(c, st);
    if (c.facilitator() && st.editingOpgave) return drawOpgaveEditor(c, st);
    if (st.restoreScroll) {
        ImGui::SetScrollY(st.listScroll);
        st.restoreScroll = false;
    }
    st.listScroll = ImGui::GetScrollY();
    // The number each action keeps, as people refer to it ("actie 4"), in every view and export.
    st.numbers = actionNumbers(s);
    st.lastCards = std::move(st.cards);
    st.cards.clear();
    finishDrag(c, st);

    textIn(c.fonts.title, tr("plan.title"), 0, -1);
    ImGui::SameLine(0, em() * 1.5f);
    // The facilitator counts SMART actions; a resident reads how many are agreed with someone.
    int smart = 0;
    for (const auto& a : s.actions) smart += c.facilitator() ? smartCheck(a).smart() : a.agreed;
    const char* counted = c.facilitator() ? "plan.summary_smart" : "plan.summary_agreed";
    if (!s.actions.empty()) text(trn("plan.summary", static_cast<long long>(s.actions.size())) + "  ·  " + trf(counted, std::to_string(smart)), p.muted, -1);
    else ImGui::NewLine();
    const std::vector<std::string> groupings = {tr("plan.by_opgave"), tr("plan.by_party"), tr("plan.monitor")};
    const int g = chooser(groupings, groupings[static_cast<std::size_t>(st.grouping)], "grouping");
    if (g >= 0) st.grouping = static_cast<PlanGrouping>(g);
    if (c.facilitator() && st.grouping == PlanGrouping::Opgave) {
        ImGui::SameLine(0, em() * 2);
        if (button(tr("plan.add_opgave"), {0, 0}, Tone::Primary, "add-opgave")) {
            st.reset();
            st.editingOpgave = st.newOpgave = st.scrollTop = true;
        }
        if (s.opgaven.empty()) {
            ImGui::SameLine();
            if (button(tr("plan.add_action"), {0, 0}, Tone::Secondary, "add-action")) editNewAction(c, st, "");
        }
    }
    if (st.grouping == PlanGrouping::Monitor) return drawPlanMonitor(c, st);
    if (s.opgaven.empty() && s.actions.empty()) text(tr("plan.empty"), p.muted);
    if (st.grouping == PlanGrouping::Opgave) byOpgave(c, st);
    else byParty(c, st);
}

}  // namespace wk::ui
