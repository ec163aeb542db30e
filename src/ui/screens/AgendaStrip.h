// The agenda and spreekrecht on the console: one strip under the navigation with the current
// item and the minutes left, who has the floor, and for a resident "Ik wil iets zeggen"; for
// the facilitator "Volgend punt" and the speakers' list. The room draws the same words big.
#pragma once
#include <cstdint>
#include <string>

#include "domain/Types.h"
#include "ui/Screen.h"

namespace wk::ui {

struct AgendaStripState {
    bool asking = false;  // the resident's request is being filled in
    std::string name;
    bool consent = false;
    std::uint64_t ticket = 0;
    bool asked = false;  // stored: "U staat op de lijst"
    std::string turn;    // the request's id, once stored
    std::string visit;   // this kiosk visit's, given at its first request
    bool adding = false;  // the chair puts someone at the table on the list
};

// Only while the agenda runs (an item current) or someone has or waits for the floor.
void drawAgendaStrip(ScreenContext&, AgendaStripState&);

// The facilitator changing the agenda on the start screen: one item at a time.
struct AgendaEditState {
    std::string editing;  // the item's id, "+" for a new one, empty when closed
    std::string title;
    int minutes = 10;
    AgendaKind kind = AgendaKind::Bespreken;
    Visibility visibility = Visibility::Closed;
    std::uint64_t ticket = 0;
};
// The facilitator's view of the whole agenda on the start screen: the items with their minutes,
// kind and part, what each really took, and the tap that begins it or moves it on.
void drawAgendaCard(ScreenContext&, AgendaEditState&);

// "Bewoner 3", or the name where it may be shown (a resident's only with consent).
std::string speakerName(const Turn&);
// "Nog 12 minuten", "1 minuut over de tijd": the seconds left of an item or a turn in words.
std::string minutesLeftWords(long long secondsLeft);
// A speaker's own time, said as theirs: "Spreektijd: nog 1 minuut", "Spreektijd is om".
std::string speakerTimeWords(long long secondsLeft);

}  // namespace wk::ui
