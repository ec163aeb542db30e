// The invitation to a meeting (issue 29): a letter on the municipality's letterhead (PDF and ODT
// from one Document) and an iCalendar event (RFC 5545). The residents' letter invites them to the
// public part with its items only; the internal one lists every item and the points the parties
// brought, and its event asks the config's genodigden as attendees. Neither names a resident.
#pragma once
#include <string>
#include <vector>

#include "domain/Types.h"
#include "export/Document.h"
#include "export/Minutes.h"
#include "io/AtomicFile.h"
#include "io/Config.h"

namespace wk::io {

// Why a meeting cannot be invited to, for the kiosk to say in its own words.
struct NothingToInvite : IoError {
    enum class Why { NoTime, NoPublicPart } why;
    NothingToInvite(Why w, const std::string& what) : IoError(what), why(w) {}
};

// `full` is the stored meeting: the times of its items come from the whole agenda, what the
// audience may not see is left out here. Throws IoError when there is nothing to invite to: no
// date or time, or (public) no part the public may come to.
// `today` (YYYY-MM-DD): the letter's date.
Document invitationDocument(const Session& full, Audience, const KioskConfig&, const Words&, const std::string& today);

// The event as an .ics file: CRLF lines folded at 75 octets, text escaped, times in
// Europe/Amsterdam (its VTIMEZONE included), `stampUtc` (YYYYMMDDTHHMMSSZ) as DTSTAMP. Its UID
// stays the same for a meeting and audience, so a new export updates the calendar's event.
std::string invitationIcs(const Session& full, Audience, const KioskConfig&, const Words&, const std::string& stampUtc);

// The footer and title of the letter: "Uitnodiging Wijktafel Brouwhuis".
std::string invitationTitle(const SessionInfo&, const KioskConfig&, const Words&);

// What letters share (the invitation, the answer letters): the meeting type's label, a word's
// first letter in lower case, the gebied's person to ask with phone and address (none when the
// gebied names nobody), lines joined.
std::string typeLabel(const SessionInfo&, const KioskConfig&);
std::string lowerFirst(std::string);
std::vector<std::string> gebiedContact(const Gebied*, const Words&);
std::string joinLines(const std::vector<std::string>&);

// iCalendar's TEXT escaping (backslash, semicolon, comma, line breaks) and its line folding.
std::string icsText(const std::string& text);
std::string icsFold(const std::string& line);

}  // namespace wk::io
