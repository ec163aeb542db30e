// The minutes' parts for the room's voice (issue 30): who came, by kind and channel, with the
// chair's head count as the figure of record; and every poll with its question, answers, counts
// and how many answered through each channel (a budget split: advisory or adopted).
#pragma once
#include "domain/Types.h"
#include "export/Document.h"
#include "export/Minutes.h"

namespace wk::io {

// Nothing when nobody checked in and nobody counted.
void addAttendance(Document&, const Session&, const Words&);
// The (filtered) session's polls; an open one says it is still open and shows no result.
void addPolls(Document&, const Session&, Audience, const Words&);

}  // namespace wk::io
