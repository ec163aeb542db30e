// Reading an XLSX back (libzip for the package, expat for its XML): every sheet as a grid of
// texts, as whatever program saved it wrote them (shared or inline strings, numbers, booleans,
// dates as serial numbers). Only what a filled-in form needs; no formulas are evaluated.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "domain/Text.h"

namespace wk::io {

struct Cell {
    std::string text;     // a number as written ("1250.5"), a boolean as "1" or "0"
    bool number = false;  // a number (a date is one too: its serial)
};

struct Grid {
    std::vector<std::vector<Cell>> rows;
    int rowCount() const { return static_cast<int>(rows.size()); }
    int columns(int row) const { return row < rowCount() ? static_cast<int>(rows[static_cast<std::size_t>(row)].size()) : 0; }
    const Cell* cell(int row, int col) const {
        if (row < 0 || col < 0 || row >= rowCount()) return nullptr;
        const auto& r = rows[static_cast<std::size_t>(row)];
        return static_cast<std::size_t>(col) < r.size() ? &r[static_cast<std::size_t>(col)] : nullptr;
    }
    std::string at(int row, int col) const { const Cell* c = cell(row, col); return c ? c->text : std::string(); }
};

struct Workbook {
    std::vector<std::pair<std::string, Grid>> sheets;  // by name, in the workbook's order
    bool date1904 = false;                             // dates count from 1904 (old Mac files)
    const Grid* sheet(const std::string& name) const {
        for (const auto& [n, g] : sheets)
            if (n == name) return &g;
        return nullptr;
    }
};

// Throws SheetError (ContributionSheet.h) naming `name` when it is not an XLSX.
Workbook readXlsx(const std::string& bytes, const std::string& name);

// A date cell's text as an ISO date: a serial number (days since 1899-12-30, or 1904-01-01), an
// ISO date, or a Dutch one (15-3-2027); empty when it is none of these.
std::string sheetDate(const std::string& text, bool date1904);
using wk::trim;  // domain/Text.h

}  // namespace wk::io
