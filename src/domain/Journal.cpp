#include "domain/Journal.h"

namespace wk {

void ChangeJournal::reset(std::uint64_t revision) {
    base_ = revision;
    entries_.clear();
}

void ChangeJournal::record(std::uint64_t revision, const Session& before, const std::vector<Change>& changes) {
    Entry e;
    e.revision = revision;
    for (const Change& c : changes) {
        if (const auto* put = std::get_if<Put<Idea>>(&c)) {
            const Idea* was = find<Idea>(before, put->item.id);
            e.ideas.push_back({was ? std::optional<Idea>(*was) : std::nullopt, put->item});
        } else if (const auto* removed = std::get_if<Remove<Idea>>(&c)) {
            const Idea* was = find<Idea>(before, removed->item.id);
            e.ideas.push_back({was ? std::optional<Idea>(*was) : std::nullopt, std::nullopt});
        } else {
            e.onlyIdeas = false;
        }
    }
    // Two changes of one idea in one edit: the later one's "before" is not the session's.
    for (std::size_t a = 0; a < e.ideas.size(); ++a)
        for (std::size_t b = a + 1; b < e.ideas.size(); ++b) {
            const auto& x = e.ideas[a].before ? e.ideas[a].before->id : e.ideas[a].after->id;
            const auto& y = e.ideas[b].before ? e.ideas[b].before->id : e.ideas[b].after->id;
            if (x == y) e.onlyIdeas = false;
        }
    entries_.push_back(std::move(e));
    while (entries_.size() > kKept) {
        base_ = entries_.front().revision;
        entries_.pop_front();
    }
}

std::optional<std::vector<const ChangeJournal::IdeaChange*>> ChangeJournal::ideasSince(std::uint64_t revision) const {
    if (revision < base_) return std::nullopt;
    std::vector<const IdeaChange*> out;
    for (const Entry& e : entries_) {
        if (e.revision <= revision) continue;
        if (!e.onlyIdeas) return std::nullopt;
        for (const auto& i : e.ideas) out.push_back(&i);
    }
    return out;
}

bool shownPublicly(const Idea& i) { return i.visibility == Visibility::Public && !i.hidden && !i.pending; }

bool sameForCloud(const ChangeJournal::IdeaChange& c) {
    if (!c.before || !c.after) return false;
    const Idea &a = *c.before, &b = *c.after;
    return a.text == b.text && a.hidden == b.hidden && a.pending == b.pending && a.visibility == b.visibility;
}

}  // namespace wk
