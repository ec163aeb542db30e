#include "export/XlsxReport.h"

#include <cstdlib>

#include "domain/Text.h"
#include "io/AtomicFile.h"

namespace wk::io {

XlsxReport::XlsxReport(const char* what, std::string title, std::string company, const std::string& sheet, const Columns& columns)
    : file_(what), title_(std::move(title)), company_(std::move(company)), columns_(columns.size()) {
    book_ = workbook_new(file_.path.c_str());
    if (!book_) throw IoError("cannot start the spreadsheet");
    lxw_doc_properties props{};
    props.title = title_.data();
    props.company = company_.data();
    workbook_set_properties(book_, &props);
    sheet_ = workbook_add_worksheet(book_, sheet.empty() ? nullptr : sheet.c_str());
    const auto format = [&](const char* number, bool wrap) {
        lxw_format* f = workbook_add_format(book_);
        if (number) format_set_num_format(f, number);
        if (wrap) format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        return f;
    };
    head_ = workbook_add_format(book_);
    format_set_bold(head_);
    format_set_text_wrap(head_);
    wrap_ = format(nullptr, true);
    date_ = format("yyyy-mm-dd", false);
    time_ = format("yyyy-mm-dd hh:mm", false);
    money_ = format("#,##0.00", false);
    top_ = format(nullptr, false);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c), columns[c].first.c_str(), head_);
        worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), columns[c].second, nullptr);
    }
}

XlsxReport::~XlsxReport() {
    if (book_) workbook_close(book_);  // left by an exception: freed, the temporary file goes with it
}

void XlsxReport::text(int col, const std::string& v) {
    // Text only ever goes in as text: nothing typed can become a formula.
    if (!v.empty()) worksheet_write_string(sheet_, row_, static_cast<lxw_col_t>(col), v.c_str(), wrap_);
}

void XlsxReport::number(int col, double v) { worksheet_write_number(sheet_, row_, static_cast<lxw_col_t>(col), v, top_); }

void XlsxReport::money(int col, double euros) { worksheet_write_number(sheet_, row_, static_cast<lxw_col_t>(col), euros, money_); }

void XlsxReport::when(int col, const std::string& iso) {
    if (iso.size() < 10 || !isIsoDate(iso.substr(0, 10))) return text(col, iso);
    const bool clock = iso.size() >= 16 && iso[10] == 'T';
    const auto part = [&](std::size_t at, std::size_t n) { return std::atoi(iso.substr(at, n).c_str()); };
    lxw_datetime d{part(0, 4), part(5, 2), part(8, 2), clock ? part(11, 2) : 0, clock ? part(14, 2) : 0, 0};
    worksheet_write_datetime(sheet_, row_, static_cast<lxw_col_t>(col), &d, clock ? time_ : date_);
}

std::string XlsxReport::finish() {
    worksheet_freeze_panes(sheet_, 1, 0);
    worksheet_autofilter(sheet_, 0, 0, row_, static_cast<lxw_col_t>(columns_ - 1));
    lxw_workbook* book = book_;
    book_ = nullptr;
    if (workbook_close(book) != LXW_NO_ERROR) throw IoError("cannot write the spreadsheet to " + file_.path);
    return readFile(file_.path);
}

}  // namespace wk::io
