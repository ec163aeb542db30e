#include "service/EditService.h"

#include "domain/Polls.h"

#include <atomic>

#include "service/Voice.h"

namespace wk::service {
namespace {
std::atomic<std::uint64_t> g_revisions{0};

std::string keysOf(const std::vector<Change>& changes) {
    std::string keys;
    for (const auto& c : changes) keys += (keys.empty() ? "" : " ") + touchedKey(c);
    return keys;
}
}  // namespace

EditService::EditService(store::Database& db, std::int64_t sessionId, Policy policy)
    : db_(db), repo_(db), session_(repo_.load(sessionId)), policy_(std::move(policy)), revision_(++g_revisions), dataVersion_(db.dataVersion()) {
    journal_.reset(revision_);
}

void EditService::catchUp() {
    const std::int64_t v = db_.dataVersion();
    if (v == dataVersion_) return;
    dataVersion_ = v;
    session_ = repo_.load(session_.info.id);
    revision_ = ++g_revisions;
    journal_.reset(revision_);
}

bool EditService::refresh() {
    try {
        if (db_.dataVersion() == dataVersion_) return false;
        const std::uint64_t before = revision_;
        catchUp();
        return revision_ != before;
    } catch (const store::StoreError&) {
        return false;  // the next edit will say what is wrong with the disk
    }
}

std::vector<Delta> EditService::write(const store::Repository::Tx& tx, const std::vector<Change>& changes,
                                      const store::Repository::LogEntry& log) {
    std::vector<Delta> deltas = deltasOf(session_, changes);
    for (const Change& c : changes) repo_.write(tx, session_.info.id, c);
    repo_.appendLog(tx, session_.info.id, log, keysOf(changes));
    return deltas;
}

void EditService::applyCommitted(const std::vector<Change>& changes) {
    // Only after the commit: the screen never shows what the disk does not have.
    const std::uint64_t next = ++g_revisions;
    journal_.record(next, session_, changes);
    for (const Change& c : changes) wk::apply(session_, c);
    revision_ = next;
    // dataVersion_ stays as catchUp read it inside the transaction: our own commit does not move
    // it, and another writer's commit after ours must still be picked up.
}

EditResult EditService::writeOne(const store::Repository::Tx& tx, const Issued& issued, const Alongside& alongside, Written& out) {
    Decision d = decide(session_, issued, [&](char prefix) { return repo_.nextId(tx, session_.info.id, prefix); }, policy_);
    if (d.problem) return {d.problem, {}, {}};
    out.deltas = write(tx, d.changes, {issued.at, std::string(toString(issued.role)), std::string(commandName(issued.intent)),
                                       d.summary, d.anonSummary});
    if (alongside) alongside(repo_, tx, d.createdId);
    // A poll's secret for its answers' pseudonyms lives exactly as long as the poll is open:
    // made as it opens (a poll, a statement put up, an evaluation), dropped as it closes.
    for (const Change& c : d.changes)
        if (const auto* put = std::get_if<Put<Poll>>(&c)) {
            const Poll* before = find<Poll>(session_, put->item.id);
            if (isOpen(put->item) && !(before && isOpen(*before))) repo_.setPollSecret(tx, session_.info.id, put->item.id, randomHex(32));
            if (!put->item.closed.empty() && before && isOpen(*before)) {
                repo_.dropPollSecret(tx, session_.info.id, put->item.id);
                out.closesPoll = true;
            }
        }
    out.changes = std::move(d.changes);
    return {std::nullopt, {}, d.createdId};
}

void EditService::afterCommit(const Issued& issued, Written& w) {
    // The closed poll's answers and secret out of the write-ahead log too, as far as no reader
    // holds it (secure_delete has overwritten them in the database itself).
    if (w.closesPoll) try {
            db_.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const store::StoreError&) {
        }
    // Undo is the facilitator's: a resident's, a phone's or the system's input is never taken
    // back by it (hiding or merging it are the facilitator's own, undoable, steps).
    if (issued.role == Role::Facilitator && isUndoable(issued.intent)) {
        undo_.push_back({std::string(commandName(issued.intent)), std::move(w.deltas)});
        if (undo_.size() > kUndoDepth) undo_.pop_front();
        redo_.clear();
    }
}

EditResult EditService::submit(const Issued& issued, const Alongside& alongside) {
    EditResult result;
    Written w;
    try {
        // BEGIN IMMEDIATE: another writer's transaction is waited for, not failed on.
        store::Database::Transaction tx(db_);
        catchUp();
        result = writeOne(tx, issued, alongside, w);
        if (result.problem) return result;
        if (failNext_) {
            failNext_ = false;
            throw store::StoreError(store::StoreError::Kind::DiskFull, "the disk refused the write (fail-next-save)");
        }
        tx.commit();
    } catch (const store::StoreError& e) {
        if (e.kind == store::StoreError::Kind::Corrupt) db_.markDamaged();  // SQLite saw it: for good
        return {std::nullopt, e.what(), {}};
    }
    applyCommitted(w.changes);
    afterCommit(issued, w);
    return result;
}

void EditService::groupFailed(std::vector<Grouped*>& group, const std::string& why) {
    for (Grouped* g : group)  // those refused keep their reason; none of the others is stored
        if (g->result.ok()) g->result = {std::nullopt, why, {}};
    try {
        session_ = repo_.load(session_.info.id);
        dataVersion_ = db_.dataVersion();
    } catch (...) {
        dataVersion_ = -1;  // read again before the next edit, whatever the disk says then
    }
    revision_ = ++g_revisions;
    journal_.reset(revision_);
}

void EditService::submitGroup(std::vector<Grouped*>& group) {
    // One transaction, one fsync, for edits that arrived together. Each is decided on the session
    // with the group's earlier ones in it (two supports of one idea count twice), so each is
    // applied as it is written; a savepoint lets one be refused or fail alone. Nobody hears an
    // answer before the commit, and should the commit fail the session is read again from the
    // disk: what was applied and not stored is gone from it.
    std::vector<Written> written(group.size());
    try {
        store::Database::Transaction tx(db_);
        catchUp();
        for (std::size_t k = 0; k < group.size(); ++k) {
            Grouped& g = *group[k];
            db_.exec("SAVEPOINT wk_grouped");
            try {
                g.result = writeOne(tx, g.issued, g.alongside, written[k]);
                db_.exec(g.result.problem ? "ROLLBACK TO wk_grouped; RELEASE wk_grouped" : "RELEASE wk_grouped");
            } catch (const store::StoreError& e) {
                if (e.kind == store::StoreError::Kind::Corrupt) throw;  // the whole group: the file is not sound
                db_.exec("ROLLBACK TO wk_grouped; RELEASE wk_grouped");
                g.result = {std::nullopt, e.what(), {}};
            }
            if (g.result.ok()) applyCommitted(written[k].changes);
        }
        if (failNext_) {
            failNext_ = false;
            throw store::StoreError(store::StoreError::Kind::DiskFull, "the disk refused the write (fail-next-save)");
        }
        tx.commit();
    } catch (const std::exception& e) {  // the disk's refusal, or anything else: rolled back
        if (const auto* se = dynamic_cast<const store::StoreError*>(&e); se && se->kind == store::StoreError::Kind::Corrupt) db_.markDamaged();
        groupFailed(group, e.what());
        return;
    } catch (...) {
        groupFailed(group, "not saved");
        return;
    }
    for (std::size_t k = 0; k < group.size(); ++k)
        if (group[k]->result.ok()) afterCommit(group[k]->issued, written[k]);
}

EditResult EditService::replay(std::deque<Step>& from, std::deque<Step>& to, const char* command, Role role,
                               const std::string& at) {
    if (from.empty()) return {Problem{std::string("nothing_to_") + command, command}, {}, {}};
    const Step& step = from.back();
    std::vector<Change> changes;
    std::vector<Delta> deltas;
    try {
        store::Database::Transaction tx(db_);
        catchUp();
        Reverted r = revert(session_, step.deltas);
        if (r.problem) return {r.problem, {}, {}};
        // The stored rules hold for an undo too (an idea an action now points at stays).
        for (const Change& c : r.changes)
            if (auto p = validate(session_, c)) return {p, {}, {}};
        deltas = write(tx, r.changes, {at, std::string(toString(role)), command, step.name, ""});
        tx.commit();
        changes = std::move(r.changes);
    } catch (const store::StoreError& e) {
        return {std::nullopt, e.what(), {}};
    }
    applyCommitted(changes);
    to.push_back({step.name, std::move(deltas)});
    from.pop_back();
    return {};
}

EditResult EditService::undo(Role role, const std::string& at) { return replay(undo_, redo_, "undo", role, at); }
EditResult EditService::redo(Role role, const std::string& at) { return replay(redo_, undo_, "redo", role, at); }

}  // namespace wk::service
