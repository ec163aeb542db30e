// The room's voice in the store (issue 30): check-ins, polls, the answers of open polls, and each
// open poll's secret. Part of Repository, in a file of its own to keep each readable.
#include "domain/Polls.h"
#include "domain/Vocabulary.h"
#include "store/Lists.h"
#include "store/Repository.h"

namespace wk::store {

void Repository::loadVoice(std::int64_t id, Session& s) {
    {
        auto& st = db_.prepare(
            "SELECT id, number, text, theme, response, motivation, condition, due, votes_then, from_date, origin, votes, seq "
            "FROM earlier_ideas WHERE session_id = ?1 ORDER BY seq");
        st.with(id);
        while (st.step())
            s.earlier.push_back({st.text(0), st.text(1), st.text(2), st.text(3), {st.text(4), st.text(5), st.text(6), st.text(7)},
                                 static_cast<int>(st.integer(8)), st.text(9), st.text(10), static_cast<int>(st.integer(11)), st.integer(12)});
        st.reset();
    }
    {
        auto& st = db_.prepare("SELECT id, kind, channel, name, visit, at, seq FROM check_ins WHERE session_id = ?1 ORDER BY seq");
        st.with(id);
        while (st.step()) s.checkIns.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.integer(6)});
        st.reset();
    }
    {
        auto& st = db_.prepare(
            "SELECT id, question, kind, options, total, max_choices, visibility, live, opened, closed, adopted, phone_answers, "
            "kiosk_answers, paper, paper_answers, result, agenda, seq, evaluation FROM polls WHERE session_id = ?1 ORDER BY seq");
        st.with(id);
        while (st.step()) {
            Poll p;
            p.id = st.text(0);
            p.question = st.text(1);
            p.kind = parsePollKind(st.text(2)).value_or(PollKind::One);
            p.options = splitList(st.text(3));
            p.total = st.integer(4);
            p.maxChoices = static_cast<int>(st.integer(5));
            p.visibility = parse<Visibility>(st.text(6)).value_or(Visibility::Closed);  // unknown: the safe side
            p.live = st.integer(7) != 0;
            p.opened = st.text(8);
            p.closed = st.text(9);
            p.adopted = st.integer(10) != 0;
            p.phoneAnswers = st.integer(11);
            p.kioskAnswers = st.integer(12);
            p.paper = splitNumbers(st.text(13));
            p.paperAnswers = st.integer(14);
            p.result = splitNumbers(st.text(15));
            p.agenda = st.text(16);
            p.seq = st.integer(17);
            p.evaluation = st.integer(18) != 0;
            s.polls.push_back(std::move(p));
        }
        st.reset();
    }
    {
        auto& st = db_.prepare("SELECT poll, who, channel, answer, seq, text, pending FROM poll_answers WHERE session_id = ?1 ORDER BY seq");
        st.with(id);
        while (st.step())
            s.answers.push_back({st.text(0), st.text(1), st.text(2), splitNumbers(st.text(3)), st.integer(4), st.text(5), st.integer(6) != 0});
        st.reset();
    }
}

void Repository::put(std::int64_t sid, const CheckIn& x) {
    db_.prepare("INSERT OR REPLACE INTO check_ins(session_id, id, kind, channel, name, visit, at, seq) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .with(sid, x.id, x.kind, x.channel, x.name, x.visit, x.at, x.seq)
        .run();
}
void Repository::put(std::int64_t sid, const Poll& x) {
    db_.prepare(
           "INSERT OR REPLACE INTO polls(session_id, id, question, kind, options, total, max_choices, visibility, live, opened, closed, "
           "adopted, phone_answers, kiosk_answers, paper, paper_answers, result, agenda, seq, evaluation) "
           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)")
        .with(sid, x.id, x.question, std::string(toString(x.kind)), joinList(x.options), static_cast<std::int64_t>(x.total), x.maxChoices,
              std::string(toString(x.visibility)), x.live, x.opened, x.closed, x.adopted, static_cast<std::int64_t>(x.phoneAnswers),
              static_cast<std::int64_t>(x.kioskAnswers), joinNumbers(x.paper), static_cast<std::int64_t>(x.paperAnswers),
              joinNumbers(x.result), x.agenda, x.seq, x.evaluation)
        .run();
}
void Repository::put(std::int64_t sid, const PollAnswer& x) {
    db_.prepare(
           "INSERT OR REPLACE INTO poll_answers(session_id, poll, who, channel, answer, seq, text, pending) "
           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .with(sid, x.poll, x.who, x.channel, joinNumbers(x.values), x.seq, x.text, x.pending)
        .run();
}
void Repository::put(std::int64_t sid, const EarlierIdea& x) {
    db_.prepare(
           "INSERT OR REPLACE INTO earlier_ideas(session_id, id, number, text, theme, response, motivation, condition, due, votes_then, "
           "from_date, origin, votes, seq) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
        .with(sid, x.id, x.number, x.text, x.theme, x.response.value, x.response.motivation, x.response.condition, x.response.due,
              x.votesThen, x.from, x.origin, x.votes, x.seq)
        .run();
}
void Repository::remove(std::int64_t sid, const EarlierIdea& x) {
    db_.prepare("DELETE FROM earlier_ideas WHERE session_id = ?1 AND id = ?2").with(sid, x.id).run();
}
void Repository::remove(std::int64_t sid, const CheckIn& x) {
    db_.prepare("DELETE FROM check_ins WHERE session_id = ?1 AND id = ?2").with(sid, x.id).run();
}
void Repository::remove(std::int64_t sid, const Poll& x) {
    db_.prepare("DELETE FROM polls WHERE session_id = ?1 AND id = ?2").with(sid, x.id).run();
}
void Repository::remove(std::int64_t sid, const PollAnswer& x) {
    db_.prepare("DELETE FROM poll_answers WHERE session_id = ?1 AND poll = ?2 AND who = ?3").with(sid, x.poll, x.who).run();
}

std::optional<std::string> Repository::pollSecret(std::int64_t sid, const std::string& poll) {
    auto& st = db_.prepare("SELECT secret FROM poll_secrets WHERE session_id = ?1 AND poll = ?2");
    std::optional<std::string> out;
    if (st.with(sid, poll).step()) out = st.text(0);
    st.reset();
    return out;
}
void Repository::setPollSecret(const Tx&, std::int64_t sid, const std::string& poll, const std::string& secret) {
    db_.prepare("INSERT OR REPLACE INTO poll_secrets(session_id, poll, secret) VALUES(?1, ?2, ?3)").with(sid, poll, secret).run();
}
void Repository::dropPollSecret(const Tx&, std::int64_t sid, const std::string& poll) {
    db_.prepare("DELETE FROM poll_secrets WHERE session_id = ?1 AND poll = ?2").with(sid, poll).run();
}

}  // namespace wk::store
