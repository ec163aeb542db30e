// The wijkactieplan: the list by opgave or party, the editors, the monitoring overview.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "ui/Screen.h"

namespace wk::ui {

// How the plan is shown: by opgave (as it is built), by party (who committed to what), or the
// monitoring overview of what is overdue or due soon in the wijk.
enum class PlanGrouping { Opgave, Party, Monitor };

struct PlanState {
    PlanGrouping grouping = PlanGrouping::Opgave;
    // An action or opgave being edited, as a draft saved as a whole; a new one has no id yet.
    bool editingAction = false, newAction = false;
    Action draft;
    std::string amountText, kansText;  // the amount and a koppelkans of its own, as typed
    bool editingOpgave = false, newOpgave = false;
    Opgave opgaveDraft;
    bool confirmRemove = false;
    std::uint64_t pendingTicket = 0;  // a saved draft on its way: the editor closes once it is stored
    bool scrollTop = false;  // an editor just opened: show it from its top
    float listScroll = 0;    // where the list was, to return there when the editor closes
    bool restoreScroll = false;
    // Reordering by drag: the action held by its handle, and where each card was last drawn.
    std::string dragging, dropTarget;
    struct CardRect { std::string id; ImVec2 min, max; };
    std::vector<CardRect> cards, lastCards;
    std::unordered_map<std::string, int> numbers;  // each action's number in the plan, this frame
    // Card heights as last drawn, so rows off screen are skipped with a spacer of their height.
    std::unordered_map<std::string, float> cardHeights;
    float cardWidth = 0;
    // The monitoring overview, rebuilt only when the session, the phase or the day changes.
    struct Monitor {
        std::uint64_t revision = 0;
        bool publicPhase = false;
        std::string today;
        std::vector<TrackedAction> all;
        std::vector<DueAction> due;  // points into `all`
        std::vector<OpenAnswer> answers;  // every open answer of the wijk this audience may see, overdue first
    } monitor;
    // Closes any editor and drag; the grouping the room chose stays.
    void reset() {
        const PlanGrouping g = grouping;
        const float scroll = listScroll;
        const bool wasEditing = editingAction || editingOpgave;
        *this = PlanState();
        grouping = g;
        listScroll = scroll;
        restoreScroll = wasEditing;
    }
};


void drawPlanScreen(ScreenContext&, PlanState&);

}  // namespace wk::ui
