// Issue 29: a meeting prepared at the office. The parties' contributions come into the plan as
// discussion and decision points, all or nothing; the room answers each; the minutes list them.
#include <catch2/catch.hpp>

#include "TestUtil.h"
#include "domain/Intent.h"
#include "domain/Rules.h"
#include "export/Minutes.h"
#include "io/SessionJson.h"

using namespace wk;

namespace {

std::string act(Session& s, Intent i, Role role = Role::System) {
    int next = 500;
    const IdSource ids = [&](char p) { return std::string(1, p) + std::to_string(++next); };
    const Decision d = decide(s, {std::move(i), role, "2026-11-20T10:00:00"}, ids, Policy{});
    if (d.problem) return d.problem->code;
    for (const auto& c : d.changes) apply(s, c);
    return "";
}

ActionFields contribution(std::string opgave, std::string what, PointKind point) {
    ActionFields f;
    f.opgave = std::move(opgave);
    f.what = std::move(what);
    f.budget = "regulier";
    f.point = point;
    return f;
}

}  // namespace

TEST_CASE("a party's contributions land in the plan under the party, marked, new opgaven first") {
    Session s = test::smallSession();
    const std::size_t opgaven = s.opgaven.size(), actions = s.actions.size();
    CHECK(act(s, AddContributions{Party::Partner, {"Ontmoeten in de wijk"},
                                  {contribution("Ontmoeten in de wijk", "Een inloopspreekuur in het buurthuis", PointKind::Beslispunt),
                                   contribution(s.opgaven[0].title, "Meer groen langs de route", PointKind::Discussiepunt)},
                                  "partner.xlsx"})
              .empty());
    REQUIRE(s.opgaven.size() == opgaven + 1);
    REQUIRE(s.actions.size() == actions + 2);
    const Action& first = s.actions[actions];
    CHECK(first.party == Party::Partner);
    CHECK(first.point == PointKind::Beslispunt);
    CHECK(first.outcome == PointOutcome::Open);
    CHECK(first.opgave == s.opgaven.back().id);
    CHECK(s.actions[actions + 1].opgave == s.opgaven[0].id);
    // All or nothing: one empty row refuses the whole sheet.
    const Session before = s;
    CHECK(act(s, AddContributions{Party::Gemeente, {}, {contribution("", "Goed", PointKind::Beslispunt), contribution("", " ", PointKind::Beslispunt)}, "gemeente.xlsx"}) ==
          "text_empty");
    CHECK(s == before);
    // The room answers; only a point can be answered, and only by the facilitator.
    CHECK(act(s, ResolvePoint{first.id, PointOutcome::Akkoord}, Role::Resident) == "not_allowed");
    CHECK(act(s, ResolvePoint{first.id, PointOutcome::Akkoord}, Role::Facilitator).empty());
    CHECK(find<Action>(s, first.id)->outcome == PointOutcome::Akkoord);
    CHECK(act(s, ResolvePoint{s.actions[0].id, PointOutcome::Akkoord}, Role::Facilitator) == "not_a_point");
    // The session file keeps both, and the minutes list the decisions on the points.
    CHECK(io::sessionFromJson(io::sessionToJson(s)) == s);
    const auto& config = test::shippedConfig();
    const std::string md = io::toMarkdown(io::minutesDocument(s, Audience::Internal, config, test::dutchWords()));
    CHECK(md.find("## Bespreek- en beslispunten") != std::string::npos);
    CHECK(md.find("Een inloopspreekuur in het buurthuis | Partners | Beslispunt | Akkoord") != std::string::npos);
    CHECK(md.find("Meer groen langs de route | Partners | Bespreekpunt | Nog niet besloten") != std::string::npos);
}

TEST_CASE("a meeting in preparation is held once its agenda begins") {
    Session s = test::smallSession();
    s.info.preparing = true;
    AgendaItem g;
    g.id = "g1";
    g.title = "Opening";
    g.minutes = 5;
    g.seq = 1;
    s.agenda = {g};
    CHECK(io::sessionFromJson(io::sessionToJson(s)).info.preparing);
    CHECK(act(s, NextAgendaItem{}, Role::Facilitator).empty());
    CHECK_FALSE(s.info.preparing);
}
