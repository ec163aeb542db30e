#include "export/MinutesAgenda.h"

#include "domain/Agenda.h"
#include "domain/Plan.h"
#include "domain/Vocabulary.h"
#include "io/I18n.h"

namespace wk::io {

void addAgendaMinutes(Document& doc, const Session& s, Audience audience, const Words& w) {
    if (!agendaUsed(s.agenda)) return;
    doc.add(Heading{2, w("export.agenda")});
    const auto numbers = actionNumbers(s);
    int n = 0;
    for (const AgendaItem& item : s.agenda) {
        doc.add(Heading{3, std::to_string(++n) + ". " + item.title});
        std::string facts = fillIn(w("export.agenda_planned"), std::to_string(item.minutes));
        if (const auto took = minutesTaken(item)) facts += ", " + fillIn(w("export.agenda_took"), std::to_string(*took));
        else if (item.started.empty()) facts += ", " + w("export.agenda_not_held");
        facts += "  ·  " + w("agenda.kind." + std::string(toString(item.kind)));
        if (!item.introducer.empty()) facts += "  ·  " + fillIn(w("export.agenda_introducer"), item.introducer);
        if (audience == Audience::Internal && item.visibility == Visibility::Closed) facts += " (" + w("badge.closed") + ")";
        doc.add(Paragraph{facts, true});
        std::vector<std::string> said;
        for (NoteKind kind : {NoteKind::Decision, NoteKind::Agreement, NoteKind::Situation, NoteKind::Note})
            for (const Note& note : s.notes)
                if (note.agenda == item.id && note.kind == kind) {
                    const std::string what = w("kind." + std::string(toString(kind)));
                    said.push_back(what + ": " + note.text +
                                   (audience == Audience::Internal && note.visibility == Visibility::Closed ? " (" + w("badge.closed") + ")" : ""));
                }
        if (!said.empty()) doc.add(Bullets{said});
        int ideas = 0;
        for (const Idea& i : s.ideas) ideas += i.agenda == item.id;
        std::string actions;
        for (const Action& a : s.actions)
            if (a.agenda == item.id && numbers.count(a.id)) actions += (actions.empty() ? "" : ", ") + std::to_string(numbers.at(a.id));
        std::vector<std::string> made;
        if (ideas > 0) made.push_back(fillIn(w("export.agenda_ideas"), std::to_string(ideas)));
        if (!actions.empty()) made.push_back(fillIn(w("export.agenda_actions"), actions));
        if (!made.empty()) doc.add(Bullets{made});
    }
}

void addDecisionPoints(Document& doc, const Session& s, const KioskConfig& config, const Words& w) {
    const auto numbers = actionNumbers(s);
    Table t{{w("export.nr"), w("plan.what"), w("export.party"), w("export.point"), w("export.outcome")}, {}};
    for (const Action* a : planOrder(s)) {
        if (a->point == PointKind::None) continue;
        t.rows.push_back({numbers.count(a->id) ? std::to_string(numbers.at(a->id)) : "", a->what, a->party ? config.parties.at(*a->party) : "",
                          w("point." + std::string(toString(a->point))), w("outcome." + std::string(toString(a->outcome)))});
    }
    if (t.rows.empty()) return;
    doc.add(Heading{2, w("export.points")});
    doc.add(std::move(t));
}

void addSpeakingTime(Document& doc, const Session& s, const Words& w) {
    if (s.turns.empty()) return;
    // The end of the meeting's last turn is "now" for one still going when the minutes are made.
    std::string last;
    for (const Turn& t : s.turns) last = std::max({last, t.started, t.ended});
    const auto seconds = speakingSeconds(s.turns, last);
    doc.add(Heading{2, w("export.speaking")});
    Table t{{w("export.speaking_who"), w("export.speaking_turns"), w("export.speaking_minutes")}, {}};
    for (const char* role : {"resident", "official", "partner"}) {
        int turns = 0;
        for (const Turn& turn : s.turns) turns += turn.role == role && !turn.started.empty();
        const auto it = seconds.find(role);
        const long long secs = it == seconds.end() ? 0 : it->second;
        char minutes[32];
        std::snprintf(minutes, sizeof minutes, "%lld:%02lld", secs / 60, secs % 60);
        t.rows.push_back({w(std::string("export.role_") + role), std::to_string(turns), minutes});
    }
    doc.add(std::move(t));
}

}  // namespace wk::io
