#include "export/CycleDocs.h"

#include <algorithm>
#include <array>
#include <map>

#include "domain/Plan.h"
#include "domain/Polls.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "io/I18n.h"

namespace wk::io {
namespace {

std::string joined(const std::vector<std::string>& items, const std::string& sep = ", ") {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : sep) + i;
    return out;
}

char mark(const KioskConfig& c) { return c.language == "en" ? '.' : ','; }

std::string who(const Action& a, const KioskConfig& c) {
    std::string w = a.party ? c.parties.at(*a.party) : "";
    if (!a.owner.empty()) w += (w.empty() ? "" : ": ") + a.owner;
    return w;
}

std::string historyText(const Action& a, const Words& w) {
    std::vector<std::string> steps;
    for (const auto& h : a.history)
        steps.push_back((h.at.empty() ? w("voortgang.before_records") : dateWords(h.at.substr(0, 10), w)) + " " + w("status." + std::string(toString(h.status))));
    return joined(steps, " → ");
}

// Who placed a slider, as public output may name them: a resident without consent not at all.
std::string placer(const Session& s, const std::string& id, const Words& w) {
    for (const auto& p : s.participants)
        if (p.id == id) return p.name.empty() ? (p.role.empty() ? w("export.someone") : p.role) : p.name;
    return w("export.someone");
}

}  // namespace

Document werkagendaDocument(const Session& s, Audience audience, const KioskConfig& c, const Words& w) {
    Document doc;
    // Titel casus
    doc.add(Heading{1, w("werkagenda.title")});
    const Area* area = c.area(s.info.wijk);
    std::vector<std::string> facts{w("werkagenda.case") + ": " + s.info.title, w("export.wijk") + ": " + s.info.wijk + (area && !area->gebied.empty() ? " (" + area->gebied + ")" : ""),
                                   w("export.date") + ": " + dateWords(s.info.date, w, true), c.municipality};
    if (!s.info.dossier.empty()) facts.push_back(w("export.dossier") + ": " + s.info.dossier);
    doc.add(Bullets{facts});
    doc.add(Paragraph{w(audience == Audience::Public ? "export.public_note" : "export.internal_note"), true});

    // Omschrijving van de situatie: what the meeting said the wijk is like, in the notes the
    // facilitator marked as "Situatie" (the session given is already the audience's).
    doc.add(Heading{2, w("werkagenda.situation")});
    bool situation = false;
    for (const auto& n : s.notes)
        if (n.kind == NoteKind::Situation) {
            doc.add(Paragraph{n.text + (audience == Audience::Internal && n.visibility == Visibility::Closed ? " (" + w("badge.closed") + ")" : ""), false});
            situation = true;
        }
    // How to fill it in is for the advisor; the public reads that it is not written yet.
    if (!situation) doc.add(Paragraph{w(audience == Audience::Internal ? "werkagenda.no_situation" : "werkagenda.none_yet"), true});

    // Reflectie op eigen organisatiestructuur: per slider now and desired, and why.
    doc.add(Heading{2, w("werkagenda.reflection")});
    Table t{{w("export.slider"), w("export.median_now"), w("export.median_desired"), w("werkagenda.why")}, {}};
    for (const auto& sl : s.sliders) {
        const SliderStats st = sliderStats(s, sl.key);
        std::vector<std::string> reasons;
        for (const auto& p : s.placements)
            if (p.slider == sl.key && !isBlank(p.reason)) reasons.push_back(placer(s, p.participant, w) + ": " + p.reason);
        t.rows.push_back({sl.label, st.medianNow ? formatDecimal(*st.medianNow, mark(c)) : "–",
                          st.medianDesired ? formatDecimal(*st.medianDesired, mark(c)) : "–", joined(reasons, "\n")});
    }
    if (t.rows.empty()) doc.add(Paragraph{w("werkagenda.none_yet"), true});
    else doc.add(std::move(t));

    // Waar willen we naartoe? The sliders the meeting most wants to move, and the koppelkansen.
    doc.add(Heading{2, w("werkagenda.where_to")});
    std::vector<std::pair<double, std::string>> moves;
    for (const auto& sl : s.sliders) {
        const SliderStats st = sliderStats(s, sl.key);
        if (st.medianNow && st.medianDesired && *st.medianDesired != *st.medianNow)
            moves.push_back({*st.medianDesired - *st.medianNow, sl.label + ": " + formatDecimal(*st.medianNow, mark(c)) + " → " +
                                                                     formatDecimal(*st.medianDesired, mark(c))});
    }
    std::stable_sort(moves.begin(), moves.end(), [](const auto& a, const auto& b) { return std::abs(a.first) > std::abs(b.first); });
    std::vector<std::string> moveTexts;
    for (const auto& m : moves) moveTexts.push_back(m.second);
    if (moveTexts.empty()) doc.add(Paragraph{w("werkagenda.none_yet"), true});
    else doc.add(Bullets{moveTexts});
    doc.add(Heading{3, w("werkagenda.koppelkansen")});
    std::map<std::string, std::vector<std::string>> kansen;  // koppelkans -> action numbers
    const auto numbers = actionNumbers(s);
    for (const Action* a : planOrder(s))
        for (const auto& k : a->koppelkansen) kansen[k].push_back(std::to_string(numbers.at(a->id)));
    std::vector<std::string> kansTexts;
    for (const auto& [k, nrs] : kansen)
        kansTexts.push_back(k + " (" + w(nrs.size() == 1 ? "werkagenda.action" : "werkagenda.actions") + " " + joined(nrs) + ")");
    if (kansTexts.empty()) doc.add(Paragraph{w("werkagenda.no_kansen"), true});
    else doc.add(Bullets{kansTexts});

    // The seven bouwstenen, when the meeting rated them (section 2.2 of the workbook).
    if (s.info.bouwstenen != std::array<int, 7>{}) {
        doc.add(Heading{3, w("werkagenda.bouwstenen")});
        Table b{{w("werkagenda.bouwstenen"), w("werkagenda.rating")}, {}};
        for (int i = 0; i < 7; ++i) {
            const int v = s.info.bouwstenen[static_cast<std::size_t>(i)];
            b.rows.push_back({w("bouwsteen." + std::to_string(i + 1) + ".name"),
                              v ? std::to_string(v) + " " + w("bouwsteen.score." + std::to_string(v)) : "–"});
        }
        doc.add(std::move(b));
    }

    // Wat ga je nu oppakken? Met wie, hoe en wanneer? Only what was agreed SMART at the table;
    // the rest is counted, so nobody mistakes a wish for a promise.
    doc.add(Heading{2, w("werkagenda.what_now")});
    std::vector<std::string> what;
    Table how{{w("export.nr"), w("werkagenda.with_whom"), w("werkagenda.how"), w("werkagenda.when")}, {}};
    int unfinished = 0;
    for (const Action* a : planOrder(s)) {
        if (!isOpen(a->status)) continue;
        if (!smartCheck(*a).smart()) {
            ++unfinished;
            continue;
        }
        const std::string nr = std::to_string(numbers.at(a->id));
        what.push_back(nr + ". " + a->what);
        how.rows.push_back({nr, who(*a, c), a->indicator, dateWords(a->deadline, w)});
    }
    if (what.empty()) doc.add(Paragraph{w("werkagenda.none_yet"), true});
    else doc.add(Bullets{what});
    if (unfinished > 0) doc.add(Paragraph{trn("werkagenda.not_smart", unfinished, w), true});
    doc.add(Heading{2, w("werkagenda.with_whom_how_when")});
    if (how.rows.empty()) doc.add(Paragraph{w("werkagenda.none_yet"), true});
    else doc.add(std::move(how));
    return doc;
}

Document voortgangDocument(const std::vector<Session>& meetings, const Session& focus, Audience audience, const KioskConfig& c,
                           const Words& w, const std::string& today) {
    std::vector<std::pair<std::string, std::int64_t>> available;
    const Area* area = c.area(focus.info.wijk);
    if (area)
        for (const auto& [kind, cents] : area->budgets) available.emplace_back(kind, cents);
    const Progress p = progress(meetings, today, available);

    Document doc;
    doc.add(Heading{1, w("voortgang.title") + " " + focus.info.wijk});
    std::vector<std::string> facts{w("voortgang.as_of") + ": " + dateWords(today, w), c.municipality};
    if (area && !area->gebied.empty()) facts.insert(facts.begin(), w("export.gebied") + ": " + area->gebied);
    std::vector<std::string> held;
    for (const auto& m : meetings) held.push_back(dateWords(m.info.date, w) + " " + m.info.title);
    facts.push_back(w("voortgang.meetings") + ": " + joined(held, "; "));
    doc.add(Bullets{facts});
    doc.add(Paragraph{w(audience == Audience::Public ? "export.public_note" : "export.internal_note"), true});

    doc.add(Heading{2, w("voortgang.open_actions")});
    Table t{{w("export.nr"), w("plan.what"), w("plan.who"), w("plan.deadline"), w("export.status"), w("voortgang.history"),
             w("voortgang.began")},
            {}};
    for (const auto& ta : p.openActions) {
        const Action& a = ta.action;
        std::string what = a.what;
        if (audience == Audience::Internal && a.visibility == Visibility::Closed) what += " (" + w("badge.closed") + ")";
        if (const auto left = daysLeft(a, today); left && *left < 0) what += "\n(" + w("voortgang.overdue") + ")";
        const std::string began = a.origin ? dateWords(a.origin->date, w) : dateWords(ta.sessionDate, w) + " " + ta.sessionTitle;
        // The number it has in the meeting it is in now, and that meeting's date.
        t.rows.push_back({std::to_string(a.number) + " (" + dateWords(ta.sessionDate, w) + ")", what, who(a, c), dateWords(a.deadline, w), w("status." + std::string(toString(a.status))), historyText(a, w), began});
    }
    if (t.rows.empty()) doc.add(Paragraph{w("voortgang.nothing_open"), true});
    else doc.add(std::move(t));

    // What was achieved: successes are said, not only what is still open.
    doc.add(Heading{2, w("voortgang.achieved")});
    Table done{{w("export.nr"), w("plan.what"), w("plan.who"), w("voortgang.done_on")}, {}};
    for (const auto& a : p.achieved) {
        const Action& x = a.tracked.action;
        if (audience == Audience::Public && x.visibility != Visibility::Public) continue;
        std::string what = x.what;
        if (audience == Audience::Internal && x.visibility == Visibility::Closed) what += " (" + w("badge.closed") + ")";
        done.rows.push_back({std::to_string(x.number) + " (" + dateWords(a.tracked.sessionDate, w) + ")", what, who(x, c), dateWords(a.doneOn, w)});
    }
    if (done.rows.empty()) doc.add(Paragraph{w("voortgang.nothing_achieved"), true});
    else doc.add(std::move(done));

    doc.add(Heading{2, w("voortgang.open_answers")});
    Table answers{{w("export.idea"), w("export.answer"), w("answer.due"), w("voortgang.meeting")}, {}};
    for (const auto& a : p.openAnswers) {
        std::string answer = w("answer." + a.idea.response.value);
        if (!a.idea.response.condition.empty()) answer += "\n" + w("answer.condition") + ": " + a.idea.response.condition;
        if (!a.idea.response.motivation.empty()) answer += "\n" + w("answer.motivation") + ": " + a.idea.response.motivation;
        std::string due = a.idea.response.due.empty() ? w("voortgang.no_date") : dateWords(a.idea.response.due, w);
        if (a.daysLeft && *a.daysLeft < 0) due += "\n(" + w("voortgang.overdue") + ")";
        answers.rows.push_back({a.idea.text, answer, due, dateWords(a.sessionDate, w)});
    }
    if (answers.rows.empty()) doc.add(Paragraph{w("voortgang.no_answers"), true});
    else doc.add(std::move(answers));

    if (!p.budgets.empty()) {
        doc.add(Heading{2, w("voortgang.budgets")});
        Table b{{w("plan.budget"), w("voortgang.available"), w("voortgang.committed"), w("voortgang.left")}, {}};
        for (const auto& u : p.budgets)
            b.rows.push_back({u.kind.empty() ? w("voortgang.no_budget") : u.kind, u.availableCents ? formatMoney(*u.availableCents, mark(c)) : "–",
                              formatMoney(u.committedCents, mark(c)),
                              u.availableCents ? formatMoney(*u.availableCents - u.committedCents, mark(c)) : "–"});
        doc.add(std::move(b));
    }

    // How the people present rated each meeting (issue 31): for the organisers, not the public.
    if (audience == Audience::Internal) {
        Table e{{w("voortgang.meeting"), w("export.statement"), w("export.average"), w("export.answered")}, {}};
        for (const auto& m : meetings)
            for (const auto& q : m.polls) {
                if (!q.evaluation || q.closed.empty() || q.kind != PollKind::Scale) continue;
                const Tally r = resultOf(m, q);
                long long n = 0;
                for (long long v : r.values) n += v;
                e.rows.push_back({dateWords(m.info.date, w), q.question, n > 0 ? formatTenths(scaleMean(r), mark(c)) : "–",
                                  std::to_string(n)});
            }
        if (!e.rows.empty()) {
            doc.add(Heading{2, w("export.evaluation")});
            doc.add(std::move(e));
            doc.add(Paragraph{w("export.average_scale"), true});
        }
    }
    return doc;
}

}  // namespace wk::io
