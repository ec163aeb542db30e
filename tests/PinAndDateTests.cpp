#include <catch2/catch.hpp>

#include "domain/PinGuard.h"
#include "domain/Plan.h"
#include "io/PinHash.h"
#include "domain/Text.h"

using namespace wk;

TEST_CASE("three wrong PINs make the pad wait, longer after every further miss") {
    PinGuard guard([](const std::string& pin) { return pin == "2468"; });
    CHECK_FALSE(guard.attempt("1111", 0));
    CHECK_FALSE(guard.attempt("1111", 1));
    CHECK(guard.waitSeconds(2) == 0);        // two misses: no wait yet
    CHECK_FALSE(guard.attempt("1111", 2));
    CHECK(guard.waitSeconds(2) == Approx(30));  // the third: 30 seconds
    CHECK_FALSE(guard.attempt("2468", 10));     // even the right PIN waits
    CHECK(guard.failures() == 3);               // and a try while waiting does not count
    CHECK_FALSE(guard.attempt("1111", 40));
    CHECK(guard.waitSeconds(40) == Approx(60));  // doubled
    for (int k = 0; k < 6; ++k) guard.attempt("1111", 1000.0 * (k + 1));
    CHECK(guard.waitSeconds(6000) == Approx(300));  // never more than five minutes
    CHECK(guard.attempt("2468", 7000));
    CHECK(guard.failures() == 0);
}

TEST_CASE("without a PIN the guard opens for nobody, and a restart keeps the misses and the wait") {
    PinGuard none;
    CHECK_FALSE(none.hasPin());
    CHECK_FALSE(none.attempt("", 0));
    PinGuard guard([](const std::string& pin) { return pin == "2468"; });
    guard.restore(4, 50, 1000);  // four misses, 50 s still to wait when the kiosk stopped
    CHECK(guard.waitSeconds(1000) == Approx(50));
    CHECK_FALSE(guard.attempt("2468", 1020));
    CHECK(guard.attempt("2468", 1051));
    guard.restore(2, 99999, 0);  // never more than the longest wait
    CHECK(guard.waitSeconds(0) == Approx(PinGuard::kLongestWait));
}

TEST_CASE("a PIN anyone would try first is refused: short, one digit repeated, a run up or down") {
    for (const char* weak : {"", "123", "1111", "0000", "1234", "4321", "0123", "3210", "56789", "987654"})
        CHECK(pinWeakness(weak) != PinWeakness::None);
    CHECK(pinWeakness("123") == PinWeakness::TooShort);
    CHECK(pinWeakness("1111") == PinWeakness::Repeated);
    CHECK(pinWeakness("1234") == PinWeakness::Run);
    CHECK(pinWeakness("4321") == PinWeakness::Run);
    CHECK(pinWeakness("12a4") == PinWeakness::NotDigits);
    for (const char* fine : {"2468", "7319", "1123", "9012", "13579", "1243"}) CHECK(pinWeakness(fine) == PinWeakness::None);
}

TEST_CASE("the PIN is an Argon2id hash: salted, slow, and the PIN alone opens it") {
    const std::string a = io::hashPin("2468", io::PinCost::Minimal), b = io::hashPin("2468", io::PinCost::Minimal);
    CHECK(a.rfind("$argon2id$", 0) == 0);
    CHECK(a != b);  // salted: the same PIN, two hashes
    CHECK(io::verifyPin(a, "2468"));
    CHECK_FALSE(io::verifyPin(a, "2469"));
    CHECK_FALSE(io::verifyPin("b63a78e2d07629a837c91e6874f966b9abb9fb1b6c50ecee07b772f8c723e801", "2468"));  // the old form
    CHECK(io::isPinHash(a));
    CHECK(io::hashPin("2468").find("m=65536,t=2") != std::string::npos);  // libsodium's interactive cost
}

TEST_CASE("the calendar: leap years by the Gregorian rule, and day numbers across them") {
    CHECK(wk::daysInMonth(2026, 2) == 28);
    CHECK(wk::daysInMonth(2028, 2) == 29);
    CHECK(wk::daysInMonth(2100, 2) == 28);  // divisible by 100: not a leap year
    CHECK(wk::daysInMonth(2000, 2) == 29);  // divisible by 400: a leap year
    CHECK(wk::daysInMonth(2026, 4) == 30);
    CHECK(wk::daysInMonth(2026, 12) == 31);
    CHECK_FALSE(wk::isIsoDate("2100-02-29"));
    CHECK(wk::isIsoDate("2000-02-29"));
    CHECK(*wk::dayNumber("1970-01-01") == 0);
    CHECK(*wk::dayNumber("2026-11-23") == 20780);  // as Python's datetime counts
    CHECK(*wk::dayNumber("2100-03-01") - *wk::dayNumber("2100-02-28") == 1);
    CHECK(*wk::dayNumber("2000-03-01") - *wk::dayNumber("2000-02-28") == 2);
}
