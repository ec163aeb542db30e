// The wijkactieplan's rules: status history, carry-over, what is due, reordering; and how the
// store keeps origins and histories.
#include <catch2/catch.hpp>

#include "TestUtil.h"
#include "domain/Plan.h"
#include "domain/Rules.h"
#include "io/DemoSession.h"
#include "io/SessionJson.h"
#include "service/EditService.h"
#include "store/Repository.h"

using namespace wk;

namespace {

Action action(const std::string& id, const std::string& opgave, ActionStatus status, const std::string& deadline = "") {
    Action a;
    a.id = id;
    a.opgave = opgave;
    a.what = "Actie " + id;
    a.status = status;
    a.deadline = deadline;
    a.visibility = Visibility::Public;
    return a;
}

Session planSession() {
    Session s;
    s.info.id = 5;
    s.info.uid = "0a0b0c0d-0000-4000-8000-000000000005";
    s.info.title = "Wijktafel Brouwhuis 2024";
    s.info.wijk = "Brouwhuis";
    s.info.date = "2024-11-12";
    s.ideas = {Idea{}};
    s.ideas[0].id = "i1";
    s.ideas[0].text = "Bankjes";
    s.opgaven = {{"o1", "Verkeer", "", 1}, {"o2", "Groen", "", 2}, {"o3", "Alles klaar", "", 3}};
    s.actions = {action("a1", "o1", ActionStatus::Gepland, "2025-06-30"), action("a2", "o1", ActionStatus::Gereed),
                 action("a3", "o2", ActionStatus::Lopend), action("a4", "o3", ActionStatus::Vervallen)};
    s.actions[0].ideas = {"i1"};
    for (std::size_t i = 0; i < s.actions.size(); ++i) s.actions[i].seq = static_cast<std::int64_t>(i + 1);
    return s;
}

std::vector<std::string> order(const Session& s) {
    std::vector<std::string> ids;
    for (const auto& a : s.actions) ids.push_back(a.id);
    return ids;
}

}  // namespace

TEST_CASE("day numbers count calendar days, leap years included") {
    CHECK(dayNumber("1970-01-01") == 0);
    CHECK(dayNumber("2000-01-01") == 10957);
    CHECK(*dayNumber("2024-03-01") - *dayNumber("2024-02-28") == 2);  // 2024 is a leap year
    CHECK(*dayNumber("2100-03-01") - *dayNumber("2100-02-28") == 1);  // 2100 is not
    CHECK(dayNumber("2026-11-23T20:15:00") == dayNumber("2026-11-23"));
    CHECK_FALSE(dayNumber("2026-02-30"));
    CHECK_FALSE(dayNumber(""));
    Action a = action("a", "", ActionStatus::Gepland, "2026-12-01");
    CHECK(daysLeft(a, "2026-11-23") == 8);
    CHECK(daysLeft(a, "2026-12-03") == -2);
    a.deadline.clear();
    CHECK_FALSE(daysLeft(a, "2026-11-23"));
}

TEST_CASE("a status change is dated and kept in the history") {
    Action a = action("a1", "", ActionStatus::Gepland);
    setStatus(a, ActionStatus::Lopend, "2026-11-23");
    REQUIRE(a.history.size() == 2);  // what it was before records began, then the change
    CHECK(a.history[0].at.empty());
    CHECK(a.history[0].status == ActionStatus::Gepland);
    CHECK(a.history[1].at == "2026-11-23");
    CHECK(a.status == ActionStatus::Lopend);
    setStatus(a, ActionStatus::Lopend, "2026-11-24");  // no change, no entry
    CHECK(a.history.size() == 2);
    setStatus(a, ActionStatus::Gereed, "2027-01-10");
    CHECK(a.history.back().status == ActionStatus::Gereed);
    CHECK(a.history.back().at == "2027-01-10");
    CHECK_FALSE(isOpen(a.status));

    Action fresh = action("a2", "", ActionStatus::Gepland);  // a new action records its start
    setStatus(fresh, ActionStatus::Gepland, "2026-11-23");
    REQUIRE(fresh.history.size() == 1);
    CHECK(fresh.history[0].at == "2026-11-23");
}

TEST_CASE("a new meeting carries over the open actions, linked to their origin") {
    const Session previous = planSession();
    Session next;
    next.info.wijk = "Brouwhuis";
    const CarryOver c = carryOver(previous, next);
    REQUIRE(c.actions.size() == 2);  // gereed and vervallen stay behind
    CHECK(c.actions[0].id == "a1");
    CHECK(c.actions[1].id == "a3");
    REQUIRE(c.actions[0].origin);
    CHECK(c.actions[0].origin->session == previous.info.uid);
    CHECK(c.actions[0].origin->action == "a1");
    CHECK(c.actions[0].origin->date == "2024-11-12");
    CHECK(c.actions[0].ideas.empty());  // the idea stays with the old meeting
    REQUIRE(c.opgaven.size() == 2);     // only the opgaven that still have open actions
    CHECK(c.opgaven[0].title == "Verkeer");
    CHECK(c.opgaven[1].title == "Groen");

    // The result is a valid start: every action passes the edit rules in the new session.
    for (const auto& o : c.opgaven) apply(next, Put<Opgave>{o});
    for (const auto& a : c.actions) {
        CHECK_FALSE(validate(next, Put<Action>{a}));
        apply(next, Put<Action>{a});
    }

    // An id already used in the new meeting is not overwritten.
    Session busy;
    busy.actions = {action("a1", "", ActionStatus::Gepland)};
    const CarryOver c2 = carryOver(previous, busy);
    REQUIRE(c2.actions.size() == 2);
    CHECK(c2.actions[0].id != "a1");
    CHECK(c2.actions[0].origin->action == "a1");
}

TEST_CASE("the overview lists open actions overdue or due within 30 days, once each") {
    std::vector<TrackedAction> all;
    const auto add = [&](int session, Action a) {
        all.push_back({std::move(a), std::to_string(session), "T", "2024-11-" + std::to_string(10 + session)});
    };
    add(1, action("late", "", ActionStatus::Lopend, "2026-11-01"));
    add(1, action("soon", "", ActionStatus::Gepland, "2026-12-20"));
    add(1, action("later", "", ActionStatus::Gepland, "2026-12-24"));  // 31 days away
    add(1, action("done", "", ActionStatus::Gereed, "2026-11-01"));
    add(1, action("nodate", "", ActionStatus::Gepland));
    Action secret = action("secret", "", ActionStatus::Gepland, "2026-11-30");
    secret.visibility = Visibility::Closed;
    add(1, secret);
    // Carried over into meeting 2: the old copy is superseded and not listed twice.
    add(1, action("old", "", ActionStatus::Gepland, "2026-11-25"));
    Action carried = action("old", "", ActionStatus::Lopend, "2026-11-25");
    carried.origin = ActionOrigin{"1", "old", "2024-11-11"};
    add(2, carried);

    const auto ids = [](const std::vector<DueAction>& due) {
        std::vector<std::string> out;
        for (const auto& d : due) out.push_back(d.tracked->action.id + "@" + d.tracked->session);
        return out;
    };
    const auto internal = dueActions(all, "2026-11-23", 30, Audience::Internal);
    CHECK(ids(internal) == std::vector<std::string>{"late@1", "old@2", "secret@1", "soon@1"});
    CHECK(internal[0].daysLeft == -22);
    CHECK(dueActions(all, "2026-11-23", 30, Audience::Public).size() == 3);  // the closed one is left out

    // Another meeting's action of the same id, from another database: meetings are named by
    // their uid, so nothing of meeting 1 is taken for it.
    Action foreign = action("elsewhere", "", ActionStatus::Gepland);
    foreign.origin = ActionOrigin{"9", "soon", "2023-03-01"};
    add(3, foreign);
    CHECK(ids(dueActions(all, "2026-11-23", 30, Audience::Internal)) ==
          std::vector<std::string>{"late@1", "old@2", "secret@1", "soon@1"});
    // Carried on again into meeting 4: the origin stays meeting 1's, and only the newest copy shows.
    Action again = carried;
    again.status = ActionStatus::Gepland;
    add(4, again);
    CHECK(ids(dueActions(all, "2026-11-23", 30, Audience::Internal)) ==
          std::vector<std::string>{"late@1", "old@4", "secret@1", "soon@1"});
}

TEST_CASE("dragging an action to another's place renumbers the plan in one batch") {
    Session s = planSession();
    const auto up = reorderActions(s, "a3", "a1");  // up: before the target, into its opgave
    for (const auto& c : up) apply(s, c);
    CHECK(order(s) == std::vector<std::string>{"a3", "a1", "a2", "a4"});
    CHECK(find<Action>(s, "a3")->opgave == "o1");

    const auto down = reorderActions(s, "a3", "a4");  // down: after the target
    for (const auto& c : down) apply(s, c);
    CHECK(order(s) == std::vector<std::string>{"a1", "a2", "a4", "a3"});
    CHECK(find<Action>(s, "a3")->opgave == "o3");

    CHECK(reorderActions(s, "a1", "a1").empty());
    CHECK(reorderActions(s, "a1", "nope").empty());
}

TEST_CASE("the store keeps an action's origin and status history, and finds the wijk's plans") {
    test::TempDir dir;
    auto db = store::Database::open(dir.file("k.db"));
    store::Repository repo(*db);
    Session old = planSession();
    old.info.id = 0;
    const std::int64_t oldId = test::create(repo, old);
    Session mid = test::smallSession();  // another wijk: never mixed in
    test::create(repo, mid);
    Session next;
    next.info.title = "Wijktafel Brouwhuis 2026";
    next.info.wijk = "Brouwhuis";
    next.info.date = "2026-11-23";
    REQUIRE(repo.previousWithActions("Brouwhuis", next.info.date, 0) == oldId);
    const Session prev = repo.load(oldId);
    const CarryOver c = carryOver(prev, next);
    next.opgaven = c.opgaven;
    next.actions = c.actions;
    setStatus(next.actions[0], ActionStatus::Lopend, "2026-11-23T19:40:00");
    const std::int64_t nextId = test::create(repo, next);

    const Session back = repo.load(nextId);
    REQUIRE(back.actions.size() == 2);
    REQUIRE(back.actions[0].origin);
    CHECK(back.actions[0].origin->session == prev.info.uid);
    CHECK(prev.info.uid.size() == 36);
    CHECK(back.actions[0].origin->action == "a1");
    REQUIRE(back.actions[0].history.size() == 2);
    CHECK(back.actions[0].history[1].at == "2026-11-23T19:40:00");
    CHECK(back.actions[0].history[1].status == ActionStatus::Lopend);
    CHECK_FALSE(back.actions[1].origin == std::nullopt);

    const auto tracked = repo.actionsOfWijk("Brouwhuis", nextId);
    CHECK(tracked.size() == 4);  // the old meeting's four, not this one's, not Stiphout's
    CHECK(tracked[0].session == prev.info.uid);
    CHECK(tracked[0].sessionDate == "2024-11-12");
    CHECK(repo.previousWithActions("Brouwhuis", "2024-01-01", 0) == std::nullopt);  // nothing before then
}

TEST_CASE("origin and history survive the JSON interchange") {
    const Session s = test::smallSession();
    const Session back = io::sessionFromJson(io::sessionToJson(s));
    REQUIRE(back.actions[0].origin);
    CHECK(back.actions[0].origin->session == s.actions[0].origin->session);
    CHECK(back.actions[0].origin->date == "2024-11-12");
    REQUIRE(back.actions[0].history.size() == 2);
    CHECK(back.actions[0].history[1].status == ActionStatus::Lopend);
    CHECK_THROWS_WITH(io::sessionFromJson(R"({"format": "wijkkiosk-session", "version": 1, "session": {"type": "wijktafel", "title": "T",
        "actions": [{"what": "x", "history": [{"at": "gisteren", "status": "lopend"}]}]}})"),
                      Catch::Contains("session.actions[0].history[0].at"));
}

TEST_CASE("an action keeps its number: through reordering, a new action and a closed one in the public view") {
    Session s = planSession();
    numberActions(s);  // plan order: a1, a2 (o1), a3 (o2), a4 (o3)
    CHECK(actionNumbers(s) == std::unordered_map<std::string, int>{{"a1", 1}, {"a2", 2}, {"a3", 3}, {"a4", 4}});
    for (const auto& c : reorderActions(s, "a3", "a1")) apply(s, c);
    CHECK(order(s) == std::vector<std::string>{"a3", "a1", "a2", "a4"});
    CHECK(actionNumbers(s).at("a3") == 3);  // moved to the top, still number 3
    CHECK(nextActionNumber(s) == 5);
    // Removing the highest frees nothing in between: numbers are names, not places.
    apply(s, Remove<Action>{*find<Action>(s, "a2")});
    CHECK(actionNumbers(s).at("a4") == 4);
    // A closed action leaves a gap in the public plan rather than renumbering the rest.
    for (auto& a : s.actions)
        if (a.id == "a1") a.visibility = Visibility::Closed;
    const Session shown = visibleTo(s, Audience::Public);
    CHECK(actionNumbers(shown) == std::unordered_map<std::string, int>{{"a3", 3}, {"a4", 4}});
}

TEST_CASE("a number used twice or negative, and an amount that is not money, are refused") {
    Session s = planSession();
    numberActions(s);
    Action copy = *find<Action>(s, "a2");
    copy.number = 1;
    REQUIRE(validate(s, Put<Action>{copy}));
    CHECK(validate(s, Put<Action>{copy})->code == "number_in_use");
    copy.number = 2;
    copy.amountCents = -1;
    CHECK(validate(s, Put<Action>{copy})->code == "money_invalid");
    copy.amountCents = 125050;
    CHECK_FALSE(validate(s, Put<Action>{copy}));
}

TEST_CASE("a wijk's third meeting carries the first one's open actions with their first origin") {
    const Session first = planSession();  // 2024-11-12: a1 and a3 open
    Session second;
    second.info.uid = "0a0b0c0d-0000-4000-8000-000000000006";
    second.info.date = "2025-06-01";
    second.info.type = MeetingType::Wijkwerkoverleg;
    const CarryOver c2 = carryOver(first, second);
    second.opgaven = c2.opgaven;
    second.actions = c2.actions;
    // The wijkwerkoverleg adds one of its own and finishes a1.
    setStatus(second.actions[0], ActionStatus::Gereed, "2025-06-01");
    Action own = action("a9", "", ActionStatus::Gepland);
    own.seq = 9;
    own.number = nextActionNumber(second);
    second.actions.push_back(own);

    Session third;
    third.info.date = "2026-11-23";
    const CarryOver c3 = carryOver(second, third);
    REQUIRE(c3.actions.size() == 2);  // a3 from the first meeting, a9 from the second
    const auto* a3 = &c3.actions[0];
    CHECK(a3->what == "Actie a3");
    REQUIRE(a3->origin);
    CHECK(a3->origin->session == first.info.uid);  // where it began, not the meeting in between
    CHECK(a3->origin->date == "2024-11-12");
    CHECK(a3->origin->action == "a3");
    REQUIRE(c3.actions[1].origin);
    CHECK(c3.actions[1].origin->session == second.info.uid);
    CHECK(c3.actions[1].origin->date == "2025-06-01");
    // Numbered anew from 1 in the new meeting, in the plan's order.
    CHECK(c3.actions[0].number == 1);
    CHECK(c3.actions[1].number == 2);
}

TEST_CASE("the next meeting shows last time's public ideas read-only; support again counts there, not in the old record") {
    const Session demo = io::demoSession();
    Session next;
    next.info.title = "Wijktafel Brouwhuis 2027";
    next.info.wijk = "Brouwhuis";
    next.info.date = "2026-12-07";
    const CarryOver c = carryOver(std::vector<Session>{demo}, next);
    REQUIRE(c.earlier.size() == 10);  // the public ones; the closed one stays behind
    const EarlierIdea* oversteek = nullptr;
    for (const auto& e : c.earlier) {
        CHECK(e.text.find("Molenstraat") == std::string::npos);
        CHECK(e.origin.rfind(demo.info.uid + "/", 0) == 0);
        CHECK(e.from == "2026-11-19");
        CHECK(e.votes == 0);
        if (e.text.find("Een veilige oversteek") == 0) oversteek = &e;
    }
    REQUIRE(oversteek);
    CHECK(oversteek->votesThen == 14);
    CHECK(oversteek->response.value == "ooit");
    CHECK(oversteek->response.due == "2027-04-01");
    // Only a meeting held before this one counts as "last time".
    Session sameDay = next;
    sameDay.info.date = demo.info.date;
    CHECK(carryOver(std::vector<Session>{demo}, sameDay).earlier.empty());

    // Stored, supported again by a resident and at the facilitator's screen, that one undone: the old
    // meeting's record does not move.
    test::TempDir dir;
    auto db = store::Database::open(dir.file("k.db"));
    store::Repository repo(*db);
    Session old = demo;
    old.info.id = 0;
    const std::int64_t oldId = test::create(repo, old);
    next.earlier = carryOver(std::vector<Session>{repo.load(oldId)}, next).earlier;
    const std::int64_t nextId = test::create(repo, next);
    const std::string id = [&] {
        for (const auto& e : repo.load(nextId).earlier)
            if (e.text.find("Een veilige oversteek") == 0) return e.id;
        return std::string();
    }();
    service::EditService edits(*db, nextId, Policy{});
    CHECK(edits.submit({SupportEarlier{id}, Role::Resident, "2026-12-07T19:40:00"}).ok());
    CHECK(edits.submit({SupportEarlier{id}, Role::Facilitator, "2026-12-07T19:41:00"}).ok());
    CHECK(edits.submit({SupportEarlier{"e999"}, Role::Resident, "2026-12-07T19:42:00"}).problem->code == "not_found");
    CHECK(find<EarlierIdea>(repo.load(nextId), id)->votes == 2);
    CHECK(edits.undo(Role::Facilitator, "2026-12-07T19:43:00").ok());  // the resident's support stays
    CHECK(find<EarlierIdea>(repo.load(nextId), id)->votes == 1);
    CHECK(find<Idea>(repo.load(oldId), "i2")->votes == 14);
    // And the session file carries them.
    const Session back = io::sessionFromJson(io::sessionToJson(repo.load(nextId)));
    REQUIRE(back.earlier.size() == 10);
    CHECK(find<EarlierIdea>(back, id)->votes == 1);
    CHECK(find<EarlierIdea>(back, id)->response.condition == oversteek->response.condition);
}
