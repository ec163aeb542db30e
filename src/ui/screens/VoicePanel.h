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
    // The head count and paper totals as typed.
    std::string headCount;
    bool countingPaper = false;
    std::vector<std::string> paper;
    std::string papers;
    // A resident's answer being made (several choices, a ranking, a split), for `answering`.
    std::string answering;
    std::vector<long long> draft;
};

// Residents: "Ik ben er" and the open public poll. Facilitator: attendance and the poll desk.
void drawVoice(ScreenContext&, VoiceState&);

}  // namespace wk::ui
