// The touch widgets' own arithmetic, without a window.
#include <catch2/catch.hpp>

#include "ui/widgets/DatePicker.h"

using namespace wk;

TEST_CASE("the date picker moves by days, months and years along the calendar") {
    using ui::addToDate;
    CHECK(addToDate("2026-11-23", 1, 0, 0) == "2026-11-24");
    CHECK(addToDate("2026-12-31", 1, 0, 0) == "2027-01-01");
    CHECK(addToDate("2026-03-01", -1, 0, 0) == "2026-02-28");
    CHECK(addToDate("2026-01-31", 0, 1, 0) == "2026-02-28");  // the day clamps to the month
    CHECK(addToDate("2028-02-29", 0, 0, 1) == "2029-02-28");
    CHECK(addToDate("2026-01-15", 0, -1, 0) == "2025-12-15");
    CHECK(addToDate("geen datum", 1, 0, 0) == "geen datum");  // not a date: left as it is
}
