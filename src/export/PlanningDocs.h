// The planning overview's inputs taken from the config and the store's list of meetings, and
// Stadskanaal's year table as a document (Markdown or HTML for print).
#pragma once
#include <string>
#include <vector>

#include "domain/Planning.h"
#include "io/Config.h"
#include "export/Document.h"
#include "export/Minutes.h"

namespace wk::io {

std::vector<PlanningArea> planningAreas(const KioskConfig&);
std::vector<MeetingFrequency> meetingFrequencies(const KioskConfig&);
std::vector<HeldMeeting> heldMeetings(const std::vector<SessionSummary>&);
// What may be planned ahead: the meeting types' words, then the activities' names.
std::vector<std::string> plannableKinds(const KioskConfig&);
// "Wijktafel" for a meeting type's word, the name for an activity; its letter(s) in the table.
std::string kindLabel(const KioskConfig&, const std::string& kind);
std::string kindShort(const KioskConfig&, const std::string& kind);
std::string meetingShort(const MeetingType&);  // WT, WWO, WB, CoT, O; a form the config adds: its initials

// The wijk's first meeting planned after this one, as the minutes name it ("Wijktafel
// 2027-03-12, wijkadviseur"), or empty when none is planned. Activities are not meetings.
std::string nextMeeting(const KioskConfig&, const std::vector<Planned>&, const SessionInfo&);

// Areas down, months across, grouped by gebied; a legend of the letters under it.
Document yearDocument(const std::vector<YearRow>&, int year, const KioskConfig&, const Words&);

}  // namespace wk::io
