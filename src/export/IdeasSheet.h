// Every idea of a meeting as a spreadsheet (issue 34): the advisor's list of a big meeting, which
// the minutes name instead of printing five thousand ideas. One row per idea on the wall, with its
// number, text, theme, support, answer (condition, date, motivation), place on the map, its author
// where the audience may see the name, and when it came in. Never a contact, in any audience.
#pragma once
#include <string>
#include <vector>

#include "domain/Types.h"
#include "export/Minutes.h"
#include "io/Config.h"

namespace wk::io {

// `session` already filtered for its audience (visibleTo): the public one holds no closed idea
// and no name without consent. `internal` adds whether each idea is public or closed.
std::string ideasXlsx(const Session&, bool internal, const KioskConfig&, const Words&);
std::string ideasCsv(const Session&, bool internal, const Words&);

// What both formats share: the rows (the ideas on the wall, by number), the columns, a map
// coordinate as text.
struct IdeaColumn {
    std::string name;
    double width;  // in characters
};
std::vector<const Idea*> ideaRows(const Session&);
std::vector<IdeaColumn> ideaColumns(bool internal, const Words&);
std::string ideaCoordinate(double v);

}  // namespace wk::io
