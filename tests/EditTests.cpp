// Intents and their rules: what each role may do, what each intent changes, and that taking a
// step back restores the whole session exactly, also with other writers in between.
#include <catch2/catch.hpp>

#include <set>

#include "TestUtil.h"
#include "domain/Change.h"
#include "domain/History.h"
#include "domain/Intent.h"
#include "domain/Rules.h"
#include "domain/Text.h"

using namespace wk;

namespace {

// Ids as the store hands them out: from a counter, never reused.
struct Ids {
    int next = 100;
    IdSource source() {
        return [this](char prefix) { return std::string(1, prefix) + std::to_string(++next); };
    }
};

// Decides and applies; returns the deltas, for taking the step back.
std::vector<Delta> run(Session& s, const Issued& is, Ids& ids) {
    const Decision d = decide(s, is, ids.source(), Policy{});
    INFO(std::string(commandName(is.intent)) << ": " << (d.problem ? d.problem->code + " " + d.problem->field : ""));
    REQUIRE_FALSE(d.problem);
    auto deltas = deltasOf(s, d.changes);
    for (const auto& c : d.changes) apply(s, c);
    return deltas;
}

void takeBack(Session& s, const std::vector<Delta>& deltas) {
    const Reverted r = revert(s, deltas);
    REQUIRE_FALSE(r.problem);
    for (const auto& c : r.changes) apply(s, c);
}

// One of every intent, each valid on the small session.
std::vector<Intent> everyIntent() {
    ActionFields f{"o1", "Bankjes plaatsen", "Vijf bankjes", Party::Wijkorgaan, "Wijkraad", "2027-05-01", "wijkbudget",
                   ActionStatus::Lopend, {"gezonde wijk"}, Visibility::Public, 125050};
    return {SubmitIdea{"Een speeltuin met ë", "spelen", "Piet", "piet@example.nl", true, MapPin{0.5, 0.5}},
            EditIdea{"i1", "Andere tekst", "groen", std::nullopt, Author{"J.", "", false}},
            SupportIdea{"i1"},
            SupportEarlier{"e1"},
            AnswerIdea{"i1", {"nooit", "Te duur", "", ""}},
            MergeIdeas{"i2", "i1", "Ook: {}", "Met: {}"},
            MergeGroup{"i1", {"i2"}, "Ook: {}", "Met: {}"},
            AdoptMinutes{true},
            HideIdea{"i1", "Persoonlijke gegevens"},
            RestoreIdea{"i9"},
            ApproveIdea{"i8"},
            SetIdeaVisibility{"i1", Visibility::Closed},
            IdeaToAction{"i2"},
            SetModeration{true},
            SetResidentPlacing{true},
            SetBlind{true},
            SwitchPhase{Visibility::Public},
            EditSessionInfo{"Nieuwe titel", "Wijkhuis", "Wethouder", "Dossier Molenstraat"},
            RateBouwsteen{2, 4},
            AddParticipant{"Kees", "bewoner", "", false},
            JoinAsResident{},
            PlaceSlider{"p2", "communicatie", 10, 90},
            GiveReason{"p1", "communicatie", "Omdat"},
            SkipSlider{"p1", "communicatie"},
            AddOpgave{"Groen", "Meer groen"},
            EditOpgave{"o1", "Veilig verkeer", ""},
            RemoveOpgave{"o2"},
            AddAction{f},
            EditAction{"a1", f},
            SetActionStatus{"a1", ActionStatus::Gereed},
            MoveAction{"a1", "a2"},
            RemoveAction{"a2"},
            AddContributions{Party::Partner, {"Nieuwe opgave"},
                             {ActionFields{"Nieuwe opgave", "Inloopspreekuur", "", std::nullopt, "", "", "regulier",
                                           ActionStatus::Gepland, {}, Visibility::Closed, std::nullopt, PointKind::Beslispunt}},
                             "partner.xlsx"},
            ResolvePoint{"a1", PointOutcome::Gewijzigd},
            AgreeAction{"a1", true},
            AddNote{NoteKind::Decision, "Besloten", Visibility::Closed},
            EditNote{"n1", NoteKind::Agreement, "Anders", Visibility::Public},
            RemoveNote{"n2"},
            AddAgendaItem{{"Rondvraag", "", 10, AgendaKind::Bespreken, Visibility::Public}},
            EditAgendaItem{"g2", {"Opgaven kiezen", "Wijkadviseur", 25, AgendaKind::Besluiten, Visibility::Closed}},
            RemoveAgendaItem{"g3"},
            NextAgendaItem{},
            AskFloor{"Els", "resident", true, "v9"},
            GiveFloor{},
            EndTurn{},
            WithdrawFloor{"t2"},
            CheckInVisit{"resident", "kiosk", "Els", true, "v7"},
            SetHeadCount{40},
            OpenPoll{{"Waar begint het wijkbudget mee?", PollKind::Ranking, {"Groen", "Spelen", "Licht"}, 0, 0, Visibility::Public, false}},
            ClosePoll{"q1"},
            AnswerPoll{"q1", "x2", "phone", {1}},
            AddPaperTotals{"q1", {2, 3}, 5},
            AdoptBudget{"q2"},
            ProposeStatement{"Meer licht in het park", "v8"},
            PutUpStatement{"q3"},
            ModerateWord{"q4", "x3"},
            HideWord{"groen"},
            OpenEvaluation{{"Goed geregeld.", "Ik kon meepraten.", "Ik weet wat er gebeurt."}, "Wat kan beter?", {}},
            CloseEvaluation{},
            SetIdeaPrefix{"ST-2"}};
}

// The small session with what some intents need besides: a hidden idea, a pending one, a
// second action and an opgave nothing is filed under.
Session richSession() {
    Session s = test::smallSession();
    Idea hidden = s.ideas[0];
    hidden.id = "i9";
    hidden.hidden = true;
    hidden.hiddenReason = "dubbel";
    hidden.seq = 3;
    Idea waiting = s.ideas[0];
    waiting.id = "i8";
    waiting.pending = true;
    waiting.seq = 4;
    s.ideas.push_back(hidden);
    s.ideas.push_back(waiting);
    s.ideas[1].visibility = Visibility::Public;  // so it may merge into i1
    Action second = s.actions[0];
    second.id = "a2";
    second.origin.reset();
    second.ideas.clear();
    second.seq = 2;
    second.number = 2;
    s.actions.push_back(second);
    s.opgaven.push_back({"o2", "Leeg", "", 2});
    // Last time's idea, read-only here.
    s.earlier.push_back({"e1", "ST-1-4", "Een bankje bij de vijver", "groen", {"ooit", "", "Als er budget is", "2027-04-01"}, 7,
                         "2025-11-20", "5f0c1d2e-0000-4000-8000-000000000011/i4", 0, 1});
    s.info.uid = "5f0c1d2e-0000-4000-8000-000000000022";
    s.actions[0].point = PointKind::Beslispunt;  // brought in by a party, to decide on
    // An agenda under way (its first item current) and spreekrecht: one speaking, one waiting.
    const auto item = [](std::string id, std::string title, std::string started, std::int64_t seq) {
        AgendaItem g;
        g.id = std::move(id);
        g.title = std::move(title);
        g.minutes = 10;
        g.started = std::move(started);
        g.seq = seq;
        return g;
    };
    s.agenda = {item("g1", "Opening", "2026-11-22T19:30", 1), item("g2", "Opgaven", "", 2), item("g3", "Rondvraag", "", 3)};
    Turn speaking;
    speaking.id = "t1";
    speaking.role = "resident";
    speaking.number = 1;
    speaking.requested = "2026-11-22T19:31:00";
    speaking.started = "2026-11-22T19:32:00";
    speaking.seq = 1;
    Turn asked = speaking;
    asked.id = "t2";
    asked.number = 2;
    asked.started.clear();
    asked.visit = "v2";
    asked.seq = 2;
    s.turns = {speaking, asked};
    // A poll open with one answer, and a budget split closed with its result.
    Poll open;
    open.id = "q1";
    open.question = "Meer bankjes of meer licht?";
    open.options = {"Bankjes", "Licht"};
    open.opened = "2026-11-22T19:40:00";
    open.phoneAnswers = 1;
    open.seq = 1;
    Poll split = open;
    split.id = "q2";
    split.kind = PollKind::Budget;
    split.total = 1000;
    split.closed = "2026-11-22T19:50:00";
    split.result = {600, 400};
    split.phoneAnswers = 3;
    split.seq = 2;
    // Issue 31: a statement a resident proposed, a one-word question with a word waiting, and
    // the evaluation under way.
    Poll proposed;
    proposed.id = "q3";
    proposed.kind = PollKind::Statement;
    proposed.question = "Het park blijft open";
    proposed.seq = 3;
    Poll word = open;
    word.id = "q4";
    word.kind = PollKind::Word;
    word.question = "De wijk in één woord?";
    word.options.clear();
    word.seq = 4;
    Poll evaluation = open;
    evaluation.id = "q5";
    evaluation.kind = PollKind::Scale;
    evaluation.question = "Goed geregeld.";
    evaluation.options = {"", "", "", "", ""};
    evaluation.evaluation = true;
    evaluation.phoneAnswers = 0;
    evaluation.seq = 5;
    s.polls = {open, split, proposed, word, evaluation};
    s.answers = {{"q1", "x1", "phone", {0}, 1}, {"q4", "x3", "phone", {}, 2, "gezellig", true}};
    return s;
}

}  // namespace

TEST_CASE("every intent has a test here, a name and words on the undo button") {
    std::set<std::size_t> kinds;
    std::set<std::string> names;
    for (const Intent& i : everyIntent()) {
        kinds.insert(i.index());
        names.insert(std::string(commandName(i)));
    }
    CHECK(kinds.size() == std::variant_size_v<Intent>);  // a new intent needs a line in everyIntent()
    CHECK(names.size() == std::variant_size_v<Intent>);
}

TEST_CASE("the inverse of every intent restores the whole session exactly") {
    const Session before = richSession();
    for (const Intent& intent : everyIntent()) {
        INFO(commandName(intent));
        Session s = before;
        // One evaluation at a time: a new one where none runs.
        if (std::holds_alternative<OpenEvaluation>(intent)) std::erase_if(s.polls, [](const Poll& p) { return p.evaluation; });
        const Session start = s;
        Ids ids;
        const auto deltas = run(s, test::as(intent), ids);
        CHECK_FALSE(s == start);  // it did something
        takeBack(s, deltas);
        CHECK(s == start);
    }
}

TEST_CASE("a resident may only do what residents do") {
    Session s = richSession();
    Ids ids;
    for (const Intent& intent : everyIntent()) {
        const bool residents = std::holds_alternative<SubmitIdea>(intent) || std::holds_alternative<SupportIdea>(intent) || std::holds_alternative<SupportEarlier>(intent) ||
                               std::holds_alternative<JoinAsResident>(intent) || std::holds_alternative<PlaceSlider>(intent) ||
                               std::holds_alternative<GiveReason>(intent) || std::holds_alternative<SkipSlider>(intent) ||
                               std::holds_alternative<AskFloor>(intent) || std::holds_alternative<CheckInVisit>(intent) ||
                               std::holds_alternative<AnswerPoll>(intent) || std::holds_alternative<ProposeStatement>(intent) ||
                               (std::holds_alternative<WithdrawFloor>(intent) && !std::get<WithdrawFloor>(intent).visit.empty());
        INFO(commandName(intent));
        CHECK(mayIssue(Role::Resident, intent) == residents);
        CHECK(mayIssue(Role::Facilitator, intent));
        if (!residents) CHECK(decide(s, test::as(intent, Role::Resident), ids.source(), Policy{}).problem->code == "not_allowed");
    }
    // Support: only what the public sees on the wall.
    CHECK(decide(s, test::as(SupportIdea{"i8"}, Role::Resident), ids.source(), Policy{}).problem);  // waiting for review
    CHECK(decide(s, test::as(SupportIdea{"i9"}, Role::Resident), ids.source(), Policy{}).problem);  // hidden
    s.ideas[1].visibility = Visibility::Closed;
    CHECK(decide(s, test::as(SupportIdea{"i2"}, Role::Resident), ids.source(), Policy{}).problem);  // closed
    CHECK_FALSE(decide(s, test::as(SupportIdea{"i1"}, Role::Resident), ids.source(), Policy{}).problem);
    // Joining to place: only while placing is open to residents.
    CHECK(decide(s, test::as(JoinAsResident{}, Role::Resident), ids.source(), Policy{}).problem->code == "not_allowed");
    // Placing: only when the facilitator opened it to residents, and only for a resident.
    CHECK(decide(s, test::as(PlaceSlider{"p2", "communicatie", 10, 20}, Role::Resident), ids.source(), Policy{}).problem->code == "not_allowed");
    s.info.settings.residentsPlace = true;
    CHECK_FALSE(decide(s, test::as(PlaceSlider{"p2", "communicatie", 10, 20}, Role::Resident), ids.source(), Policy{}).problem);
    CHECK(decide(s, test::as(PlaceSlider{"p1", "communicatie", 10, 20}, Role::Resident), ids.source(), Policy{}).problem->code == "not_allowed");
    CHECK_FALSE(decide(s, test::as(JoinAsResident{}, Role::Resident), ids.source(), Policy{}).problem);
}

TEST_CASE("under moderation a resident's idea waits for review; the facilitator's does not") {
    Session s = richSession();
    Ids ids;
    run(s, test::as(SetModeration{true}), ids);
    run(s, test::as(SubmitIdea{"Van een bewoner", "", "", "", false, {}}, Role::Resident), ids);
    run(s, test::as(SubmitIdea{"Van de gespreksleider", "", "", "", false, {}}), ids);
    const Idea& fromResident = s.ideas[s.ideas.size() - 2];
    CHECK(fromResident.pending);
    CHECK(fromResident.created == "2026-11-22T20:30:00");  // the time came with the intent
    CHECK(fromResident.visibility == Visibility::Public);
    CHECK_FALSE(s.ideas.back().pending);
    CHECK(fromResident.id == "i101");  // ids from the store, not from the session
}

TEST_CASE("undoing a merge keeps the supports given since; a later change makes undo refuse") {
    Session s = richSession();
    Ids ids;
    const auto merge = run(s, test::as(MergeIdeas{"i2", "i1", "Ook: {}", "Met: {}"}), ids);
    CHECK(find<Idea>(s, "i1")->votes == 8);
    // Two phones support the merged idea meanwhile.
    run(s, test::as(SupportIdea{"i1"}, Role::Resident), ids);
    run(s, test::as(SupportIdea{"i1"}, Role::Resident), ids);
    Session undone = s;
    takeBack(undone, merge);
    CHECK(find<Idea>(undone, "i1")->votes == 6);  // 4 of its own and the 2 new ones
    CHECK(find<Idea>(undone, "i1")->text == richSession().ideas[0].text);
    CHECK_FALSE(find<Idea>(undone, "i2")->hidden);
    // Someone edits the merged text: the merge can no longer be taken back.
    run(s, test::as(EditIdea{"i1", "Helemaal anders", "groen", std::nullopt, std::nullopt}), ids);
    const Reverted r = revert(s, merge);
    REQUIRE(r.problem);
    CHECK(r.problem->code == "changed_since");
    CHECK(r.changes.empty());
}

TEST_CASE("an idea made closed takes the actions made from it along, so its words never show") {
    Session s = richSession();
    Ids ids;
    run(s, test::as(IdeaToAction{"i2"}), ids);  // i2 is public here
    const Action made = s.actions.back();
    CHECK(made.visibility == Visibility::Public);
    CHECK(made.ideas == std::vector<std::string>{"i2"});
    CHECK(visibleTo(s, Audience::Public).actions.size() == 3);
    run(s, test::as(SetIdeaVisibility{"i2", Visibility::Closed}), ids);
    CHECK(find<Action>(s, made.id)->visibility == Visibility::Closed);
    for (const auto& a : visibleTo(s, Audience::Public).actions) CHECK(a.what.find("VERTROUWELIJK") == std::string::npos);
    // Hiding it does the same.
    Session h = richSession();
    run(h, test::as(IdeaToAction{"i2"}), ids);
    run(h, test::as(HideIdea{"i2", "persoonlijk"}), ids);
    CHECK(h.actions.back().visibility == Visibility::Closed);
}

TEST_CASE("a public action quoting an idea the public may not see stays out of public views") {
    // As an import or an older database may hold it: nothing closed the action.
    Session s = test::smallSession();
    Action a = s.actions[0];
    a.id = "a7";
    a.what = truncateVisibly(s.ideas[1].text, 20);  // copied from the closed idea, cut
    a.ideas = {"i2"};
    a.origin.reset();
    a.visibility = Visibility::Public;
    a.seq = 7;
    s.actions.push_back(a);
    const Session pub = visibleTo(s, Audience::Public);
    REQUIRE(pub.actions.size() == 1);
    CHECK(pub.actions[0].id == "a1");
}

TEST_CASE("in public a resident without consent is anonymous: no name, organisation or reasons") {
    Session s = test::smallSession();
    s.participants[1].organisation = "Buurtvereniging De Hoek";
    s.placements.push_back({"p2", "communicatie", 10, 80, "Ik woon hier al veertig jaar", 2});
    const Session pub = visibleTo(s, Audience::Public);
    CHECK(pub.participants[1].name.empty());
    CHECK(pub.participants[1].organisation.empty());
    CHECK(pub.placements[1].reason.empty());
    CHECK(pub.placements[1].now == 10);  // the placement itself counts, anonymously
    CHECK(pub.participants[0].name == "A. de Vries");  // an official is not anonymous
    CHECK(pub.placements[0].reason == "Nog geen strategie");
}

TEST_CASE("titles and names refuse control characters") {
    Session s = test::smallSession();
    Ids ids;
    CHECK(decide(s, test::as(EditSessionInfo{"Titel\tmet tab", "", "", ""}), ids.source(), Policy{}).problem->code == "control_characters");
    CHECK(decide(s, test::as(AddParticipant{"Naam\x1b[31m", "bewoner", "", false}), ids.source(), Policy{}).problem->code ==
          "control_characters");
    CHECK(decide(s, test::as(AddOpgave{"Regel\neen", ""}), ids.source(), Policy{}).problem->code == "control_characters");
    CHECK_FALSE(decide(s, test::as(EditSessionInfo{"Wijktafel Tongelre — één", "", "", ""}), ids.source(), Policy{}).problem);
}

TEST_CASE("validation refuses what the stored rules do not allow") {
    const Session s = test::smallSession();
    Idea blank;
    blank.id = "i9";
    blank.text = " \n ";
    CHECK(validate(s, Put<Idea>{blank})->code == "text_empty");
    CHECK(validate(s, Put<Placement>{{"p1", "communicatie", 101, 50, "", 0}})->code == "value_range");
    CHECK(validate(s, Put<Placement>{{"nobody", "communicatie", 1, 2, "", 0}})->code == "unknown_participant");
    Action a = s.actions[0];
    a.opgave = "o404";
    CHECK(validate(s, Put<Action>{a})->code == "unknown_opgave");
    Idea wrong = s.ideas[0];
    wrong.response.value = "ja";  // the session uses nu/ooit/nooit
    CHECK(validate(s, Put<Idea>{wrong})->code == "response_invalid");
    CHECK(validate(s, Remove<Opgave>{s.opgaven[0]})->code == "in_use");
    CHECK_FALSE(validate(s, Put<Idea>{s.ideas[0]}).has_value());
    Ids ids;
    CHECK(decide(s, test::as(RemoveOpgave{"o1"}), ids.source(), Policy{}).problem->code == "in_use");
    CHECK(decide(s, test::as(AnswerIdea{"i1", {"ja", "", "", ""}}), ids.source(), Policy{}).problem->code == "response_invalid");
}

TEST_CASE("normalized cleans every text field of a change") {
    Idea i;
    i.id = "i5";
    i.text = "tekst\x01 met\x7f stuurtekens";
    i.author = "naam\nmet regel";
    const Change c = normalized(Put<Idea>{i});
    const Idea& out = std::get<Put<Idea>>(c).item;
    CHECK(out.text == "tekst met stuurtekens");
    CHECK(out.author == "naam met regel");
}

TEST_CASE("fresh ids for sessions not yet stored are unique across all lists") {
    Session s = test::smallSession();
    CHECK(freshId(s, 'i') == "i3");
    CHECK(freshId(s, 'n') == "n3");
    CHECK(nextSeq<Idea>(s) == 3);
}

TEST_CASE("the first switch to public records when the public part began, and later switches keep it") {
    Session s = test::smallSession();
    Ids ids;
    REQUIRE(s.info.publicFrom.empty());
    run(s, {SwitchPhase{Visibility::Public}, Role::Facilitator, "2026-11-22T19:32:10"}, ids);
    CHECK(s.info.publicFrom == "2026-11-22T19:32:10");
    run(s, {SwitchPhase{Visibility::Closed}, Role::Facilitator, "2026-11-22T20:10:00"}, ids);
    run(s, {SwitchPhase{Visibility::Public}, Role::Facilitator, "2026-11-22T20:40:00"}, ids);
    CHECK(s.info.publicFrom == "2026-11-22T19:32:10");
}

TEST_CASE("a group of look-alike ideas merges in one step and is undone as one") {
    Session s = test::smallSession();
    s.ideas[1].visibility = Visibility::Public;
    for (int k = 3; k <= 4; ++k) {
        Idea i = s.ideas[0];
        i.id = "i" + std::to_string(k);
        i.text = "Bankjes bij de vijver " + std::to_string(k);
        i.votes = k;
        i.seq = k;
        s.ideas.push_back(i);
    }
    Ids ids;
    const Session before = s;
    const auto merge = run(s, test::as(MergeGroup{"i1", {"i3", "i4"}, "Ook: {}", "Met: {}"}), ids);
    CHECK(find<Idea>(s, "i1")->votes == 4 + 3 + 4);
    CHECK(find<Idea>(s, "i1")->text.find("Bankjes bij de vijver 4") != std::string::npos);
    CHECK(find<Idea>(s, "i3")->hidden);
    CHECK(find<Idea>(s, "i4")->mergedInto == "i1");
    // One step back restores all three.
    takeBack(s, merge);
    CHECK(s.ideas == before.ideas);
    // The target among the duplicates, or a duplicate twice, is refused whole.
    CHECK(decide(before, test::as(MergeGroup{"i1", {"i3", "i1"}, "", ""}), ids.source(), Policy{}).problem);
    CHECK(decide(before, test::as(MergeGroup{"i1", {"i3", "i3"}, "", ""}), ids.source(), Policy{}).problem);
    CHECK(decide(before, test::as(MergeGroup{"i1", {}, "", ""}), ids.source(), Policy{}).problem);
    CHECK(decide(before, test::as(MergeGroup{"i1", {"i3"}, "", ""}, Role::Resident), ids.source(), Policy{}).problem->code == "not_allowed");
}
