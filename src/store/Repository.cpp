#include "store/Repository.h"

#include <array>

#include "domain/Agenda.h"
#include "domain/Purge.h"
#include "domain/Vocabulary.h"
#include "store/Lists.h"

namespace wk::store {
namespace {

// A status history as one text: "at status" entries in the list form above.
std::string joinHistory(const std::vector<StatusChange>& h) {
    std::vector<std::string> v;
    for (const auto& c : h) v.push_back(c.at + " " + std::string(toString(c.status)));
    return joinList(v);
}

template <class E> E parseOr(const std::string& w, E fallback) { return parse<E>(w).value_or(fallback); }
std::string str(std::string_view v) { return std::string(v); }

std::vector<StatusChange> splitHistory(const std::string& s) {
    std::vector<StatusChange> out;
    for (const auto& e : splitList(s)) {
        const auto space = e.rfind(' ');
        if (space == std::string::npos) continue;
        if (auto st = parse<ActionStatus>(e.substr(space + 1))) out.push_back({e.substr(0, space), *st});
    }
    return out;
}

// The bouwstenen's ratings as stored: "3,0,4,...", seven numbers; anything else reads as unrated.
std::string joinRatings(const std::array<int, 7>& r) {
    std::string out;
    for (int v : r) out += (out.empty() ? "" : ",") + std::to_string(v);
    return out;
}
std::array<int, 7> splitRatings(const std::string& text) {
    std::array<int, 7> r{};
    std::size_t i = 0, at = 0;
    while (i < r.size() && at < text.size()) {
        const auto comma = text.find(',', at);
        const std::string v = text.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
        r[i++] = v.size() == 1 && v[0] >= '0' && v[0] <= '5' ? v[0] - '0' : 0;
        if (comma == std::string::npos) break;
        at = comma + 1;
    }
    return r;
}

// An action from a row whose columns, from `first` on, are id, opgave, what, indicator, party, owner,
// deadline, budget, status, koppelkansen, ideas, visibility, seq, origin_uid, origin_action, origin_date, history,
// number, amount_cents, agenda, point, outcome, agreed.
Action readAction(const Statement& st, int first = 0) {
    const auto c = [first](int i) { return first + i; };
    Action a;
    a.id = st.text(c(0)); a.opgave = st.text(c(1)); a.what = st.text(c(2)); a.indicator = st.text(c(3));
    if (!st.isNull(c(4))) a.party = parse<Party>(st.text(c(4)));
    a.owner = st.text(c(5)); a.deadline = st.text(c(6)); a.budget = st.text(c(7));
    a.status = parseOr(st.text(c(8)), ActionStatus::Gepland);
    a.koppelkansen = splitList(st.text(c(9)));
    a.ideas = splitList(st.text(c(10)));
    a.visibility = parseOr(st.text(c(11)), Visibility::Closed);  // unknown: the safe side
    a.seq = st.integer(c(12));
    if (!st.text(c(13)).empty()) a.origin = ActionOrigin{st.text(c(13)), st.text(c(14)), st.text(c(15))};
    a.history = splitHistory(st.text(c(16)));
    a.number = static_cast<int>(st.integer(c(17)));
    if (!st.isNull(c(18))) a.amountCents = st.integer(c(18));
    a.agenda = st.text(c(19));
    a.point = parse<PointKind>(st.text(c(20))).value_or(PointKind::None);
    a.outcome = parse<PointOutcome>(st.text(c(21))).value_or(PointOutcome::Open);
    a.agreed = st.integer(c(22)) != 0;
    return a;
}

}  // namespace

std::vector<SessionSummary> Repository::list() {
    auto& st = db_.prepare(
        "SELECT id, uid, date, type, wijk, title, EXISTS (SELECT 1 FROM polls p WHERE p.session_id = sessions.id AND p.evaluation = 1 "
        "AND p.closed <> '') FROM sessions ORDER BY date, id");
    std::vector<SessionSummary> out;
    while (st.step())
        out.push_back({st.integer(0), st.text(1), st.text(2), parseOr(st.text(3), MeetingType(MeetingType::Overig)), st.text(4), st.text(5),
                       st.integer(6) != 0});
    st.reset();
    return out;
}

std::optional<std::int64_t> Repository::newestOtherOfWijk(const char* sql, const std::string& wijk, const std::string& date,
                                                         std::int64_t except) {
    auto& st = db_.prepare(sql);
    std::optional<std::int64_t> id;
    if (st.with(wijk, date, except).step()) id = st.integer(0);
    st.reset();
    return id;
}

std::optional<std::int64_t> Repository::previousWithPlacements(const std::string& wijk, const std::string& date,
                                                              std::int64_t except) {
    return newestOtherOfWijk(
        "SELECT s.id FROM sessions s WHERE s.wijk = ?1 AND s.date <= ?2 AND s.id <> ?3 "
        "AND EXISTS (SELECT 1 FROM placements p WHERE p.session_id = s.id) ORDER BY s.date DESC, s.id DESC LIMIT 1",
        wijk, date, except);
}

std::optional<std::int64_t> Repository::previousWithActions(const std::string& wijk, const std::string& date,
                                                           std::int64_t except) {
    return newestOtherOfWijk(
        "SELECT s.id FROM sessions s WHERE s.wijk = ?1 AND s.date <= ?2 AND s.id <> ?3 "
        "AND EXISTS (SELECT 1 FROM actions a WHERE a.session_id = s.id) ORDER BY s.date DESC, s.id DESC LIMIT 1",
        wijk, date, except);
}

std::vector<TrackedAction> Repository::actionsOfWijk(const std::string& wijk, std::int64_t except) {
    // The columns in readAction's order, after the session's id, title and date.
    auto& st = db_.prepare(
        "SELECT s.uid, s.title, s.date, a.id, a.opgave, a.what, a.indicator, a.party, a.owner, a.deadline, a.budget, "
        "a.status, a.koppelkansen, a.ideas, a.visibility, a.seq, a.origin_uid, a.origin_action, a.origin_date, a.history, "
        "a.number, a.amount_cents, a.agenda, a.point, a.outcome, a.agreed "
        "FROM actions a JOIN sessions s ON s.id = a.session_id WHERE s.wijk = ?1 AND s.id <> ?2 ORDER BY s.date, s.id, a.seq");
    st.with(wijk, except);
    std::vector<TrackedAction> out;
    while (st.step()) out.push_back({readAction(st, 3), st.text(0), st.text(1), st.text(2)});
    st.reset();
    return out;
}

Repository::Purged Repository::purgePersonalData(const std::string& before, const std::string& at) {
    Database::Transaction tx(db_);
    Purged p;
    std::vector<std::int64_t> older;
    {
        auto& which = db_.prepare("SELECT id FROM sessions WHERE date < ?1");
        which.with(before);
        while (which.step()) older.push_back(which.integer(0));
        which.reset();
    }
    for (const std::int64_t sid : older) {
        PurgeCount c;
        const Session purged = purgedSession(load(sid), &c);
        auto& named = db_.prepare("SELECT 1 FROM edit_log WHERE session_id = ?1 AND summary <> summary_anon LIMIT 1");
        const bool logNamed = named.with(sid).step();
        named.reset();
        if (!c.any() && !logNamed) continue;
        if (c.any()) rewrite(sid, purged);
        // The log named them too: what is left is the same entry without the name.
        db_.prepare("UPDATE edit_log SET summary = summary_anon WHERE summary <> summary_anon AND session_id = ?1").with(sid).run();
        appendLog(tx, sid, {at, "system", "purge", "personal data of residents removed (retention period)", ""}, "session");
        ++p.sessions;
        p.ideas += c.ideas;
        p.participants += c.participants;
    }
    tx.commit();
    return p;
}

bool Repository::exists(std::int64_t id) {
    auto& st = db_.prepare("SELECT 1 FROM sessions WHERE id = ?1");
    const bool found = st.with(id).step();
    st.reset();
    return found;
}

Session Repository::load(std::int64_t id) {
    Session s;
    {
        auto& st = db_.prepare(
            "SELECT type, title, wijk, date, location, chair, scheme, phase, uid, moderated, residents_place, blind, dossier, "
            "bouwstenen, public_from, time, public_at, preparing, head_count, hidden_words, idea_prefix, adopted FROM sessions WHERE id = ?1");
        if (!st.with(id).step()) {
            st.reset();
            throw StoreError(StoreError::Kind::Other, "there is no session " + std::to_string(id) + " in " + db_.path());
        }
        s.info.id = id;
        s.info.type = parseOr(st.text(0), MeetingType(MeetingType::Overig));
        s.info.title = st.text(1);
        s.info.wijk = st.text(2);
        s.info.date = st.text(3);
        s.info.location = st.text(4);
        s.info.chair = st.text(5);
        s.info.scheme = parseOr(st.text(6), ResponseScheme::NuOoitNooit);
        s.info.phase = parseOr(st.text(7), Visibility::Public);  // unknown: the safe side
        s.info.uid = st.text(8);
        s.info.settings = {st.integer(9) != 0, st.integer(10) != 0, st.integer(11) != 0};
        s.info.dossier = st.text(12);
        s.info.bouwstenen = splitRatings(st.text(13));
        s.info.publicFrom = st.text(14);
        s.info.time = st.text(15);
        s.info.publicAt = st.text(16);
        s.info.preparing = st.integer(17) != 0;
        s.info.headCount = static_cast<int>(st.integer(18));
        s.info.hiddenWords = splitList(st.text(19));
        s.info.ideaPrefix = st.text(20);
        s.info.adopted = st.text(21);
        st.reset();
    }
    {
        auto& st = db_.prepare("SELECT id, name, role, organisation, consent, seq FROM participants WHERE session_id = ?1 ORDER BY seq");
        st.with(id);
        while (st.step()) s.participants.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.integer(4) != 0, st.integer(5)});
        st.reset();
    }
    {
        auto& st = db_.prepare("SELECT key, label, top, seq FROM sliders WHERE session_id = ?1 ORDER BY seq");
        st.with(id);
        while (st.step()) s.sliders.push_back({st.text(0), st.text(1), st.text(2), st.integer(3)});
        st.reset();
    }
    {
        auto& st = db_.prepare("SELECT participant, slider, now, desired, reason, seq, agenda FROM placements WHERE session_id = ?1 ORDER BY seq");
        st.with(id);
        while (st.step())
            s.placements.push_back({st.text(0), st.text(1), st.optInt(2), st.optInt(3), st.text(4), st.integer(5), st.text(6)});
        st.reset();
    }
    {
        auto& st = db_.prepare(
            "SELECT id, text, theme, author, contact, consent, votes, visibility, map_x, map_y, response, motivation, "
            "condition, due, created, seq, hidden, hidden_reason, pending, agenda, number, merged_into FROM ideas WHERE session_id = ?1 ORDER BY seq");
        st.with(id);
        while (st.step()) {
            Idea i;
            i.id = st.text(0); i.text = st.text(1); i.theme = st.text(2); i.author = st.text(3); i.contact = st.text(4);
            i.consent = st.integer(5) != 0;
            i.votes = static_cast<int>(st.integer(6));
            i.visibility = parseOr(st.text(7), Visibility::Closed);  // unknown: the safe side
            if (!st.isNull(8) && !st.isNull(9)) i.map = MapPin{st.real(8), st.real(9)};
            i.response = {st.text(10), st.text(11), st.text(12), st.text(13)};
            i.created = st.text(14);
            i.seq = st.integer(15);
            i.hidden = st.integer(16) != 0;
            i.hiddenReason = st.text(17);
            i.pending = st.integer(18) != 0;
            i.agenda = st.text(19);
            i.number = st.text(20);
            i.mergedInto = st.text(21);
            s.ideas.push_back(std::move(i));
        }
        st.reset();
    }
    {
        auto& st = db_.prepare("SELECT id, title, description, seq FROM opgaven WHERE session_id = ?1 ORDER BY seq");
        st.with(id);
        while (st.step()) s.opgaven.push_back({st.text(0), st.text(1), st.text(2), st.integer(3)});
        st.reset();
    }
    {
        auto& st = db_.prepare(
            "SELECT id, opgave, what, indicator, party, owner, deadline, budget, status, koppelkansen, ideas, visibility, seq, "
            "origin_uid, origin_action, origin_date, history, number, amount_cents, agenda, point, outcome, agreed FROM actions WHERE session_id = ?1 ORDER BY seq");
        st.with(id);
        while (st.step()) s.actions.push_back(readAction(st));
        st.reset();
    }
    {
        auto& st = db_.prepare("SELECT id, at, text, kind, visibility, seq, agenda FROM notes WHERE session_id = ?1 ORDER BY seq");
        st.with(id);
        while (st.step())
            s.notes.push_back({st.text(0), st.text(1), st.text(2), parseOr(st.text(3), NoteKind::Note),
                               parseOr(st.text(4), Visibility::Closed), st.integer(5), st.text(6)});
        st.reset();
    }
    {
        auto& st = db_.prepare(
            "SELECT id, title, introducer, minutes, kind, opgaven, visibility, started, ended, seq FROM agenda_items "
            "WHERE session_id = ?1 ORDER BY seq");
        st.with(id);
        while (st.step()) {
            AgendaItem g;
            g.id = st.text(0); g.title = st.text(1); g.introducer = st.text(2);
            g.minutes = static_cast<int>(st.integer(3));
            g.kind = parseAgendaKind(st.text(4)).value_or(AgendaKind::Bespreken);
            g.opgaven = splitList(st.text(5));
            g.visibility = parseOr(st.text(6), Visibility::Closed);  // unknown: the safe side
            g.started = st.text(7); g.ended = st.text(8);
            g.seq = st.integer(9);
            s.agenda.push_back(std::move(g));
        }
        st.reset();
    }
    {
        auto& st = db_.prepare(
            "SELECT id, speaker, role, consent, visit, number, requested, started, ended, agenda, seq FROM turns "
            "WHERE session_id = ?1 ORDER BY seq");
        st.with(id);
        while (st.step()) {
            Turn t;
            t.id = st.text(0); t.speaker = st.text(1); t.role = st.text(2);
            t.consent = st.integer(3) != 0;
            t.visit = st.text(4);
            t.number = static_cast<int>(st.integer(5));
            t.requested = st.text(6); t.started = st.text(7); t.ended = st.text(8); t.agenda = st.text(9);
            t.seq = st.integer(10);
            s.turns.push_back(std::move(t));
        }
        st.reset();
    }
    loadVoice(id, s);
    return s;
}

void Repository::insertInfo(const SessionInfo& i) {
    db_.prepare(
           "INSERT INTO sessions(type, title, wijk, date, location, chair, scheme, phase, uid, moderated, residents_place, blind, "
           "dossier, bouwstenen, public_from, time, public_at, preparing, head_count, hidden_words, idea_prefix, adopted) "
           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)")
        .with(str(toString(i.type)), i.title, i.wijk, i.date, i.location, i.chair, str(toString(i.scheme)), str(toString(i.phase)),
              i.uid, i.settings.moderated, i.settings.residentsPlace, i.settings.blind, i.dossier, joinRatings(i.bouwstenen), i.publicFrom,
              i.time, i.publicAt, i.preparing, i.headCount, joinList(i.hiddenWords), i.ideaPrefix, i.adopted)
        .run();
}

void Repository::updateInfo(std::int64_t id, const SessionInfo& i) {
    // The uid is the session's for good: no change renames it.
    db_.prepare(
           "UPDATE sessions SET type = ?2, title = ?3, wijk = ?4, date = ?5, location = ?6, chair = ?7, scheme = ?8, "
           "phase = ?9, moderated = ?10, residents_place = ?11, blind = ?12, dossier = ?13, bouwstenen = ?14, public_from = ?15, "
           "time = ?16, public_at = ?17, preparing = ?18, head_count = ?19, hidden_words = ?20, idea_prefix = ?21, adopted = ?22 WHERE id = ?1")
        .with(id, str(toString(i.type)), i.title, i.wijk, i.date, i.location, i.chair, str(toString(i.scheme)),
              str(toString(i.phase)), i.settings.moderated, i.settings.residentsPlace, i.settings.blind, i.dossier,
              joinRatings(i.bouwstenen), i.publicFrom, i.time, i.publicAt, i.preparing, i.headCount, joinList(i.hiddenWords), i.ideaPrefix, i.adopted)
        .run();
}

std::string Repository::newUid() {
    auto& st = db_.prepare("SELECT " WK_UUID_SQL);
    st.step();
    std::string uid = st.text(0);
    st.reset();
    return uid;
}

std::optional<std::int64_t> Repository::findUid(const std::string& uid) {
    auto& st = db_.prepare("SELECT id FROM sessions WHERE uid = ?1");
    std::optional<std::int64_t> id;
    if (st.with(uid).step()) id = st.integer(0);
    st.reset();
    return id;
}

std::string Repository::siteId() {
    auto& st = db_.prepare("SELECT id FROM site LIMIT 1");
    std::string id;
    if (st.step()) id = st.text(0);
    st.reset();
    return id;
}

bool Repository::idTaken(std::int64_t sid, const std::string& id) {
    auto& st = db_.prepare(
        "SELECT 1 FROM ideas WHERE session_id = ?1 AND id = ?2 UNION ALL SELECT 1 FROM actions WHERE session_id = ?1 AND id = ?2 "
        "UNION ALL SELECT 1 FROM opgaven WHERE session_id = ?1 AND id = ?2 UNION ALL SELECT 1 FROM notes WHERE session_id = ?1 AND id = ?2 "
        "UNION ALL SELECT 1 FROM participants WHERE session_id = ?1 AND id = ?2 "
        "UNION ALL SELECT 1 FROM agenda_items WHERE session_id = ?1 AND id = ?2 UNION ALL SELECT 1 FROM turns WHERE session_id = ?1 AND id = ?2 "
        "UNION ALL SELECT 1 FROM check_ins WHERE session_id = ?1 AND id = ?2 UNION ALL SELECT 1 FROM polls WHERE session_id = ?1 AND id = ?2 "
        "UNION ALL SELECT 1 FROM earlier_ideas WHERE session_id = ?1 AND id = ?2");
    const bool taken = st.with(sid, id).step();
    st.reset();
    return taken;
}

std::string Repository::nextId(const Tx&, std::int64_t sid, char prefix) {
    const std::string p(1, prefix);
    std::int64_t last = 0;
    auto& get = db_.prepare("SELECT last FROM id_counters WHERE session_id = ?1 AND prefix = ?2");
    const bool known = get.with(sid, p).step();
    if (known) last = get.integer(0);
    get.reset();
    if (!known) {
        // The first new id of a session (imported, or from before the counters): start above
        // the highest number any list of it holds with this prefix.
        auto& ids = db_.prepare(
            "SELECT id FROM ideas WHERE session_id = ?1 UNION ALL SELECT id FROM actions WHERE session_id = ?1 "
            "UNION ALL SELECT id FROM opgaven WHERE session_id = ?1 UNION ALL SELECT id FROM notes WHERE session_id = ?1 "
            "UNION ALL SELECT id FROM participants WHERE session_id = ?1 UNION ALL SELECT id FROM agenda_items WHERE session_id = ?1 "
            "UNION ALL SELECT id FROM turns WHERE session_id = ?1 UNION ALL SELECT id FROM check_ins WHERE session_id = ?1 "
            "UNION ALL SELECT id FROM polls WHERE session_id = ?1 UNION ALL SELECT id FROM earlier_ideas WHERE session_id = ?1");
        ids.with(sid);
        while (ids.step()) {
            const std::string id = ids.text(0);
            if (id.size() < 2 || id.size() > 12 || id[0] != prefix || id.find_first_not_of("0123456789", 1) != std::string::npos) continue;
            last = std::max<std::int64_t>(last, std::stoll(id.substr(1)));
        }
        ids.reset();
    }
    std::string id;
    do id = p + std::to_string(++last);
    while (idTaken(sid, id));  // an imported id out of the counter's sequence
    db_.prepare("INSERT INTO id_counters(session_id, prefix, last) VALUES(?1, ?2, ?3) "
                "ON CONFLICT(session_id, prefix) DO UPDATE SET last = excluded.last")
        .with(sid, p, last).run();
    return id;
}

void Repository::appendLog(const Tx&, std::int64_t sid, const LogEntry& e, const std::string& keys) {
    db_.prepare("INSERT INTO edit_log(session_id, at, role, command, summary, summary_anon, keys) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .with(sid, e.at, e.role, e.command, e.summary, e.anonSummary.empty() ? e.summary : e.anonSummary, keys)
        .run();
}

std::vector<Repository::LoggedEdit> Repository::log(std::int64_t sid) {
    auto& st = db_.prepare("SELECT seq, at, role, command, summary, summary_anon FROM edit_log WHERE session_id = ?1 ORDER BY seq");
    st.with(sid);
    std::vector<LoggedEdit> out;
    while (st.step()) out.push_back({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    st.reset();
    return out;
}

std::optional<std::string> Repository::state(const std::string& key) {
    auto& st = db_.prepare("SELECT value FROM kiosk_state WHERE key = ?1");
    st.with(key);
    std::optional<std::string> out;
    if (st.step()) out = st.text(0);
    st.reset();
    return out;
}

void Repository::setState(const std::string& key, const std::string& value) {
    Database::Transaction tx(db_);
    db_.prepare("INSERT INTO kiosk_state(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .with(key, value)
        .run();
    tx.commit();
}

Repository::LastLogged Repository::lastLogged(std::int64_t sid) {
    auto& st = db_.prepare("SELECT seq, command FROM edit_log WHERE session_id = ?1 ORDER BY seq DESC LIMIT 1");
    LastLogged out;
    if (st.with(sid).step()) out = {st.integer(0), st.text(1)};
    st.reset();
    return out;
}

std::map<std::int64_t, std::int64_t> Repository::logHeads() {
    auto& st = db_.prepare("SELECT session_id, max(seq) FROM edit_log GROUP BY session_id");
    std::map<std::int64_t, std::int64_t> out;
    while (st.step()) out[st.integer(0)] = st.integer(1);
    st.reset();
    return out;
}

Repository::Created Repository::create(const Session& s, const LogEntry& log) {
    Database::Transaction tx(db_);
    Created made;
    SessionInfo info = s.info;
    if (!info.uid.empty() && findUid(info.uid)) made.copied = true;
    if (info.uid.empty() || made.copied) info.uid = newUid();
    made.uid = info.uid;
    insertInfo(info);
    const std::int64_t id = db_.lastInsertId();
    made.id = id;
    putContent(id, s);
    appendLog(tx, id, log, "session");
    tx.commit();
    return made;
}

void Repository::write(const Tx&, std::int64_t sid, const Change& c) {
    std::visit([&](const auto& cmd) {
        using C = std::decay_t<decltype(cmd)>;
        if constexpr (std::is_same_v<C, SetInfo>) updateInfo(sid, cmd.info);
        else if constexpr (std::is_same_v<C, Put<decltype(cmd.item)>>) put(sid, cmd.item);
        else remove(sid, cmd.item);
    }, c);
}

void Repository::put(std::int64_t sid, const Participant& x) {
    db_.prepare("INSERT OR REPLACE INTO participants(session_id, id, name, role, organisation, consent, seq) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .with(sid, x.id, x.name, x.role, x.organisation, x.consent, x.seq).run();
}
void Repository::put(std::int64_t sid, const Slider& x) {
    db_.prepare("INSERT OR REPLACE INTO sliders(session_id, key, label, top, seq) VALUES(?1, ?2, ?3, ?4, ?5)")
        .with(sid, x.key, x.label, x.top, x.seq).run();
}
void Repository::put(std::int64_t sid, const Placement& x) {
    db_.prepare("INSERT OR REPLACE INTO placements(session_id, participant, slider, now, desired, reason, seq, agenda) "
                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .with(sid, x.participant, x.slider, x.now, x.desired, x.reason, x.seq, x.agenda).run();
}
void Repository::put(std::int64_t sid, const Idea& x) {
    auto& st = db_.prepare(
        "INSERT OR REPLACE INTO ideas(session_id, id, text, theme, author, contact, consent, votes, visibility, map_x, "
        "map_y, response, motivation, condition, due, created, seq, hidden, hidden_reason, pending, agenda, number, merged_into) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)");
    st.with(sid, x.id, x.text, x.theme, x.author, x.contact, x.consent, x.votes, str(toString(x.visibility)));
    if (x.map) st.bind(10, x.map->x).bind(11, x.map->y);
    else st.bindNull(10).bindNull(11);
    st.bind(12, x.response.value).bind(13, x.response.motivation).bind(14, x.response.condition)
        .bind(15, x.response.due).bind(16, x.created).bind(17, x.seq).bind(18, x.hidden).bind(19, x.hiddenReason).bind(20, x.pending)
        .bind(21, x.agenda).bind(22, x.number).bind(23, x.mergedInto).run();
}
void Repository::put(std::int64_t sid, const Opgave& x) {
    db_.prepare("INSERT OR REPLACE INTO opgaven(session_id, id, title, description, seq) VALUES(?1, ?2, ?3, ?4, ?5)")
        .with(sid, x.id, x.title, x.description, x.seq).run();
}
void Repository::put(std::int64_t sid, const Action& x) {
    std::optional<std::string> party;
    if (x.party) party = str(toString(*x.party));
    db_.prepare(
           "INSERT OR REPLACE INTO actions(session_id, id, opgave, what, indicator, party, owner, deadline, budget, "
           "status, koppelkansen, ideas, visibility, seq, origin_uid, origin_action, origin_date, history, number, amount_cents, agenda, "
           "point, outcome, agreed) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)")
        .with(sid, x.id, x.opgave, x.what, x.indicator, party, x.owner, x.deadline, x.budget,
              str(toString(x.status)), joinList(x.koppelkansen), joinList(x.ideas), str(toString(x.visibility)), x.seq,
              x.origin ? x.origin->session : "", x.origin ? x.origin->action : "", x.origin ? x.origin->date : "",
              joinHistory(x.history), x.number, x.amountCents, x.agenda, str(toString(x.point)), str(toString(x.outcome)), x.agreed ? 1 : 0)
        .run();
}
void Repository::put(std::int64_t sid, const Note& x) {
    db_.prepare("INSERT OR REPLACE INTO notes(session_id, id, at, text, kind, visibility, seq, agenda) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .with(sid, x.id, x.at, x.text, str(toString(x.kind)), str(toString(x.visibility)), x.seq, x.agenda).run();
}
void Repository::put(std::int64_t sid, const AgendaItem& x) {
    db_.prepare(
           "INSERT OR REPLACE INTO agenda_items(session_id, id, title, introducer, minutes, kind, opgaven, visibility, started, ended, seq) "
           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .with(sid, x.id, x.title, x.introducer, x.minutes, str(toString(x.kind)), joinList(x.opgaven), str(toString(x.visibility)),
              x.started, x.ended, x.seq)
        .run();
}
void Repository::put(std::int64_t sid, const Turn& x) {
    db_.prepare(
           "INSERT OR REPLACE INTO turns(session_id, id, speaker, role, consent, visit, number, requested, started, ended, agenda, seq) "
           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
        .with(sid, x.id, x.speaker, x.role, x.consent, x.visit, x.number, x.requested, x.started, x.ended, x.agenda, x.seq)
        .run();
}

void Repository::remove(std::int64_t sid, const Participant& x) {
    db_.prepare("DELETE FROM participants WHERE session_id = ?1 AND id = ?2").with(sid, x.id).run();
}
void Repository::remove(std::int64_t sid, const Slider& x) {
    db_.prepare("DELETE FROM sliders WHERE session_id = ?1 AND key = ?2").with(sid, x.key).run();
}
void Repository::remove(std::int64_t sid, const Placement& x) {
    db_.prepare("DELETE FROM placements WHERE session_id = ?1 AND participant = ?2 AND slider = ?3")
        .with(sid, x.participant, x.slider).run();
}
void Repository::remove(std::int64_t sid, const Idea& x) {
    db_.prepare("DELETE FROM ideas WHERE session_id = ?1 AND id = ?2").with(sid, x.id).run();
}
void Repository::remove(std::int64_t sid, const Opgave& x) {
    db_.prepare("DELETE FROM opgaven WHERE session_id = ?1 AND id = ?2").with(sid, x.id).run();
}
void Repository::remove(std::int64_t sid, const Action& x) {
    db_.prepare("DELETE FROM actions WHERE session_id = ?1 AND id = ?2").with(sid, x.id).run();
}
void Repository::remove(std::int64_t sid, const Note& x) {
    db_.prepare("DELETE FROM notes WHERE session_id = ?1 AND id = ?2").with(sid, x.id).run();
}
void Repository::remove(std::int64_t sid, const AgendaItem& x) {
    db_.prepare("DELETE FROM agenda_items WHERE session_id = ?1 AND id = ?2").with(sid, x.id).run();
}
void Repository::remove(std::int64_t sid, const Turn& x) {
    db_.prepare("DELETE FROM turns WHERE session_id = ?1 AND id = ?2").with(sid, x.id).run();
}

std::vector<Session> Repository::meetingsOfWijk(const std::string& wijk, const std::string& date) {
    std::vector<Session> out;
    for (const auto& s : list())  // newest first
        if (s.wijk == wijk && s.date <= date) out.insert(out.begin(), load(s.id));
    return out;
}

std::vector<OpenAnswer> Repository::openAnswersOfWijk(const std::string& wijk, std::int64_t except) {
    auto& st = db_.prepare(
        "SELECT s.uid, s.title, s.date, i.id, i.text, i.visibility, i.response, i.motivation, i.condition, i.due "
        "FROM ideas i JOIN sessions s ON s.id = i.session_id WHERE s.wijk = ?1 AND s.id <> ?2 AND i.hidden = 0 "
        "AND i.response IN ('ooit', 'ja_mits') ORDER BY s.date, s.id, i.seq");
    st.with(wijk, except);
    std::vector<OpenAnswer> out;
    while (st.step()) {
        OpenAnswer a;
        a.session = st.text(0); a.sessionTitle = st.text(1); a.sessionDate = st.text(2);
        a.idea.id = st.text(3); a.idea.text = st.text(4);
        a.idea.visibility = parseOr(st.text(5), Visibility::Closed);
        a.idea.response = {st.text(6), st.text(7), st.text(8), st.text(9)};
        out.push_back(std::move(a));
    }
    st.reset();
    return out;
}

std::vector<Planned> Repository::planned() {
    auto& st = db_.prepare("SELECT id, area, kind, date, owner, note FROM planned ORDER BY date, id");
    std::vector<Planned> out;
    while (st.step()) out.push_back({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    st.reset();
    return out;
}

std::int64_t Repository::addPlanned(const Planned& p) {
    Database::Transaction tx(db_);
    db_.prepare("INSERT INTO planned(area, kind, date, owner, note) VALUES(?1, ?2, ?3, ?4, ?5)")
        .with(p.area, p.kind, p.date, p.owner, p.note)
        .run();
    const std::int64_t id = db_.lastInsertId();
    tx.commit();
    return id;
}

bool Repository::removePlanned(std::int64_t id) {
    Database::Transaction tx(db_);
    db_.prepare("DELETE FROM planned WHERE id = ?1").with(id).run();
    const bool removed = db_.changes() > 0;
    tx.commit();
    return removed;
}

}  // namespace wk::store
