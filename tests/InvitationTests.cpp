// Issue 29: the invitation. The residents' letter and event invite them to the public part with
// its items only and name no resident; the internal ones list every item and ask the config's
// genodigden; iCalendar's lines are folded and escaped as RFC 5545 says.
#include <catch2/catch.hpp>

#include "TestUtil.h"
#include "domain/Agenda.h"
#include "export/Invitation.h"
#include "io/AtomicFile.h"

using namespace wk;
using namespace wk::io;

namespace {

AgendaItem item(std::string id, std::string title, int minutes, Visibility v) {
    AgendaItem a;
    a.id = std::move(id);
    a.title = std::move(title);
    a.minutes = minutes;
    a.visibility = v;
    return a;
}

// Stiphout's wijktafel at 19:30: 45 closed minutes, then the residents' part.
Session meeting() {
    Session s = test::smallSession();
    s.info.uid = "5f0c1d2e-0000-4000-8000-00000000abcd";
    s.info.time = "19:30";
    s.info.location = "De Smis";
    s.agenda = {item("g1", "GEHEIM overleg over een casus", 45, Visibility::Closed),
                item("g2", "Vragen van bewoners", 30, Visibility::Public), item("g3", "Rondvraag", 15, Visibility::Public)};
    return s;
}

// The shipped config with two genodigden, one of them for another gebied.
KioskConfig configWithGuests(const std::string& extra = "") {
    const std::string file = std::string(WK_SOURCE_DIR) + "/kiosk-config/kiosk.toml";
    return parseConfig(readFile(file) +
                           "\n[[genodigden]]\nname = \"Yvonne de Wit\"\norganisation = \"Gemeente Helmond\"\nemail = \"y.dewit@gemeente.example\"\n"
                           "gebied = \"Helmond-Noord\"\n\n[[genodigden]]\nname = \"Kees, de Wit\"\nparty = \"partner\"\n"
                           "email = \"kees@elders.example\"\ngebied = \"Helmond-Zuid\"\n" + extra,
                       file);
}

std::string letter(const Session& s, Audience a, const KioskConfig& c = test::shippedConfig()) {
    return toMarkdown(invitationDocument(s, a, c, test::dutchWords(), "2026-12-06"));
}
std::string ics(const Session& s, Audience a, const KioskConfig& c = test::shippedConfig()) {
    return invitationIcs(s, a, c, test::dutchWords(), "20261206T120000Z");
}
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("the residents' invitation: the public part's time and items, nothing closed, no resident named") {
    const Session s = meeting();
    const std::string doc = letter(s, Audience::Public), cal = ics(s, Audience::Public);
    CHECK(has(doc, "zondag 22 november 2026"));
    CHECK(has(doc, "20.15 uur tot 21.00 uur"));  // they come in after the closed 45 minutes
    CHECK(has(doc, "U bent welkom vanaf 20.15 uur."));
    CHECK(has(doc, "6 december 2026"));  // the letter's date
    CHECK(has(doc, "45 uur: Rondvraag"));  // Markdown escapes the point of "20.45" at a line's start
    CHECK(has(doc, "U mag dan ongeveer 3 minuten praten."));
    CHECK(has(cal, "DTSTART;TZID=Europe/Amsterdam:20261122T201500\r\n"));
    CHECK(has(cal, "DTEND;TZID=Europe/Amsterdam:20261122T210000\r\n"));
    CHECK(has(cal, "UID:5f0c1d2e-0000-4000-8000-00000000abcd-openbaar@wijkkiosk\r\n"));
    CHECK(has(cal, "METHOD:PUBLISH\r\n"));
    for (const std::string& text : {doc, cal}) {
        CHECK_FALSE(has(text, "GEHEIM"));
        CHECK_FALSE(has(text, "VERTROUWELIJK"));
        CHECK_FALSE(has(text, "Jan Bewoner"));
        CHECK_FALSE(has(text, "jan@example.nl"));
        CHECK_FALSE(has(text, "ATTENDEE"));
    }
}

TEST_CASE("the internal invitation: every item from the meeting's time, the points, and the gebied's genodigden") {
    Session s = meeting();
    s.actions[0].point = PointKind::Beslispunt;
    const KioskConfig c = configWithGuests();
    const std::string doc = letter(s, Audience::Internal, c), cal = ics(s, Audience::Internal, c);
    CHECK(has(doc, "19.30 uur tot 21.00 uur"));
    CHECK(has(doc, "Het openbare deel met bewoners begint om 20.15 uur."));
    CHECK(has(doc, "GEHEIM overleg over een casus"));
    CHECK(has(doc, "Schoolzone herinrichten"));  // the point to decide
    CHECK(has(cal, "DTSTART;TZID=Europe/Amsterdam:20261122T193000\r\n"));
    CHECK(has(cal, "METHOD:REQUEST\r\n"));
    // Stiphout is in Helmond-Noord: its wijkadviseur is asked (and organizes), the other gebied's partner not.
    CHECK(has(cal, "ORGANIZER;CN=\"Yvonne de Wit\":mailto:y.dewit@gemeente.example\r\n"));
    CHECK(has(cal, "ATTENDEE;CN=\"Yvonne de Wit (Gemeente Helmond)\""));
    CHECK_FALSE(has(cal, "kees@elders.example"));
    for (const std::string& text : {doc, cal}) {
        CHECK_FALSE(has(text, "Jan Bewoner"));
        CHECK_FALSE(has(text, "jan@example.nl"));
    }
}

TEST_CASE("an invitation needs a date, a time and, for the public, a part they may come to") {
    Session s = meeting();
    s.info.time.clear();
    CHECK_THROWS_AS(letter(s, Audience::Public), IoError);
    s = meeting();
    for (auto& i : s.agenda) i.visibility = Visibility::Closed;
    CHECK_THROWS_WITH(ics(s, Audience::Public), Catch::Contains("has no public part"));
    CHECK(has(ics(s, Audience::Internal), "DTSTART;TZID=Europe/Amsterdam:20261122T193000"));
    // A planned public part says when, whatever the agenda.
    s.info.publicAt = "20:00";
    CHECK(has(ics(s, Audience::Public), "DTSTART;TZID=Europe/Amsterdam:20261122T200000"));
    // A late meeting ends after midnight, on the next day.
    s = meeting();
    s.info.time = "23:30";
    CHECK(has(ics(s, Audience::Public), "DTEND;TZID=Europe/Amsterdam:20261123T010000"));
}

TEST_CASE("iCalendar text is escaped and its lines folded at 75 octets, never inside a character") {
    CHECK(icsText("a,b;c\\d\ne\r") == "a\\,b\\;c\\\\d\\ne");
    std::string line = "DESCRIPTION:";
    for (int i = 0; i < 60; ++i) line += "é";  // two octets each
    const std::string folded = icsFold(line);
    std::string unfolded;
    std::size_t from = 0;
    while (from < folded.size()) {
        const std::size_t end = folded.find("\r\n", from);
        REQUIRE(end != std::string::npos);
        const std::string physical = folded.substr(from, end - from);
        CHECK(physical.size() <= 75);
        CHECK((static_cast<unsigned char>(physical.back()) & 0xC0) != 0xC0);  // no lead octet left at a line's end
        unfolded += from == 0 ? physical : physical.substr(1);
        if (from > 0) CHECK(physical[0] == ' ');
        from = end + 2;
    }
    CHECK(unfolded == line);
    CHECK(icsFold("SHORT") == "SHORT\r\n");
}

TEST_CASE("the config's genodigden: an address, a party that is no resident, a known gebied") {
    CHECK(configWithGuests().invitees.size() == 2);
    const auto refused = [](const std::string& extra, const std::string& message) {
        try {
            configWithGuests(extra);
            FAIL("accepted: " << extra);
        } catch (const ConfigError& e) {
            CHECK_THAT(e.what(), Catch::Contains(message));
        }
    };
    refused("\n[[genodigden]]\nname = \"X\"\nemail = \"x at example\"\n", "genodigden[2].email: \"x at example\" is not an e-mail address");
    refused("\n[[genodigden]]\nname = \"X\"\nemail = \"x@example.nl\"\nparty = \"bewoners\"\n", "genodigden[2].party: must be gemeente, wijkorgaan or partner");
    refused("\n[[genodigden]]\nname = \"X\"\nemail = \"x@example.nl\"\ngebied = \"Atlantis\"\n", "genodigden[2].gebied: \"Atlantis\" is not a gebied");
    refused("\n[[genodigden]]\nname = \"X\"\n", "genodigden[2].email: is missing");
}

TEST_CASE("an agenda's planned times, and when the public comes in") {
    const Session s = meeting();
    const auto starts = plannedStarts(s.agenda, "2026-11-22", "19:30");
    REQUIRE(starts.size() == 4);
    CHECK(starts[1] == "2026-11-22T20:15:00");
    CHECK(starts[3] == "2026-11-22T21:00:00");
    CHECK(plannedStarts(s.agenda, "2026-11-22", "").empty());
    CHECK(publicStart(s.info, s.agenda) == std::optional<std::string>("2026-11-22T20:15:00"));
    SessionInfo late = s.info;
    late.publicAt = "00:15";  // after midnight
    CHECK(publicStart(late, s.agenda) == std::optional<std::string>("2026-11-23T00:15:00"));
}
