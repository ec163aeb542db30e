// Issue 34: a big meeting found by search, summed up in the minutes, listed in a spreadsheet,
// started in its type's phase, and its look-alike ideas grouped.
#include <catch2/catch.hpp>

#include "domain/IdeaSearch.h"
#include "domain/Policy.h"
#include "domain/WordCloud.h"
#include "export/Export.h"
#include "export/IdeasSheet.h"
#include "io/SessionJson.h"
#include "TestUtil.h"

using namespace wk;

namespace {

Session bigSession(int n) {
    Session s = test::smallSession();
    s.info.type = MeetingType::CollegeOnTour;
    s.ideas.clear();
    const char* themes[] = {"groen", "verkeer", "spelen"};
    for (int k = 1; k <= n; ++k) {
        Idea i;
        i.id = "i" + std::to_string(k);
        i.number = "ST-1-" + std::to_string(k);
        i.text = "Idee nummer " + std::to_string(k) + " over de wijk";
        i.theme = themes[k % 3];
        i.votes = k % 17;
        i.seq = k;
        i.created = "2026-11-26T19:" + std::string(k % 60 < 10 ? "0" : "") + std::to_string(k % 60) + ":00";
        i.visibility = Visibility::Public;
        if (k % 4 == 0) i.response = {"ooit", "Later", "Als er geld is", k % 8 == 0 ? "2027-03-31" : "2027-06-30"};
        if (k % 5 == 0) i.response = {"nu", "Doen we", "", ""};
        s.ideas.push_back(i);
    }
    return s;
}

}  // namespace

TEST_CASE("search folds case and accents, ı and İ as i, and needs every word at a word's start") {
    CHECK(searchFold("  Bánkjes BIJ de Vijver!") == " bankjes bij de vijver");
    CHECK(searchFold("İstanbul ıslak ĳs Straße") == " istanbul islak ijs strasse");
    CHECK(searchFold("café") == searchFold("cafe\xCC\x81"));  // é typed as e and an accent
    CHECK(searchWords("  vijver   BANK ") == std::vector<std::string>{"vijver", "bank"});
    CHECK(searchWords("   ").empty());
    CHECK(searchWords("?! -- ...").empty());
    const std::string f = searchFold("Meer bankjes bij de vijver");
    CHECK(matchesAll(f, searchWords("vijver bank")));  // any order, the start of a word
    CHECK(matchesAll(f, searchWords("VÍJVER")));
    CHECK_FALSE(matchesAll(f, searchWords("vijver school")));  // every word must match
    CHECK_FALSE(matchesAll(f, searchWords("ijver")));          // not inside a word
}

TEST_CASE("the index finds ideas by text, number and name, and sorts them as asked") {
    Session s = bigSession(300);
    s.ideas[9].author = "Fatma Yılmaz";
    IdeaIndex index;
    index.update(s, 1);
    const auto all = [](const Idea&) { return true; };
    auto found = index.find(s, searchWords("over nummer 12"), all);
    REQUIRE(found.size() >= 1);
    CHECK(found.front()->id == "i12");
    CHECK(index.find(s, searchWords("st-1-250"), all).front()->id == "i250");
    CHECK(index.find(s, searchWords("yilmaz"), all).front()->id == "i10");
    CHECK(index.find(s, searchWords("fietspad"), all).empty());
    // A changed text is found by its new words once the index is brought up to date.
    s.ideas[0].text = "Een fietspad langs het kanaal";
    index.update(s, 2);
    CHECK(index.find(s, searchWords("kanaal fietspad"), all).front()->id == "i1");
    std::vector<const Idea*> ideas = index.find(s, {}, [](const Idea& i) { return i.theme == "spelen"; });
    CHECK(ideas.size() == 100);
    orderIdeas(ideas, IdeaOrder::Support, {});
    CHECK(ideas.front()->votes == 16);
    orderIdeas(ideas, IdeaOrder::Unanswered, {});
    CHECK(ideas.front()->response.value.empty());
    CHECK_FALSE(ideas.back()->response.value.empty());
    orderIdeas(ideas, IdeaOrder::Newest, {});
    CHECK(ideas.front()->created >= ideas.back()->created);
}

TEST_CASE("a session file without a phase starts in its meeting type's") {
    const auto& config = test::shippedConfig();
    const std::string base = R"({"format": "wijkkiosk-session", "version": 1, "session": {"type": "TYPE", "title": "T", "wijk": "Stiphout", "date": "2026-11-26"PHASE}})";
    const auto file = [&](const std::string& type, const std::string& phase) {
        std::string f = base;
        f.replace(f.find("TYPE"), 4, type);
        f.replace(f.find("PHASE"), 5, phase);
        return f;
    };
    CHECK(io::sessionFromJson(file("college_on_tour", ""), &config.policy).info.phase == Visibility::Public);
    CHECK(io::sessionFromJson(file("wijkbezoek", ""), &config.policy).info.phase == Visibility::Public);
    CHECK(io::sessionFromJson(file("wijktafel", ""), &config.policy).info.phase == Visibility::Closed);
    CHECK(io::sessionFromJson(file("college_on_tour", R"(, "phase": "closed")"), &config.policy).info.phase == Visibility::Closed);
    CHECK(startPhase(config.policy, MeetingType::CollegeOnTour) == Visibility::Public);
}

TEST_CASE("an absurd summary size in the config is refused with its key and line") {
    const std::string font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    const std::string head = "[display]\nfont = \"" + font + "\"\n";
    const std::string areas = "[[areas]]\nname = \"Stiphout\"\n";
    CHECK(io::parseConfig(head + "[room]\nsummary_above = 80\n" + areas, "kiosk.toml").summaries.roomAbove == 80);
    for (const std::string bad : {"[room]\nsummary_above = 0\n", "[room]\nsummary_above = -5\n", "[minutes]\ntop = 100000\n",
                                  "[minutes]\nsummary_above = \"veel\"\n"}) {
        try {
            io::parseConfig(head + bad + areas, "kiosk.toml");
            FAIL("accepted: " << bad);
        } catch (const io::ConfigError& e) {
            const std::string m = e.what();
            CHECK(m.find("kiosk.toml:4") != std::string::npos);
            CHECK((m.find("summary_above") != std::string::npos || m.find("top") != std::string::npos));
        }
    }
}

TEST_CASE("the ideas spreadsheet has a row per idea, the name only with consent in public, never a contact") {
    Session s = test::smallSession();
    s.ideas[0].consent = false;
    Idea named = s.ideas[0];
    named.id = "i3";
    named.author = "Els Bakker";
    named.contact = "els@example.nl";
    named.consent = true;
    s.ideas.push_back(named);
    const auto words = test::dutchWords();
    const std::string pub = io::renderExport(s, io::ExportFormat::IdeasCsv, Audience::Public, test::shippedConfig(), words, {});
    CHECK(pub.find("Nummer;Idee;Thema;Steun;Antwoord;Voorwaarde") != std::string::npos);
    CHECK(pub.find("Els Bakker") != std::string::npos);
    CHECK(pub.find("Jan Bewoner") == std::string::npos);
    CHECK(pub.find("@example.nl") == std::string::npos);
    CHECK(pub.find("VERTROUWELIJK") == std::string::npos);
    CHECK(pub.find("Begroting 2027") != std::string::npos);
    CHECK(pub.find("0.420;0.310") != std::string::npos);
    const std::string internal = io::renderExport(s, io::ExportFormat::IdeasCsv, Audience::Internal, test::shippedConfig(), words, {});
    CHECK(internal.find("Jan Bewoner") != std::string::npos);
    CHECK(internal.find("VERTROUWELIJK") != std::string::npos);
    CHECK(internal.find("@example.nl") == std::string::npos);
    const std::string xlsx = io::renderExport(s, io::ExportFormat::IdeasXlsx, Audience::Public, test::shippedConfig(), words, {});
    CHECK(xlsx.substr(0, 2) == "PK");
    CHECK(io::ideasFormatFor("x/IDEEEN.XLSX") == io::ExportFormat::IdeasXlsx);
    CHECK(io::ideasFormatFor("ideeen.csv") == io::ExportFormat::IdeasCsv);
    CHECK_FALSE(io::ideasFormatFor("ideeen.pdf"));
}

TEST_CASE("a big meeting's minutes give counts, the most supported and the newest answers, and name the spreadsheet") {
    const Session s = bigSession(400);
    const auto words = test::dutchWords();
    const std::string md = io::renderExport(s, io::ExportFormat::Markdown, Audience::Public, test::shippedConfig(), words, {});
    const std::string sheet = io::exportFileName(s.info, io::ExportFormat::IdeasXlsx, Audience::Public, words);
    CHECK(md.find("Er zijn 400 ideeën ingebracht.") != std::string::npos);
    CHECK(md.find("De 10 ideeën met de meeste steun") != std::string::npos);
    CHECK(md.find("De volledige lijst staat in " + sheet + ".") != std::string::npos);
    CHECK(md.find("Open toezeggingen per maand") != std::string::npos);
    CHECK(md.find("maart 2027") != std::string::npos);
    CHECK(md.find("juni 2027") != std::string::npos);
    // Not every idea: the 400th is neither among the most supported nor an answered one.
    CHECK(md.find("Idee nummer 399 over") == std::string::npos);
    // A small meeting keeps its whole list.
    const std::string small = io::renderExport(bigSession(20), io::ExportFormat::Markdown, Audience::Public, test::shippedConfig(), words, {});
    CHECK(small.find("Idee nummer 19 over") != std::string::npos);
    CHECK(small.find("De volledige lijst") == std::string::npos);
}

TEST_CASE("look-alike ideas come in groups, the most supported first, each idea in one group") {
    Session s = bigSession(0);
    const std::vector<std::string> texts = {"Meer bankjes bij de vijver", "Bankjes langs de vijver graag", "Vijver: bankjes erbij",
                                            "Een zebrapad bij de school", "Zebrapad school oversteken", "Iets heel anders"};
    for (std::size_t k = 0; k < texts.size(); ++k) {
        Idea i;
        i.id = "i" + std::to_string(k + 1);
        i.text = texts[k];
        i.votes = static_cast<int>(k == 1 ? 9 : k);
        i.visibility = Visibility::Public;
        s.ideas.push_back(i);
    }
    std::map<std::string, std::vector<std::string>> stems;
    const StopWords stop = {"de", "bij", "een", "meer", "langs", "graag", "erbij", "iets", "heel"};
    const auto stemsOf = [&](const Idea& i) -> const std::vector<std::string>& {
        auto it = stems.find(i.id);
        if (it == stems.end()) it = stems.emplace(i.id, contentStems(i.text, [](const std::string& w) { return w; }, stop)).first;
        return it->second;
    };
    const auto groups = lookalikeGroups(s, stemsOf);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].front()->id == "i2");  // nine supports: it stays
    CHECK(groups[0].size() == 3);
    CHECK(groups[1].size() == 2);
}
