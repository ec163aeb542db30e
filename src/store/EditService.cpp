#include "store/EditService.h"

#include <algorithm>
#include <atomic>
#include <optional>

namespace wk::store {
namespace {
std::atomic<std::uint64_t> g_revisions{0};
}  // namespace

EditService::EditService(Database& db, std::int64_t sessionId)
    : db_(db), repo_(db), session_(repo_.load(sessionId)), revision_(++g_revisions) {}

template <class Write> EditResult EditService::transact(Write write) {
    try {
        Database::Transaction tx(db_);
        write();
        tx.commit();
    } catch (const StoreError& e) {
        return {std::nullopt, e.what()};
    }
    return {};
}

EditResult EditService::store(const std::vector<Command>& batch) {
    // Every step is checked against the session as the steps before it leave it. One command
    // (nearly every edit) needs no copy of the session: that keeps a durable edit cheap.
    std::optional<Session> after;
    if (batch.size() == 1) {
        if (auto p = validate(session_, batch[0])) return {p, {}};
    } else {
        after = session_;
        for (const Command& c : batch) {
            if (auto p = validate(*after, c)) return {p, {}};
            wk::apply(*after, c);
        }
    }
    if (EditResult r = transact([&] {
            for (const Command& c : batch) repo_.write(session_.info.id, c);
        });
        !r.ok())
        return r;
    // Only after the commit: the screen never shows what the disk does not have.
    if (after) session_ = std::move(*after);
    else wk::apply(session_, batch[0]);
    revision_ = ++g_revisions;
    return {};
}

Command EditService::prepared(Command c) const {
    c = normalized(std::move(c));
    // seq 0 means "where it was, or at the end": views need not know the order of hidden items.
    std::visit([&](auto& cmd) {
        using C = std::decay_t<decltype(cmd)>;
        if constexpr (requires { cmd.item.seq; }) {
            using T = decltype(cmd.item);
            if (std::is_same_v<C, Put<T>> && cmd.item.seq == 0) {
                const T* old = find<T>(session_, keyOf(cmd.item));
                cmd.item.seq = old ? old->seq : nextSeq<T>(session_);
            }
        }
    }, c);
    return c;
}

EditResult EditService::submit(Command c) { return submit(std::vector<Command>{std::move(c)}); }

EditResult EditService::submit(std::vector<Command> batch) {
    if (batch.empty()) return {};
    // Inverses are taken step by step (on a scratch copy when there are several), so undo
    // restores exactly.
    std::vector<Command> back;
    if (batch.size() == 1) {
        batch[0] = prepared(std::move(batch[0]));
        back.push_back(inverse(session_, batch[0]));
    } else {
        Session scratch = session_;
        for (Command& c : batch) {
            c = prepared(std::move(c));
            back.push_back(inverse(scratch, c));
            wk::apply(scratch, c);
        }
    }
    std::reverse(back.begin(), back.end());
    EditResult r = store(batch);
    if (!r.ok()) return r;
    undo_.push_back({std::move(batch), std::move(back)});
    if (undo_.size() > kUndoDepth) undo_.pop_front();
    redo_.clear();
    return r;
}

EditResult EditService::undo() {
    if (undo_.empty()) return {Problem{"nothing_to_undo", "undo"}, {}};
    Step step = undo_.back();
    EditResult r = store(step.backward);
    if (!r.ok()) return r;
    undo_.pop_back();
    redo_.push_back(std::move(step));
    return r;
}

EditResult EditService::redo() {
    if (redo_.empty()) return {Problem{"nothing_to_redo", "redo"}, {}};
    Step step = redo_.back();
    EditResult r = store(step.forward);
    if (!r.ok()) return r;
    redo_.pop_back();
    undo_.push_back(std::move(step));
    return r;
}

EditResult EditService::setPhase(Visibility phase) {
    if (EditResult r = transact([&] { repo_.setPhase(session_.info.id, phase); }); !r.ok()) return r;
    session_.info.phase = phase;
    revision_ = ++g_revisions;
    return {};
}

}  // namespace wk::store
