// The written record of one meeting: the minutes (verslag) as a Document, in the order its
// meeting type asks for, and the action plan as CSV for a Dutch Excel or LibreOffice.
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "domain/Types.h"
#include "io/Config.h"
#include "io/Document.h"

namespace wk::io {

// The words of the document, from the kiosk's one translation table (passed in: io is below ui).
using Words = std::function<std::string(std::string_view key)>;

// The minutes of `session`, already filtered for its audience (visibleTo). `chartPng` is the
// slider chart, embedded in HTML, or empty.
Document minutesDocument(const Session&, Audience, const KioskConfig&, const Words&, const std::string& chartPng);

// One row per action with a header row: UTF-8 with BOM, ';', CRLF, RFC 4180 quoting, ISO dates,
// and every cell that could start a formula neutralised.
std::string planCsv(const Session&, const KioskConfig&, const Words&);
// One CSV cell, quoted when needed and never a formula.
std::string csvCell(const std::string& text);

}  // namespace wk::io
