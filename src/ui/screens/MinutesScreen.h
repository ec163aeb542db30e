// The live minutes: notes, decisions and agreements as the meeting goes.
#pragma once
#include <cstdint>
#include <string>

#include "ui/Screen.h"

namespace wk::ui {

struct MinutesState {
    std::string text, editing;  // editing: the id of the note being changed, or empty
    std::uint64_t pendingTicket = 0;  // sent to be saved: the draft stays until it is stored
    NoteKind kind = NoteKind::Note;
    Visibility visibility = Visibility::Closed;
    bool visibilityChosen = false;
};


void drawMinutesScreen(ScreenContext&, MinutesState&);

}  // namespace wk::ui
