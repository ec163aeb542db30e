// The ideas' spreadsheet as XLSX (libxlsxwriter): in the documents module, beside the other
// writers that need a library of their own; the CSV and the columns stay in IdeasSheet.cpp.
#include "export/IdeasSheet.h"
#include "export/XlsxReport.h"

namespace wk::io {

std::string ideasXlsx(const Session& s, bool internal, const KioskConfig& config, const Words& w) {
    XlsxReport::Columns columns;
    for (const auto& c : ideaColumns(internal, w)) columns.emplace_back(c.name, c.width);
    // The ideas are the first (and only) sheet: what opens is the list.
    XlsxReport sheet("ideeen", s.info.title + " - " + w("export.file_ideas"), config.municipality, w("export.file_ideas"), columns);
    for (const Idea* i : ideaRows(s)) {
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
