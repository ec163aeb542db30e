// Repository, the kiosk's records beside the meetings themselves: residents' phone visits, the
// files its exports wrote, and where each meeting stands with the archive.
#include "store/Repository.h"

#include "domain/Rules.h"
#include "domain/Vocabulary.h"

namespace wk::store {

std::optional<Repository::Visit> Repository::visit(std::int64_t sid, const std::string& id) {
    auto& st = db_.prepare("SELECT address, participant FROM phone_visits WHERE session_id = ?1 AND id = ?2");
    st.with(sid, id);
    std::optional<Visit> out;
    if (st.step()) out = Visit{id, st.text(0), st.text(1), {}};
    st.reset();
    if (!out) return out;
    auto& sup = db_.prepare("SELECT idea FROM visit_supports WHERE session_id = ?1 AND visit = ?2 ORDER BY rowid");
    sup.with(sid, id);
    while (sup.step()) out->supported.push_back(sup.text(0));
    sup.reset();
    return out;
}

int Repository::visitCount(std::int64_t sid, const std::string& address) {
    auto& count = db_.prepare("SELECT count(*) FROM phone_visits WHERE session_id = ?1 AND address = ?2");
    count.with(sid, address).step();
    const auto n = static_cast<int>(count.integer(0));
    count.reset();
    return n;
}

bool Repository::addVisit(std::int64_t sid, const std::string& id, const std::string& address, const std::string& at, int cap) {
    Database::Transaction tx(db_);
    if (visitCount(sid, address) >= cap) return false;
    db_.prepare("INSERT INTO phone_visits(session_id, id, address, created) VALUES(?1, ?2, ?3, ?4)").with(sid, id, address, at).run();
    tx.commit();
    return true;
}

void Repository::addVisitSupport(const Tx&, std::int64_t sid, const std::string& visit, const std::string& idea) {
    // The primary key refuses a second support of one idea by one visit: the edit rolls back.
    db_.prepare("INSERT INTO visit_supports(session_id, visit, idea) VALUES(?1, ?2, ?3)").with(sid, visit, idea).run();
}

void Repository::setVisitParticipant(const Tx&, std::int64_t sid, const std::string& visit, const std::string& participant) {
    db_.prepare("UPDATE phone_visits SET participant = ?3 WHERE session_id = ?1 AND id = ?2").with(sid, visit, participant).run();
}

bool Repository::exportedHere(const FileStamp& f) {
    auto& st = db_.prepare("SELECT 1 FROM exported_files WHERE dev = ?1 AND ino = ?2 AND size = ?3 AND mtime_ns = ?4");
    const bool found = st.with(f.dev, f.ino, f.size, f.mtimeNs).step();
    st.reset();
    return found;
}

void Repository::rememberExport(const FileStamp& f, const std::string& path, const std::string& at) {
    Database::Transaction tx(db_);
    db_.prepare("INSERT OR REPLACE INTO exported_files(dev, ino, size, mtime_ns, path, at) VALUES(?1, ?2, ?3, ?4, ?5, ?6)")
        .with(f.dev, f.ino, f.size, f.mtimeNs, path, at)
        .run();
    tx.commit();
}

Repository::ArchiveMark Repository::archiveMark(std::int64_t sid) {
    auto& st = db_.prepare("SELECT revision, refused_seq FROM archive_state WHERE session_id = ?1");
    ArchiveMark m;
    if (st.with(sid).step()) m = {st.integer(0), st.integer(1)};
    st.reset();
    return m;
}

void Repository::setArchiveMark(const Tx&, std::int64_t sid, const ArchiveMark& m) {
    db_.prepare("INSERT INTO archive_state(session_id, revision, refused_seq) VALUES(?1, ?2, ?3) "
                "ON CONFLICT(session_id) DO UPDATE SET revision = excluded.revision, refused_seq = excluded.refused_seq")
        .with(sid, m.revision, m.refusedSeq)
        .run();
}

bool Repository::replace(std::int64_t sid, const Session& s, const LogEntry& log, const ArchiveMark& mark, std::optional<std::int64_t> ifHead) {
    Database::Transaction tx(db_);
    if (ifHead) {
        auto& head = db_.prepare("SELECT coalesce(max(seq), 0) FROM edit_log WHERE session_id = ?1");
        head.with(sid).step();
        const std::int64_t now = head.integer(0);
        head.reset();
        if (now != *ifHead) return false;  // rolled back: nothing changed
    }
    rewrite(sid, s);
    appendLog(tx, sid, log, "session");
    setArchiveMark(tx, sid, mark);
    tx.commit();
    return true;
}

void Repository::deleteContent(std::int64_t sid) {
    for (const char* sql : {"DELETE FROM participants WHERE session_id = ?1", "DELETE FROM sliders WHERE session_id = ?1",
                            "DELETE FROM placements WHERE session_id = ?1", "DELETE FROM ideas WHERE session_id = ?1",
                            "DELETE FROM opgaven WHERE session_id = ?1", "DELETE FROM actions WHERE session_id = ?1",
                            "DELETE FROM notes WHERE session_id = ?1", "DELETE FROM agenda_items WHERE session_id = ?1",
                            "DELETE FROM turns WHERE session_id = ?1", "DELETE FROM check_ins WHERE session_id = ?1",
                            "DELETE FROM polls WHERE session_id = ?1", "DELETE FROM poll_answers WHERE session_id = ?1",
                            "DELETE FROM earlier_ideas WHERE session_id = ?1"})
        db_.prepare(sql).with(sid).run();
}

void Repository::putContent(std::int64_t sid, const Session& s) {
    for (const auto& x : s.participants) put(sid, x);
    for (const auto& x : s.sliders) put(sid, x);
    for (const auto& x : s.placements) put(sid, x);
    for (const auto& x : s.ideas) put(sid, x);
    for (const auto& x : s.opgaven) put(sid, x);
    // Every stored action has its number; a session made in code may not have given them yet.
    Session numbered;
    numbered.opgaven = s.opgaven;
    numbered.actions = s.actions;
    numberActions(numbered);
    for (const auto& x : numbered.actions) put(sid, x);
    for (const auto& x : s.notes) put(sid, x);
    for (const auto& x : s.agenda) put(sid, x);
    for (const auto& x : s.turns) put(sid, x);
    for (const auto& x : s.checkIns) put(sid, x);
    for (const auto& x : s.earlier) put(sid, x);
    for (const auto& x : s.polls) put(sid, x);
    for (const auto& x : s.answers) put(sid, x);
}

void Repository::rewrite(std::int64_t sid, const Session& s) {
    deleteContent(sid);
    updateInfo(sid, s.info);
    putContent(sid, s);
}

bool Repository::removeMeeting(std::int64_t sid, const std::string& at, const std::string& role) {
    Database::Transaction tx(db_);
    if (!exists(sid)) return false;
    const Session s = load(sid);
    if (!isRemovable(s)) return false;  // another writer brought something in meanwhile
    db_.prepare("INSERT INTO removed_meetings(uid, type, wijk, date, title, removed_at, role) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .with(s.info.uid, std::string(toString(s.info.type)), s.info.wijk, s.info.date, s.info.title, at, role)
        .run();
    deleteContent(sid);
    for (const char* sql : {"DELETE FROM id_counters WHERE session_id = ?1", "DELETE FROM edit_log WHERE session_id = ?1",
                            "DELETE FROM phone_visits WHERE session_id = ?1", "DELETE FROM visit_supports WHERE session_id = ?1",
                            "DELETE FROM archive_state WHERE session_id = ?1", "DELETE FROM sessions WHERE id = ?1"})
        db_.prepare(sql).with(sid).run();
    tx.commit();
    return true;
}

std::vector<Repository::Removed> Repository::removedMeetings() {
    auto& st = db_.prepare("SELECT uid, type, wijk, date, title, removed_at, role, sent FROM removed_meetings ORDER BY rowid");
    std::vector<Removed> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.integer(7) != 0});
    st.reset();
    return out;
}

void Repository::markRemovalSent(const std::string& uid) {
    Database::Transaction tx(db_);
    db_.prepare("UPDATE removed_meetings SET sent = 1 WHERE uid = ?1").with(uid).run();
    tx.commit();
}

}  // namespace wk::store
