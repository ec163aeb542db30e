// A sheet as the advisor opens a report in it (the action plan, the ideas): a bold header row
// that stays in view with a filter on it, columns wide enough to read, text that wraps and
// never becomes a formula, dates as date cells. One sheet, written by libxlsxwriter into a
// temporary file whose bytes finish() returns.
#pragma once
#include <xlsxwriter.h>

#include <string>
#include <utility>
#include <vector>

#include "export/TempFile.h"

namespace wk::io {

class XlsxReport {
public:
    using Columns = std::vector<std::pair<std::string, double>>;  // heading, width in characters
    // `sheet` names the sheet ("" for the default name); throws IoError when it cannot start.
    XlsxReport(const char* what, std::string title, std::string company, const std::string& sheet, const Columns&);
    ~XlsxReport();
    XlsxReport(const XlsxReport&) = delete;
    XlsxReport& operator=(const XlsxReport&) = delete;

    void nextRow() { ++row_; }
    void text(int col, const std::string&);
    void number(int col, double);
    void money(int col, double euros);
    // An ISO date as a date cell, a date and time ("2026-11-26T19:30") as a date-time cell;
    // anything else as text.
    void when(int col, const std::string& iso);
    // The file's bytes; throws IoError when it cannot be written.
    std::string finish();

private:
    TempFile file_;
    std::string title_, company_;  // the document's properties point into these
    lxw_workbook* book_ = nullptr;
    lxw_worksheet* sheet_ = nullptr;
    lxw_format *head_ = nullptr, *wrap_ = nullptr, *date_ = nullptr, *time_ = nullptr, *top_ = nullptr, *money_ = nullptr;
    lxw_row_t row_ = 0;
    std::size_t columns_ = 0;
};

}  // namespace wk::io
