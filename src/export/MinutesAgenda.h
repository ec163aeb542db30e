// The minutes' parts that follow the agenda (issue 28): item by item in its order, with the
// minutes planned and really taken and what was settled during each; and, in the internal
// minutes, how the speaking time was shared between residents, officials and partners.
#pragma once
#include "domain/Types.h"
#include "export/Document.h"
#include "export/Minutes.h"

namespace wk::io {

// Once an item was started: one section per item of the (filtered) session's agenda, with the
// notes made during it. A meeting whose agenda was never used adds nothing.
void addAgendaMinutes(Document&, const Session&, Audience, const Words&);
// The parties' contributions brought as discussion and decision points, and what the room
// decided on each (issue 29); nothing when there were none.
void addDecisionPoints(Document&, const Session&, const KioskConfig&, const Words&);
// The internal minutes' speaking time per role; nothing when nobody had the floor.
void addSpeakingTime(Document&, const Session&, const Words&);

}  // namespace wk::io
