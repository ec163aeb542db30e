// The written record of one meeting: the minutes (verslag) as a Document, in the order its
// meeting type asks for, and the action plan as CSV for a Dutch Excel or LibreOffice.
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "domain/Types.h"
#include "domain/WordCloud.h"
#include "io/Config.h"
#include "export/Document.h"

namespace wk::io {

// The words of the document, from the kiosk's one translation table (passed in: io is below ui).
using Words = std::function<std::string(std::string_view key)>;

// What the minutes say that the session itself does not know.
struct MinutesContext {
    Image chart;              // the slider chart (a PNG, and shapes for the PDF), or empty
    std::string nextMeeting;  // the wijk's next planned meeting ("Wijktafel 2027-03-12"), or empty
    std::vector<CloudWord> cloud = {};  // the ideas' most frequent words (issue 31), or none
    bool web = false;                   // for the public website: it names no resident at all
    // A big meeting's minutes name the ideas spreadsheet written beside them (issue 34).
    std::string ideasFile = {};
};

// The minutes of `session`, already filtered for its audience (visibleTo). Complete as an
// advisor sends them: who was there, when the public part began, the positioning, the ideas
// with their answers and the promises still open, decisions and agreements, the plan with
// koppelkansen and status history, the next meeting and who gets the minutes. Residents'
// contact details are in none of it, whatever the consent (they go in the contact list only).
Document minutesDocument(const Session&, Audience, const KioskConfig&, const Words&, const MinutesContext& = {});

// The facilitator's contact list for following up ideas (internal only): one row per idea whose
// author left a name or a contact, CSV like the plan.
std::string contactsCsv(const Session&, const Words&);

// One row per action with a header row: UTF-8 with BOM, ';', CRLF, RFC 4180 quoting, ISO dates,
// and every cell that could start a formula neutralised.
std::string planCsv(const Session&, const KioskConfig&, const Words&);
// One CSV cell, quoted when needed and never a formula.
std::string csvCell(const std::string& text);
// Rows as a Dutch spreadsheet reads them: the BOM, ';' between cells, CRLF after each row.
std::string csvRows(const std::vector<std::vector<std::string>>& rows);

}  // namespace wk::io
