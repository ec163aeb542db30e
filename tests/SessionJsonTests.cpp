#include <catch2/catch.hpp>

#include "TestUtil.h"
#include "domain/Rules.h"
#include "io/DemoSession.h"
#include "io/SessionJson.h"

using namespace wk;
using namespace wk::io;

namespace {

std::string pathOf(const std::string& json) {
    try {
        sessionFromJson(json);
    } catch (const ImportError& e) {
        return e.path + " | " + e.what();
    }
    return "no error";
}

std::string wrap(const std::string& sessionBody) {
    return R"({"format": "wijkkiosk-session", "version": 1, "session": {"type": "wijktafel", "title": "T", )" + sessionBody + "}}";
}

}  // namespace

TEST_CASE("export then import gives the same session") {
    const Session s = test::smallSession();
    const Session back = sessionFromJson(sessionToJson(s));
    CHECK(sessionToJson(back) == sessionToJson(s));
    CHECK(back.ideas[0].text == "Meer bankjes bij de vijver, graag — één of twee");
    CHECK(back.ideas[1].visibility == Visibility::Closed);
    CHECK(back.placements[0].desired == 70);
}

TEST_CASE("the INTERFACES.md example imports") {
    const std::string example = R"({
      "format": "wijkkiosk-session", "version": 1,
      "session": {
        "type": "wijktafel", "title": "Wijktafel Brouwhuis 2026", "wijk": "Brouwhuis", "date": "2026-11-22",
        "location": "Wijkhuis", "chair": "Wethouder wijkzaken", "response_scheme": "nu_ooit_nooit",
        "participants": [{"id": "p1", "name": "A. de Vries", "role": "wethouder", "organisation": "Gemeente"}],
        "sliders": [{"key": "positionering_intern", "label": "Positionering intern"}],
        "placements": [{"participant": "p1", "slider": "positionering_intern", "now": 30, "desired": 70, "reason": "Nog geen eigen budget"}],
        "ideas": [{"id": "i1", "text": "Meer bankjes bij de vijver", "theme": "groen", "author": "Bewoner", "consent": false,
                   "votes": 4, "visibility": "public", "map": {"x": 0.42, "y": 0.31},
                   "response": {"value": "ooit", "motivation": "Geen budget dit jaar", "condition": "Begroting 2027", "due": "2027-03-01"}}],
        "opgaven": [{"id": "o1", "title": "Verkeersveiligheid rond de school", "description": ""}],
        "actions": [{"id": "a1", "opgave": "o1", "what": "Schoolzone herinrichten", "indicator": "Snelheid < 30 km/u gemeten",
                     "party": "gemeente", "owner": "Afdeling Verkeer", "deadline": "2027-06-30", "budget": "regulier",
                     "status": "gepland", "koppelkansen": ["veilige wijk"], "ideas": ["i1"], "visibility": "public"}],
        "notes": [{"at": "2026-11-22T19:45:00", "text": "Afspraak over de pilot", "visibility": "closed"}]
      }})";
    const Session s = sessionFromJson(example);
    CHECK(s.info.title == "Wijktafel Brouwhuis 2026");
    CHECK(s.ideas[0].votes == 4);
    CHECK(s.notes[0].id == "n1");
    CHECK(s.notes[0].visibility == Visibility::Closed);
    CHECK(s.actions[0].ideas[0] == "i1");
}

TEST_CASE("an invalid file names the JSON path of the first problem") {
    CHECK(pathOf("{nope") == "$ | $: not valid JSON (byte 3)");
    // found by fuzz-Import: the parser throws out_of_range, not parse_error, for an overflowing number
    CHECK(pathOf(R"({"format": "wijkkiosk-session", "version": 1e999})") ==
          "$ | $: not valid JSON (a number too large to read)");
    CHECK(pathOf(R"({"format": "x", "version": 1})") == "$.format | $.format: must be \"wijkkiosk-session\"");
    CHECK(pathOf(R"({"format": "wijkkiosk-session", "version": 7, "session": {}})").rfind("$.version |", 0) == 0);
    CHECK(pathOf(wrap(R"("ideas": [{"id": "i1", "text": "ok"}, {"id": "i2", "text": "  "}])")) ==
          "$.session.ideas[1].text | $.session.ideas[1].text: must not be empty");
    CHECK(pathOf(wrap(R"("ideas": [{"id": "i1", "text": "ok", "votes": -1}])")) ==
          "$.session.ideas[0].votes | $.session.ideas[0].votes: must be between 0 and 1000000");
    CHECK(pathOf(wrap(R"("participants": [], "sliders": [{"key": "s", "label": "S"}], "placements": [{"participant": "p9", "slider": "s", "now": 5}])")) ==
          "$.session.placements[0].participant | $.session.placements[0].participant: names no participant of this session");
    CHECK(pathOf(wrap(R"("actions": [{"id": "a1", "what": "x", "deadline": "morgen"}])")) ==
          "$.session.actions[0].deadline | $.session.actions[0].deadline: must be a date like 2026-11-22");
    CHECK(pathOf(wrap(R"("actions": [{"id": "a1", "what": "x", "party": "iedereen"}])")).rfind("$.session.actions[0].party |", 0) == 0);
    CHECK(pathOf(wrap(R"("ideas": [{"id": "i1", "text": "a"}, {"id": "i1", "text": "b"}])")) ==
          "$.session.ideas[1] | $.session.ideas[1]: \"i1\" appears twice");
    CHECK(pathOf(wrap(R"("ideas": [{"id": "i1", "text": "a", "response": {"value": "ja"}}])")) ==
          "$.session.ideas[0].response.value | $.session.ideas[0].response.value: does not fit the response_scheme");
    CHECK(pathOf(R"({"format": "wijkkiosk-session", "version": 1, "session": {"type": "Feest!", "title": "T"}})").rfind("$.session.type |", 0) == 0);
    CHECK(pathOf(wrap(R"("placements": "geen lijst")")) == "$.session.placements | $.session.placements: must be a list [...]");
    // Bytes that are not UTF-8 (a file saved as Windows-1252): the string that holds them.
    CHECK(pathOf(wrap("\"ideas\": [{\"id\": \"i1\", \"text\": \"ok\"}, {\"id\": \"i2\", \"text\": \"caf\xE9 \xD8\xB4\"}]")) ==
          "$.session.ideas[1].text | $.session.ideas[1].text: text that is not UTF-8 (save the file as UTF-8)");
    CHECK(pathOf(wrap("\"ideas\": [{\"id\": \"i1\", \"text\": \"\xD8\xB4\xD9\x83\xD8\xB1\xD8\xA7 \xF0\x9F\x8C\xB3\"}]")) == "no error");
}

TEST_CASE("control characters are cleaned on import, as in an edit") {
    const Session s = sessionFromJson(wrap(R"("ideas": [{"id": "i1", "text": "a\u0007b"}])"));
    CHECK(s.ideas[0].text == "ab");
}

TEST_CASE("the demo session is complete and has closed parts to hide") {
    const Session s = demoSession();
    CHECK(s.participants.size() >= 8);
    CHECK(s.sliders.size() == 5);
    CHECK(s.placements.size() >= 20);
    CHECK(s.ideas.size() >= 10);
    CHECK(s.opgaven.size() == 3);
    CHECK(s.actions.size() >= 7);
    const Session pub = visibleTo(s, Audience::Public);
    CHECK(pub.ideas.size() < s.ideas.size());
    CHECK(pub.notes.size() < s.notes.size());
    CHECK(pub.actions.size() < s.actions.size());
}

TEST_CASE("an action's amount is euros with cents, and its number is its own") {
    const auto act = [](const std::string& extra) {
        return wrap(R"("actions": [{"id": "a1", "what": "Bankjes", "visibility": "public")" + extra + R"(}])");
    };
    const Session s = sessionFromJson(act(R"(, "amount": 1250.5, "number": 4)"));
    REQUIRE(s.actions.size() == 1);
    CHECK(s.actions[0].amountCents == 125050);
    CHECK(s.actions[0].number == 4);
    CHECK(sessionToJson(sessionFromJson(sessionToJson(s))) == sessionToJson(s));
    CHECK(pathOf(act(R"(, "amount": -3)")) == "$.session.actions[0].amount | $.session.actions[0].amount: must not be negative");
    CHECK(pathOf(act(R"(, "amount": 12.345)")) == "$.session.actions[0].amount | $.session.actions[0].amount: must have at most two decimals (cents)");
    CHECK(pathOf(act(R"(, "amount": "veel")")) == "$.session.actions[0].amount | $.session.actions[0].amount: must be an amount in euros, like 1250.50");
    CHECK(pathOf(act(R"(, "amount": 1e12)")) == "$.session.actions[0].amount | $.session.actions[0].amount: is more than 10000000 euros");
    CHECK(pathOf(act(R"(, "number": 0)")) == "$.session.actions[0].number | $.session.actions[0].number: must be between 1 and 1000000");
    const std::string twice = wrap(R"("actions": [{"id": "a1", "what": "A", "number": 2}, {"id": "a2", "what": "B", "number": 2}])");
    CHECK(pathOf(twice) == "$.session.actions[1].number | $.session.actions[1].number: is the number of another action");
    // An older file without numbers: numbered in the plan's order.
    const Session old = sessionFromJson(wrap(R"("actions": [{"id": "a1", "what": "A"}, {"id": "a2", "what": "B", "number": 1}])"));
    CHECK(old.actions[0].number == 2);
    CHECK(old.actions[1].number == 1);
}
