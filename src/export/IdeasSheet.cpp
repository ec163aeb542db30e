#include "export/IdeasSheet.h"

#include <cstdio>

#include "domain/IdeaSearch.h"
#include "domain/Text.h"

namespace wk::io {

// The ideas on the wall (nothing hidden, merged or waiting), by number: as the letters and the
// web refer to them.
std::vector<const Idea*> ideaRows(const Session& s) {
    std::vector<const Idea*> out;
    for (const auto& i : s.ideas)
        if (!i.hidden && !i.pending) out.push_back(&i);
    return out;
}

std::vector<IdeaColumn> ideaColumns(bool internal, const Words& w) {
    std::vector<IdeaColumn> c = {{w("export.idea_number"), 12}, {w("export.idea"), 60},       {w("ideas.theme"), 16},
                             {w("export.supports"), 9},     {w("export.answer"), 12},    {w("answer.condition"), 28},
                             {w("answer.due"), 12},         {w("export.motivation"), 40}, {w("export.map_x"), 8},
                             {w("export.map_y"), 8},        {w("export.name"), 20},      {w("export.created"), 18}};
    if (internal) c.push_back({w("export.visibility"), 12});
    return c;
}

std::string ideaCoordinate(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

std::string ideasCsv(const Session& s, bool internal, const Words& w) {
    std::vector<std::vector<std::string>> rows(1);
    for (const auto& c : ideaColumns(internal, w)) rows[0].push_back(c.name);
    for (const Idea* i : ideaRows(s)) {
        const Response& r = i->response;
        rows.push_back({i->number, i->text, i->theme, std::to_string(i->votes), r.value.empty() ? "" : w("answer." + r.value), r.condition, r.due,
                        r.motivation, i->map ? ideaCoordinate(i->map->x) : "", i->map ? ideaCoordinate(i->map->y) : "", i->author,
                        i->created.substr(0, 16)});
        if (internal) rows.back().push_back(w(i->visibility == Visibility::Closed ? "badge.closed" : "badge.public"));
    }
    return csvRows(rows);
}

}  // namespace wk::io
