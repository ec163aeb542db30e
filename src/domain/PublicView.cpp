#include "domain/PublicView.h"

#include <algorithm>

#include "domain/Purge.h"
#include "domain/Rules.h"

namespace wk {

bool namesWithoutConsent(const Idea& i) { return !i.consent && !i.author.empty(); }

const Session& PublicView::of(const Session& full, std::uint64_t revision, const ChangeJournal* journal) {
    if (revision_ && *revision_ == revision) return shown_;
    const auto changes = journal && revision_ ? journal->ideasSince(*revision_) : std::nullopt;
    if (!changes || !update(full, *changes)) rebuild(full);
    revision_ = revision;
    return shown_;
}

void PublicView::rebuild(const Session& full) {
    shown_ = visibleTo(full, Audience::Public);
    scrubber_ = std::make_unique<NameScrubber>(unnamedIn(full), false);
    at_.clear();
    at_.reserve(shown_.ideas.size());
    for (std::size_t k = 0; k < shown_.ideas.size(); ++k) at_[shown_.ideas[k].id] = k;
}

bool PublicView::update(const Session& full, const std::vector<const ChangeJournal::IdeaChange*>& changes) {
    const auto referencedByAction = [&](const std::string& id) {
        return std::any_of(full.actions.begin(), full.actions.end(), [&](const Action& a) {
            return std::find(a.ideas.begin(), a.ideas.end(), id) != a.ideas.end();
        });
    };
    for (const auto* c : changes) {
        const Idea* before = c->before ? &*c->before : nullptr;
        const Idea* after = c->after ? &*c->after : nullptr;
        const std::string& id = before ? before->id : after->id;
        // The names kept out of public text stay those of the rebuild: only the journal's idea
        // changes come here, and none of them may name someone new.
        const bool namesBefore = before && namesWithoutConsent(*before), namesAfter = after && namesWithoutConsent(*after);
        if (namesBefore != namesAfter || (namesBefore && before->author != after->author)) return false;
        const auto was = at_.find(id);
        std::optional<Idea> now = after ? publicIdea(*after, shown_, *scrubber_) : std::nullopt;
        if (was != at_.end() && now) {
            shown_.ideas[was->second] = std::move(*now);
        } else if (was == at_.end() && !now) {
            if (referencedByAction(id)) return false;  // an action's quote of it decides what the public sees
        } else if (was == at_.end() && now && !before && !full.ideas.empty() && full.ideas.back().id == id) {
            at_[id] = shown_.ideas.size();  // new, and last in the session: last in the view too
            shown_.ideas.push_back(std::move(*now));
        } else {
            return false;  // hidden, shown again, removed: made whole
        }
    }
    return true;
}

std::optional<Idea> publicIdea(Idea i, const Session& shown, const NameScrubber& scrub) {
    if (!shownPublicly(i)) return std::nullopt;
    i.contact.clear();
    if (!i.consent) i.author.clear();
    if (!i.agenda.empty() && !std::any_of(shown.agenda.begin(), shown.agenda.end(), [&](const AgendaItem& g) { return g.id == i.agenda; }))
        i.agenda.clear();
    if (!scrub.empty()) {
        if (!i.response.motivation.empty()) i.response.motivation = scrub(i.response.motivation);
        if (!i.response.condition.empty()) i.response.condition = scrub(i.response.condition);
    }
    return i;
}

}  // namespace wk
