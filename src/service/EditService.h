// The one place edits happen. An intent comes in with its role and time; inside one SQLite write
// transaction the service picks up what other writers committed, takes new ids from the
// database, lets the domain decide, writes the changes and the edit log entry, and commits; only
// then does the session in memory change. Undo takes back the facilitator's own steps (and only
// those: never a resident's or a phone's input) as the inverse of what they did, keeping what
// others did since.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/History.h"
#include "domain/Intent.h"
#include "domain/Journal.h"
#include "domain/Policy.h"
#include "store/Repository.h"

namespace wk::service {

struct EditResult {
    std::optional<Problem> problem;  // refused by the rules; nothing changed
    std::string storeError;          // the disk said no; nothing changed either
    std::string createdId;           // the new entity's id, when the intent made one
    bool ok() const { return !problem && storeError.empty(); }
};

class EditService {
public:
    // `policy`: the limits and themes every new input keeps to, the same at every door.
    EditService(store::Database& db, std::int64_t sessionId, Policy policy = {});

    const Session& session() const { return session_; }
    // Changes with every edit (also another writer's, once picked up), and differs between any two
    // sessions opened in this process, so views can cache what they derive by this number alone.
    std::uint64_t revision() const { return revision_; }
    // What the last edits did to the ideas, for views that keep what they derived up to date.
    const ChangeJournal& journal() const { return journal_; }

    // `alongside`, when given, writes what belongs with the edit (a phone visit's support) in
    // the same transaction, after the edit's own rows, with the new entity's id: both are
    // stored, or neither.
    using Alongside = std::function<void(store::Repository&, const store::Repository::Tx&, const std::string& createdId)>;
    EditResult submit(const Issued& issued, const Alongside& alongside = {});
    // Edits that arrived together (phones at once), written in one transaction with one fsync;
    // each gets its own result, as submit would give it, and is applied only if it is stored.
    struct Grouped {
        Issued issued;
        Alongside alongside;
        EditResult result;
    };
    void submitGroup(std::vector<Grouped*>& group);
    bool canUndo() const { return !undo_.empty(); }
    bool canRedo() const { return !redo_.empty(); }
    // The command the next undo or redo takes back ("merge"), for the button to say so.
    std::string undoName() const { return undo_.empty() ? "" : undo_.back().name; }
    std::string redoName() const { return redo_.empty() ? "" : redo_.back().name; }
    EditResult undo(Role role, const std::string& at);
    EditResult redo(Role role, const std::string& at);

    // Picks up what other writers (a second kiosk, the phone server) committed since; true when
    // the session changed. Cheap when nothing did: one PRAGMA.
    bool refresh();

    static constexpr std::size_t kUndoDepth = 200;
    // For scripts (replay's `fail-next-save`): the next edit fails as a refusing disk would,
    // rolled back, so a test can show what the person typed is still there.
    void failNextCommit() { failNext_ = true; }

private:
    struct Step {
        std::string name;  // the intent's command name
        std::vector<Delta> deltas;
    };
    // Writes `changes` and their log entry in the caller's transaction; returns what they did.
    std::vector<Delta> write(const store::Repository::Tx& tx, const std::vector<Change>& changes, const store::Repository::LogEntry& log);
    // One edit inside the caller's transaction: decided, written with its log entry and what goes
    // alongside; then, once committed, what follows it (a checkpoint, the undo step).
    struct Written {
        std::vector<Change> changes;
        std::vector<Delta> deltas;
        bool closesPoll = false;
    };
    EditResult writeOne(const store::Repository::Tx& tx, const Issued& issued, const Alongside& alongside, Written& out);
    void afterCommit(const Issued& issued, Written& w);
    // A group rolled back: every member not refused hears `why`; the session is the disk's again.
    void groupFailed(std::vector<Grouped*>& group, const std::string& why);
    // Inside the write transaction: reloads the session when another connection committed.
    void catchUp();
    EditResult replay(std::deque<Step>& from, std::deque<Step>& to, const char* command, Role role, const std::string& at);
    void applyCommitted(const std::vector<Change>& changes);

    store::Database& db_;
    store::Repository repo_;
    Session session_;
    Policy policy_;
    std::uint64_t revision_;
    ChangeJournal journal_;
    std::int64_t dataVersion_ = 0;
    std::deque<Step> undo_, redo_;
    bool failNext_ = false;
};

}  // namespace wk::service
