#include "export/PlanningDocs.h"

#include "domain/Vocabulary.h"
#include "io/I18n.h"

namespace wk::io {

std::vector<PlanningArea> planningAreas(const KioskConfig& c) {
    std::vector<PlanningArea> out;
    for (const auto& a : c.areas) out.push_back({a.name, a.gebied});
    return out;
}

std::vector<MeetingFrequency> meetingFrequencies(const KioskConfig& c) {
    std::vector<MeetingFrequency> out;
    for (const auto& m : c.policy.meetings) out.push_back({m.type, m.everyMonths, m.perCouncilTerm});
    return out;
}

std::vector<HeldMeeting> heldMeetings(const std::vector<SessionSummary>& sessions) {
    std::vector<HeldMeeting> out;
    for (const auto& s : sessions) out.push_back({s.wijk, s.type, s.date, s.evaluated});
    return out;
}

std::vector<std::string> plannableKinds(const KioskConfig& c) {
    std::vector<std::string> out;
    for (const auto& m : c.policy.meetings)
        if (m.everyMonths > 0 || m.perCouncilTerm) out.emplace_back(toString(m.type));
    for (const auto& a : c.activities) out.push_back(a.name);
    return out;
}

std::string kindLabel(const KioskConfig& c, const std::string& kind) {
    if (const auto t = parse<MeetingType>(kind))
        if (const MeetingDefaults* m = c.meeting(*t)) return m->label;
    return kind;
}

std::string kindShort(const KioskConfig& c, const std::string& kind) {
    for (const auto& a : c.activities)
        if (a.name == kind) return a.abbreviation;
    if (const auto t = parse<MeetingType>(kind)) return meetingShort(*t);
    return kind;
}

std::string meetingShort(const MeetingType& t) {
    if (t == MeetingType::Wijktafel) return "WT";
    if (t == MeetingType::Wijkwerkoverleg) return "WWO";
    if (t == MeetingType::Wijkbezoek) return "WB";
    if (t == MeetingType::CollegeOnTour) return "CoT";
    if (t == MeetingType::Overig) return "O";
    // A form the config adds: the first letters of its words ("doe_dag": "DD").
    std::string out;
    bool start = true;
    for (const char c : t.key) {
        if (c == '_') start = true;
        else if (start) {
            out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
            start = false;
        }
    }
    return out.empty() ? "O" : out;
}

Document yearDocument(const std::vector<YearRow>& rows, int year, const KioskConfig& c, const Words& w) {
    Document doc;
    doc.add(Heading{1, w("planning.year_title") + " " + std::to_string(year)});
    doc.add(Paragraph{c.municipality, true});
    std::vector<std::string> header{w("planning.area")};
    for (int m = 1; m <= 12; ++m) header.push_back(w("month.short." + std::to_string(m)));
    std::string gebied = "\x1f";
    Table t{header, {}};
    const auto flush = [&] {
        if (!t.rows.empty()) doc.add(std::move(t));
        t = Table{header, {}};
    };
    for (const auto& r : rows) {
        if (r.gebied != gebied) {
            flush();
            gebied = r.gebied;
            doc.add(Heading{2, gebied.empty() ? w("planning.no_gebied") : gebied});
            if (const Gebied* g = c.gebied(gebied); g && (!g->wethouder.empty() || !g->contact.empty())) {
                std::string who = g->wethouder;
                if (!g->contact.empty()) who += (who.empty() ? "" : "  ·  ") + w("planning.contact") + ": " + g->contact;
                doc.add(Paragraph{who, true});
            }
        }
        std::vector<std::string> cells{r.area};
        for (const auto& items : r.months) {
            std::string cell;
            for (const auto& i : items) {
                if (!cell.empty()) cell += "\n";
                cell += kindShort(c, i.kind);
                if (i.held) cell += " ✓";
                if (!i.owner.empty()) cell += " (" + i.owner + ")";
            }
            cells.push_back(cell);
        }
        t.rows.push_back(std::move(cells));
    }
    flush();
    std::vector<std::string> legend;
    for (const auto& m : c.policy.meetings)
        if (m.everyMonths > 0 || m.perCouncilTerm) legend.push_back(meetingShort(m.type) + " = " + m.label);
    for (const auto& a : c.activities) legend.push_back(a.abbreviation + " = " + a.name);
    legend.push_back("✓ = " + w("planning.held"));
    doc.add(Heading{2, w("planning.legend")});
    doc.add(Bullets{legend});
    return doc;
}

std::string nextMeeting(const KioskConfig& config, const std::vector<Planned>& planned, const SessionInfo& info) {
    const Planned* next = nullptr;
    for (const auto& p : planned) {
        if (p.area != info.wijk || p.date <= info.date || !parse<MeetingType>(p.kind)) continue;
        if (!next || p.date < next->date) next = &p;
    }
    if (!next) return "";
    return kindLabel(config, next->kind) + " " + dateWords(next->date, true) + (next->owner.empty() ? "" : ", " + next->owner);
}

}  // namespace wk::io
