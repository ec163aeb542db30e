// The room's voice (issue 30): who came, and polls opened, answered, counted on paper, closed.
#include "domain/Decider.h"

#include "domain/Agenda.h"
#include "domain/Polls.h"
#include "domain/Text.h"
#include "domain/WordCloud.h"

namespace wk::decider {

Decision Decider::operator()(const CheckInVisit& c) const {
    if (c.kind != "resident" && c.kind != "official" && c.kind != "partner") return refuse("value_range", "check_in.kind");
    if (c.channel != "phone" && c.channel != "kiosk") return refuse("value_range", "check_in.channel");
    if (!c.visit.empty())
        for (const auto& x : s_.checkIns)
            if (x.visit == c.visit) return refuse("already_checked_in", "check_in");
    if (auto tl = tooLong(c.name, policy_.limits.name, "check_in.name")) return *tl;
    CheckIn x;
    x.id = newId_('k');
    x.seq = nextSeq<CheckIn>(s_);
    x.kind = c.kind;
    x.channel = c.channel;
    x.name = c.consent ? trim(c.name) : "";  // a name only with consent
    x.visit = c.visit;
    x.at = is_.at;
    const std::string anon = x.id + " " + x.kind + " by " + x.channel;
    return made({Put<CheckIn>{x}}, anon + (x.name.empty() ? "" : " " + quote(x.name)), anon, x.id);
}

Decision Decider::operator()(const SetHeadCount& c) const {
    if (c.count < 0 || c.count > 100'000) return refuse("value_range", "session.head_count");
    SessionInfo info = s_.info;
    info.headCount = c.count;
    return done({SetInfo{info}}, "head count " + std::to_string(c.count));
}

// More than one may be open (the console offers one at a time; an import may bring two).
Decision Decider::operator()(const OpenPoll& c) const {
    Poll p;
    p.id = newId_('q');
    p.seq = nextSeq<Poll>(s_);
    p.question = c.fields.question;
    p.kind = c.fields.kind;
    p.options = c.fields.options;
    for (auto& o : p.options) o = trim(o);
    if (p.kind == PollKind::Scale) p.options.resize(kScalePoints);  // labels for 1..5, some may be empty
    if (p.kind == PollKind::Statement) {
        p.options.clear();  // eens, oneens, weet niet
        if (auto problem = statementProblem(p.question)) return Decision{Problem{problem->code, "poll.question", problem->limit}, {}, {}, {}, {}};
    }
    if (isTextKind(p.kind)) p.options.clear();
    p.total = p.kind == PollKind::Budget ? c.fields.total : 0;
    p.maxChoices = p.kind == PollKind::Several ? c.fields.maxChoices : 0;
    p.visibility = c.fields.visibility;
    p.live = c.fields.live;
    p.opened = is_.at;
    if (const AgendaItem* item = currentItem(s_.agenda)) p.agenda = item->id;
    if (auto tl = tooLong(p.question, policy_.limits.idea, "poll.question")) return *tl;
    for (const auto& o : p.options)
        if (auto tl = tooLong(o, policy_.limits.name, "poll.options")) return *tl;
    if (auto problem = pollProblem(p)) return refuse(problem->code, problem->field);
    return made({Put<Poll>{p}}, p.id + " " + std::string(toString(p.kind)) + " " + quote(p.question), "", p.id);
}

// The answers become the result; the answers (and with them every pseudonym) are removed.
Decision Decider::operator()(const ClosePoll& c) const {
    const Poll* poll = find<Poll>(s_, c.id);
    if (!poll) return refuse("not_found", "poll");
    if (!isOpen(*poll)) return refuse("poll_closed", "poll");
    std::vector<Change> changes;
    const long long answered = closeInto(*poll, changes);
    return done(std::move(changes), poll->id + " closed, " + std::to_string(answered) + " answered");
}

long long Decider::closeInto(const Poll& poll, std::vector<Change>& changes) const {
    const auto answers = answersTo(s_, poll.id);
    const Tally t = tally(poll, answers);
    Poll closed = poll;
    closed.closed = is_.at;
    closed.result = t.values;
    closed.phoneAnswers = t.phone;
    closed.kioskAnswers = t.kiosk;
    if (isTextKind(poll.kind)) {
        // Only what was let in counts, also in the number who answered.
        auto [texts, counts] = textTally(poll, answers);
        closed.options = std::move(texts);
        closed.result = std::move(counts);
        closed.phoneAnswers = closed.kioskAnswers = 0;
        for (const PollAnswer* a : answers)
            if (!a->pending) (a->channel == "kiosk" ? closed.kioskAnswers : closed.phoneAnswers) += 1;
    }
    changes.push_back(Put<Poll>{closed});
    for (const PollAnswer* a : answers) changes.push_back(Remove<PollAnswer>{*a});
    return closed.phoneAnswers + closed.kioskAnswers + closed.paperAnswers;
}

std::optional<Problem> Decider::statementProblem(const std::string& text) const {
    if (isBlank(text)) return Problem{"text_empty", "statement", 0};
    if (hasControlCharacters(text)) return Problem{"text_invalid", "statement", 0};
    if (codepointCount(trim(text)) > static_cast<std::size_t>(kMaxStatementLength)) return Problem{"too_long", "statement", kMaxStatementLength};
    const auto words = wordsOf(text);
    if (std::none_of(words.begin(), words.end(), [&](const std::string& w) { return isContentWord(w, policy_.stopWords); }))
        return Problem{"only_stop_words", "statement", 0};
    return std::nullopt;
}

// A second answer from the same visit replaces the first; the log says that one was given, never
// which.
Decision Decider::operator()(const AnswerPoll& c) const {
    const Poll* poll = find<Poll>(s_, c.poll);
    if (!poll) return refuse("unknown_poll", "answer.poll");
    if (!isOpen(*poll)) return refuse("poll_closed", "answer.poll");
    // A closed question is answered by those in the closed part only: never by a phone.
    if (poll->visibility == Visibility::Closed && c.channel == "phone") return refuse("unknown_poll", "answer.poll");
    if (c.who.empty()) return refuse("id_invalid", "answer.who");
    if (c.channel != "phone" && c.channel != "kiosk") return refuse("value_range", "answer.channel");
    if (auto problem = answerProblem(*poll, c.values)) return refuse(problem->code, problem->field);
    if (auto problem = answerTextProblem(*poll, c.text, policy_.limits)) return Decision{*problem, {}, {}, {}, {}};
    if (poll->kind == PollKind::Word && !isContentWord(wordsOf(c.text).front(), policy_.stopWords))
        return refuse("only_stop_words", "answer.text");
    PollAnswer a;
    a.poll = c.poll;
    a.who = c.who;
    a.channel = c.channel;
    a.values = c.values;
    a.text = isTextKind(poll->kind) ? trim(c.text) : "";
    // A word waits for the facilitator when moderation is on, as an idea does.
    a.pending = poll->kind == PollKind::Word && s_.info.settings.moderated;
    std::vector<Change> changes;
    const PollAnswer* before = find<PollAnswer>(s_, keyOf(a));
    a.seq = before ? before->seq : nextSeq<PollAnswer>(s_);
    changes.push_back(Put<PollAnswer>{a});
    if (!before) {  // a new one counts; a changed one was counted already
        Poll counted = *poll;
        (a.channel == "kiosk" ? counted.kioskAnswers : counted.phoneAnswers) += 1;
        changes.push_back(Put<Poll>{counted});
    }
    return done(std::move(changes), std::string(before ? "answer changed" : "answer given") + " to " + poll->id);
}

Decision Decider::operator()(const AddPaperTotals& c) const {
    const Poll* poll = find<Poll>(s_, c.poll);
    if (!poll) return refuse("not_found", "poll");
    if (poll->kind == PollKind::Ranking || poll->kind == PollKind::Budget) return refuse("paper_not_for_kind", "poll.paper");
    const std::size_t n = poll->kind == PollKind::Scale ? kScalePoints : poll->options.size();
    if (c.counts.size() != n || c.papers < 0) return refuse("value_range", "poll.paper");
    long long marks = 0;
    for (long long x : c.counts) {
        if (x < 0) return refuse("value_range", "poll.paper");
        marks += x;
    }
    // One mark per paper, or (several choices) at most as many as a paper may hold.
    const long long perPaper = poll->kind == PollKind::Several ? (poll->maxChoices > 0 ? poll->maxChoices : static_cast<long long>(n)) : 1;
    if (marks > c.papers * perPaper) return refuse("paper_counts", "poll.paper");
    Poll p = *poll;
    if (p.paper.size() != n) p.paper.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) p.paper[i] += c.counts[i];
    p.paperAnswers += c.papers;
    // Counted after closing too: the result is the answers' and the papers' together.
    if (!p.closed.empty() && p.result.size() == n)
        for (std::size_t i = 0; i < n; ++i) p.result[i] += c.counts[i];
    return done({Put<Poll>{p}}, poll->id + " paper: " + std::to_string(c.papers));
}

Decision Decider::operator()(const AdoptBudget& c) const {
    const Poll* poll = find<Poll>(s_, c.poll);
    if (!poll) return refuse("not_found", "poll");
    if (poll->kind != PollKind::Budget) return refuse("value_range", "poll.kind");
    if (poll->closed.empty()) return refuse("poll_open", "poll");  // advisory until closed and adopted
    Poll p = *poll;
    p.adopted = !p.adopted;
    return done({Put<Poll>{p}}, poll->id + (p.adopted ? " adopted" : " no longer adopted"));
}

// A resident's statement waits, not yet opened, until the facilitator puts it up or turns it down.
Decision Decider::operator()(const ProposeStatement& c) const {
    if (auto problem = statementProblem(c.text)) return Decision{*problem, {}, {}, {}, {}};  // with the limit, for "at most 200"
    long long waiting = 0;
    for (const auto& p : s_.polls)
        if (isProposed(p)) {
            ++waiting;
            if (lowerCase(trim(p.question)) == lowerCase(trim(c.text))) return refuse("duplicate", "statement");
        }
    if (waiting >= kMaxProposals) return refuse("too_many", "statement");
    Poll p;
    p.id = newId_('q');
    p.seq = nextSeq<Poll>(s_);
    p.kind = PollKind::Statement;
    p.question = trim(c.text);
    p.visibility = Visibility::Public;
    return made({Put<Poll>{p}}, p.id + " statement proposed " + quote(p.question), "", p.id);
}

Decision Decider::operator()(const PutUpStatement& c) const {
    const Poll* poll = find<Poll>(s_, c.id);
    if (!poll || !isProposed(*poll)) return refuse("not_found", "statement");
    if (!c.accept) return done({Remove<Poll>{*poll}}, poll->id + " statement turned down");
    Poll p = *poll;
    p.opened = is_.at;
    p.live = true;  // the room follows where it agrees as the answers come in
    if (const AgendaItem* item = currentItem(s_.agenda)) p.agenda = item->id;
    return done({Put<Poll>{p}}, poll->id + " statement put up");
}

Decision Decider::operator()(const ModerateWord& c) const {
    const PollAnswer* a = find<PollAnswer>(s_, c.poll + '\x1f' + c.who);
    if (!a || !a->pending) return refuse("not_found", "answer");
    if (!c.admit) {
        Poll counted = *find<Poll>(s_, c.poll);
        long long& n = a->channel == "kiosk" ? counted.kioskAnswers : counted.phoneAnswers;
        if (n > 0) --n;
        return done({Remove<PollAnswer>{*a}, Put<Poll>{counted}}, c.poll + " word left out");
    }
    PollAnswer admitted = *a;
    admitted.pending = false;
    return done({Put<PollAnswer>{admitted}}, c.poll + " word let in");
}

Decision Decider::operator()(const HideWord& c) const {
    const std::string stem = trim(c.stem);
    if (isBlank(stem) || codepointCount(stem) > static_cast<std::size_t>(kMaxWordLength) || hasControlCharacters(stem)) return refuse("value_range", "word");
    SessionInfo info = s_.info;
    auto& h = info.hiddenWords;
    const auto at = std::find(h.begin(), h.end(), stem);
    if (c.hidden == (at != h.end())) return refuse("no_change", "word");
    if (c.hidden) h.push_back(stem);
    else h.erase(at);
    return done({SetInfo{info}}, std::string(c.hidden ? "word hidden " : "word shown ") + quote(stem));
}

Decision Decider::operator()(const OpenEvaluation& c) const {
    for (const auto& p : s_.polls)
        if (p.evaluation && isOpen(p)) return refuse("evaluation_open", "evaluation");
    if (c.statements.size() < 1 || c.statements.size() > 5 || isBlank(c.question)) return refuse("value_range", "evaluation");
    std::vector<Change> changes;
    std::string first;
    std::int64_t seq = nextSeq<Poll>(s_);
    auto add = [&](Poll p) {
        p.id = newId_('q');
        p.seq = seq++;
        p.visibility = Visibility::Public;  // everyone present answers; the result is the internal minutes'
        p.evaluation = true;
        p.opened = is_.at;
        if (const AgendaItem* item = currentItem(s_.agenda)) p.agenda = item->id;
        if (first.empty()) first = p.id;
        changes.push_back(Put<Poll>{p});
        return pollProblem(p);
    };
    for (const auto& text : c.statements) {
        if (auto tl = tooLong(text, kMaxStatementLength, "evaluation.statements")) return *tl;
        Poll p;
        p.kind = PollKind::Scale;
        p.question = trim(text);
        p.options = c.scale;
        p.options.resize(kScalePoints);
        if (auto problem = add(p)) return refuse(problem->code, "evaluation.statements");
    }
    if (auto tl = tooLong(c.question, kMaxStatementLength, "evaluation.question")) return *tl;
    Poll open;
    open.kind = PollKind::Open;
    open.question = trim(c.question);
    if (auto problem = add(open)) return refuse(problem->code, "evaluation.question");
    return made(std::move(changes), "evaluation opened, " + std::to_string(c.statements.size()) + " statements", "", first);
}

Decision Decider::operator()(const CloseEvaluation&) const {
    std::vector<Change> changes;
    long long answered = 0;
    for (const auto& p : s_.polls)
        if (p.evaluation && isOpen(p)) answered = std::max(answered, closeInto(p, changes));
    if (changes.empty()) return refuse("poll_closed", "evaluation");
    return done(std::move(changes), "evaluation closed, " + std::to_string(answered) + " answered");
}

}  // namespace wk::decider
