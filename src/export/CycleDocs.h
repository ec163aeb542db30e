// The documents of the cycle around the meetings: Platform31's lokale werkagenda (workbook
// section 3.5) for one meeting, and the progress report (voortgang) of a wijk for its wijkorgaan.
#pragma once
#include <string>
#include <vector>

#include "domain/Types.h"
#include "io/Config.h"
#include "export/Document.h"
#include "export/Minutes.h"

namespace wk::io {

// `session` already filtered for its audience (visibleTo).
Document werkagendaDocument(const Session&, Audience, const KioskConfig&, const Words&);

// Every meeting of the wijk up to and including `focus` (each already filtered for the
// audience), as of `today`.
Document voortgangDocument(const std::vector<Session>& meetings, const Session& focus, Audience, const KioskConfig&, const Words&,
                           const std::string& today);

}  // namespace wk::io
