#include "export/PlanXlsx.h"

#include <xlsxwriter.h>

#include <filesystem>

#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "export/TempFile.h"
#include "io/AtomicFile.h"

namespace wk::io {

std::string planXlsx(const Session& s, const KioskConfig& config, const Words& w) {
    TempFile file("plan");
    lxw_workbook* book = workbook_new(file.path.c_str());
    if (!book) throw IoError("cannot start the spreadsheet");
    lxw_doc_properties props{};
    std::string title = s.info.title + " - " + w("plan.title");
    std::string company = config.municipality;
    props.title = title.data();
    props.company = company.data();
    workbook_set_properties(book, &props);
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    lxw_format* head = workbook_add_format(book);
    format_set_bold(head);
    format_set_text_wrap(head);
    lxw_format* wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");
    format_set_align(money, LXW_ALIGN_VERTICAL_TOP);

    const std::vector<std::pair<std::string, double>> columns = {
        {w("export.nr"), 6},          {w("plan.opgave"), 24},   {w("plan.what"), 40},    {w("plan.indicator"), 28},
        {w("export.party"), 14},      {w("export.owner"), 24},  {w("plan.deadline"), 12}, {w("plan.budget"), 16},
        {w("export.amount"), 12},     {w("export.status"), 11}, {w("plan.koppelkansen"), 22}, {w("export.visibility"), 12},
        {w("export.carried"), 14}};
    for (std::size_t c = 0; c < columns.size(); ++c) {
        // Text only ever goes in as text: nothing typed can become a formula.
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), columns[c].first.c_str(), head);
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), columns[c].second, nullptr);
    }
    const auto numbers = actionNumbers(s);
    lxw_row_t row = 0;
    const auto text = [&](lxw_col_t col, const std::string& v) {
        if (!v.empty()) worksheet_write_string(sheet, row, col, v.c_str(), wrap);
    };
    const auto day = [&](lxw_col_t col, const std::string& iso) {
        if (iso.size() < 10 || !isIsoDate(iso.substr(0, 10))) return text(col, iso);
        lxw_datetime d{std::atoi(iso.substr(0, 4).c_str()), std::atoi(iso.substr(5, 2).c_str()), std::atoi(iso.substr(8, 2).c_str()), 0, 0, 0};
        worksheet_write_datetime(sheet, row, col, &d, date);
    };
    for (const Action* a : planOrder(s)) {
        ++row;
        const Opgave* o = find<Opgave>(s, a->opgave);
        std::string kansen;
        for (const auto& k : a->koppelkansen) kansen += (kansen.empty() ? "" : ", ") + k;
        worksheet_write_number(sheet, row, 0, numbers.at(a->id), nullptr);
        text(1, o ? o->title : "");
        text(2, a->what);
        text(3, a->indicator);
        text(4, a->party ? config.parties.at(*a->party) : "");
        text(5, a->owner);
        day(6, a->deadline);
        text(7, a->budget);
        if (a->amountCents) worksheet_write_number(sheet, row, 8, static_cast<double>(*a->amountCents) / 100.0, money);
        text(9, w("status." + std::string(toString(a->status))));
        text(10, kansen);
        text(11, w(a->visibility == Visibility::Closed ? "badge.closed" : "badge.public"));
        if (a->origin) day(12, a->origin->date);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, row, static_cast<lxw_col_t>(columns.size() - 1));
    if (workbook_close(book) != LXW_NO_ERROR) throw IoError("cannot write the spreadsheet to " + file.path);
    return readFile(file.path);
}

}  // namespace wk::io
