#include "export/ContributionSheet.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "domain/Plan.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "export/TempFile.h"
#include "export/XlsxRead.h"
#include "io/AtomicFile.h"

namespace wk::io {
namespace {

// The columns, by the heading the reader finds them by (in the kiosk's language).
enum Col { Opgave, What, Indicator, PartyCol, Owner, Deadline, Budget, Amount, Status, Point, kColumns };
constexpr const char* kHeading[kColumns] = {"sheet.opgave", "sheet.what", "sheet.indicator", "sheet.party", "sheet.owner",
                                            "sheet.deadline", "sheet.budget", "sheet.amount", "sheet.status", "sheet.point"};
constexpr double kWidth[kColumns] = {28, 44, 32, 16, 24, 14, 16, 14, 12, 16};
constexpr int kRows = 40;           // rows to fill in
constexpr const char* kMeta = "wijkkiosk";  // the hidden sheet with the meeting's uid

// A drop-down list on a column's rows; `strict`: only the list's words.
void dropDown(lxw_worksheet* sheet, int col, std::vector<std::string>& words, bool strict) {
    std::vector<char*> list;
    for (auto& w : words) list.push_back(w.data());
    list.push_back(nullptr);
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST;
    v.value_list = list.data();
    v.error_type = strict ? LXW_VALIDATION_ERROR_TYPE_STOP : LXW_VALIDATION_ERROR_TYPE_INFORMATION;
    worksheet_data_validation_range(sheet, 1, static_cast<lxw_col_t>(col), kRows, static_cast<lxw_col_t>(col), &v);
}

}  // namespace

std::string contributionSheet(const Session& s, Party party, const KioskConfig& c, const Words& w) {
    TempFile file("sheet");
    lxw_workbook* book = workbook_new(file.path.c_str());
    if (!book) throw IoError("cannot start the spreadsheet");
    const std::string rowsName = w("sheet.contributions"), opgavenName = w("sheet.opgaven");
    lxw_worksheet* rows = workbook_add_worksheet(book, rowsName.c_str());
    lxw_worksheet* opgaven = workbook_add_worksheet(book, opgavenName.c_str());
    lxw_worksheet* meta = workbook_add_worksheet(book, kMeta);
    worksheet_hide(meta);
    lxw_format* head = workbook_add_format(book);
    format_set_bold(head);
    format_set_text_wrap(head);
    format_set_bg_color(head, 0xDDE6F0);
    lxw_format* wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "dd-mm-yyyy");
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");

    for (int col = 0; col < kColumns; ++col) {
        worksheet_write_string(rows, 0, static_cast<lxw_col_t>(col), w(kHeading[col]).c_str(), head);
        lxw_format* f = col == Deadline ? date : col == Amount ? money : wrap;
        worksheet_set_column(rows, static_cast<lxw_col_t>(col), static_cast<lxw_col_t>(col), kWidth[col], f);
    }
    worksheet_freeze_panes(rows, 1, 0);
    const std::string partyLabel = c.parties.at(party);
    for (int r = 1; r <= kRows; ++r) worksheet_write_string(rows, static_cast<lxw_row_t>(r), PartyCol, partyLabel.c_str(), nullptr);
    std::vector<std::string> parties, statuses, budgets = c.budgets, points;
    for (const auto& [p, label] : c.parties) parties.push_back(label);
    for (const char* st : {"gepland", "lopend", "gereed", "vervallen"}) statuses.push_back(w(std::string("status.") + st));
    for (const char* pt : {"discussiepunt", "beslispunt"}) points.push_back(w(std::string("point.") + pt));
    dropDown(rows, PartyCol, parties, true);
    dropDown(rows, Status, statuses, true);
    if (!budgets.empty()) dropDown(rows, Budget, budgets, true);
    dropDown(rows, Point, points, true);
    // The opgave: one of the plan's (listed on the next sheet), or a new one typed in.
    lxw_data_validation fromList{};
    fromList.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    std::string range = "='" + opgavenName + "'!$A$2:$A$" + std::to_string(kRows + 1);
    fromList.value_formula = range.data();
    fromList.error_type = LXW_VALIDATION_ERROR_TYPE_INFORMATION;
    worksheet_data_validation_range(rows, 1, Opgave, kRows, Opgave, &fromList);

    worksheet_write_string(opgaven, 0, 0, w("sheet.opgave").c_str(), head);
    worksheet_write_string(opgaven, 0, 1, w("sheet.description").c_str(), head);
    worksheet_set_column(opgaven, 0, 0, 36, wrap);
    worksheet_set_column(opgaven, 1, 1, 60, wrap);
    lxw_row_t r = 1;
    for (const auto& o : s.opgaven) {
        worksheet_write_string(opgaven, r, 0, o.title.c_str(), nullptr);
        worksheet_write_string(opgaven, r, 1, o.description.c_str(), nullptr);
        ++r;
    }
    worksheet_write_string(meta, 0, 0, "uid", nullptr);
    worksheet_write_string(meta, 0, 1, s.info.uid.c_str(), nullptr);
    worksheet_write_string(meta, 1, 0, "partij", nullptr);
    worksheet_write_string(meta, 1, 1, std::string(toString(party)).c_str(), nullptr);
    worksheet_write_string(meta, 2, 0, "bijeenkomst", nullptr);
    worksheet_write_string(meta, 2, 1, s.info.title.c_str(), nullptr);
    if (workbook_close(book) != LXW_NO_ERROR) throw IoError("cannot write the spreadsheet to " + file.path);
    return readFile(file.path);
}

ContributionRead readContributionSheet(const std::string& bytes, const std::string& name, const KioskConfig& c, const Words& w) {
    const Workbook book = readXlsx(bytes, name);  // throws SheetError: not an XLSX
    const std::string rowsName = w("sheet.contributions"), opgavenName = w("sheet.opgaven");
    const Grid* rows = book.sheet(rowsName);
    if (!rows) throw SheetError(name + ": no sheet \"" + rowsName + "\" (the sheet wijkkiosk prepare made has it)");
    const Grid* meta = book.sheet(kMeta);
    ContributionRead out;
    if (!meta || meta->at(0, 0) != "uid" || meta->at(1, 0) != "partij")
        throw SheetError(name + ": the hidden sheet \"" + std::string(kMeta) + "\" is missing or changed: use a sheet wijkkiosk prepare made");
    out.uid = meta->at(0, 1);
    const auto party = parse<Party>(meta->at(1, 1));
    if (!party) throw SheetError(name + ": sheet \"" + std::string(kMeta) + "\": \"" + meta->at(1, 1) + "\" is not a party");
    AddContributions& add = out.contributions;
    add.party = *party;
    add.source = name;
    // The columns by their heading: renamed or missing ones are named.
    int at[kColumns];
    for (int col = 0; col < kColumns; ++col) {
        at[col] = -1;
        for (int k = 0; k < rows->columns(0); ++k)
            if (trim(rows->at(0, k)) == w(kHeading[col])) at[col] = k;
        if (at[col] < 0) throw SheetError(name + ": sheet \"" + rowsName + "\", row 1: the column \"" + w(kHeading[col]) + "\" is missing or renamed");
    }
    const auto where = [&](int row, int col) {
        return name + ": sheet \"" + rowsName + "\", row " + std::to_string(row + 1) + ", column \"" + w(kHeading[col]) + "\": ";
    };
    for (int row = 1; row < rows->rowCount(); ++row) {
        const auto cell = [&](int col) { return trim(rows->at(row, at[col])); };
        // A row with nothing but the party filled in (as the sheet came) is not a contribution.
        bool any = false;
        for (int col = 0; col < kColumns; ++col) any = any || (col != PartyCol && !cell(col).empty());
        if (!any) continue;
        ActionFields f;
        f.opgave = cell(Opgave);
        f.what = cell(What);
        if (isBlank(f.what)) throw SheetError(where(row, What) + "says nothing: what is the party going to do?");
        f.indicator = cell(Indicator);
        if (const std::string p = cell(PartyCol); !p.empty()) {
            for (const auto& [key, label] : c.parties)
                if (p == label || p == toString(key)) f.party = key;
            if (!f.party) throw SheetError(where(row, PartyCol) + "\"" + p + "\" is not a party of the config");
        }
        f.owner = cell(Owner);
        if (const std::string d = cell(Deadline); !d.empty()) {
            f.deadline = sheetDate(d, book.date1904);
            if (f.deadline.empty()) throw SheetError(where(row, Deadline) + "\"" + d + "\" is not a date like 15-03-2027");
        }
        f.budget = cell(Budget);
        if (!f.budget.empty() && std::find(c.budgets.begin(), c.budgets.end(), f.budget) == c.budgets.end())
            throw SheetError(where(row, Budget) + "\"" + f.budget + "\" is not a budget kind of the config");
        if (const std::string a = cell(Amount); !a.empty()) {
            // A number cell as the program wrote it ("1250.5"); a text one as a person typed it.
            const Cell* raw = rows->cell(row, at[Amount]);
            std::optional<long long> cents;
            if (raw && raw->number) {
                const double v = std::strtod(a.c_str(), nullptr);
                if (std::isfinite(v) && v >= 0) cents = std::llround(v * 100.0);
            } else {
                cents = parseMoney(a);
            }
            if (!cents || *cents < 0 || *cents > kMaxAmountCents) throw SheetError(where(row, Amount) + "\"" + a + "\" is not an amount of euros");
            f.amountCents = *cents;
        }
        f.status = ActionStatus::Gepland;
        if (const std::string st = cell(Status); !st.empty()) {
            bool known = false;
            for (ActionStatus s : {ActionStatus::Gepland, ActionStatus::Lopend, ActionStatus::Gereed, ActionStatus::Vervallen})
                if (st == w("status." + std::string(toString(s))) || st == toString(s)) {
                    f.status = s;
                    known = true;
                }
            if (!known) throw SheetError(where(row, Status) + "\"" + st + "\" is not a status");
        }
        const std::string pt = cell(Point);
        f.point = pt == w("point.beslispunt") || pt == "beslispunt" ? PointKind::Beslispunt : PointKind::Discussiepunt;
        if (!pt.empty() && f.point == PointKind::Discussiepunt && pt != w("point.discussiepunt") && pt != "discussiepunt")
            throw SheetError(where(row, Point) + "\"" + pt + "\" is neither \"" + w("point.discussiepunt") + "\" nor \"" + w("point.beslispunt") + "\"");
        f.visibility = Visibility::Closed;  // prepared at the office: public only when the room says so
        add.actions.push_back(std::move(f));
    }
    // The opgaven the party listed (new ones too, even without an action of its own).
    if (const Grid* o = book.sheet(opgavenName))
        for (int row = 1; row < o->rowCount(); ++row)
            if (const std::string t = trim(o->at(row, 0)); !t.empty() && std::find(add.opgaven.begin(), add.opgaven.end(), t) == add.opgaven.end())
                add.opgaven.push_back(t);
    return out;
}

}  // namespace wk::io
