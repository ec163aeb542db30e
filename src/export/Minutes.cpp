#include "export/Minutes.h"

#include <algorithm>
#include <map>

#include "domain/Agenda.h"
#include "domain/IdeaSearch.h"
#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "export/MinutesAgenda.h"
#include "export/MinutesVoice.h"
#include "io/I18n.h"

namespace wk::io {
namespace {

struct Builder {
    const Session& s;
    Audience audience;
    const KioskConfig& config;
    const Words& w;
    const MinutesContext& context;
    Document doc;

    std::string word(const std::string& key) const { return w(key); }
    char decimalMark() const { return config.language == "en" ? '.' : ','; }
    static std::string joined(const std::vector<std::string>& items) {
        std::string out;
        for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
        return out;
    }
    std::string closedMark(Visibility v) const {
        return audience == Audience::Internal && v == Visibility::Closed ? " (" + word("badge.closed") + ")" : "";
    }
    std::string partyName(const std::optional<Party>& p) const { return p ? config.parties.at(*p) : ""; }
    // A participant as the minutes name them: a resident without consent only by role.
    std::string personName(const std::string& id) const {
        for (const auto& p : s.participants)
            if (p.id == id) return p.name.empty() ? (p.role.empty() ? word("export.someone") : p.role) : p.name;
        return id;
    }

    void meta() {
        doc.add(Heading{1, s.info.title});
        const MeetingDefaults* m = config.meeting(s.info.type);
        std::vector<std::string> facts;
        facts.push_back(word("export.type") + ": " + (m ? m->label : std::string(toString(s.info.type))));
        if (!s.info.wijk.empty()) {
            const Area* area = config.area(s.info.wijk);
            facts.push_back(word("export.wijk") + ": " + s.info.wijk + (area && !area->gebied.empty() ? " (" + area->gebied + ")" : ""));
        }
        if (!s.info.dossier.empty()) facts.push_back(word("export.dossier") + ": " + s.info.dossier);
        if (!s.info.date.empty()) facts.push_back(word("export.date") + ": " + dateWords(s.info.date, w, true));
        if (!s.info.time.empty()) facts.push_back(word("export.time") + ": " + timeWords(s.info.time, w));
        // Concept until the facilitator adopts them (issue 35).
        if (!s.info.preparing)
            facts.push_back(word("export.minutes_status") + ": " +
                            (s.info.adopted.empty() ? word("export.concept") : fillIn(word("export.adopted_on"), dateWords(s.info.adopted.substr(0, 10), w))));
        if (!s.info.publicAt.empty()) facts.push_back(word("export.public_at") + ": " + timeWords(s.info.publicAt, w));
        if (!s.info.location.empty()) facts.push_back(word("export.location") + ": " + s.info.location);
        if (!s.info.chair.empty()) facts.push_back(word("export.chair") + ": " + s.info.chair);
        if (!s.info.publicFrom.empty()) facts.push_back(word("export.public_from") + ": " + when(s.info.publicFrom));
        if (m && !m->result.empty()) facts.push_back(word("export.result") + ": " + m->result);
        doc.add(Bullets{facts});
        doc.add(Paragraph{word(context.web ? "export.web_note" : audience == Audience::Public ? "export.public_note" : "export.internal_note"), true});
    }

    void present() {
        if (s.participants.empty()) return;
        doc.add(Heading{2, word("export.present")});
        Table t{{word("export.name"), word("export.role"), word("export.organisation")}, {}};
        // Those without a name (none given, or not public) counted per role: a hall of residents
        // is one row, not forty dashes.
        std::vector<std::pair<std::pair<std::string, std::string>, long long>> unnamed;
        for (const auto& p : s.participants) {
            if (!p.name.empty()) {
                t.rows.push_back({p.name, p.role, p.organisation});
                continue;
            }
            const auto key = std::make_pair(p.role, p.organisation);
            auto it = std::find_if(unnamed.begin(), unnamed.end(), [&](const auto& u) { return u.first == key; });
            if (it == unnamed.end()) unnamed.push_back({key, 1});
            else ++it->second;
        }
        for (const auto& [who, n] : unnamed) t.rows.push_back({n == 1 ? "–" : trn("export.unnamed", n, w), who.first, who.second});
        doc.add(std::move(t));
    }

    void positioning() {
        if (s.placements.empty()) return;
        doc.add(Heading{2, word("export.positioning")});
        if (!context.chart.png.empty() || context.chart.vector) doc.add(context.chart);
        // The internal minutes keep the advisor's figures; the public ones say them in words.
        const bool figures = audience == Audience::Internal;
        Table t{{word("export.slider"), word(figures ? "export.median_now" : "export.around_now"),
                 word(figures ? "export.median_desired" : "export.around_desired"), word(figures ? "export.spread" : "export.apart_now"),
                 word("export.skipped")},
                {}};
        const char mark = decimalMark();
        for (const auto& sl : s.sliders) {
            const SliderStats st = sliderStats(s, sl.key);
            t.rows.push_back({sl.label, st.medianNow ? formatDecimal(*st.medianNow, mark) : "–",
                              st.medianDesired ? formatDecimal(*st.medianDesired, mark) : "–", std::to_string(st.spreadNow),
                              std::to_string(st.skipped)});
        }
        doc.add(std::move(t));
        addSplitSliders(doc, s, w);
        for (const auto& sl : s.sliders) {
            std::vector<std::string> reasons;
            for (const auto& p : s.placements)
                if (p.slider == sl.key && !isBlank(p.reason)) reasons.push_back(personName(p.participant) + ": " + p.reason);
            if (reasons.empty()) continue;
            doc.add(Heading{3, word("export.reasons") + " " + sl.label});
            doc.add(Bullets{reasons});
        }
    }

    std::string answerOf(const Idea& i) const { return answerOf(i.response); }
    std::string answerOf(const Response& r) const {
        if (r.value.empty()) return word("export.no_answer");
        std::string a = word("answer." + r.value);
        if (!r.motivation.empty()) a += "\n" + word("answer.motivation") + ": " + r.motivation;
        if (!r.condition.empty()) a += "\n" + word("answer.condition") + ": " + r.condition;
        if (!r.due.empty()) a += "\n" + word("answer.due") + ": " + dateWords(r.due, w);
        if (answerCheck(r, s.info.scheme).state == AnswerState::Incomplete) a += "\n(" + word("answer.incomplete") + ")";
        return a;
    }

    // "Vorige keer": last meeting's ideas that were supported again here, with their answer
    // then; the earlier meeting's own minutes keep its record.
    void earlier() {
        Table t{{word("export.nr"), word("export.idea"), word("export.support_then"), word("export.support_today"), word("export.answer")}, {}};
        std::vector<const EarlierIdea*> again;
        for (const auto& e : s.earlier)
            if (e.votes > 0) again.push_back(&e);
        if (again.empty()) return;
        std::stable_sort(again.begin(), again.end(), [](const EarlierIdea* a, const EarlierIdea* b) { return a->votes > b->votes; });
        for (const EarlierIdea* e : again)
            t.rows.push_back({e->number, e->text, std::to_string(e->votesThen), std::to_string(e->votes), answerOf(e->response)});
        doc.add(Heading{2, fillIn(word("export.earlier"), dateWords(s.earlier.front().from, w))});
        doc.add(std::move(t));
    }

    void ideas() {
        if (s.ideas.empty()) return;
        if (s.ideas.size() > static_cast<std::size_t>(config.summaries.minutesAbove)) return bigIdeas();
        doc.add(Heading{2, word("export.ideas")});
        std::vector<std::string> themes = config.policy.themes;
        for (const auto& i : s.ideas)
            if (std::find(themes.begin(), themes.end(), i.theme) == themes.end()) themes.push_back(i.theme);
        // Each idea's number first where the meeting gives them (issue 32): the letters and the
        // residents refer to it.
        const bool numbered = std::any_of(s.ideas.begin(), s.ideas.end(), [](const Idea& i) { return !i.number.empty(); });
        for (const auto& theme : themes) {
            Table t{{word("export.idea"), word("export.support"), word("export.answer")}, {}};
            if (numbered) t.header.insert(t.header.begin(), word("export.nr"));
            for (const auto& i : s.ideas) {
                if (i.theme != theme) continue;
                std::string text = i.text + closedMark(i.visibility);
                if (!i.author.empty()) text += "\n— " + i.author;  // a contact only in the contact list
                if (i.hidden) text += "\n" + word("export.hidden") + ": " + i.hiddenReason;
                if (i.pending) text += "\n" + word("export.pending");
                t.rows.push_back({text, trn("ideas.votes", i.votes, w), answerOf(i)});
                if (numbered) t.rows.back().insert(t.rows.back().begin(), i.number);
            }
            if (t.rows.empty()) continue;
            doc.add(Heading{3, theme.empty() ? word("ideas.other_theme") : theme});
            doc.add(std::move(t));
        }
        promises();
    }

    // A big meeting (issue 34): counts, the most supported, the newest of each answer, and the
    // promises per month; the whole list is the ideas spreadsheet beside the minutes.
    void bigIdeas() {
        std::vector<const Idea*> shown;
        for (const auto& i : s.ideas)
            if (!i.hidden && !i.pending) shown.push_back(&i);
        const std::size_t top = static_cast<std::size_t>(config.summaries.top);
        const Paragraph whole{context.ideasFile.empty() ? word("export.full_list_ask") : fillIn(word("export.full_list"), context.ideasFile), true};
        long long answered = 0;
        for (const Idea* i : shown) answered += !i->response.value.empty();
        doc.add(Heading{2, word("export.ideas")});
        doc.add(Paragraph{trn("export.ideas_count", static_cast<long long>(shown.size()), w) + " " + trn("export.answered_count", answered, w)});
        // Per theme: the config's order, then any other, then none.
        std::vector<const Idea*> byTheme = shown;
        orderIdeas(byTheme, IdeaOrder::Theme, config.policy.themes);
        Table themes{{word("ideas.theme"), word("export.idea_count"), word("export.support_total")}, {}};
        for (std::size_t k = 0; k < byTheme.size();) {
            const std::string& theme = byTheme[k]->theme;
            long long n = 0, votes = 0;
            for (; k < byTheme.size() && byTheme[k]->theme == theme; ++k, ++n) votes += byTheme[k]->votes;
            themes.rows.push_back({theme.empty() ? word("ideas.other_theme") : theme, std::to_string(n), std::to_string(votes)});
        }
        doc.add(Heading{3, word("export.per_theme")});
        doc.add(std::move(themes));
        Table answers{{word("export.answer"), word("export.idea_count")}, {}};
        std::vector<std::string> values;
        for (auto v : responseValues(s.info.scheme)) values.emplace_back(v);
        values.emplace_back();
        for (const auto& v : values) {
            const auto n = std::count_if(shown.begin(), shown.end(), [&](const Idea* i) { return i->response.value == v; });
            answers.rows.push_back({v.empty() ? word("export.no_answer") : word("answer." + v), std::to_string(n)});
        }
        doc.add(Heading{3, word("export.per_answer")});
        doc.add(std::move(answers));
        const auto list = [&](std::vector<const Idea*> ideas, IdeaOrder order, const std::string& heading) {
            if (ideas.empty()) return;
            orderIdeas(ideas, order, config.policy.themes);
            if (ideas.size() > top) ideas.resize(top);
            Table t{{word("export.nr"), word("export.idea"), word("export.support"), word("export.answer")}, {}};
            for (const Idea* i : ideas) t.rows.push_back({i->number.empty() ? "–" : i->number, i->text + closedMark(i->visibility), trn("ideas.votes", i->votes, w), answerOf(*i)});
            doc.add(Heading{3, heading});
            doc.add(std::move(t));
            doc.add(whole);
        };
        list(shown, IdeaOrder::Support, fillIn(word("export.most_support"), std::to_string(std::min(top, shown.size()))));
        for (const auto& v : values) {
            if (v.empty()) continue;
            std::vector<const Idea*> with;
            for (const Idea* i : shown)
                if (i->response.value == v) with.push_back(i);
            list(with, IdeaOrder::Newest, fillIn(word("export.newest_answer"), word("answer." + v)));
        }
        // Open promises counted per month they are due in, soonest first.
        std::map<std::string, std::map<std::string, long long>> months;
        std::vector<std::string> later;
        for (const Idea* i : shown)
            if (isLaterAnswer(i->response.value)) {
                ++months[i->response.due.size() >= 7 ? i->response.due.substr(0, 7) : "9999"][i->response.value];
                if (std::find(later.begin(), later.end(), i->response.value) == later.end()) later.push_back(i->response.value);
            }
        if (months.empty()) return;
        Table t{{word("export.month")}, {}};
        for (const auto& v : later) t.header.push_back(word("answer." + v));
        for (const auto& [month, counts] : months) {
            t.rows.push_back({month == "9999" ? word("export.no_month") : word("month." + std::to_string(std::stoi(month.substr(5, 2)))) + " " + month.substr(0, 4)});
            for (const auto& v : later) t.rows.back().push_back(std::to_string(counts.count(v) ? counts.at(v) : 0));
        }
        doc.add(Heading{3, word("export.promises_per_month")});
        doc.add(std::move(t));
        doc.add(whole);
    }

    // "Ooit" and "ja, mits" are promises with a date: listed together, soonest first, so the
    // next meeting can check them.
    void promises() {
        std::vector<const Idea*> open;
        for (const auto& i : s.ideas)
            if (!i.hidden && isLaterAnswer(i.response.value)) open.push_back(&i);
        if (open.empty()) return;
        std::stable_sort(open.begin(), open.end(), [](const Idea* a, const Idea* b) {
            return (a->response.due.empty() ? "9999" : a->response.due) < (b->response.due.empty() ? "9999" : b->response.due);
        });
        doc.add(Heading{3, word("export.promises")});
        Table t{{word("export.idea"), word("export.answer"), word("answer.due")}, {}};
        for (const Idea* i : open) {
            std::string answer = word("answer." + i->response.value);
            if (!i->response.condition.empty()) answer += ": " + i->response.condition;
            t.rows.push_back({i->text + closedMark(i->visibility), answer, i->response.due.empty() ? "–" : dateWords(i->response.due, w)});
        }
        doc.add(std::move(t));
    }

    // "19:32" on the meeting's day, else the date and time as stored.
    std::string when(const std::string& at) const {
        if (at.size() >= 16 && at.compare(0, 10, s.info.date) == 0) return timeWords(at, w);
        return dateWords(at, w);
    }

    // The meeting's end: the next one, and who gets these minutes.
    void closing() {
        if (!context.nextMeeting.empty()) {
            doc.add(Heading{2, word("export.next_meeting")});
            doc.add(Paragraph{context.nextMeeting});
        }
        const MeetingDefaults* m = config.meeting(s.info.type);
        std::string to = audience == Audience::Public ? word("export.distribution_public")
                                                      : (m && !m->distribution.empty() ? m->distribution : word("export.distribution_default"));
        doc.add(Paragraph{word("export.distribution") + ": " + to, true});
    }

    void notes() {
        // With the agenda used, what was said during an item stands under that item.
        const bool byAgenda = agendaUsed(s.agenda);
        const auto filed = [&](const Note& n) { return byAgenda && find<AgendaItem>(s, n.agenda); };
        if (std::all_of(s.notes.begin(), s.notes.end(), filed)) return;
        doc.add(Heading{2, word("export.notes")});
        // Decisions and agreements first: what was settled, then the rest, each in time order.
        for (NoteKind kind : {NoteKind::Decision, NoteKind::Agreement, NoteKind::Situation, NoteKind::Note}) {
            std::vector<std::string> items;
            for (const auto& n : s.notes) {
                if (n.kind != kind || filed(n)) continue;
                const std::string time = n.at.size() >= 16 ? n.at.substr(11, 5) + "  " : "";
                items.push_back(time + n.text + closedMark(n.visibility));
            }
            if (items.empty()) continue;
            doc.add(Heading{3, word(kind == NoteKind::Decision    ? "export.decisions"
                                    : kind == NoteKind::Agreement ? "export.agreements"
                                    : kind == NoteKind::Situation ? "export.situation"
                                                                  : "export.other_notes")});
            doc.add(Bullets{items});
        }
    }

    std::vector<std::string> actionRow(const Action& a, int number) const {
        const SmartCheck sc = smartCheck(a);
        std::string who = partyName(a.party);
        if (!a.owner.empty()) who += (who.empty() ? "" : ": ") + a.owner;
        std::string what = a.what + closedMark(a.visibility);
        if (a.origin) what += "\n(" + word("export.carried") + " " + dateWords(a.origin->date, w) + ")";
        if (!a.koppelkansen.empty()) what += "\n" + word("plan.koppelkansen") + ": " + joined(a.koppelkansen);
        std::string status = word("status." + std::string(toString(a.status)));
        // Where it has been: every status it was given, with the day (the last one is now's).
        if (a.history.size() > 1) {
            std::vector<std::string> steps;
            for (const auto& h : a.history) steps.push_back(word("status." + std::string(toString(h.status))) + " " + dateWords(h.at.substr(0, 10), w));
            status += "\n(" + joined(steps) + ")";
        }
        std::string budget = a.budget;
        if (a.amountCents) budget += (budget.empty() ? "" : "\n") + formatMoney(*a.amountCents, decimalMark());
        // A resident reads the promise in words; the advisor sees whether it is SMART yet.
        const std::string promised = !a.owner.empty() ? a.owner : partyName(a.party);
        return {std::to_string(number), what, a.indicator, who, dateWords(a.deadline, w), budget,
                status, audience == Audience::Public ? promiseWords(a, promised, w) : sc.smart() ? "✓" : word("plan.not_smart")};
    }

    void plan() {
        if (s.actions.empty() && s.opgaven.empty()) return;
        doc.add(PageBreak{});
        doc.add(Heading{2, word("plan.title")});
        const std::vector<std::string> header = {word("export.nr"), word("plan.what"), word("plan.indicator"), word("plan.who"),
                                                 word("plan.deadline"), word("plan.budget"), word("export.status"),
                                                 word(audience == Audience::Public ? "plan.promise" : "plan.smart")};
        const auto order = planOrder(s);
        const auto numbers = actionNumbers(s);  // the same in the public and the internal minutes
        const auto numberOf = [&](const Action& a) { return numbers.at(a.id); };
        const auto section = [&](const std::string& title, const std::string& description, const auto& belongs) {
            Table t{header, {}};
            for (const Action* a : order)
                if (belongs(*a)) t.rows.push_back(actionRow(*a, numberOf(*a)));
            doc.add(Heading{3, title});
            if (!description.empty()) doc.add(Paragraph{description, true});
            if (t.rows.empty()) doc.add(Paragraph{word("export.no_actions"), true});
            else doc.add(std::move(t));
        };
        for (const auto& o : s.opgaven) section(o.title, o.description, [&](const Action& a) { return a.opgave == o.id; });
        if (std::any_of(s.actions.begin(), s.actions.end(), [&](const Action& a) { return a.opgave.empty() || !find<Opgave>(s, a.opgave); }))
            section(word("plan.no_opgave"), "", [&](const Action& a) { return a.opgave.empty() || !find<Opgave>(s, a.opgave); });

        // Per party: who committed to what.
        doc.add(Heading{2, word("export.by_party")});
        std::vector<std::pair<std::optional<Party>, std::string>> groups;
        for (const auto& [party, name] : config.parties) groups.emplace_back(party, name);
        groups.emplace_back(std::nullopt, word("plan.no_party"));
        for (const auto& [party, name] : groups) {
            std::vector<std::string> items;
            for (const Action* a : order)
                if (a->party == party)
                    items.push_back(std::to_string(numberOf(*a)) + ". " + a->what + closedMark(a->visibility) +
                                    (a->deadline.empty() ? "" : " (" + dateWords(a->deadline, w) + ")"));
            if (items.empty()) continue;
            doc.add(Heading{3, name});
            doc.add(Bullets{items});
        }
    }
};

}  // namespace

Document minutesDocument(const Session& s, Audience audience, const KioskConfig& config, const Words& w, const MinutesContext& context) {
    Builder b{s, audience, config, w, context, {}};
    b.meta();
    b.present();
    addAttendance(b.doc, s, w);               // who came: counted and checked in
    addAgendaMinutes(b.doc, s, audience, w);  // the running order first, once it was used
    addDecisionPoints(b.doc, s, config, w);   // what was decided on the parties' points
    // The order follows what the meeting is for (DOMAIN.md): a wijktafel looks ahead and ends in
    // the plan; a wijkwerkoverleg is about its decisions; a visit is about what residents brought.
    const MeetingType& t = s.info.type;
    if (t == MeetingType::Wijktafel) {
        b.positioning(); b.ideas(); b.notes(); b.plan();
    } else if (t == MeetingType::Wijkwerkoverleg) {
        b.notes(); b.plan(); b.ideas(); b.positioning();
    } else if (t == MeetingType::Wijkbezoek || t == MeetingType::CollegeOnTour) {
        b.ideas(); b.notes(); b.plan(); b.positioning();
    } else {  // overig, and the forms a config adds
        b.notes(); b.ideas(); b.positioning(); b.plan();
    }
    b.earlier();                      // last time's ideas, supported again
    addPolls(b.doc, s, audience, w);  // what the room said in its polls
    addStatements(b.doc, s, w);       // where it agrees and where it is divided
    addWordCloud(b.doc, context.cloud, w);
    addEvaluation(b.doc, s, audience, w, b.decimalMark());
    if (audience == Audience::Internal) addSpeakingTime(b.doc, s, w);
    b.closing();
    return std::move(b.doc);
}

std::string csvCell(const std::string& text) {
    std::string v = text;
    // A cell that a spreadsheet would read as a formula gets a leading apostrophe: shown, never run.
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r')) v = "'" + v;
    if (v.find_first_of(";\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

namespace {
// A number a spreadsheet reads as one: "1250,50" (no euro sign, no thousands mark).
std::string amountCell(const std::optional<std::int64_t>& cents, char mark) {
    if (!cents) return "";
    std::string v = formatMoney(*cents, mark).substr(4);  // past the euro sign and its space
    v.erase(std::remove(v.begin(), v.end(), mark == ',' ? '.' : ','), v.end());
    return v;
}
}  // namespace

std::string csvRows(const std::vector<std::vector<std::string>>& rows) {
    std::string out = "\xEF\xBB\xBF";  // the BOM: a Dutch Excel then reads UTF-8, not ANSI
    for (const auto& cells : rows) {
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? ";" : "") + csvCell(cells[i]);
        out += "\r\n";
    }
    return out;
}

std::string contactsCsv(const Session& s, const Words& w) {
    std::vector<std::vector<std::string>> rows{
        {w("export.idea"), w("ideas.theme"), w("export.name"), w("export.contact"), w("export.consent"), w("export.answer"), w("export.created")}};
    for (const auto& i : s.ideas) {
        if (i.author.empty() && i.contact.empty()) continue;
        rows.push_back({i.text, i.theme, i.author, i.contact, w(i.consent ? "export.yes" : "export.no"),
                        i.response.value.empty() ? w("export.no_answer") : w("answer." + i.response.value), i.created.substr(0, 10)});
    }
    return csvRows(rows);
}

std::string planCsv(const Session& s, const KioskConfig& config, const Words& w) {
    std::string out = "\xEF\xBB\xBF";  // the BOM: a Dutch Excel then reads UTF-8, not ANSI
    const auto row = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? ";" : "") + csvCell(cells[i]);
        out += "\r\n";
    };
    row({w("export.nr"), w("plan.opgave"), w("plan.what"), w("plan.indicator"), w("export.party"), w("export.owner"),
         w("plan.deadline"), w("plan.budget"), w("export.amount"), w("export.status"), w("plan.koppelkansen"), w("plan.smart"), w("export.missing"),
         w("export.visibility"), w("export.carried"), w("export.ideas_col")});
    const auto numbers = actionNumbers(s);
    for (const Action* a : planOrder(s)) {
        const Opgave* o = find<Opgave>(s, a->opgave);
        const SmartCheck sc = smartCheck(*a);
        std::string missing;
        const std::pair<const char*, bool> parts[] = {{"plan.what", sc.what}, {"plan.indicator", sc.indicator}, {"plan.who", sc.owner},
                                                      {"smart.a_missing", sc.agreed}, {"smart.r_missing", sc.realistic}, {"plan.deadline", sc.deadline}};
        for (const auto& [key, ok] : parts)
            if (!ok) missing += (missing.empty() ? "" : ", ") + w(key);
        std::string kansen, ideas;
        for (const auto& k : a->koppelkansen) kansen += (kansen.empty() ? "" : ", ") + k;
        for (const auto& id : a->ideas)
            if (const Idea* i = find<Idea>(s, id)) ideas += (ideas.empty() ? "" : " | ") + i->text;
        row({std::to_string(numbers.at(a->id)), o ? o->title : "", a->what, a->indicator, a->party ? config.parties.at(*a->party) : "", a->owner,
             a->deadline, a->budget, amountCell(a->amountCents, config.language == "en" ? '.' : ','),
             w("status." + std::string(toString(a->status))), kansen, sc.smart() ? w("export.yes") : w("export.no"),
             missing, w(a->visibility == Visibility::Closed ? "badge.closed" : "badge.public"), a->origin ? a->origin->date : "", ideas});
    }
    return out;
}

}  // namespace wk::io
