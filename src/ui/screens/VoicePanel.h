// The room's voice on the start screen (issue 30). A resident at the kiosk says "Ik ben er" or
// answers the open poll with a few large taps, and the visit ends ("Bedankt"); the facilitator
// sees who came (by kind and channel), types the head count, opens a poll of one of five kinds,
// adds paper totals, closes it (then the room shows the result) and adopts a budget split.
#pragma once
#include <string>
#include <vector>

#include "ui/Screen.h"

namespace wk::ui {

struct VoiceState {
    // The poll being written.
    bool writing = false;
    std::string question;
    PollKind kind = PollKind::One;
    std::vector<std::string> options;
    std::string total, maxChoices;
    bool live = false, closedPart = false;
    std::uint64_t openTicket = 0;
    std::string justClosed;  // the poll closed here: its result at the top until put away
    // The head count and paper totals as typed.
    std::string headCount;
    bool countingPaper = false;
    std::vector<std::string> paper;
    std::string papers;
    // A resident's answer being made (several choices, a ranking, a split), for `answering`.
    std::string answering;
    std::vector<long long> draft;
    std::string word;  // a one-word answer as typed
};

// Near the top of the start screen. Residents: the open poll and "Ik ben er"; the facilitator:
// the open poll's desk (how many answered, paper ballots, closing).
void drawVoice(ScreenContext&, VoiceState&);
// The facilitator's, under the agenda: who came and the head count, the last result (adopting a
// split), and a new poll.
void drawVoiceDesk(ScreenContext&, VoiceState&);

}  // namespace wk::ui
