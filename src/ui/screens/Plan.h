// The plan screen's parts, one file each: the list (PlanScreen.cpp), the editors
// (PlanEditor.cpp) and the monitoring overview (PlanMonitor.cpp).
#pragma once
#include <string>

#include "ui/screens/PlanScreen.h"

namespace wk::ui {

// The forms for one action and one opgave; they draw over the list while open.
void drawActionEditor(ScreenContext&, PlanState&);
void drawOpgaveEditor(ScreenContext&, PlanState&);
// Opens the editor on a new action under `opgave`, or on a copy of an existing one.
void editNewAction(ScreenContext&, PlanState&, const std::string& opgave);
void editAction(ScreenContext&, PlanState&, const Action&);

// Overdue and due-soon actions of the whole wijk, this meeting included.
void drawPlanMonitor(ScreenContext&, PlanState&);

// The SMART check as a row of chips (what, measured, who, when, and "party missing"); with
// `verdict` also "SMART" or "not SMART yet".
void smartChips(const Action&, bool verdict);

// Who does it, in words: the party's label and the person or department.
std::string whoOf(const ScreenContext&, const Action&);
// The status history in one line, e.g. "gepland 2024-11-12 → lopend 2026-11-23".
std::string historyLine(const Action&);
// "3 dagen te laat", "nog 12 dagen", "vandaag": for an open action with a deadline.
std::string dueText(std::int64_t daysLeft);

}  // namespace wk::ui
