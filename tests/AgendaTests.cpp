// Issue 28: the agenda's and spreekrecht's rules and intents, on the caller's clock.
#include <catch2/catch.hpp>

#include "TestUtil.h"
#include "domain/Agenda.h"
#include "domain/Intent.h"
#include "domain/Rules.h"
#include "io/SessionJson.h"

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
    const auto turn = [](std::string role, std::string started, std::string ended) {
        Turn t;
        t.role = std::move(role);
        t.started = std::move(started);
        t.ended = std::move(ended);
        return t;
    };
    const std::vector<Turn> turns{turn("resident", "2026-12-06T20:00:00", "2026-12-06T20:03:00"),
                                  turn("official", "2026-12-06T20:03:00", "2026-12-06T20:04:30"),
                                  turn("resident", "2026-12-06T20:05:00", "")};
    const auto s = speakingSeconds(turns, "2026-12-06T20:06:00");
    CHECK(s.at("resident") == 240);
    CHECK(s.at("official") == 90);
    CHECK(s.count("partner") == 0);
}

namespace {

// Decides at `at` and applies; the problem's code when refused.
std::string act(Session& s, Intent i, const std::string& at, Role role = Role::Facilitator) {
    int next = 100;
    const IdSource ids = [&](char p) { return std::string(1, p) + std::to_string(++next + static_cast<int>(s.turns.size() + s.notes.size() + s.ideas.size())); };
    const Decision d = decide(s, {std::move(i), role, at}, ids, Policy{});
    if (d.problem) return d.problem->code;
    for (const auto& c : d.changes) apply(s, c);
    return "";
}

Session withAgenda() {
    Session s = test::smallSession();
    for (int k = 1; k <= 3; ++k) {
        AgendaItem g;
        g.id = "g" + std::to_string(k);
        g.title = k == 1 ? "Opening" : k == 2 ? "Wijkactieplan" : "Openbaar deel";
        g.minutes = 10;
        g.visibility = k == 3 ? Visibility::Public : Visibility::Closed;
        g.seq = k;
        s.agenda.push_back(g);
    }
    return s;
}

}  // namespace

TEST_CASE("the facilitator moves through the agenda; what is made meanwhile is linked to the item") {
    Session s = withAgenda();
    CHECK(act(s, NextAgendaItem{}, "2026-11-22T19:30:00").empty());
    CHECK(currentItem(s.agenda)->id == "g1");
    CHECK(act(s, NextAgendaItem{}, "2026-11-22T19:42:00").empty());
    CHECK(s.agenda[0].ended == "2026-11-22T19:42:00");
    CHECK(minutesTaken(s.agenda[0]) == 12);
    CHECK(currentItem(s.agenda)->id == "g2");
    CHECK(act(s, AddNote{NoteKind::Decision, "De speeltuin komt er", Visibility::Public}, "2026-11-22T19:45:00").empty());
    CHECK(s.notes.back().agenda == "g2");
    CHECK(act(s, SubmitIdea{"Meer bankjes", "", "", "", false, {}}, "2026-11-22T19:46:00", Role::Resident).empty());
    CHECK(s.ideas.back().agenda == "g2");
    // An item held stays: what was made in it points at it.
    CHECK(act(s, RemoveAgendaItem{"g1"}, "2026-11-22T19:47:00") == "in_use");
    CHECK(act(s, NextAgendaItem{}, "2026-11-22T19:55:00").empty());
    CHECK(act(s, NextAgendaItem{}, "2026-11-22T20:05:00").empty());
    CHECK_FALSE(currentItem(s.agenda));
    CHECK(act(s, NextAgendaItem{}, "2026-11-22T20:06:00") == "agenda_done");
    // The public never sees a closed item, nor a link to one.
    const Session pub = visibleTo(s, Audience::Public);
    REQUIRE(pub.agenda.size() == 1);
    CHECK(pub.agenda[0].id == "g3");
    for (const auto& n : pub.notes) CHECK(n.agenda.empty());
    // A resident cannot move the agenda.
    CHECK(act(s, NextAgendaItem{}, "2026-11-22T20:07:00", Role::Resident) == "not_allowed");
}

TEST_CASE("spreekrecht: one request per visit, the floor in the order asked, time per role") {
    Session s = withAgenda();
    act(s, NextAgendaItem{}, "2026-11-22T20:00:00");
    CHECK(act(s, AskFloor{"", "resident", false, "v1"}, "2026-11-22T20:00:10", Role::Resident).empty());
    CHECK(act(s, AskFloor{"", "resident", false, "v1"}, "2026-11-22T20:00:20", Role::Resident) == "already_asked");
    CHECK(s.turns.size() == 1);  // nothing stored twice
    CHECK(act(s, AskFloor{"Els", "resident", true, "v2"}, "2026-11-22T20:00:30", Role::Resident).empty());
    CHECK(act(s, AskFloor{"Wethouder", "official", false, ""}, "2026-11-22T20:00:40", Role::Resident) == "not_allowed");
    CHECK(act(s, AskFloor{"Wethouder", "official", false, ""}, "2026-11-22T20:00:40").empty());
    CHECK(s.turns[1].number == 2);
    CHECK(s.turns[2].number == 1);  // the first official
    CHECK(s.turns[0].agenda == "g1");
    CHECK(act(s, GiveFloor{}, "2026-11-22T20:01:00").empty());
    CHECK(speakingNow(s.turns)->id == s.turns[0].id);
    CHECK(act(s, GiveFloor{}, "2026-11-22T20:04:00").empty());  // the next: the first one's turn ends
    CHECK(s.turns[0].ended == "2026-11-22T20:04:00");
    CHECK(act(s, GiveFloor{}, "2026-11-22T20:06:00").empty());
    CHECK(act(s, EndTurn{}, "2026-11-22T20:06:30").empty());
    CHECK(act(s, GiveFloor{}, "2026-11-22T20:07:00") == "nobody_waiting");
    // A resident takes back only their own request.
    CHECK(act(s, AskFloor{"", "resident", false, "v7"}, "2026-11-22T20:07:10", Role::Resident).empty());
    const std::string mine = s.turns.back().id;
    CHECK(act(s, WithdrawFloor{mine, "v8"}, "2026-11-22T20:07:20", Role::Resident) == "not_allowed");
    CHECK(act(s, WithdrawFloor{mine, "v7"}, "2026-11-22T20:07:30", Role::Resident).empty());
    CHECK(waitingTurns(s.turns).empty());
    // Once the first visit spoke, it may ask again.
    CHECK(act(s, AskFloor{"", "resident", false, "v1"}, "2026-11-22T20:08:00", Role::Resident).empty());
    const auto per = speakingSeconds(s.turns, "2026-11-22T20:10:00");
    CHECK(per.at("resident") == 300);
    CHECK(per.at("official") == 30);
    // In public: the name only with consent.
    const Session pub = visibleTo(s, Audience::Public);
    CHECK(pub.turns.empty());  // all asked during the closed opening
    s.agenda[0].visibility = Visibility::Public;
    const Session open = visibleTo(s, Audience::Public);
    REQUIRE(open.turns.size() == 5);
    CHECK(open.turns[0].speaker.empty());
    CHECK(open.turns[1].speaker == "Els");
    CHECK(open.turns[0].visit.empty());
}

TEST_CASE("the agenda and the turns go through the session file and back; bad items name their path") {
    Session s = withAgenda();
    act(s, NextAgendaItem{}, "2026-11-22T19:30:00");
    act(s, AddNote{NoteKind::Decision, "Besluit", Visibility::Public}, "2026-11-22T19:31:00");
    act(s, AskFloor{"Els", "resident", true, "v2"}, "2026-11-22T19:32:00", Role::Resident);
    CHECK(act(s, EditSessionInfo{"T", "", "", "", "25:00", ""}, "2026-11-22T19:33:00") == "time_invalid");
    CHECK(act(s, EditSessionInfo{s.info.title, s.info.location, s.info.chair, s.info.dossier, "19:30", "21:00"}, "2026-11-22T19:33:00").empty());
    CHECK(s.info.time == "19:30");
    const Session back = io::sessionFromJson(io::sessionToJson(s));
    CHECK(back == s);
    const auto errorOf = [](const std::string& agenda) {
        try {
            io::sessionFromJson(R"({"format": "wijkkiosk-session", "version": 1, "session": {"type": "wijktafel", "title": "T", "agenda": )" +
                                agenda + "}}");
        } catch (const io::ImportError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(errorOf(R"([{"title": "", "minutes": 5}])") == "$.session.agenda[0].title: must not be empty");
    CHECK(errorOf(R"([{"title": "Opening", "minutes": -5}])") == "$.session.agenda[0].minutes: must be between 0 and 1440");
    CHECK(errorOf(R"([{"title": "Opening", "minutes": 5, "kind": "stemmen"}])") ==
          "$.session.agenda[0].kind: must be one of: informeren, bespreken, besluiten");
    CHECK(errorOf(R"([{"title": "Opening"}])") == "$.session.agenda[0].minutes: is missing");
    CHECK(errorOf(R"([{"id": "g1", "title": "A", "minutes": 1}, {"id": "g1", "title": "B", "minutes": 1}])") ==
          "$.session.agenda[1]: \"g1\" appears twice");
}

TEST_CASE("the script's clock moves by seconds, over midnight too") {
    CHECK(addSeconds("2026-11-22T19:30", 90) == "2026-11-22T19:31:30");
    CHECK(addSeconds("2026-12-31T23:59:30", 45) == "2027-01-01T00:00:15");
    CHECK(addSeconds("nonsense", 5) == "nonsense");
    CHECK(minutesLeft(61) == 2);
    CHECK(minutesLeft(60) == 1);
    CHECK(minutesLeft(-3) == 0);
}
