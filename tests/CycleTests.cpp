// The documents of the cycle: the lokale werkagenda holds what the workbook asks for, and the
// progress report every open action (with its history and where it began) and every open answer.
#include <catch2/catch.hpp>
#include <algorithm>
#include <set>

#include <fstream>
#include <sstream>

#include "TestUtil.h"
#include "domain/Plan.h"
#include "domain/Rules.h"
#include "io/Config.h"
#include "export/CycleDocs.h"
#include "io/DemoSession.h"
#include "io/SessionJson.h"
#include "io/I18n.h"

using namespace wk;
using namespace wk::io;

namespace {

const KioskConfig& config() { return test::shippedConfig(); }
Words words() { return test::dutchWords(); }

// The wijk's three meetings: the first's open actions carried through the second into the third.
std::vector<Session> threeMeetings() {
    Session first = demoSession();
    first.info.uid = "0a0b0c0d-0000-4000-8000-000000000001";
    first.info.date = "2024-11-12";
    first.info.title = "Wijktafel Brouwhuis 2024";
    numberActions(first);
    Session second;
    second.info = first.info;
    second.info.uid = "0a0b0c0d-0000-4000-8000-000000000002";
    second.info.type = MeetingType::Wijkwerkoverleg;
    second.info.date = "2025-06-01";
    second.info.title = "Wijkwerkoverleg Brouwhuis juni 2025";
    const CarryOver c2 = carryOver(first, second);
    second.opgaven = c2.opgaven;
    second.actions = c2.actions;
    for (auto& a : second.actions)
        if (a.what == "Schoolzone De Ganzenwei herinrichten") {
            setStatus(a, ActionStatus::Lopend, "2025-06-01");
            a.amountCents = 1'500'000;
            a.budget = "wijkbudget";
        }
    Session third;
    third.info = first.info;
    third.info.uid = "0a0b0c0d-0000-4000-8000-000000000003";
    third.info.date = "2026-11-23";
    third.info.title = "Wijktafel Brouwhuis 2026";
    const CarryOver c3 = carryOver(second, third);
    third.opgaven = c3.opgaven;
    third.actions = c3.actions;
    return {first, second, third};
}

std::vector<Session> filtered(const std::vector<Session>& all, Audience a) {
    std::vector<Session> out;
    for (const auto& s : all) out.push_back(visibleTo(s, a));
    return out;
}

}  // namespace

TEST_CASE("the werkagenda holds every heading of the workbook's template, filled from the meeting") {
    const Session s = visibleTo(demoSession(), Audience::Public);
    const std::string md = toMarkdown(werkagendaDocument(s, Audience::Public, config(), words()));
    std::ifstream in(std::string(WK_SOURCE_DIR) + "/tests/werkagenda/headings.txt");
    std::string line;
    int checked = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        INFO(line);
        CHECK(md.find(line) != std::string::npos);
        ++checked;
    }
    CHECK(checked == 13);
    CHECK(md.find("Titel casus: Wijktafel Brouwhuis 2026") != std::string::npos);
    CHECK(md.find("veilige wijk (acties 1, 2)") != std::string::npos);  // koppelkansen with the actions' numbers
    CHECK(md.find("Communicatie: 27,5 → 72,5") != std::string::npos);   // where to: the biggest move first
    CHECK(md.find("Molenstraat") == std::string::npos);                 // nothing closed in public
}

TEST_CASE("the werkagenda is written from the meeting: situation notes, slider reasons, only agreed SMART actions") {
    Session s = demoSession();
    s.notes.push_back({"n90", "2026-11-19T19:40", "In Brouwhuis wonen veel ouderen alleen.", NoteKind::Situation, Visibility::Public, 90});
    s.notes.push_back({"n91", "2026-11-19T19:41", "Het pand aan de Molenstraat staat leeg.", NoteKind::Situation, Visibility::Closed, 91});
    const std::string pub = toMarkdown(werkagendaDocument(visibleTo(s, Audience::Public), Audience::Public, config(), words()));
    const auto section = [&](const std::string& md, const std::string& heading) {
        const auto at = md.find("## " + heading);
        REQUIRE(at != std::string::npos);
        return md.substr(at, md.find("\n## ", at + 3) - at);
    };
    const std::string situation = section(pub, "Omschrijving van de situatie");
    CHECK(situation.find("In Brouwhuis wonen veel ouderen alleen.") != std::string::npos);
    CHECK(situation.find("Molenstraat") == std::string::npos);                        // closed stays closed
    CHECK(situation.find("Verkeersveiligheid rond de scholen") == std::string::npos);  // not the opgave titles
    CHECK(section(pub, "Reflectie").find("Wijkgericht werken hangt nu aan een paar mensen.") != std::string::npos);
    // "Wat nu": the agreed SMART actions only; the others are counted, not listed.
    const std::string now = section(pub, "Wat ga je nu oppakken?");
    CHECK(now.find("1\\. Schoolzone De Ganzenwei herinrichten") != std::string::npos);
    CHECK(now.find("Zwerfafvalteam") == std::string::npos);  // not agreed with the bewonersgroep yet
    CHECK(now.find("Bankjes") == std::string::npos);         // no indicator, no one, no date
    CHECK(now.find("Nog 2 open acties zijn niet SMART afgesproken") != std::string::npos);
    // Without a note marked as the situation, the section says how to mark one.
    Session bare = demoSession();
    const std::string none = toMarkdown(werkagendaDocument(visibleTo(bare, Audience::Internal), Audience::Internal, config(), words()));
    CHECK(section(none, "Omschrijving van de situatie").find("soort 'Situatie'") != std::string::npos);
}

TEST_CASE("the progress report lists every open action with its history and first origin, and every open answer") {
    const auto meetings = threeMeetings();
    const std::string md =
        toMarkdown(voortgangDocument(filtered(meetings, Audience::Internal), meetings[2], Audience::Internal, config(), words(), "2027-01-20"));
    // Every action still open in the newest meeting, once (not once per meeting it passed).
    for (const auto& a : meetings[2].actions) {
        INFO(a.what);
        const auto at = md.find(a.what);
        CHECK(at != std::string::npos);
        CHECK(md.find(a.what, at + 1) == std::string::npos);
    }
    // Its history, dated, and where it began: the first meeting, through the one in between.
    CHECK(md.find("gepland → 1 juni 2025 lopend") != std::string::npos);
    CHECK(md.find("| 12 november 2024 |") != std::string::npos);
    // An overdue one says so, and comes first.
    CHECK(md.find("Vertrouwelijk: gesprek met eigenaar pand Molenstraat (besloten)<br>(over de datum)") != std::string::npos);
    // Every ooit and ja-mits answer of the wijk's meetings, with its promised date.
    CHECK(md.find("Een veilige oversteek bij basisschool De Ganzenwei") != std::string::npos);
    CHECK(md.find("1 april 2027") != std::string::npos);
    CHECK(md.find("geen datum genoemd") != std::string::npos);
    // The wijk's budget and what the actions commit of it.
    CHECK(md.find("| wijkbudget | € 25.000,00 | € 15.000,00 | € 10.000,00 |") != std::string::npos);

    const std::string pub =
        toMarkdown(voortgangDocument(filtered(meetings, Audience::Public), meetings[2], Audience::Public, config(), words(), "2027-01-20"));
    CHECK(pub.find("Molenstraat") == std::string::npos);
    CHECK(pub.find("Schoolzone De Ganzenwei herinrichten") != std::string::npos);
}

TEST_CASE("the bouwstenen, when rated, and the dossier join the internal werkagenda, not the public one") {
    Session s = demoSession();
    s.info.bouwstenen = {4, 0, 2, 0, 0, 5, 1};
    s.info.dossier = "Leegstand Molenstraat";
    const std::string internal = toMarkdown(werkagendaDocument(visibleTo(s, Audience::Internal), Audience::Internal, config(), words()));
    CHECK(internal.find("### Bouwstenen voor een wendbare aanpak") != std::string::npos);
    CHECK(internal.find("| Maatschappelijke urgentie | 4 goed |") != std::string::npos);
    CHECK(internal.find("| Gedeelde en breed gedragen visie | – |") != std::string::npos);
    CHECK(internal.find("| Middelen | 1 afwezig |") != std::string::npos);
    CHECK(internal.find("Dossier: Leegstand Molenstraat") != std::string::npos);
    const std::string pub = toMarkdown(werkagendaDocument(visibleTo(s, Audience::Public), Audience::Public, config(), words()));
    CHECK(pub.find("Bouwstenen") == std::string::npos);
    CHECK(pub.find("Leegstand") == std::string::npos);
    // And the session file keeps both.
    const Session back = sessionFromJson(sessionToJson(s));
    CHECK(back.info.bouwstenen == s.info.bouwstenen);
    CHECK(back.info.dossier == s.info.dossier);
}

TEST_CASE("a meeting carries over the open actions of every earlier meeting of the wijk, each once, in its newest copy") {
    // Two kiosks: the first held meeting A, the second meeting B without seeing A; a third
    // kiosk, with both from the archive, starts meeting C.
    Session a = demoSession();
    a.info.uid = "aaaaaaaa-0000-4000-8000-000000000001";
    a.info.date = "2025-03-01";
    numberActions(a);
    Session b;
    b.info = a.info;
    b.info.uid = "bbbbbbbb-0000-4000-8000-000000000002";
    b.info.date = "2025-09-01";
    b.actions = {a.actions.at(0)};  // its own plan, with its own action
    b.actions[0].what = "Alleen op kiosk twee";
    b.actions[0].status = ActionStatus::Gepland;
    b.actions[0].origin.reset();
    b.opgaven = a.opgaven;
    Session c;
    c.info = a.info;
    c.info.uid = "cccccccc-0000-4000-8000-000000000003";
    c.info.date = "2026-11-23";
    const CarryOver carried = carryOver(std::vector<Session>{a, b}, c);
    std::size_t openInA = 0;
    for (const auto& x : a.actions) openInA += isOpen(x.status) ? 1 : 0;
    REQUIRE(openInA > 0);
    CHECK(carried.actions.size() == openInA + 1);
    CHECK(std::count_if(carried.actions.begin(), carried.actions.end(), [](const Action& x) { return x.what == "Alleen op kiosk twee"; }) == 1);
    std::set<std::string> ids;
    for (const auto& x : carried.actions) CHECK(ids.insert(x.id).second);

    // A later meeting that closed one of A's actions (its copy) keeps it closed.
    Session d = c;
    d.info.uid = "dddddddd-0000-4000-8000-000000000004";
    d.info.date = "2026-12-01";
    d.actions = carried.actions;
    d.opgaven = carried.opgaven;
    for (auto& x : d.actions)
        if (x.what != "Alleen op kiosk twee") setStatus(x, ActionStatus::Gereed, "2026-12-01");
    Session e = c;
    e.info.uid = "eeeeeeee-0000-4000-8000-000000000005";
    e.info.date = "2027-03-01";
    const CarryOver again = carryOver(std::vector<Session>{a, b, d}, e);
    REQUIRE(again.actions.size() == 1);
    CHECK(again.actions[0].what == "Alleen op kiosk twee");
}

TEST_CASE("two earlier meetings whose opgaven share an id carry their actions under their own opgave") {
    // Issue 36: meeting A's "o1" is Groen, meeting B's "o1" is Verkeer; a plain id match filed
    // B's action under Groen.
    const auto meeting = [](const char* uid, const char* date, const char* opgave, const char* what) {
        Session m;
        m.info.uid = uid;
        m.info.date = date;
        m.info.wijk = "Brouwhuis";
        m.opgaven = {{"o1", opgave, std::string("Over ") + opgave, 1}};
        Action a;
        a.id = "a1";
        a.what = what;
        a.opgave = "o1";
        a.status = ActionStatus::Gepland;
        a.seq = 1;
        m.actions = {a};
        return m;
    };
    const Session a = meeting("aaaaaaaa-0000-4000-8000-000000000001", "2025-03-01", "Groen", "Bomen planten");
    const Session b = meeting("bbbbbbbb-0000-4000-8000-000000000002", "2025-09-01", "Verkeer", "Drempels leggen");
    Session c;
    c.info.uid = "cccccccc-0000-4000-8000-000000000003";
    c.info.date = "2026-11-23";
    c.info.wijk = "Brouwhuis";
    const CarryOver carried = carryOver(std::vector<Session>{a, b}, c);
    REQUIRE(carried.opgaven.size() == 2);
    REQUIRE(carried.actions.size() == 2);
    std::set<std::string> ids;
    for (const auto& o : carried.opgaven) CHECK(ids.insert(o.id).second);
    const auto opgaveOf = [&](const std::string& what) {
        for (const auto& x : carried.actions)
            if (x.what == what)
                for (const auto& o : carried.opgaven)
                    if (o.id == x.opgave) return o.title;
        return std::string("(none)");
    };
    CHECK(opgaveOf("Bomen planten") == "Groen");
    CHECK(opgaveOf("Drempels leggen") == "Verkeer");
    // A valid start: the carried plan passes the edit rules in the new meeting.
    for (const auto& o : carried.opgaven) apply(c, Put<Opgave>{o});
    for (const auto& x : carried.actions) {
        CHECK_FALSE(validate(c, Put<Action>{x}));
        apply(c, Put<Action>{x});
    }

    // A new meeting that already has its own "o1" (prepared, another opgave): kept apart too.
    Session prepared = c;
    prepared.actions.clear();
    prepared.opgaven = {{"o1", "Spelen", "Over Spelen", 1}};
    const CarryOver beside = carryOver(std::vector<Session>{a}, prepared);
    REQUIRE(beside.opgaven.size() == 1);
    CHECK(beside.opgaven[0].id != "o1");
    CHECK(beside.opgaven[0].title == "Groen");
    REQUIRE(beside.actions.size() == 1);
    CHECK(beside.actions[0].opgave == beside.opgaven[0].id);

    // The same opgave carried along (same title and description, other ids): one opgave.
    Session again = b;
    again.info.uid = "dddddddd-0000-4000-8000-000000000004";
    again.opgaven = {{"o7", "Groen", "Over Groen", 1}};
    again.actions[0].opgave = "o7";
    again.actions[0].what = "Bloembakken";
    Session fresh;
    fresh.info.uid = "eeeeeeee-0000-4000-8000-000000000005";
    fresh.info.date = "2026-11-23";
    const CarryOver merged = carryOver(std::vector<Session>{a, again}, fresh);
    CHECK(merged.opgaven.size() == 1);
    CHECK(merged.actions.size() == 2);
}
