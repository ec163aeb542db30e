#include <catch2/catch.hpp>

#include "TestUtil.h"
#include "domain/Change.h"
#include "domain/Purge.h"
#include "domain/Rules.h"
#include "domain/Text.h"

using namespace wk;

TEST_CASE("cleanText keeps Dutch text and drops control characters") {
    CHECK(cleanText("Café één ĳs — €5") == "Café één ĳs — €5");
    CHECK(cleanText("a\x01" "b\x7f" "c") == "abc");
    CHECK(cleanText("regel 1\r\nregel 2\rregel 3") == "regel 1\nregel 2\nregel 3");
    CHECK(cleanText("bad \xff byte") == "bad \xEF\xBF\xBD byte");
    CHECK(cleanText("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // an overlong '/' is not let through
    CHECK(cleanLine("twee\nregels\ttab") == "twee regels tab");
    CHECK(cleanText("emoji 🙂 blijft") == "emoji 🙂 blijft");
}

TEST_CASE("isBlank sees through every kind of space") {
    CHECK(isBlank(""));
    CHECK(isBlank("  \t\n "));
    CHECK(isBlank("\xC2\xA0"));  // no-break space
    CHECK_FALSE(isBlank(" x "));
    CHECK_FALSE(isBlank("é"));
}

TEST_CASE("truncateVisibly cuts on code points and shows the cut") {
    CHECK(truncateVisibly("ëëëëë", 5) == "ëëëëë");
    CHECK(truncateVisibly("ëëëëëë", 5) == "ëëëë…");
    CHECK(codepointCount(truncateVisibly(std::string(10000, 'x'), 300)) == 300);
}

TEST_CASE("ISO dates are real calendar days") {
    CHECK(isIsoDate("2026-11-22"));
    CHECK(isIsoDate("2028-02-29"));
    CHECK_FALSE(isIsoDate("2027-02-29"));
    CHECK_FALSE(isIsoDate("2026-13-01"));
    CHECK_FALSE(isIsoDate("22-11-2026"));
    CHECK(isIsoDateTime("2026-11-22T19:45:00"));
    CHECK(isIsoDateTime("2026-11-22T19:45"));
    CHECK_FALSE(isIsoDateTime("2026-11-22T24:00"));
}

TEST_CASE("SMART check names what is missing; no party means not SMART") {
    Action a;
    a.what = "Schoolzone herinrichten";
    a.indicator = "Snelheid < 30";
    a.owner = "Afdeling Verkeer";
    a.deadline = "2027-06-30";
    a.budget = "regulier";
    a.agreed = true;
    CHECK_FALSE(smartCheck(a).smart());
    CHECK_FALSE(smartCheck(a).owner);
    CHECK_FALSE(smartCheck(a).agreed);  // agreed with nobody is not agreed
    a.party = Party::Gemeente;
    CHECK(smartCheck(a).smart());
    // Acceptabel: the party's yes at the table; Realistisch: budget or capacity named.
    a.agreed = false;
    CHECK_FALSE(smartCheck(a).smart());
    a.agreed = true;
    a.budget = " ";
    CHECK_FALSE(smartCheck(a).realistic);
    a.amountCents = 50000;
    CHECK(smartCheck(a).smart());
    a.deadline = "volgend jaar";
    CHECK_FALSE(smartCheck(a).deadline);
    a.deadline = "2027-06-30";
    a.indicator = "  ";
    CHECK_FALSE(smartCheck(a).indicator);
}

TEST_CASE("an answer is complete only with what its value asks for") {
    const auto nu = ResponseScheme::NuOoitNooit;
    const auto ja = ResponseScheme::JaNeeJaMits;
    CHECK(answerCheck({}, nu).state == AnswerState::Unanswered);
    CHECK(answerCheck({"nu", "", "", ""}, nu).state == AnswerState::Complete);
    const AnswerCheck ooit = answerCheck({"ooit", "", "", ""}, nu);
    CHECK(ooit.state == AnswerState::Incomplete);
    CHECK(ooit.needsCondition);
    CHECK(ooit.needsDue);
    CHECK(answerCheck({"ooit", "", "Begroting 2027", "2027-03-01"}, nu).state == AnswerState::Complete);
    CHECK(answerCheck({"nooit", "", "", ""}, nu).needsMotivation);
    CHECK(answerCheck({"nooit", "Te duur", "", ""}, nu).state == AnswerState::Complete);
    CHECK(answerCheck({"ja_mits", "", "Als de corporatie meedoet", "2027-01-01"}, ja).state == AnswerState::Complete);
    CHECK(answerCheck({"nee", "", "", ""}, ja).state == AnswerState::Incomplete);
    CHECK(answerCheck({"nu", "", "", ""}, ja).state == AnswerState::Incomplete);  // a word of the other scheme
}

TEST_CASE("median of odd, even, tied and empty sets") {
    CHECK(*median({30, 10, 20}) == 20);
    CHECK(*median({10, 20, 30, 40}) == 25);
    CHECK(*median({50, 50, 50, 10}) == 50);
    CHECK(*median({7}) == 7);
    CHECK_FALSE(median({}).has_value());
}

TEST_CASE("slider statistics count skips apart, never as zero") {
    Session s = test::smallSession();
    s.participants.push_back({"p3", "C", "partner", "", true, 3});
    s.placements.push_back({"p2", "communicatie", 10, 90, "", 2});
    s.placements.push_back({"p3", "communicatie", std::nullopt, std::nullopt, "geen idee", 3});
    const SliderStats st = sliderStats(s, "communicatie");
    CHECK(st.placedNow == 2);
    CHECK(st.skipped == 1);
    CHECK(*st.medianNow == 20);
    CHECK(*st.medianDesired == 80);
    CHECK(st.spreadNow == 20);
    CHECK(st.spreadDesired == 20);
}

TEST_CASE("the public audience sees nothing closed and no resident's name without consent") {
    const Session s = test::smallSession();
    const Session pub = visibleTo(s, Audience::Public);
    REQUIRE(pub.ideas.size() == 1);
    CHECK(pub.ideas[0].id == "i1");
    CHECK(pub.ideas[0].author.empty());   // no consent
    CHECK(pub.ideas[0].contact.empty());
    REQUIRE(pub.notes.size() == 1);
    CHECK(pub.notes[0].text.find("VERTROUWELIJK") == std::string::npos);
    CHECK(pub.participants[0].name == "A. de Vries");  // an official, shown
    CHECK(pub.participants[1].name.empty());          // a resident without consent
    const Session internal = visibleTo(s, Audience::Internal);
    CHECK(internal.ideas.size() == 2);
    CHECK(internal.ideas[0].author == "Jan Bewoner");
}

TEST_CASE("a resident named without consent is not named in the public's free text either; the web names nobody") {
    Session s = test::smallSession();
    REQUIRE(s.participants[1].name.size() > 0);
    const std::string resident = s.participants[1].name;  // a resident without consent
    s.notes[0].text = "Afgesproken: " + resident + " en A. de Vries bellen de school.";
    s.notes[0].visibility = Visibility::Public;
    s.actions[0].owner = resident;
    const Session pub = visibleTo(s, Audience::Public);
    CHECK(pub.notes[0].text == "Afgesproken: [naam] en A. de Vries bellen de school.");  // the official stays
    CHECK(pub.actions[0].owner == "[naam]");
    // On the web nobody is named: consent was for the meeting, not for a page that stays.
    s.participants[1].consent = true;
    const Session web = webSession(visibleTo(s, Audience::Public));
    CHECK(web.participants.empty());  // at a small meeting a role names the person
    CHECK(web.notes[0].text.find(resident) == std::string::npos);
    for (const auto& i : web.ideas) {
        CHECK(i.author.empty());
        CHECK(i.contact.empty());
    }
    // Many names cost a lookup per word, not a pass per name.
    std::vector<std::string> names;
    for (int k = 0; k < 20000; ++k) names.push_back("Bewoner" + std::to_string(k) + " Achternaam" + std::to_string(k));
    names.push_back("Jan de Vries");
    const NameScrubber scrub(names);
    CHECK(scrub("Jan de Vries en Achternaam77 komen, de VRIES ook") == "[naam] en [naam] komen, de [naam] ook");
}

TEST_CASE("while placing is blind the public sees that someone placed, not where or why") {
    Session s = test::smallSession();
    REQUIRE_FALSE(s.placements.empty());
    s.placements[0].reason = "Omdat het zo is";
    s.info.settings.blind = true;
    const Session pub = visibleTo(s, Audience::Public);
    REQUIRE(pub.placements.size() == s.placements.size());  // the room counts who placed
    for (const auto& p : pub.placements) {
        CHECK_FALSE(p.now);
        CHECK_FALSE(p.desired);
        CHECK(p.reason.empty());
    }
    s.info.settings.blind = false;  // revealed: the values are back
    const Session shown = visibleTo(s, Audience::Public);
    CHECK(shown.placements[0].now == s.placements[0].now);
}

TEST_CASE("a public action does not point at a closed idea in public") {
    Session s = test::smallSession();
    s.actions[0].ideas = {"i1", "i2"};
    const Session pub = visibleTo(s, Audience::Public);
    CHECK(pub.actions[0].ideas == std::vector<std::string>{"i1"});
}

TEST_CASE("the BMP proxy keeps emoji through a 16-bit text field") {
    const std::string real = "Bankje 🙂 bij de vijver 🌳🌳 en é";
    const std::string proxy = toBmpProxy(real);
    for (std::size_t i = 0; i < proxy.size(); ++i)  // no 4-byte sequence is left
        CHECK((static_cast<unsigned char>(proxy[i]) & 0xF8) != 0xF0);
    CHECK(fromBmpProxy(proxy) == real);
    CHECK(toBmpProxy("🙂") == toBmpProxy("🙂"));  // the same stand-in every time
    CHECK(fromBmpProxy("gewoon \xEA\x92\x8C privé") == "gewoon \xEA\x92\x8C privé");  // unused slots stand for themselves
}

TEST_CASE("the outermost estimates of now, and the slider where they differ most first") {
    Session s = test::smallSession();
    s.sliders.push_back({"bestuur", "Bestuur en politiek", "", 2});
    s.participants.push_back({"p3", "C", "partner", "", true, 3});
    s.placements.push_back({"p2", "communicatie", 10, 90, "Te weinig", 2});
    s.placements.push_back({"p3", "communicatie", 55, 60, "Gaat prima", 3});
    s.placements.push_back({"p1", "bestuur", 60, 60, "", 4});
    s.placements.push_back({"p2", "bestuur", 65, 65, "", 5});
    const Outermost o = outermostNow(s, "communicatie");
    REQUIRE(o.low);
    REQUIRE(o.high);
    CHECK(o.low->participant == "p2");
    CHECK(o.high->participant == "p3");
    CHECK_FALSE(outermostNow(s, "onbekend").low);
    CHECK(slidersByDisagreement(s) == std::vector<std::string>{"communicatie", "bestuur"});
    s.placements.push_back({"p3", "bestuur", 0, 100, "", 6});
    CHECK(slidersByDisagreement(s).front() == "bestuur");
}

TEST_CASE("a hidden idea needs a reason and never reaches the public") {
    Session s = test::smallSession();
    Idea i = s.ideas[0];
    i.hidden = true;
    CHECK(validate(s, Put<Idea>{i})->code == "reason_missing");
    i.hiddenReason = "Dubbel";
    CHECK_FALSE(validate(s, Put<Idea>{i}).has_value());
    apply(s, Put<Idea>{i});
    CHECK(visibleTo(s, Audience::Public).ideas.empty());  // i1 hidden, i2 closed
    CHECK(visibleTo(s, Audience::Internal).ideas.size() == 2);
}

TEST_CASE("a closed idea never merges into a public one, which would publish its text") {
    Idea closed, open, closedToo;
    closed.id = "i1"; closed.visibility = Visibility::Closed;
    open.id = "i2"; open.visibility = Visibility::Public;
    closedToo.id = "i3"; closedToo.visibility = Visibility::Closed;
    CHECK_FALSE(canMerge(closed, open));
    CHECK(canMerge(open, closed));      // public text into a closed idea stays closed
    CHECK(canMerge(closed, closedToo));
    CHECK(canMerge(open, open) == false);  // not into itself
}

TEST_CASE("money as people type it, in cents, and written back the Dutch way") {
    CHECK(parseMoney("1250") == 125000);
    CHECK(parseMoney("1250,5") == 125050);
    CHECK(parseMoney("1.250,50") == 125050);
    CHECK(parseMoney("\xE2\x82\xAC 1 250,50") == 125050);
    CHECK(parseMoney("1250.50") == 125050);
    CHECK(parseMoney("1.250") == 125000);  // a thousands point, as a Dutch person writes it
    CHECK(parseMoney("0,05") == 5);
    CHECK_FALSE(parseMoney(""));
    CHECK_FALSE(parseMoney("-5"));
    CHECK_FALSE(parseMoney("12,345,6"));
    CHECK_FALSE(parseMoney("1,2345"));
    CHECK_FALSE(parseMoney("veel"));
    CHECK_FALSE(parseMoney("12.34.56"));
    CHECK_FALSE(parseMoney("99999999999999999"));
    CHECK(formatMoney(125050, ',') == "\xE2\x82\xAC 1.250,50");
    CHECK(formatMoney(5, ',') == "\xE2\x82\xAC 0,05");
    CHECK(formatMoney(100000000, '.') == "\xE2\x82\xAC 1,000,000.00");
}

TEST_CASE("a purge takes residents' names out of the free text: full name and surname, any case, accents folded") {
    const std::vector<std::string> names = {"Fatma Yılmaz", "Jan de Vries", "Bo"};
    CHECK(withoutNames("Gesprek met Fatma Yılmaz over de speeltuin", names) == "Gesprek met [naam] over de speeltuin");
    CHECK(withoutNames("mevrouw YILMAZ belt terug", names) == "mevrouw [naam] belt terug");
    CHECK(withoutNames("Mevrouw yilmaz en meneer de vries", names) == "Mevrouw [naam] en meneer de [naam]");
    CHECK(withoutNames("JAN DE VRIES, namens de buurt", names) == "[naam], namens de buurt");
    CHECK(withoutNames("Vriesland en Yilmazstraat blijven", names) == "Vriesland en Yilmazstraat blijven");  // whole words only
    CHECK(withoutNames("Bo kwam ook", names) == "[naam] kwam ook");      // a full name, however short
    CHECK(withoutNames("De boom bij de school", names) == "De boom bij de school");
    CHECK(withoutNames("Bewoner İlhan Öztürk", {"Ilhan Ozturk"}) == "Bewoner [naam]");
}

TEST_CASE("a purge clears residents, their reasons and their names in notes, answers and actions; officials stay") {
    Session s = test::smallSession();  // p1 "A. de Vries" (wethouder), p2 "Jan Bewoner" (bewoner), i1 by Jan Bewoner
    s.placements.push_back({"p2", "communicatie", 20, 60, "Ik woon hier al dertig jaar aan de Dorpsstraat", 2});
    s.notes.push_back({"n9", "", "Jan Bewoner vraagt om een afspraak; wethouder De Vries zegt toe", NoteKind::Decision, Visibility::Public, 9});
    s.ideas[0].response.motivation = "Besproken met BEWONER";
    s.actions[0].what = "Terugbellen: jan bewoner";
    PurgeCount n;
    const Session p = purgedSession(s, &n);
    CHECK(p.participants[1].name.empty());
    CHECK(p.participants[0].name == "A. de Vries");
    CHECK(p.placements[0].reason == "Nog geen strategie");  // the official's reason stays
    CHECK(p.placements[1].reason.empty());
    CHECK(p.notes.back().text == "[naam] vraagt om een afspraak; wethouder De Vries zegt toe");
    CHECK(p.ideas[0].response.motivation == "Besproken met [naam]");
    CHECK(p.actions[0].what == "Terugbellen: [naam]");
    CHECK(p.ideas[0].author.empty());
    CHECK(p.ideas[0].contact.empty());
    CHECK(p.ideas[0].text == s.ideas[0].text);  // the idea itself stays
    CHECK(n.reasons == 1);
    CHECK(n.any());
    PurgeCount again;
    CHECK(purgedSession(p, &again) == p);
    CHECK_FALSE(again.any());
}

TEST_CASE("typed text keeps a few combining marks on a character, never hundreds") {
    std::string flood = "e";
    for (int i = 0; i < 900; ++i) flood += "\u0301";
    const std::string kept = cleanText(flood + " en verder");
    CHECK(codepointCount(kept) == 1 + kMaxCombiningMarks + 10);
    CHECK(kept.find("en verder") != std::string::npos);
    CHECK(cleanText("Vi\u1EC7t Nam, pho\u031B\u0309") == "Vi\u1EC7t Nam, pho\u031B\u0309");  // two marks: kept
    CHECK(isBlank("\u2003\u2002\u2009\u3000\u200B\u202F"));
    CHECK_FALSE(isBlank("\u2003a"));
}
