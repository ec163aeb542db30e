// Issue 29: the parties' contribution sheets read back, whatever program filled them in: shared
// and inline strings, numbers, dates as serial numbers; a bad sheet named by file, sheet, row and
// column, and nothing of it taken.
#include <catch2/catch.hpp>
#include <xlsxwriter.h>

#include "TestUtil.h"
#include "export/ContributionSheet.h"
#include "export/TempFile.h"
#include "export/XlsxRead.h"
#include "io/AtomicFile.h"

using namespace wk;

namespace {

// A sheet as a person would return it: the headings, filled-in rows, the hidden uid. `rename`
// changes one heading; `budget` is the first row's budget kind.
std::string filledSheet(const std::string& uid, const std::string& rename = "", const std::string& budget = "wijkbudget") {
    io::TempFile file("test");
    lxw_workbook* book = workbook_new(file.path.c_str());
    lxw_worksheet* rows = workbook_add_worksheet(book, "Bijdragen");
    lxw_worksheet* opgaven = workbook_add_worksheet(book, "Opgaven");
    lxw_worksheet* meta = workbook_add_worksheet(book, "wijkkiosk");
    const char* heads[] = {"Opgave", "Wat gaan we doen?", "Waaraan zien we dat het gelukt is?", "Partij", "Wie (persoon of afdeling)",
                           "Klaar op", "Budget", "Bedrag (euro)", "Status", "Bespreken of beslissen"};
    for (int c = 0; c < 10; ++c) {
        const std::string h = !rename.empty() && std::string(heads[c]) == "Budget" ? rename : heads[c];
        worksheet_write_string(rows, 0, static_cast<lxw_col_t>(c), h.c_str(), nullptr);
    }
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "dd-mm-yyyy");
    // Row 2: everything, the date and the amount as numbers.
    worksheet_write_string(rows, 1, 0, "Ontmoeten in de wijk", nullptr);
    worksheet_write_string(rows, 1, 1, "Een inloopspreekuur in het buurthuis", nullptr);
    worksheet_write_string(rows, 1, 2, "Elke week open", nullptr);
    worksheet_write_string(rows, 1, 3, "Partners", nullptr);
    worksheet_write_string(rows, 1, 4, "Welzijn LEV", nullptr);
    worksheet_write_number(rows, 1, 5, 45000, date);  // 15 maart 2023
    worksheet_write_string(rows, 1, 6, budget.c_str(), nullptr);
    worksheet_write_number(rows, 1, 7, 1250.5, nullptr);
    worksheet_write_string(rows, 1, 8, "lopend", nullptr);
    worksheet_write_string(rows, 1, 9, "Beslispunt", nullptr);
    // Row 3: only the party, as the sheet came: no contribution. Row 4: a text date and amount.
    worksheet_write_string(rows, 2, 3, "Partners", nullptr);
    worksheet_write_string(rows, 3, 1, "Meer groen langs de route", nullptr);
    worksheet_write_string(rows, 3, 5, "1-4-2027", nullptr);
    worksheet_write_string(rows, 3, 7, "€ 1.000,00", nullptr);
    worksheet_write_string(opgaven, 0, 0, "Opgave", nullptr);
    worksheet_write_string(opgaven, 1, 0, "Ontmoeten in de wijk", nullptr);
    worksheet_write_string(meta, 0, 0, "uid", nullptr);
    worksheet_write_string(meta, 0, 1, uid.c_str(), nullptr);
    worksheet_write_string(meta, 1, 0, "partij", nullptr);
    worksheet_write_string(meta, 1, 1, "partner", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    return io::readFile(file.path);
}

std::string errorOf(const std::string& bytes) {
    try {
        io::readContributionSheet(bytes, "partner.xlsx", test::shippedConfig(), test::dutchWords());
    } catch (const io::SheetError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("a filled-in contribution sheet reads back as the party's points") {
    const auto read = io::readContributionSheet(filledSheet("uid-1"), "partner.xlsx", test::shippedConfig(), test::dutchWords());
    CHECK(read.uid == "uid-1");
    const AddContributions& c = read.contributions;
    CHECK(c.party == Party::Partner);
    CHECK(c.opgaven == std::vector<std::string>{"Ontmoeten in de wijk"});
    REQUIRE(c.actions.size() == 2);  // the row with only the party is not one
    const ActionFields& a = c.actions[0];
    CHECK(a.what == "Een inloopspreekuur in het buurthuis");
    CHECK(a.opgave == "Ontmoeten in de wijk");
    CHECK(a.party == Party::Partner);
    CHECK(a.deadline == "2023-03-15");
    CHECK(a.amountCents == 125050);
    CHECK(a.status == ActionStatus::Lopend);
    CHECK(a.point == PointKind::Beslispunt);
    CHECK(c.actions[1].deadline == "2027-04-01");
    CHECK(c.actions[1].amountCents == 100000);
    CHECK(c.actions[1].point == PointKind::Discussiepunt);  // not said: to discuss
}

TEST_CASE("the sheet the kiosk writes reads back: its columns, its party, its uid") {
    Session s = test::smallSession();
    const std::string bytes = io::contributionSheet(s, Party::Wijkorgaan, test::shippedConfig(), test::dutchWords());
    const auto read = io::readContributionSheet(bytes, "wijkorgaan.xlsx", test::shippedConfig(), test::dutchWords());
    CHECK(read.uid == s.info.uid);
    CHECK(read.contributions.party == Party::Wijkorgaan);
    CHECK(read.contributions.actions.empty());  // nothing filled in yet
    CHECK(read.contributions.opgaven.size() == s.opgaven.size());
}

TEST_CASE("a bad sheet is named by file, sheet, row and column") {
    CHECK(errorOf("PK not really") == "partner.xlsx: not an XLSX file (it is not a zip package)");
    CHECK(errorOf(filledSheet("u", "Potje")) == "partner.xlsx: sheet \"Bijdragen\", row 1: the column \"Budget\" is missing or renamed");
    CHECK(errorOf(filledSheet("u", "", "snoeppot")) ==
          "partner.xlsx: sheet \"Bijdragen\", row 2, column \"Budget\": \"snoeppot\" is not a budget kind of the config");
}

TEST_CASE("dates come as serial numbers, ISO or Dutch") {
    CHECK(io::sheetDate("45000", false) == "2023-03-15");
    CHECK(io::sheetDate("45000.75", false) == "2023-03-15");
    CHECK(io::sheetDate("43538", true) == "2023-03-15");  // an old Mac file counts from 1904
    CHECK(io::sheetDate("2027-03-15", false) == "2027-03-15");
    CHECK(io::sheetDate("15-3-2027", false) == "2027-03-15");
    CHECK(io::sheetDate("31-2-2027", false).empty());
    CHECK(io::sheetDate("morgen", false).empty());
}
