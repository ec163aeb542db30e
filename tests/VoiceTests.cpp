// Issue 30: who came and how the room votes. Check-ins once per visit; polls of five kinds whose
// answers are counted as sent (a second answer replaces the first), refused when wrong, and gone
// with their pseudonyms once the poll closes; the store keeps no link from an answer to a visit.
#include <catch2/catch.hpp>

#include "TestUtil.h"
#include "domain/Intent.h"
#include "domain/Polls.h"
#include "domain/Purge.h"
#include "domain/Rules.h"
#include "io/SessionJson.h"
#include "service/EditService.h"
#include "service/Voice.h"
#include "store/Sqlite.h"

using namespace wk;

namespace {

struct Room {
    Session s = test::smallSession();
    int next = 700;
    std::string act(Intent i, Role role = Role::Facilitator) {
        const IdSource ids = [&](char p) { return std::string(1, p) + std::to_string(++next); };
        const Decision d = decide(s, {std::move(i), role, "2026-11-22T20:00:00"}, ids, Policy{});
        if (d.problem) return d.problem->code;
        for (const auto& c : d.changes) apply(s, c);
        return "";
    }
    std::string open(PollKind kind, std::vector<std::string> options, long long total = 0) {
        REQUIRE(act(OpenPoll{{"Waar gaat het geld heen?", kind, std::move(options), total, 0, Visibility::Public, false}}).empty());
        return s.polls.back().id;
    }
    std::string answer(const std::string& poll, const std::string& who, std::vector<long long> values, std::string channel = "phone") {
        return act(AnswerPoll{poll, who, std::move(channel), std::move(values)}, Role::Resident);
    }
};

}  // namespace

TEST_CASE("check-in: once per visit, by kind and channel; a name only with consent") {
    Room r;
    CHECK(r.act(CheckInVisit{"resident", "phone", "Jan", false, "v1"}, Role::Resident).empty());
    CHECK(r.act(CheckInVisit{"resident", "phone", "", false, "v1"}, Role::Resident) == "already_checked_in");
    CHECK(r.act(CheckInVisit{"official", "kiosk", "Els", true, "k1"}, Role::Resident).empty());
    CHECK(r.act(CheckInVisit{"mayor", "kiosk", "", false, "k2"}, Role::Resident) == "value_range");
    REQUIRE(r.s.checkIns.size() == 2);
    CHECK(r.s.checkIns[0].name.empty());  // no consent: no name
    CHECK(r.s.checkIns[1].name == "Els");
    CHECK(r.act(SetHeadCount{34}).empty());
    CHECK(r.act(SetHeadCount{34}, Role::Resident) == "not_allowed");
    const Attendance a = attendance(r.s);
    CHECK(a.byKind.at("resident") == 1);
    CHECK(a.byKind.at("official") == 1);
    CHECK(a.byChannel.at("phone") == 1);
    CHECK(a.byChannel.at("kiosk") == 1);
    CHECK(a.headCount == 34);
    // The public sees who came, never from which visit.
    for (const auto& c : visibleTo(r.s, Audience::Public).checkIns) CHECK(c.visit.empty());
}

TEST_CASE("a one-choice poll: a second answer replaces the first; wrong answers are refused and count nothing") {
    Room r;
    const std::string q = r.open(PollKind::One, {"Bankjes", "Licht", "Groen"});
    CHECK(r.answer(q, "a", {0}).empty());
    CHECK(r.answer(q, "b", {2}, "kiosk").empty());
    CHECK(r.answer(q, "a", {1}).empty());  // changed: still one answer
    CHECK(r.answer(q, "c", {3}) == "unknown_option");
    CHECK(r.answer(q, "c", {0, 1}) == "value_range");
    CHECK(r.answer("q999", "c", {0}) == "unknown_poll");
    CHECK(r.s.answers.size() == 2);
    CHECK(find<Poll>(r.s, q)->phoneAnswers == 1);
    CHECK(find<Poll>(r.s, q)->kioskAnswers == 1);
    CHECK(resultOf(r.s, *find<Poll>(r.s, q)).values == std::vector<long long>{0, 1, 1});
    // Closed: the result stays, every answer (and so every pseudonym) is gone; no more answers.
    CHECK(r.act(ClosePoll{q}).empty());
    CHECK(r.s.answers.empty());
    const Poll& closed = *find<Poll>(r.s, q);
    CHECK(closed.result == std::vector<long long>{0, 1, 1});
    CHECK(closed.phoneAnswers == 1);
    CHECK(r.answer(q, "d", {0}) == "poll_closed");
    CHECK(r.act(ClosePoll{q}) == "poll_closed");
    // Paper ballots counted by hand add to the result, never more marks than papers.
    CHECK(r.act(AddPaperTotals{q, {4, 0, 1}, 4}) == "paper_counts");
    CHECK(r.act(AddPaperTotals{q, {3, 0, 1}, 4}).empty());
    CHECK(find<Poll>(r.s, q)->result == std::vector<long long>{3, 1, 2});
    CHECK(resultOf(r.s, *find<Poll>(r.s, q)).answered() == 6);
    CHECK_FALSE(isUndoable(ClosePoll{q}));
}

TEST_CASE("a ranking is combined by Borda count; every option once") {
    Room r;
    const std::string q = r.open(PollKind::Ranking, {"Groen", "Spelen", "Licht"});
    CHECK(r.answer(q, "a", {0, 1, 2}).empty());  // Groen 2, Spelen 1, Licht 0
    CHECK(r.answer(q, "b", {2, 0, 1}).empty());  // Licht 2, Groen 1, Spelen 0
    CHECK(r.answer(q, "c", {0, 0, 1}) == "ranking_incomplete");
    CHECK(r.answer(q, "c", {0, 1}) == "ranking_incomplete");
    CHECK(resultOf(r.s, *find<Poll>(r.s, q)).values == std::vector<long long>{3, 1, 2});
    CHECK(r.act(AddPaperTotals{q, {1, 0, 0}, 1}) == "paper_not_for_kind");
}

TEST_CASE("a budget split: each part whole euros, none negative, adding up to the total; the mean rounds to the total") {
    Room r;
    const std::string q = r.open(PollKind::Budget, {"Groen", "Spelen", "Licht"}, 1000);
    CHECK(r.answer(q, "a", {500, 500, 0}).empty());
    CHECK(r.answer(q, "b", {0, 500, 500}).empty());
    CHECK(r.answer(q, "c", {334, 333, 333}).empty());
    CHECK(r.answer(q, "d", {600, 500, 0}) == "budget_total");   // over the total
    CHECK(r.answer(q, "d", {100, 100, 0}) == "budget_total");   // under it
    CHECK(r.answer(q, "d", {1100, -100, 0}) == "value_range");  // a negative part
    const auto result = resultOf(r.s, *find<Poll>(r.s, q)).values;
    CHECK(result == std::vector<long long>{278, 444, 278});  // 834/3, 1333/3, 833/3, to the euro, adding to 1000
    CHECK(r.act(AdoptBudget{q}) == "poll_open");  // advisory until closed
    CHECK(r.act(ClosePoll{q}).empty());
    CHECK(r.act(AdoptBudget{q}).empty());
    CHECK(find<Poll>(r.s, q)->adopted);
    CHECK(meanShares({1, 1, 1}, 3, 1) == std::vector<long long>{1, 0, 0});
}

TEST_CASE("several choices and a scale") {
    Room r;
    REQUIRE(r.act(OpenPoll{{"Wat wilt u?", PollKind::Several, {"A", "B", "C"}, 0, 2, Visibility::Public, false}}).empty());
    const std::string several = r.s.polls.back().id;
    CHECK(r.answer(several, "a", {0, 2}).empty());
    CHECK(r.answer(several, "b", {0, 1, 2}) == "too_many");
    CHECK(r.answer(several, "b", {1, 1}) == "value_range");
    REQUIRE(r.act(OpenPoll{{"Hoe veilig voelt u zich?", PollKind::Scale, {"Niet", "", "", "", "Heel"}, 0, 0, Visibility::Public, false}}).empty());
    const std::string scale = r.s.polls.back().id;
    CHECK(r.answer(scale, "a", {5}).empty());
    CHECK(r.answer(scale, "b", {6}) == "value_range");
    CHECK(resultOf(r.s, *find<Poll>(r.s, scale)).values == std::vector<long long>{0, 0, 0, 0, 1});
    CHECK(r.act(OpenPoll{{"Leeg?", PollKind::One, {"Alleen"}, 0, 0, Visibility::Public, false}}) == "value_range");
    CHECK(r.act(OpenPoll{{" ", PollKind::One, {"A", "B"}, 0, 0, Visibility::Public, false}}) == "text_empty");
    CHECK(r.act(OpenPoll{{"Budget?", PollKind::Budget, {"A", "B"}, 0, 0, Visibility::Public, false}}) == "value_range");
}

TEST_CASE("the public sees no closed question and no answer, unless the results are shown live") {
    Room r;
    REQUIRE(r.act(OpenPoll{{"GEHEIM: welke casus eerst?", PollKind::One, {"A", "B"}, 0, 0, Visibility::Closed, false}}).empty());
    const std::string closedQ = r.s.polls.back().id;
    CHECK(r.answer(closedQ, "a", {0}) == "unknown_poll");  // never from a phone
    CHECK(r.answer(closedQ, "a", {0}, "kiosk").empty());
    const std::string hidden = r.open(PollKind::One, {"A", "B"});
    CHECK(r.answer(hidden, "a", {1}).empty());
    REQUIRE(r.act(OpenPoll{{"Live?", PollKind::One, {"A", "B"}, 0, 0, Visibility::Public, true}}).empty());
    const std::string live = r.s.polls.back().id;
    CHECK(r.answer(live, "secret-pseudonym", {1}).empty());
    const Session pub = visibleTo(r.s, Audience::Public);
    REQUIRE(pub.polls.size() == 2);
    CHECK(pub.polls[0].id == hidden);
    CHECK(pub.polls[0].phoneAnswers == 1);  // counted, not shown
    REQUIRE(pub.answers.size() == 1);
    CHECK(pub.answers[0].poll == live);
    CHECK(pub.answers[0].who != "secret-pseudonym");
}

TEST_CASE("a poll's answers in the store: pseudonyms from the poll's secret, all gone when it closes") {
    test::TempDir dir;
    auto db = store::Database::open(dir.file("k.db"));
    const std::int64_t id = test::create(*db, test::smallSession());
    store::Repository repo(*db);
    service::EditService edits(*db, id, Policy{});
    const auto opened = edits.submit({OpenPoll{{"Bankjes of licht?", PollKind::One, {"Bankjes", "Licht"}, 0, 0, Visibility::Public, false}},
                                      Role::Facilitator, "2026-11-22T20:00:00"});
    REQUIRE(opened.ok());
    const std::string q = opened.createdId;
    const auto secret = repo.pollSecret(id, q);
    REQUIRE(secret);
    CHECK(secret->size() == 64);
    // The same visit is the same pseudonym in this poll, another in the next; never the visit.
    const AnswerPoll a1 = service::answerFor(repo, id, q, "visit-one", "phone", {0});
    CHECK(a1.who == service::pseudonym(*secret, "visit-one"));
    CHECK(a1.who.find("visit-one") == std::string::npos);
    CHECK(a1.who != service::answerFor(repo, id, q, "visit-two", "phone", {0}).who);
    REQUIRE(edits.submit({a1, Role::Resident, "2026-11-22T20:01:00"}).ok());
    REQUIRE(edits.submit({service::answerFor(repo, id, q, "visit-one", "phone", {1}), Role::Resident, "2026-11-22T20:02:00"}).ok());
    REQUIRE(edits.submit({service::answerFor(repo, id, q, "visit-two", "kiosk", {1}), Role::Resident, "2026-11-22T20:03:00"}).ok());
    CHECK(repo.load(id).answers.size() == 2);
    REQUIRE(edits.submit({ClosePoll{q}, Role::Facilitator, "2026-11-22T20:05:00"}).ok());
    CHECK_FALSE(repo.pollSecret(id, q));
    const Session stored = repo.load(id);
    CHECK(stored.answers.empty());
    CHECK(stored.polls.back().result == std::vector<long long>{0, 2});
    // Nothing in the database names a pseudonym any more, not even the edit log.
    auto& count = db->prepare("SELECT count(*) FROM poll_answers");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 0);
    count.reset();
    auto& log = db->prepare("SELECT summary || ' ' || keys FROM edit_log WHERE command = 'answer-poll'");
    int answers = 0;
    while (log.step()) {
        ++answers;
        CHECK(log.text(0).find(a1.who) == std::string::npos);
        CHECK(log.text(0).find("Licht") == std::string::npos);
    }
    log.reset();
    CHECK(answers == 3);
    // An answer now has no pseudonym to go under, and is refused.
    CHECK_FALSE(edits.submit({service::answerFor(repo, id, q, "visit-three", "phone", {0}), Role::Resident, "2026-11-22T20:06:00"}).ok());
}

TEST_CASE("the session file keeps who came, the polls and an open poll's answers") {
    Room r;
    r.act(CheckInVisit{"partner", "phone", "", false, "v1"}, Role::Resident);
    r.act(SetHeadCount{12});
    const std::string q = r.open(PollKind::Budget, {"Groen", "Spelen"}, 500);
    r.answer(q, "a", {200, 300});
    const Session back = io::sessionFromJson(io::sessionToJson(r.s));
    CHECK(back.checkIns == r.s.checkIns);
    CHECK(back.info.headCount == 12);
    CHECK(back.polls == r.s.polls);
    CHECK(back.answers == r.s.answers);
    // An answer that does not add up is named in the file.
    std::string json = io::sessionToJson(r.s);
    json.replace(json.find("300"), 3, "301");
    CHECK_THROWS_WITH(io::sessionFromJson(json), Catch::Contains("poll_answers[0]") && Catch::Contains("does not add up"));
}

TEST_CASE("a purge keeps who came, by kind and channel, and drops residents' names and visits") {
    Room r;
    r.act(CheckInVisit{"resident", "phone", "Jan Bewoner", true, "phone-v1"}, Role::Resident);
    r.act(CheckInVisit{"official", "kiosk", "Els Ambtenaar", true, "kiosk-k1"}, Role::Resident);
    const Session purged = purgedSession(r.s);
    REQUIRE(purged.checkIns.size() == 2);
    CHECK(purged.checkIns[0].name.empty());
    CHECK(purged.checkIns[0].visit.empty());
    CHECK(purged.checkIns[0].kind == "resident");
    CHECK(purged.checkIns[1].name == "Els Ambtenaar");  // an official checks in in their role
}
