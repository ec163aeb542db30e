// The one place edits happen: validate a command, store it in one SQLite transaction, apply it
// to the in-memory session, and keep its inverse for undo. Views only ever send commands here.
#pragma once
#include <cstdint>
#include <deque>
#include <optional>
#include <string>

#include "domain/Edit.h"
#include "store/Repository.h"

namespace wk::store {

struct EditResult {
    std::optional<Problem> problem;  // refused by the rules; nothing changed
    std::string storeError;          // the disk said no; nothing changed either
    bool ok() const { return !problem && storeError.empty(); }
};

class EditService {
public:
    EditService(Database& db, std::int64_t sessionId);

    const Session& session() const { return session_; }
    // Changes with every edit, and differs between any two sessions opened in this process, so
    // views can cache what they derive from the session by this number alone.
    std::uint64_t revision() const { return revision_; }

    EditResult submit(Command c);
    // Several commands as one edit: all stored in one transaction or none, undone in one step
    // (merging two ideas changes both).
    EditResult submit(std::vector<Command> batch);
    bool canUndo() const { return !undo_.empty(); }
    bool canRedo() const { return !redo_.empty(); }
    EditResult undo();
    EditResult redo();
    // Switches the live phase: stored at once, outside the undo history.
    EditResult setPhase(Visibility phase);

    static constexpr std::size_t kUndoDepth = 200;

private:
    struct Step { std::vector<Command> forward, backward; };  // backward in the order to apply
    EditResult store(const std::vector<Command>& batch);  // validate, write, apply; no history
    Command prepared(Command c) const;  // cleaned, with its place in the list filled in
    // Runs `write` in one transaction; a disk that says no becomes the result's storeError.
    template <class Write> EditResult transact(Write write);

    Database& db_;
    Repository repo_;
    Session session_;
    std::uint64_t revision_;
    std::deque<Step> undo_, redo_;
};

}  // namespace wk::store
