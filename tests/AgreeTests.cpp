// Issue 31: what the room agrees on. The thresholds of agreement and division (written once in
// the domain), a split slider, Dutch words grouped by stem for the word cloud and "lijkt op" (never
// a closed, hidden or waiting idea), statements and one-word answers refused when wrong and never
// counted twice, the evaluation opened and closed as one, and all of it through the store.
#include <catch2/catch.hpp>

#include "TestUtil.h"
#include "domain/Agreement.h"
#include "domain/Intent.h"
#include "domain/Planning.h"
#include "domain/Polls.h"
#include "domain/Rules.h"
#include "domain/WordCloud.h"
#include "io/SessionJson.h"
#include "io/Stemmer.h"
#include "service/EditService.h"
#include "service/Matching.h"
#include "service/Voice.h"

using namespace wk;

namespace {

Policy dutchPolicy() {
    Policy p;
    p.stopWords = io::dutchStopWords();
    return p;
}

struct Room {
    Session s = test::smallSession();
    Policy policy = dutchPolicy();
    int next = 800;
    std::string act(Intent i, Role role = Role::Facilitator) {
        const IdSource ids = [&](char p) { return std::string(1, p) + std::to_string(++next); };
        const Decision d = decide(s, {std::move(i), role, "2026-11-22T20:00:00"}, ids, policy);
        if (d.problem) return d.problem->code;
        for (const auto& c : d.changes) apply(s, c);
        return "";
    }
    std::string statement(const std::string& text) {
        const std::string r = act(OpenPoll{{text, PollKind::Statement, {}, 0, 0, Visibility::Public, true}});
        return r.empty() ? s.polls.back().id : "refused: " + r;
    }
    std::string answer(const std::string& poll, const std::string& who, std::vector<long long> values, std::string text = {},
                       std::string channel = "phone") {
        return act(AnswerPoll{poll, who, std::move(channel), std::move(values), std::move(text)}, Role::Resident);
    }
};

StatementCount count(long long eens, long long oneens, long long weetNiet = 0) { return {eens, oneens, weetNiet}; }

}  // namespace

TEST_CASE("statements: agreement and division by the policy's thresholds, weet niet not counted") {
    CHECK(verdictOf(count(7, 3)) == Verdict::AgreeEens);       // exactly 70 % of 10
    CHECK(verdictOf(count(3, 7)) == Verdict::AgreeOneens);
    CHECK(verdictOf(count(6, 3, 20)) == Verdict::TooFew);      // 9 decided: too few, however many weet niet
    CHECK(verdictOf(count(4, 6)) == Verdict::Divided);         // 40 %
    CHECK(verdictOf(count(6, 4)) == Verdict::Divided);         // 60 %
    CHECK(verdictOf(count(13, 7)) == Verdict::Leaning);        // 65 %: neither
    CHECK(verdictOf(count(7, 13)) == Verdict::Leaning);        // 35 %
    CHECK(verdictOf(count(69, 31)) == Verdict::Leaning);       // 69 % is not 70
    CHECK(count(2, 1).eensPercent() == 67);
}

TEST_CASE("a slider is split when both ends hold a quarter of the estimates") {
    CHECK(isSplit({10, 20, 80, 90}));
    CHECK(isSplit({30, 50, 50, 70}));                     // a quarter at 30, a quarter at 70
    CHECK_FALSE(isSplit({10, 90, 50}));                   // fewer than four
    CHECK_FALSE(isSplit({10, 40, 50, 60, 60, 90, 50, 50}));  // a wide spread, one at each end: not two camps
    CHECK_FALSE(isSplit({50, 55, 60, 65}));
    Session s = test::smallSession();
    s.participants.push_back({"p3", "", "bewoner", "", false, 3});
    s.participants.push_back({"p4", "", "bewoner", "", false, 4});
    s.placements = {{"p1", "communicatie", 10, 50, "", 1}, {"p2", "communicatie", 15, 50, "", 2}, {"p3", "communicatie", 85, 50, "", 3},
                    {"p4", "communicatie", 95, 50, "", 4}};
    CHECK(splitSliders(s) == std::vector<std::string>{"communicatie"});
    s.placements[0].now = 55, s.placements[1].now = 60;
    CHECK(splitSliders(s).empty());
}

TEST_CASE("words: lower case, joined by an apostrophe or hyphen, grouped by stem in their most written form") {
    CHECK(wordsOf("Zo'n buurt-app, ÉÉN Speeltuin!") == std::vector<std::string>{"zo'n", "buurt-app", "één", "speeltuin"});
    const io::DutchStemmer stem;
    CHECK(stem("bankjes") == stem("bankje"));  // the diminutive plural too
    const StopWords stop = io::dutchStopWords();
    const std::vector<WeightedText> texts{{"Meer speeltuinen in de wijk"}, {"De speeltuin is kapot"}, {"Een speeltuin bij de school"},
                                          {"Speeltuinen!"},
                                          {"Meer bomen langs de weg"}, {"Bomen snoeien"}, {"Die boom valt om"}, {"en en en de de het"}};
    const auto cloud = wordCloud(texts, stem.fn(), stop, {}, 10);
    REQUIRE(cloud.size() >= 2);
    CHECK(cloud[0].written == "speeltuin");  // ties between forms: the shorter
    CHECK(cloud[0].count == 4);
    CHECK(cloud[1].written == "bomen");
    CHECK(cloud[1].count == 3);
    for (const auto& w : cloud) {
        CHECK_FALSE(stop.count(w.written));  // no stop word
        CHECK(w.written != "meer");          // "meer" is one
    }
    // A word the facilitator hid is off, by its stem, in every form.
    const auto hidden = wordCloud(texts, stem.fn(), stop, {stem("speeltuinen")}, 10);
    for (const auto& w : hidden) CHECK(w.stem != "speeltuin");
    // A one-word question's result counts as often as each word was given.
    const auto weighted = wordCloud({{"groen", 5}, {"veilig", 2}}, stem.fn(), stop, {}, 10);
    REQUIRE(weighted.size() == 2);
    CHECK(weighted[0].written == "groen");
    CHECK(weighted[0].count == 5);
}

TEST_CASE("lijkt op: only ideas anyone may see, by shared stems") {
    Session s = test::smallSession();  // i1 public "Meer bankjes bij de vijver", i2 closed "VERTROUWELIJK overlast Molenstraat"
    Idea hidden = s.ideas[0];
    hidden.id = "i3", hidden.text = "Bankjes bij de vijver weg", hidden.hidden = true, hidden.seq = 3;
    Idea waiting = s.ideas[0];
    waiting.id = "i4", waiting.text = "Vijver met bankjes", waiting.pending = true, waiting.seq = 4;
    Idea closed = s.ideas[1];
    closed.id = "i5", closed.text = "Bankje bij de vijver (besloten)", closed.seq = 5;
    s.ideas.insert(s.ideas.end(), {hidden, waiting, closed});
    service::WordMatcher m(io::dutchStopWords());
    const auto found = m.similar(s, "Een bankje aan de vijver");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->id == "i1");
    CHECK(m.similar(s, "overlast Molenstraat").empty());  // the closed idea's own words: nothing
    CHECK(m.similar(s, "de het een").empty());            // only stop words
    CHECK(m.similar(s, "").empty());
    // The idea changed: its stems are made again.
    s.ideas[0].text = "Licht op het plein";
    CHECK(m.similar(s, "Bankje bij de vijver").empty());
    CHECK(m.similar(s, "Meer licht op het plein").size() == 1);
}

TEST_CASE("statements: answered eens, oneens or weet niet; a second answer replaces the first") {
    Room r;
    const std::string q = r.statement("Er moet meer groen in de wijk");
    REQUIRE(q.rfind("refused", 0) != 0);
    CHECK(r.s.polls.back().options.empty());
    CHECK(r.answer(q, "a", {0}).empty());
    CHECK(r.answer(q, "a", {1}).empty());  // changed: replaces
    CHECK(r.answer(q, "b", {2}).empty());
    CHECK(r.answer(q, "c", {3}) == "value_range");
    CHECK(r.answer(q, "c", {0, 1}) == "value_range");
    CHECK(r.answer(q, "c", {0}, "tekst") == "value_range");  // no text for a choice
    CHECK(r.s.polls.back().phoneAnswers == 2);
    const StatementCount c = countOf(resultOf(r.s, r.s.polls.back()));
    CHECK(c.eens == 0);
    CHECK(c.oneens == 1);
    CHECK(c.weetNiet == 1);
    CHECK(r.act(ClosePoll{q}).empty());
    CHECK(r.s.answers.empty());
    CHECK(r.s.polls.back().result == std::vector<long long>{0, 1, 1});
    // Bad statements: too long, control characters, only stop words.
    CHECK(r.statement(std::string(201, 'a')) == "refused: too_long");
    CHECK(r.statement("groen\x01 wijk") == "refused: text_invalid");
    CHECK(r.statement("de het en") == "refused: only_stop_words");
    CHECK(r.statement("   ") == "refused: text_empty");
}

TEST_CASE("a resident's statement waits until the facilitator puts it up or turns it down") {
    Room r;
    CHECK(r.act(ProposeStatement{"Het park moet open blijven", "v1"}, Role::Resident).empty());
    const std::string q = r.s.polls.back().id;
    CHECK(isProposed(r.s.polls.back()));
    CHECK(r.act(ProposeStatement{"het park moet open blijven ", "v2"}, Role::Resident) == "duplicate");
    CHECK(r.act(ProposeStatement{"en de", "v2"}, Role::Resident) == "only_stop_words");
    CHECK(r.act(ProposeStatement{std::string(300, 'x'), "v2"}, Role::Resident) == "too_long");
    CHECK(r.answer(q, "a", {0}) == "poll_closed");  // not up yet: nobody answers
    CHECK(visibleTo(r.s, Audience::Public).polls.empty());  // nor does the public see it
    CHECK(r.act(PutUpStatement{q, true}, Role::Resident) == "not_allowed");
    CHECK(r.act(PutUpStatement{q, true}).empty());
    CHECK(isOpen(r.s.polls.back()));
    CHECK(r.answer(q, "a", {0}).empty());
    CHECK(r.act(ProposeStatement{"Minder auto's in de straat", "v3"}, Role::Resident).empty());
    const std::string turnedDown = r.s.polls.back().id;
    CHECK(r.act(PutUpStatement{turnedDown, false}).empty());
    CHECK_FALSE(find<Poll>(r.s, turnedDown));
    CHECK(r.act(PutUpStatement{turnedDown, true}) == "not_found");
}

TEST_CASE("one word: refused when not one word or only a stop word; waits under moderation; counted at closing") {
    Room r;
    REQUIRE(r.act(OpenPoll{{"Hoe voelt de wijk, in één woord?", PollKind::Word, {"x"}, 0, 0, Visibility::Public, true}}).empty());
    const std::string q = r.s.polls.back().id;
    CHECK(r.s.polls.back().options.empty());
    CHECK(r.answer(q, "a", {}, "twee woorden") == "one_word");
    CHECK(r.answer(q, "a", {}, "de") == "only_stop_words");
    CHECK(r.answer(q, "a", {}, std::string(41, 'x')) == "too_long");
    CHECK(r.answer(q, "a", {}, "gezel\x07lig") == "text_invalid");
    CHECK(r.answer(q, "a", {}, "") == "text_empty");
    CHECK(r.answer(q, "a", {}, "Gezellig").empty());
    CHECK(r.answer(q, "b", {}, "gezellig").empty());
    CHECK(r.act(SetModeration{true}).empty());
    CHECK(r.answer(q, "c", {}, "vies").empty());
    CHECK(r.s.answers.back().pending);
    CHECK(visibleTo(r.s, Audience::Public).answers.size() == 2);  // the waiting word is nobody's yet
    CHECK(r.answer(q, "d", {}, "rommelig").empty());
    CHECK(r.act(ModerateWord{q, "d", true}).empty());
    CHECK(r.act(ModerateWord{q, "c", false}).empty());  // left out: gone, and not counted
    CHECK(r.s.polls.back().phoneAnswers == 3);
    CHECK(r.act(ClosePoll{q}).empty());
    const Poll& closed = r.s.polls.back();
    CHECK(closed.options == std::vector<std::string>{"gezellig", "rommelig"});
    CHECK(closed.result == std::vector<long long>{2, 1});
    CHECK(closed.phoneAnswers == 3);
    CHECK(r.s.answers.empty());
    CHECK(wordPollTexts(r.s, closed).size() == 2);  // three words given: shown
    Poll few = closed;
    few.result = {1, 1};
    CHECK(wordPollTexts(r.s, few).empty());  // two: not yet, one would say who
    CHECK_FALSE(pollProblem(closed));
    // Hiding a word by its stem, and putting it back.
    CHECK(r.act(HideWord{"gezel"}).empty());
    CHECK(r.act(HideWord{"gezel"}) == "no_change");
    CHECK(r.act(HideWord{"gezel", false}).empty());
    CHECK(r.s.info.hiddenWords.empty());
}

TEST_CASE("the evaluation: scale statements and an open question, opened and closed together, outcome internal") {
    Room r;
    CHECK(r.act(OpenEvaluation{{"Ik kon zeggen wat ik wilde."}, "", {}}) == "value_range");
    REQUIRE(r.act(OpenEvaluation{{"Ik kon zeggen wat ik wilde.", "Er werd naar mij geluisterd.", "Ik weet wat er nu gebeurt."},
                                 "Wat kan beter?", {"Helemaal oneens", "", "Neutraal", "", "Helemaal eens"}}).empty());
    CHECK(r.act(OpenEvaluation{{"Nog een"}, "Nog een?", {}}) == "evaluation_open");
    const auto open = openEvaluation(r.s);
    REQUIRE(open.size() == 4);
    CHECK(openPoll(r.s) == nullptr);  // a round, not a question of its own
    CHECK(r.answer(open[0]->id, "a", {5}).empty());
    CHECK(r.answer(open[0]->id, "b", {4}).empty());
    CHECK(r.answer(open[0]->id, "c", {2}, {}, "kiosk").empty());
    CHECK(r.answer(open[3]->id, "a", {}, "Meer tijd voor vragen").empty());
    CHECK(r.answer(open[3]->id, "b", {}, "meer tijd voor vragen").empty());
    const std::string first = open[0]->id;
    CHECK(r.act(CloseEvaluation{}).empty());
    CHECK(r.act(CloseEvaluation{}) == "poll_closed");
    CHECK(openEvaluation(r.s).empty());
    const Poll* scale = find<Poll>(r.s, first);
    REQUIRE(scale);
    CHECK(scaleMean(resultOf(r.s, *scale)) == Approx(11.0 / 3.0));
    const Poll& text = r.s.polls.back();
    CHECK(text.options.size() == 2);  // as written, each distinct one once
    CHECK_FALSE(isUndoable(CloseEvaluation{}));
    // Nothing of it for the public: not the questions once closed, not the answers.
    for (const auto& p : visibleTo(r.s, Audience::Public).polls) CHECK_FALSE(p.evaluation);
}

TEST_CASE("the year table marks the evaluation where a meeting held one") {
    const std::vector<PlanningArea> areas{{"Stiphout", "Noord"}};
    const auto rows = yearTable(areas, {{"Stiphout", MeetingType::Wijktafel, "2026-11-22", true}}, {}, 2026);
    REQUIRE(rows.size() == 1);
    const auto& nov = rows[0].months[10];
    REQUIRE(nov.size() == 2);
    CHECK(nov[1].kind == "evaluatie");
    CHECK(nov[1].held);
}

TEST_CASE("statements, words and the evaluation through the store and the session file") {
    test::TempDir dir;
    auto db = store::Database::open(dir.file("k.db"));
    const std::int64_t id = test::create(*db, test::smallSession());
    store::Repository repo(*db);
    service::EditService edits(*db, id, dutchPolicy());
    const auto at = [](int m) { return "2026-11-22T20:" + std::string(m < 10 ? "0" : "") + std::to_string(m) + ":00"; };
    REQUIRE(edits.submit({OpenPoll{{"Een woord?", PollKind::Word, {}, 0, 0, Visibility::Public, true}}, Role::Facilitator, at(1)}).ok());
    const std::string word = edits.session().polls.back().id;
    REQUIRE(edits.submit({OpenEvaluation{{"Goed geregeld.", "Ik kon meepraten.", "Ik weet wat er gebeurt."}, "Wat kan beter?", {}},
                          Role::Facilitator, at(2)})
                .ok());
    // Every poll the evaluation opened has its secret: answers get pseudonyms.
    for (const Poll* q : openEvaluation(edits.session())) CHECK(repo.pollSecret(id, q->id));
    REQUIRE(edits.submit({service::answerFor(repo, id, word, "v1", "phone", {}, "Groen"), Role::Resident, at(3)}).ok());
    REQUIRE(edits.submit({HideWord{"grom"}, Role::Facilitator, at(4)}).ok());
    const Session stored = repo.load(id);
    REQUIRE(stored.answers.size() == 1);
    CHECK(stored.answers[0].text == "Groen");
    CHECK(stored.info.hiddenWords == std::vector<std::string>{"grom"});
    CHECK(std::count_if(stored.polls.begin(), stored.polls.end(), [](const Poll& p) { return p.evaluation; }) == 4);
    const Session again = io::sessionFromJson(io::sessionToJson(stored));
    CHECK(again.answers[0].text == "Groen");
    CHECK(again.info.hiddenWords == stored.info.hiddenWords);
    CHECK(again.polls.back().evaluation);
    REQUIRE(edits.submit({CloseEvaluation{}, Role::Facilitator, at(5)}).ok());
    for (const auto& p : repo.load(id).polls)
        if (p.evaluation) CHECK_FALSE(repo.pollSecret(id, p.id));  // gone with the answers
    CHECK(repo.list().back().evaluated);
}
