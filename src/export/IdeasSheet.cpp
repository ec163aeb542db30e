#include "export/IdeasSheet.h"

#include <xlsxwriter.h>

#include <cstdio>

#include "domain/IdeaSearch.h"
#include "domain/Text.h"
#include "export/TempFile.h"
#include "io/AtomicFile.h"

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
    TempFile file("ideeen");
    lxw_workbook* book = workbook_new(file.path.c_str());
    if (!book) throw IoError("cannot start the spreadsheet");
    lxw_doc_properties props{};
    std::string title = s.info.title + " - " + w("export.file_ideas");
    std::string company = config.municipality;
    props.title = title.data();
    props.company = company.data();
    workbook_set_properties(book, &props);
    // The ideas are the first sheet: what opens is the list.
    std::string sheetName = w("export.file_ideas");
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName.c_str());
    lxw_format* head = workbook_add_format(book);
    format_set_bold(head);
    format_set_text_wrap(head);
    lxw_format* wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* time = workbook_add_format(book);
    format_set_num_format(time, "yyyy-mm-dd hh:mm");
    format_set_align(time, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* top = workbook_add_format(book);
    format_set_align(top, LXW_ALIGN_VERTICAL_TOP);
    const auto columns = columnsOf(internal, w);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), columns[c].name.c_str(), head);
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), columns[c].width, nullptr);
    }
    lxw_row_t row = 0;
    // Text only ever goes in as text: nothing typed can become a formula.
    const auto text = [&](lxw_col_t col, const std::string& v) {
        if (!v.empty()) worksheet_write_string(sheet, row, col, v.c_str(), wrap);
    };
    const auto when = [&](lxw_col_t col, const std::string& iso) {
        if (iso.size() < 10 || !isIsoDate(iso.substr(0, 10))) return text(col, iso);
        const bool clock = iso.size() >= 16 && iso[10] == 'T';
        lxw_datetime d{std::atoi(iso.substr(0, 4).c_str()), std::atoi(iso.substr(5, 2).c_str()), std::atoi(iso.substr(8, 2).c_str()),
                       clock ? std::atoi(iso.substr(11, 2).c_str()) : 0, clock ? std::atoi(iso.substr(14, 2).c_str()) : 0, 0};
        worksheet_write_datetime(sheet, row, col, &d, clock ? time : date);
    };
    for (const Idea* i : rowsOf(s)) {
        ++row;
        const Response& r = i->response;
        text(0, i->number);
        text(1, i->text);
        text(2, i->theme);
        worksheet_write_number(sheet, row, 3, i->votes, top);
        text(4, r.value.empty() ? "" : w("answer." + r.value));
        text(5, r.condition);
        when(6, r.due);
        text(7, r.motivation);
        if (i->map) {
            worksheet_write_number(sheet, row, 8, i->map->x, top);
            worksheet_write_number(sheet, row, 9, i->map->y, top);
        }
        text(10, i->author);
        when(11, i->created);
        if (internal) text(12, w(i->visibility == Visibility::Closed ? "badge.closed" : "badge.public"));
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, row, static_cast<lxw_col_t>(columns.size() - 1));
    if (workbook_close(book) != LXW_NO_ERROR) throw IoError("cannot write the spreadsheet to " + file.path);
    return readFile(file.path);
}

}  // namespace wk::io
