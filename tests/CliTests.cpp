#include <catch2/catch.hpp>

#include "app/Cli.h"

using namespace wk::app;

TEST_CASE("the command lines of INTERFACES.md parse") {
    Options o = parseArgs({"--headless", "--session", "3", "--view", "ideas", "--public", "--screenshot", "x.png", "--size", "1280x800"});
    CHECK(o.verb == Verb::Kiosk);
    CHECK(o.headless);
    CHECK(*o.session == "3");
    CHECK(o.publicPhase);
    CHECK(o.width == 1280);
    CHECK(o.height == 800);
    o = parseArgs({"export", "--session", "2", "--format", "json", "--audience", "public", "--out", "x.json", "--db", "k.db"});
    CHECK(o.verb == Verb::Export);
    CHECK(o.db == "k.db");
    o = parseArgs({"import", "sessie.json"});
    CHECK(o.file == "sessie.json");
    o = parseArgs({"--window", "1024x768"});
    CHECK(o.windowed);
    CHECK(o.width == 1024);
    CHECK(parseArgs({"sessions"}).verb == Verb::Sessions);
    o = parseArgs({"log", "--session", "5f0c1d2e-1a2b-4c3d-8e4f-0123456789ab"});
    CHECK(o.verb == Verb::Log);
    CHECK(*o.session == "5f0c1d2e-1a2b-4c3d-8e4f-0123456789ab");
}

TEST_CASE("bad arguments are refused with one clear line") {
    CHECK_THROWS_WITH(parseArgs({"--window", "groot"}), "--window takes a size like 1280x800, not \"groot\"");
    CHECK_THROWS_WITH(parseArgs({"--session", "abc"}), Catch::Contains("--session takes a session's number or uid"));
    CHECK_THROWS_WITH(parseArgs({"--session", "5f0c1d2e-1a2b-4c3d-8e4f-0123456789a"}), Catch::Contains("number or uid"));
    CHECK_THROWS_WITH(parseArgs({"log"}), Catch::Contains("log needs --session"));
    CHECK_THROWS_WITH(parseArgs({"--frobnicate"}), Catch::Contains("unknown option --frobnicate"));
    CHECK_THROWS_WITH(parseArgs({"export", "--session", "1"}), Catch::Contains("--format"));
    CHECK_THROWS_WITH(parseArgs({"--headless", "--demo"}), Catch::Contains("--screenshot"));
    CHECK_THROWS_WITH(parseArgs({"--demo", "--session", "1"}), Catch::Contains("exclude"));
    CHECK_THROWS_WITH(parseArgs({"import"}), Catch::Contains("takes one argument"));
    CHECK_THROWS_WITH(parseArgs({"--size", "10x10"}), Catch::Contains("320x240"));
}
