#include "export/MinutesVoice.h"

#include <algorithm>

#include "domain/Agreement.h"
#include "domain/Polls.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "io/I18n.h"

namespace wk::io {
namespace {

std::string count(const std::map<std::string, long long>& m, const char* key) {
    const auto it = m.find(key);
    return std::to_string(it == m.end() ? 0 : it->second);
}

}  // namespace

void addAttendance(Document& doc, const Session& s, const Words& w) {
    const Attendance a = attendance(s);
    if (a.checkedIn == 0 && a.headCount == 0) return;
    doc.add(Heading{2, w("export.attendance")});
    std::vector<std::string> facts;
    if (a.headCount > 0) facts.push_back(fillIn(w("export.head_count"), std::to_string(a.headCount)));
    if (a.checkedIn > 0) {
        facts.push_back(fillIn(w("export.checked_in"), std::to_string(a.checkedIn)) + ": " + count(a.byKind, "resident") + " " +
                        w("voice.kind_resident") + ", " + count(a.byKind, "official") + " " + w("voice.kind_official") + ", " +
                        count(a.byKind, "partner") + " " + w("voice.kind_partner"));
        facts.push_back(w("export.by_channel") + ": " + count(a.byChannel, "phone") + " " + w("voice.channel_phone") + ", " +
                        count(a.byChannel, "kiosk") + " " + w("voice.channel_kiosk"));
    }
    // Names only of those who gave one with consent.
    std::string names;
    for (const auto& c : s.checkIns)
        if (!c.name.empty()) names += (names.empty() ? "" : ", ") + c.name;
    if (!names.empty()) facts.push_back(w("export.checked_in_names") + ": " + names);
    doc.add(Bullets{facts});
}

void addPolls(Document& doc, const Session& s, Audience audience, const Words& w) {
    // Statements and the evaluation have sections of their own; a proposal never put up is none.
    const auto own = [](const Poll& p) { return p.kind != PollKind::Statement && !p.evaluation && !p.opened.empty(); };
    if (std::none_of(s.polls.begin(), s.polls.end(), own)) return;
    doc.add(Heading{2, w("export.polls")});
    for (const Poll& poll : s.polls) {
        if (!own(poll)) continue;
        std::string title = poll.question;
        if (audience == Audience::Internal && poll.visibility == Visibility::Closed) title += " (" + w("badge.closed") + ")";
        doc.add(Heading{3, title});
        std::string kind = w("voice.kind." + std::string(toString(poll.kind)));
        if (poll.kind == PollKind::Budget) kind += ", " + std::to_string(poll.total) + " euro";
        doc.add(Paragraph{kind, true});
        const Tally t = resultOf(s, poll);
        if (isOpen(poll)) {
            doc.add(Paragraph{w("export.poll_open")});
            continue;
        }
        const std::string what = poll.kind == PollKind::Ranking ? w("export.poll_points")
                                 : poll.kind == PollKind::Budget ? w("export.poll_euros")
                                                                 : w("export.poll_count");
        Table table{{w("voice.option"), what}, {}};
        for (std::size_t i = 0; i < t.values.size(); ++i) {
            std::string label = poll.kind == PollKind::Scale ? std::to_string(i + 1) : poll.options[i];
            if (poll.kind == PollKind::Scale && !poll.options[i].empty()) label += " (" + poll.options[i] + ")";
            table.rows.push_back({label, std::to_string(t.values[i])});
        }
        doc.add(std::move(table));
        std::string answered = fillIn(w("export.poll_answered"), std::to_string(t.answered())) + ": " + std::to_string(t.phone) + " " +
                               w("voice.channel_phone") + ", " + std::to_string(t.kiosk) + " " + w("voice.channel_kiosk") + ", " +
                               std::to_string(t.paper) + " " + w("voice.channel_paper");
        doc.add(Paragraph{answered});
        if (poll.kind == PollKind::Budget) doc.add(Paragraph{w(poll.adopted ? "export.poll_adopted" : "export.poll_advisory")});
        if (poll.kind == PollKind::Ranking) doc.add(Paragraph{w("export.poll_borda"), true});
    }
}

void addStatements(Document& doc, const Session& s, const Words& w) {
    const auto results = statementResults(s, false);  // `s` is filtered for the audience already
    if (results.empty()) return;
    doc.add(Heading{2, w("export.statements")});
    const auto share = [&](const StatementResult& r) {
        return r.poll->question + " (" + fillIn(w("agree.percent_eens"), std::to_string(r.count.eensPercent())) + ", " +
               fillIn(w("export.statement_answers"), std::to_string(r.count.decided() + r.count.weetNiet)) + ")";
    };
    std::vector<std::string> agreed, divided;
    for (const auto& r : results) {
        if (isOpen(*r.poll)) continue;  // still open: no outcome yet
        if (r.verdict == Verdict::AgreeEens || r.verdict == Verdict::AgreeOneens) agreed.push_back(share(r));
        if (r.verdict == Verdict::Divided) divided.push_back(share(r));
    }
    doc.add(Heading{3, w("room.agreed")});
    if (agreed.empty()) doc.add(Paragraph{w("export.none")});
    else doc.add(Bullets{agreed});
    doc.add(Heading{3, w("room.divided")});
    if (divided.empty()) doc.add(Paragraph{w("export.none")});
    else doc.add(Bullets{divided});
    Table t{{w("export.statement"), w("agree.eens"), w("agree.oneens"), w("agree.weet_niet"), w("export.outcome")}, {}};
    for (const auto& r : results)
        t.rows.push_back({r.poll->question, std::to_string(r.count.eens), std::to_string(r.count.oneens), std::to_string(r.count.weetNiet),
                          isOpen(*r.poll) ? w("export.poll_open") : w("agree.verdict_" + std::string(toString(r.verdict)))});
    doc.add(std::move(t));
    using P = AgreementPolicy;
    std::string rule = w("export.statement_rule");
    for (long long n : {P::kMinAnswers, static_cast<long long>(P::kAgreePercent), static_cast<long long>(P::kDividedFrom),
                        static_cast<long long>(P::kDividedTo)})
        rule = fillIn(rule, std::to_string(n));
    doc.add(Paragraph{rule, true});
}

void addWordCloud(Document& doc, const std::vector<CloudWord>& cloud, const Words& w) {
    // "Often" is twice or more: a word said once is no pattern.
    std::string line;
    for (const auto& c : cloud)
        if (c.count >= 2) line += (line.empty() ? "" : ", ") + c.written + " (" + std::to_string(c.count) + ")";
    if (line.empty()) return;
    doc.add(Heading{2, w("export.words")});
    doc.add(Paragraph{line});
}

void addEvaluation(Document& doc, const Session& s, Audience audience, const Words& w, char mark) {
    if (audience != Audience::Internal) return;  // how people rated the meeting is for the organisers
    const auto held = [](const Poll& p) { return p.evaluation && !p.closed.empty(); };
    if (std::none_of(s.polls.begin(), s.polls.end(), held)) return;
    doc.add(Heading{2, w("export.evaluation")});
    Table t{{w("export.statement"), w("export.average"), w("export.answered")}, {}};
    for (const auto& p : s.polls)
        if (held(p) && p.kind == PollKind::Scale) {
            const Tally r = resultOf(s, p);
            long long n = 0;
            for (long long v : r.values) n += v;
            t.rows.push_back({p.question, n > 0 ? formatTenths(scaleMean(r), mark) : "–", std::to_string(n)});
        }
    doc.add(std::move(t));
    doc.add(Paragraph{w("export.average_scale"), true});
    // What people wrote, each distinct answer once (in alphabetical order: it says nothing of who).
    for (const auto& p : s.polls) {
        if (!held(p) || p.kind != PollKind::Open) continue;
        doc.add(Heading{3, p.question});
        std::vector<std::string> written;
        for (std::size_t k = 0; k < p.options.size(); ++k)
            written.push_back(p.options[k] + (k < p.result.size() && p.result[k] > 1 ? " (" + std::to_string(p.result[k]) + "×)" : ""));
        if (written.empty()) doc.add(Paragraph{w("export.none")});
        else doc.add(Bullets{written});
    }
}

void addSplitSliders(Document& doc, const Session& s, const Words& w) {
    if (s.info.settings.blind) return;
    const auto split = splitSliders(s);
    if (split.empty()) return;
    std::vector<std::string> names;
    for (const auto& key : split)
        for (const auto& sl : s.sliders)
            if (sl.key == key) names.push_back(sl.label);
    doc.add(Paragraph{w("sliders.split") + ": " + [&] {
        std::string j;
        for (const auto& n : names) j += (j.empty() ? "" : ", ") + n;
        return j;
    }()});
    doc.add(Paragraph{fillIn(fillIn(w("export.split_rule"), std::to_string(AgreementPolicy::kSplitLow)), std::to_string(AgreementPolicy::kSplitHigh)),
                      true});
}

}  // namespace wk::io
