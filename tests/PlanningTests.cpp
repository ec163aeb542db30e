// The cycle around the meetings: when each area's next meeting is due, the year table, what may
// be planned ahead, and the config that says how often.
#include <catch2/catch.hpp>

#include "TestUtil.h"
#include "domain/Planning.h"
#include "io/Config.h"
#include "export/PlanningDocs.h"

using namespace wk;

namespace {

const std::vector<PlanningArea> kAreas = {{"Binnenstad", "Centrum"}, {"Brouwhuis", "Oost"}, {"Rijpelberg", "Oost"}, {"Stiphout", "Noord"}};
const std::vector<MeetingFrequency> kFreq = {{MeetingType::Wijktafel, 24, false},
                                             {MeetingType::Wijkwerkoverleg, 12, false},
                                             {MeetingType::Wijkbezoek, 0, true},
                                             {MeetingType::Overig, 0, false}};
const std::vector<std::string> kTerms = {"2018-03-29", "2022-03-30", "2026-04-01"};

const MeetingDue& row(const std::vector<MeetingDue>& all, const std::string& area, MeetingType t) {
    for (const auto& d : all)
        if (d.area == area && d.type == t) return d;
    FAIL("no row for " << area);
    return all.front();
}

}  // namespace

TEST_CASE("each area's next meeting is due from the last one and the type's frequency") {
    const std::vector<HeldMeeting> held = {{"Brouwhuis", MeetingType::Wijktafel, "2024-11-12"},
                                           {"Brouwhuis", MeetingType::Wijktafel, "2026-11-19"},
                                           {"Brouwhuis", MeetingType::Wijkwerkoverleg, "2025-06-01"},
                                           {"Rijpelberg", MeetingType::Wijktafel, "2024-02-29"},
                                           {"Rijpelberg", MeetingType::CollegeOnTour, "2023-05-10"},
                                           {"Stiphout", MeetingType::Wijkbezoek, "2026-05-01"},
                                           {"Binnenstad", MeetingType::Wijktafel, "2027-03-01"}};  // planned as a session ahead
    const std::vector<Planned> planned = {{1, "Brouwhuis", "wijkwerkoverleg", "2027-04-15", "Aafke", ""},
                                          {2, "Brouwhuis", "wijkwerkoverleg", "2026-01-10", "", ""}};  // past: not next
    const auto all = meetingsDue(kAreas, kFreq, kTerms, held, planned, "2026-12-01");
    // Every area under its gebied, in the order of the gebiedsindeling, with each planned type.
    REQUIRE(all.size() == 12);
    CHECK(all[0].gebied == "Centrum");
    CHECK(all[3].area == "Brouwhuis");
    CHECK(all[6].area == "Rijpelberg");
    CHECK(all[9].gebied == "Noord");

    const auto& wt = row(all, "Brouwhuis", MeetingType::Wijktafel);
    CHECK(wt.last == "2026-11-19");
    CHECK(wt.due == "2028-11-19");
    CHECK(wt.daysLate == 0);
    const auto& wwo = row(all, "Brouwhuis", MeetingType::Wijkwerkoverleg);
    CHECK(wwo.due == "2026-06-01");
    CHECK(wwo.daysLate == 183);
    CHECK(wwo.planned == "2027-04-15");
    // Never had one: due at once.
    const auto& never = row(all, "Stiphout", MeetingType::Wijktafel);
    CHECK(never.last.empty());
    CHECK(never.due == "2026-12-01");
    // 29 February plus two years: the end of February.
    CHECK(row(all, "Rijpelberg", MeetingType::Wijktafel).due == "2026-02-28");
    // A session dated after the day asked about is the next one planned, not the last held.
    CHECK(row(all, "Binnenstad", MeetingType::Wijktafel).last.empty());
    CHECK(row(all, "Binnenstad", MeetingType::Wijktafel).planned == "2027-03-01");
    // Once per council term: held in this term, the next is due by the end of the next term;
    // held in an earlier term (a college on tour counts as the visit), by the end of this one.
    CHECK(row(all, "Stiphout", MeetingType::Wijkbezoek).due == "2034-03-31");
    CHECK(row(all, "Rijpelberg", MeetingType::Wijkbezoek).last == "2023-05-10");
    CHECK(row(all, "Rijpelberg", MeetingType::Wijkbezoek).due == "2030-03-31");
    CHECK(row(all, "Binnenstad", MeetingType::Wijkbezoek).due == "2026-12-01");

    const auto sorted = overdueFirst(all);
    CHECK(sorted[0].daysLate >= sorted[1].daysLate);
    CHECK(sorted[0].daysLate > 0);
    CHECK(sorted.back().daysLate == 0);
}

TEST_CASE("the year table puts meetings held and work planned in their month") {
    const std::vector<HeldMeeting> held = {{"Brouwhuis", MeetingType::Wijktafel, "2027-11-19"}, {"Brouwhuis", MeetingType::Wijktafel, "2026-11-19"}};
    const std::vector<Planned> planned = {{1, "Brouwhuis", "relatiebeheer", "2027-02", "Aafke", ""},
                                          {2, "Stiphout", "evaluatie", "2027-12-01", "", ""}};
    const auto rows = yearTable(kAreas, held, planned, 2027);
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].area == "Brouwhuis");
    REQUIRE(rows[1].months[1].size() == 1);
    CHECK(rows[1].months[1][0].kind == "relatiebeheer");
    CHECK(rows[1].months[1][0].owner == "Aafke");
    REQUIRE(rows[1].months[10].size() == 1);
    CHECK(rows[1].months[10][0].held);
    CHECK(rows[3].months[11][0].kind == "evaluatie");
    CHECK(rows[0].months[0].empty());
}

TEST_CASE("a planned item needs a known area, a known kind and a real date or month") {
    const std::vector<std::string> kinds = {"wijktafel", "relatiebeheer"};
    CHECK_FALSE(checkPlanned({0, "Brouwhuis", "relatiebeheer", "2027-02", "", ""}, kAreas, kinds));
    CHECK_FALSE(checkPlanned({0, "Brouwhuis", "wijktafel", "2027-02-28", "", ""}, kAreas, kinds));
    CHECK(checkPlanned({0, "Nergens", "wijktafel", "2027-02-28", "", ""}, kAreas, kinds) == "area");
    CHECK(checkPlanned({0, "Brouwhuis", "feest", "2027-02-28", "", ""}, kAreas, kinds) == "kind");
    CHECK(checkPlanned({0, "Brouwhuis", "wijktafel", "2027-02-30", "", ""}, kAreas, kinds) == "date");
    CHECK(checkPlanned({0, "Brouwhuis", "wijktafel", "2027-13", "", ""}, kAreas, kinds) == "date");
    CHECK(checkPlanned({0, "Brouwhuis", "wijktafel", "morgen", "", ""}, kAreas, kinds) == "date");
}

namespace {
const std::string kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
std::string configWith(const std::string& extra, const std::string& area = "") {
    return "budgets = [\"wijkbudget\"]\n[display]\nfont = \"" + kFont +
           "\"\n[kiosk]\npin_hash = \"$argon2id$v=19$m=8,t=1,p=1$vckezDTIwOAOZoq0XQ8dRg$QTJY7qRdTrE3sULe917WfDOSOslnq/b1fz8LEqzxJE4\"\n[[areas]]\nname = \"Brouwhuis\"\n" + area + extra;
}
std::string errorOf(const std::string& toml) {
    try {
        io::parseConfig(toml, "kiosk.toml");
    } catch (const io::ConfigError& e) {
        return e.what();
    }
    return "no error";
}
}  // namespace

TEST_CASE("the config says how often, when terms begin, the activities and the budgets, or names what is wrong") {
    const io::KioskConfig c = io::parseConfig(
        configWith("[meetings.wijktafel]\nevery_months = 18\n[planning]\ncouncil_terms = [\"2022-03-30\"]\nactivities = [\"R = relatiebeheer\"]\n",
                   "budgets = { wijkbudget = 1250.5 }\n"),
        "kiosk.toml");
    CHECK(c.meeting(MeetingType::Wijktafel)->everyMonths == 18);
    CHECK(c.meeting(MeetingType::Wijkwerkoverleg)->everyMonths == 12);  // the default
    CHECK(c.meeting(MeetingType::Wijkbezoek)->perCouncilTerm);
    CHECK(c.councilTerms == std::vector<std::string>{"2022-03-30"});
    REQUIRE(c.activities.size() == 1);
    CHECK(c.activities[0].abbreviation == "R");
    CHECK(c.activities[0].name == "relatiebeheer");
    CHECK(c.areas[0].budgets.at("wijkbudget") == 125050);
    CHECK(io::plannableKinds(c) == std::vector<std::string>{"wijktafel", "wijkwerkoverleg", "wijkbezoek", "relatiebeheer"});

    CHECK(errorOf(configWith("[meetings.wijktafel]\nevery_months = \"vaak\"\n")) == "kiosk.toml:9: meetings.wijktafel.every_months: must be a whole number");
    CHECK(errorOf(configWith("[meetings.wijktafel]\nevery_months = -2\n")) == "kiosk.toml:9: meetings.wijktafel.every_months: must be between 0 and 120");
    CHECK(errorOf(configWith("[planning]\ncouncil_terms = [\"2022-02-30\"]\n")) ==
          "kiosk.toml:9: planning.council_terms: \"2022-02-30\" is not a date like 2026-03-30");
    CHECK(errorOf(configWith("[planning]\nactivities = [\"relatiebeheer\"]\n")) ==
          "kiosk.toml:9: planning.activities: every entry is a letter and a name, like \"R = relatiebeheer\"");
    CHECK(errorOf(configWith("", "budgets = { wijkbudget = -5 }\n")) == "kiosk.toml:8: areas[0].budgets.wijkbudget: must be between 0 and 10000000");
    CHECK(errorOf(configWith("", "budgets = { wijkbudget = 10.005 }\n")) == "kiosk.toml:8: areas[0].budgets.wijkbudget: must be euros with at most two decimals");
    CHECK(errorOf(configWith("", "budgets = { wijkbudget = \"veel\" }\n")) == "kiosk.toml:8: areas[0].budgets.wijkbudget: must be a number");
    CHECK(errorOf(configWith("", "budgets = { potje = 5 }\n")) == "kiosk.toml:8: areas[0].budgets.potje: is not one of the budgets (1 in 'budgets')");
}

TEST_CASE("the minutes' next meeting is the wijk's first meeting planned after this one, not an activity") {
    const io::KioskConfig& config = test::shippedConfig();
    SessionInfo info;
    info.wijk = "Stiphout";
    info.date = "2026-11-22";
    std::vector<Planned> planned = {{1, "Stiphout", "wijktafel", "2026-10-01", "", ""},
                                    {2, "Brouwhuis", "wijktafel", "2027-01-10", "", ""},
                                    {3, "Stiphout", "R", "2027-01-15", "", ""},
                                    {4, "Stiphout", "wijkwerkoverleg", "2027-09", "wijkadviseur", ""},
                                    {5, "Stiphout", "wijktafel", "2027-03-12", "", ""}};
    CHECK(io::nextMeeting(config, planned, info) == "Wijktafel vrijdag 12 maart 2027");
    planned.pop_back();
    CHECK(io::nextMeeting(config, planned, info) == "Wijkwerkoverleg 2027-09, wijkadviseur");
    info.wijk = "Rijpelberg";
    CHECK(io::nextMeeting(config, planned, info).empty());
}
