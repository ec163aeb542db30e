// Issue 28's first step: the agenda's and spreekrecht's rules, on the caller's clock.
#include <catch2/catch.hpp>

#include "domain/Agenda.h"

using namespace wk;

namespace {
AgendaItem item(const std::string& id, int minutes, const std::string& started = "", const std::string& ended = "") {
    AgendaItem a;
    a.id = id;
    a.title = "Punt " + id;
    a.minutes = minutes;
    a.started = started;
    a.ended = ended;
    return a;
}
}  // namespace

TEST_CASE("an agenda item's kind is one of informeren, bespreken, besluiten") {
    CHECK(parseAgendaKind("besluiten") == AgendaKind::Besluiten);
    CHECK(toString(AgendaKind::Informeren) == "informeren");
    CHECK_FALSE(parseAgendaKind("stemmen"));
}

TEST_CASE("a bad agenda item names its field: no title, negative minutes, an end before the start") {
    CHECK_FALSE(agendaProblem(item("1", 10)));
    AgendaItem untitled = item("1", 10);
    untitled.title = "  ";
    CHECK(agendaProblem(untitled) == "title");
    CHECK(agendaProblem(item("1", -5)) == "minutes");
    CHECK(agendaProblem(item("1", 10, "2026-12-06T19:30", "2026-12-06T19:20")) == "ended");
    CHECK(agendaProblem(item("1", 10, "", "2026-12-06T19:20")) == "ended");
    CHECK(agendaProblem(item("1", 10, "half acht")) == "started");
}

TEST_CASE("the current item counts down, warns in its last two minutes and says when it runs over") {
    const std::vector<AgendaItem> agenda{item("1", 10, "2026-12-06T19:30", "2026-12-06T19:41"), item("2", 15, "2026-12-06T19:41"), item("3", 5)};
    CHECK(agendaUsed(agenda));
    CHECK_FALSE(agendaUsed({item("1", 10), item("2", 5)}));
    AgendaNow n = agendaNow(agenda, "2026-12-06T19:45:30");
    REQUIRE(n.current);
    CHECK(n.current->id == "2");
    CHECK(n.secondsLeft == 10 * 60 + 30);
    CHECK_FALSE(n.warning);
    n = agendaNow(agenda, "2026-12-06T19:54:00");
    CHECK(n.secondsLeft == 120);
    CHECK(n.warning);
    CHECK_FALSE(n.over);
    n = agendaNow(agenda, "2026-12-06T19:57:00");
    CHECK(n.over);
    CHECK(n.secondsLeft == -60);
    CHECK(minutesTaken(agenda[0]) == 11);
    CHECK_FALSE(minutesTaken(agenda[1]));
    CHECK_FALSE(agendaNow({item("1", 10)}, "2026-12-06T19:45").current);
}

TEST_CASE("speaking time adds up per role, the turn still going up to now") {
    const std::vector<Turn> turns{{"Bewoner 1", "resident", "2026-12-06T20:00:00", "2026-12-06T20:03:00"},
                                  {"Wethouder", "official", "2026-12-06T20:03:00", "2026-12-06T20:04:30"},
                                  {"Bewoner 2", "resident", "2026-12-06T20:05:00", ""}};
    const auto s = speakingSeconds(turns, "2026-12-06T20:06:00");
    CHECK(s.at("resident") == 240);
    CHECK(s.at("official") == 90);
    CHECK(s.count("partner") == 0);
}
