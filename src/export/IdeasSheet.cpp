#include "export/IdeasSheet.h"

#include <cstdio>

#include "domain/IdeaSearch.h"
#include "domain/Text.h"
#include "export/XlsxReport.h"

namespace wk::io {
namespace {

// The ideas on the wall (nothing hidden, merged or waiting), by number: as the letters and the
// web refer to them.
std::vector<const Idea*> rowsOf(const Session& s) {
    std::vector<const Idea*> out;
    for (const auto& i : s.ideas)
        if (!i.hidden && !i.pending) out.push_back(&i);
    return out;
}

struct Column {
    std::string name;
    double width;
};
std::vector<Column> columnsOf(bool internal, const Words& w) {
    std::vector<Column> c = {{w("export.idea_number"), 12}, {w("export.idea"), 60},       {w("ideas.theme"), 16},
                             {w("export.supports"), 9},     {w("export.answer"), 12},    {w("answer.condition"), 28},
                             {w("answer.due"), 12},         {w("export.motivation"), 40}, {w("export.map_x"), 8},
                             {w("export.map_y"), 8},        {w("export.name"), 20},      {w("export.created"), 18}};
    if (internal) c.push_back({w("export.visibility"), 12});
    return c;
}

std::string coordinate(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

}  // namespace

std::string ideasCsv(const Session& s, bool internal, const Words& w) {
    std::vector<std::vector<std::string>> rows(1);
    for (const auto& c : columnsOf(internal, w)) rows[0].push_back(c.name);
    for (const Idea* i : rowsOf(s)) {
        const Response& r = i->response;
        rows.push_back({i->number, i->text, i->theme, std::to_string(i->votes), r.value.empty() ? "" : w("answer." + r.value), r.condition, r.due,
                        r.motivation, i->map ? coordinate(i->map->x) : "", i->map ? coordinate(i->map->y) : "", i->author,
                        i->created.substr(0, 16)});
        if (internal) rows.back().push_back(w(i->visibility == Visibility::Closed ? "badge.closed" : "badge.public"));
    }
    return csvRows(rows);
}

std::string ideasXlsx(const Session& s, bool internal, const KioskConfig& config, const Words& w) {
    XlsxReport::Columns columns;
    for (const auto& c : columnsOf(internal, w)) columns.emplace_back(c.name, c.width);
    // The ideas are the first (and only) sheet: what opens is the list.
    XlsxReport sheet("ideeen", s.info.title + " - " + w("export.file_ideas"), config.municipality, w("export.file_ideas"), columns);
    for (const Idea* i : rowsOf(s)) {
        sheet.nextRow();
        const Response& r = i->response;
        sheet.text(0, i->number);
        sheet.text(1, i->text);
        sheet.text(2, i->theme);
        sheet.number(3, i->votes);
        sheet.text(4, r.value.empty() ? "" : w("answer." + r.value));
        sheet.text(5, r.condition);
        sheet.when(6, r.due);
        sheet.text(7, r.motivation);
        if (i->map) {
            sheet.number(8, i->map->x);
            sheet.number(9, i->map->y);
        }
        sheet.text(10, i->author);
        sheet.when(11, i->created);
        if (internal) sheet.text(12, w(i->visibility == Visibility::Closed ? "badge.closed" : "badge.public"));
    }
    return sheet.finish();
}

}  // namespace wk::io
