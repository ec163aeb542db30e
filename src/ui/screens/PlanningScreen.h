// The planning overview: which meeting is due next in which area, and the year table.
#pragma once

#include "ui/Screen.h"

namespace wk::ui {

// Planning ahead from the planning overview: what, where, when and who, as the form holds it.
struct PlanningState {
    bool adding = false;
    Planned draft;
};


// Which meeting is due next in which area, and the year table (PlanningScreen.cpp).
void drawPlanningScreen(ScreenContext&, PlanningState&);

}  // namespace wk::ui
