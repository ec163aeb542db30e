// Issue 37: what the views derive from every idea, kept up to date edit by edit, must be exactly
// what deriving it again gives: the public view, the wall's order, the room's first ideas.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <thread>

#include "domain/IdeaSearch.h"
#include "domain/IdeaSummary.h"
#include "domain/PublicView.h"
#include "domain/Rules.h"
#include "io/SessionJson.h"
#include "service/EditService.h"
#include "service/PhoneDesk.h"
#include "TestUtil.h"

using namespace wk;

namespace {

Session manyIdeas(int n) {
    Session s = test::smallSession();
    const char* themes[] = {"groen", "verkeer", "spelen", ""};
    for (int k = 3; k <= n; ++k) {
        Idea i;
        i.id = "i" + std::to_string(k);
        i.text = "Idee " + std::to_string(k) + " over de buurt";
        i.theme = themes[k % 4];
        i.votes = k % 7;
        i.seq = k;
        i.created = "2026-11-22T19:" + std::string(k % 60 < 10 ? "0" : "") + std::to_string(k % 60) + ":00";
        i.visibility = k % 9 == 0 ? Visibility::Closed : Visibility::Public;
        if (k % 11 == 0) i.author = "Bewoner " + std::to_string(k), i.consent = k % 22 == 0;
        s.ideas.push_back(i);
    }
    return s;
}

std::string json(const Session& s) { return io::sessionToJson(s); }

// A meeting of `ideas` ideas in a database file of its own, closed again: the phone desk opens it.
struct MeetingFile {
    test::TempDir dir;
    std::string path = dir.file("k.db");
    std::int64_t id = 0;
    explicit MeetingFile(int ideas) {
        auto db = store::Database::open(path);
        id = test::create(*db, manyIdeas(ideas));
    }
};

}  // namespace

TEST_CASE("the journal keeps the ideas an edit changed, and says when something else changed") {
    test::TempDir dir;
    auto db = store::Database::open(dir.file("k.db"));
    service::EditService edits(*db, test::create(*db, manyIdeas(40)), {});
    const std::uint64_t start = edits.revision();
    REQUIRE(edits.journal().ideasSince(start));
    CHECK(edits.journal().ideasSince(start)->empty());
    REQUIRE(edits.submit(test::as(SupportIdea{"i5"})).ok());
    const auto one = edits.journal().ideasSince(start);
    REQUIRE(one);
    REQUIRE(one->size() == 1);
    CHECK(one->front()->before->votes + 1 == one->front()->after->votes);
    CHECK(sameForCloud(*one->front()));  // a support leaves the words as they were
    const std::uint64_t supported = edits.revision();
    REQUIRE(edits.submit(test::as(SwitchPhase{Visibility::Public})).ok());
    CHECK_FALSE(edits.journal().ideasSince(supported));  // the phase is not an idea: derive anew
    const std::uint64_t open = edits.revision();
    REQUIRE(edits.submit(test::as(SupportIdea{"i6"})).ok());
    CHECK(edits.journal().ideasSince(open)->size() == 1);
    // Another writer's commit is read whole: nothing to go on.
    auto otherDb = store::Database::open(dir.file("k.db"));
    service::EditService other(*otherDb, edits.session().info.id, {});
    REQUIRE(other.submit(test::as(SupportIdea{"i7"})).ok());
    const std::uint64_t before = edits.revision();
    REQUIRE(edits.refresh());
    CHECK_FALSE(edits.journal().ideasSince(before));
    // Too long ago: not kept.
    const std::uint64_t old = edits.revision();
    for (std::size_t k = 0; k <= ChangeJournal::kKept; ++k) REQUIRE(edits.submit(test::as(SupportIdea{"i8"})).ok());
    CHECK_FALSE(edits.journal().ideasSince(old));
}

TEST_CASE("the public view followed edit by edit is visibleTo's, whatever the edits") {
    test::TempDir dir;
    auto db = store::Database::open(dir.file("k.db"));
    service::EditService edits(*db, test::create(*db, manyIdeas(60)), {});
    REQUIRE(edits.submit(test::as(SwitchPhase{Visibility::Public})).ok());
    PublicView view;
    const auto same = [&] { CHECK(json(view.of(edits.session(), edits.revision(), &edits.journal())) == json(visibleTo(edits.session(), Audience::Public))); };
    same();
    const Session* first = &view.of(edits.session(), edits.revision(), &edits.journal());
    // Supports, an answer (its motivation naming a resident without consent), a closed idea's
    // support, new ideas with and without a name, hiding and restoring, making one closed.
    const std::vector<Issued> steps = {
        test::as(SupportIdea{"i3"}), test::as(SupportIdea{"i4"}, Role::Resident),
        test::as(AnswerIdea{"i5", {"ooit", "Bewoner 11 vroeg het ook", "Als Bewoner 33 meedoet", "2027-03-01"}}),
        test::as(SupportIdea{"i9"}), test::as(SubmitIdea{"Een nieuw idee zonder naam", "groen", "", "", false, std::nullopt}, Role::Resident),
        test::as(SubmitIdea{"Nog een, met naam", "spelen", "Piet Nieuw", "piet@example.nl", false, std::nullopt}, Role::Resident),
        test::as(HideIdea{"i6", "dubbel"}), test::as(RestoreIdea{"i6"}), test::as(SetIdeaVisibility{"i7", Visibility::Closed}),
        test::as(SupportIdea{"i1"}),  // the one an action quotes
        test::as(SubmitIdea{"Met naam en toestemming", "verkeer", "Els", "", true, std::nullopt}, Role::Resident)};
    for (const auto& step : steps) {
        INFO(commandName(step.intent));
        REQUIRE(edits.submit(step).ok());
        same();
    }
    // A support changed one idea in place: the same view, not a new copy (the step before was a
    // new idea with consent, which follows too).
    REQUIRE(edits.submit(test::as(SupportIdea{"i10"})).ok());
    same();
    CHECK(&view.of(edits.session(), edits.revision(), &edits.journal()) == first);
}

TEST_CASE("the wall's order followed idea by idea is the order sorted again, and the first ideas the first of it") {
    Session s = manyIdeas(200);
    const std::vector<std::string> themes = {"groen", "verkeer", "spelen"};
    for (IdeaOrder order : {IdeaOrder::Theme, IdeaOrder::Newest, IdeaOrder::Support, IdeaOrder::Unanswered}) {
        INFO(static_cast<int>(order));
        const auto passes = [](const Idea& i) { return !i.hidden && i.visibility == Visibility::Public; };
        std::vector<const Idea*> kept;
        for (const auto& i : s.ideas)
            if (passes(i)) kept.push_back(&i);
        orderIdeas(kept, order, themes);
        for (int step = 0; step < 60; ++step) {
            Idea& i = s.ideas[static_cast<std::size_t>(step * 37 % 200)];
            i.votes += step % 3 == 0 ? -1 : 2;
            if (step % 5 == 0) i.response.value = i.response.value.empty() ? "nu" : "";
            if (step % 7 == 0) i.hidden = !i.hidden;
            if (step % 13 == 0) i.theme = themes[static_cast<std::size_t>(step) % 3];
            REQUIRE(reorderIdea(kept, &i, passes(i), order, themes));
            std::vector<const Idea*> again;
            for (const auto& x : s.ideas)
                if (passes(x)) again.push_back(&x);
            orderIdeas(again, order, themes);
            REQUIRE(kept == again);
            if (order == IdeaOrder::Newest || order == IdeaOrder::Support) {
                std::vector<const Idea*> first;
                for (const auto& x : s.ideas)
                    if (passes(x)) first.push_back(&x);
                firstIdeas(first, order, 40, themes);
                REQUIRE(first == std::vector<const Idea*>(again.begin(), again.begin() + 40));
            }
        }
    }
    // A theme the config lacks: the theme orders cannot follow it.
    std::vector<const Idea*> kept = {&s.ideas[0]};
    s.ideas[0].theme = "iets anders";
    CHECK_FALSE(reorderIdea(kept, &s.ideas[0], true, IdeaOrder::Theme, themes));
}

TEST_CASE("the room's summary followed edit by edit is the summary made again") {
    Session s = manyIdeas(300);
    const std::vector<std::string> themes = {"groen", "verkeer", "spelen"};  // "" is the one other
    const auto onWall = [](const Idea& i) { return !i.hidden && !i.pending; };
    const auto wallOf = [&] {  // as the room lists them: by theme, each in the session's order
        std::vector<std::string> order = themes;
        for (const auto& i : s.ideas)
            if (std::find(order.begin(), order.end(), i.theme) == order.end()) order.push_back(i.theme);
        std::vector<const Idea*> wall;
        for (const auto& t : order)
            for (const auto& i : s.ideas)
                if (onWall(i) && i.theme == t) wall.push_back(&i);
        return wall;
    };
    IdeaSummary kept = summarize(s, wallOf(), themes, 40);
    REQUIRE(kept.configThemes);
    int followed = 0;
    for (int step = 0; step < 300; ++step) {
        Idea& i = s.ideas[static_cast<std::size_t>(step * 53 % 300)];
        ChangeJournal::IdeaChange c{i, std::nullopt};
        i.votes += step % 4 == 0 ? -2 : 3;
        if (step % 6 == 0) i.response.value = i.response.value.empty() ? "nu" : "";
        if (step % 9 == 0) i.hidden = !i.hidden;
        if (step % 10 == 0) i.theme = themes[static_cast<std::size_t>(step) % 3];
        c.after = i;
        const IdeaSummary again = summarize(s, wallOf(), themes, 40);
        if (followSummary(kept, s, {&c}, onWall)) {
            ++followed;
            INFO("step " << step);
            CHECK(kept.total == again.total);
            CHECK(kept.answered == again.answered);
            CHECK(kept.perTheme == again.perTheme);
            CHECK(kept.newest == again.newest);
            REQUIRE(kept.top == again.top);
            REQUIRE(kept.newestFirst == again.newestFirst);
            REQUIRE(kept.answeredTop == again.answeredTop);
        } else {
            kept = again;  // as the room does: made again
        }
    }
    CHECK(followed > 200);  // most steps are followed, not made again
    // One idea changed twice before the summary is drawn again (the room showed another page):
    // counted once, from its first state to its last.
    {
        kept = summarize(s, wallOf(), themes, 40);
        Idea& i = s.ideas[7];
        ChangeJournal::IdeaChange first{i, std::nullopt};
        i.votes += 5;
        i.response.value = i.response.value.empty() ? "nu" : "";
        first.after = i;
        ChangeJournal::IdeaChange second{i, std::nullopt};
        i.votes += 5;
        i.theme = i.theme == "groen" ? "spelen" : "groen";
        second.after = i;
        REQUIRE(followSummary(kept, s, {&first, &second}, onWall));
        const IdeaSummary again = summarize(s, wallOf(), themes, 40);
        CHECK(kept.total == again.total);
        CHECK(kept.answered == again.answered);
        CHECK(kept.perTheme == again.perTheme);
        CHECK(kept.top == again.top);
        CHECK(kept.answeredTop == again.answeredTop);
    }
    // An idea added: the session's ideas moved, made again.
    s.ideas.push_back(s.ideas.front());
    s.ideas.back().id = "nieuw";
    ChangeJournal::IdeaChange added{std::nullopt, s.ideas.back()};
    CHECK_FALSE(followSummary(kept, s, {&added}, onWall));
}

TEST_CASE("edits that arrive together are written as one group, each with its own result, all or none on disk") {
    test::TempDir dir;
    auto db = store::Database::open(dir.file("k.db"));
    const std::int64_t id = test::create(*db, manyIdeas(10));
    service::EditService edits(*db, id, {});
    const auto idea = [](const std::string& text) { return SubmitIdea{text, "groen", "", "", false, std::nullopt}; };
    service::EditService::Grouped a{test::as(idea("Eerste samen"), Role::Resident), {}, {}};
    service::EditService::Grouped refused{test::as(idea(""), Role::Resident), {}, {}};  // empty: refused by the rules
    service::EditService::Grouped b{test::as(SupportIdea{"i3"}, Role::Resident), {}, {}};
    service::EditService::Grouped c{test::as(SupportIdea{"i3"}, Role::Resident), {}, {}};  // decided on the group's first support
    std::vector<service::EditService::Grouped*> group = {&a, &refused, &b, &c};
    const int votes = find<Idea>(edits.session(), "i3")->votes;
    edits.submitGroup(group);
    CHECK(a.result.ok());
    CHECK_FALSE(a.result.createdId.empty());
    REQUIRE(refused.result.problem);
    CHECK(b.result.ok());
    CHECK(c.result.ok());
    CHECK(find<Idea>(edits.session(), "i3")->votes == votes + 2);
    // What the disk has is what the session shows.
    store::Repository repo(*db);
    CHECK(json(repo.load(id)) == json(edits.session()));
    // A group the disk refuses: nobody's edit is stored, each hears so, the session is the disk's.
    service::EditService::Grouped d{test::as(idea("Niet bewaard 1"), Role::Resident), {}, {}};
    service::EditService::Grouped e{test::as(SupportIdea{"i4"}, Role::Resident), {}, {}};
    std::vector<service::EditService::Grouped*> lost = {&d, &e};
    edits.failNextCommit();
    edits.submitGroup(lost);
    CHECK_FALSE(d.result.storeError.empty());
    CHECK_FALSE(e.result.storeError.empty());
    CHECK(json(repo.load(id)) == json(edits.session()));
    CHECK(json(edits.session()).find("Niet bewaard 1") == std::string::npos);
}

TEST_CASE("a group that fails in any way stores nothing and tells every member") {
    test::TempDir dir;
    auto db = store::Database::open(dir.file("k.db"));
    const std::int64_t id = test::create(*db, manyIdeas(10));
    service::EditService edits(*db, id, {});
    service::EditService::Grouped a{test::as(SupportIdea{"i3"}, Role::Resident), {}, {}};
    service::EditService::Grouped b{test::as(SupportIdea{"i4"}, Role::Resident),
                                    [](store::Repository&, const store::Repository::Tx&, const std::string&) { throw std::runtime_error("unexpected"); }, {}};
    std::vector<service::EditService::Grouped*> group = {&a, &b};
    edits.submitGroup(group);
    CHECK_FALSE(a.result.ok());
    CHECK_FALSE(b.result.ok());
    store::Repository repo(*db);
    CHECK(json(repo.load(id)) == json(edits.session()));  // the support applied to i3 is gone again
}

TEST_CASE("one visit's requests at the desk take turns: no more supports than a visit has") {
    const MeetingFile meeting(20);
    service::PhoneDesk desk(test::shippedConfig(), meeting.path, meeting.id);
    std::string visitId;
    {
        const service::PhoneDesk::Entry entry(desk);
        visitId = desk.join("127.0.0.9")->id;
    }
    constexpr int kRequests = 8;
    std::vector<std::thread> requests;
    std::atomic<int> given{0};
    {
        const service::PhoneDesk::Entry held(desk);  // they arrive together
        for (int k = 0; k < kRequests; ++k)
            requests.emplace_back([&, k] {
                // As the door does: the visit's turn, then the visit read, then the support.
                const service::PhoneDesk::Entry entry(desk);
                const service::PhoneDesk::VisitTurn turn(desk, visitId);
                const auto visit = desk.visit(visitId);
                if (visit && desk.support(*visit, "i" + std::to_string(3 + k)).outcome == service::PhoneDesk::Support::Given) ++given;
            });
        while (desk.inDoor() < kRequests + 1) std::this_thread::yield();
    }
    for (auto& t : requests) t.join();
    CHECK(given.load() == test::shippedConfig().policy.votesPerVisit);
}

TEST_CASE("phones at the desk together have their ideas written in one group") {
    const MeetingFile meeting(10);
    service::PhoneDesk desk(test::shippedConfig(), meeting.path, meeting.id);
    constexpr int kPhones = 16;
    std::vector<std::thread> phones;
    std::vector<service::EditResult> results(kPhones);
    {
        // The desk held while the phones line up: they arrive together, as a burst does.
        const service::PhoneDesk::Entry held(desk);
        for (int p = 0; p < kPhones; ++p)
            phones.emplace_back([&, p] {
                const service::PhoneDesk::Entry entry(desk);
                results[static_cast<std::size_t>(p)] = desk.submitIdea({"Samen " + std::to_string(p), "groen", "", "", false, std::nullopt});
            });
        while (desk.inDoor() < kPhones + 1) std::this_thread::yield();
    }
    for (auto& t : phones) t.join();
    for (const auto& r : results) CHECK(r.ok());
    CHECK(desk.groups().edits == kPhones);
    CHECK(desk.groups().groups <= kPhones / 2);  // together: one group, however the threads were woken
    auto db = store::Database::open(meeting.path);
    const Session stored = store::Repository(*db).load(meeting.id);
    for (int p = 0; p < kPhones; ++p) CHECK(json(stored).find("Samen " + std::to_string(p) + "\"") != std::string::npos);
}
