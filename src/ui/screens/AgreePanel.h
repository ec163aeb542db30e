// What the room agrees on (issue 31), on the start screen. A resident at the kiosk answers the
// open statements (eens, oneens, weet niet) or the evaluation one after the other, and the visit
// ends after the last ("Bedankt"). The facilitator puts statements up (their own, or residents'
// proposals), sees where the room agrees and where it is divided, starts and closes the
// evaluation, lets one-word answers in, and takes words off the word cloud.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "domain/Agreement.h"
#include "ui/Screen.h"

namespace wk::ui {

struct AgreeState {
    std::vector<std::string> answeredHere;  // this visit's answers in the round so far (poll ids)
    std::string text;                       // an open question's answer as typed
    bool writing = false;                   // a new statement being written
    std::string statement;
    std::uint64_t ticket = 0;
    bool cloudOpen = false;  // the word cloud's words, to take one off
};

// A round to answer at the kiosk, if one is open (the evaluation first); whether one was drawn.
bool drawAgreeRound(ScreenContext&, AgreeState&);
// The facilitator's, under the polls: statements, proposals, the evaluation, words.
void drawAgreeDesk(ScreenContext&, AgreeState&);

}  // namespace wk::ui
