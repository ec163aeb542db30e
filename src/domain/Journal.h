// What the last edits did to a session's ideas, for the views that derive something from all of
// them (the public view, the wall's order, the search index, the word cloud): with it they bring
// what they made up to date with the ideas an edit touched, instead of walking 100,000 ideas again.
#pragma once
#include <cstdint>
#include <deque>
#include <optional>
#include <vector>

#include "domain/Change.h"

namespace wk {

class ChangeJournal {
public:
    // One idea before and after an edit (none before: new; none after: removed).
    struct IdeaChange {
        std::optional<Idea> before, after;
    };
    // The session was read whole (opened, or another writer's commit picked up): what was
    // derived before `revision` must be made again.
    void reset(std::uint64_t revision);
    // `changes`, about to be applied to `before`, become `revision`.
    void record(std::uint64_t revision, const Session& before, const std::vector<Change>& changes);
    // The idea changes after `revision` up to now, oldest first; none when something else
    // changed since (or it is too long ago, or before a reset): then derive it all again.
    std::optional<std::vector<const IdeaChange*>> ideasSince(std::uint64_t revision) const;

    static constexpr std::size_t kKept = 64;

private:
    struct Entry {
        std::uint64_t revision = 0;
        bool onlyIdeas = true;
        std::vector<IdeaChange> ideas;
    };
    std::uint64_t base_ = 0;  // what was derived at this revision or later can be brought up to date
    std::deque<Entry> entries_;
};

// Whether the public may see an idea at all (visibleTo's test): a change across it makes the
// public view anew.
bool shownPublicly(const Idea&);
// Whether a change of one idea leaves what the word cloud counts as it was (its text, whether
// it is shown and to whom).
bool sameForCloud(const ChangeJournal::IdeaChange&);

}  // namespace wk
