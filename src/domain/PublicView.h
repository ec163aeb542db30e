// The public's view of a session (visibleTo's), kept up to date edit by edit: an idea supported,
// answered or added changes that one idea in it, not a copy of 100,000. Whatever an incremental
// step cannot give exactly as visibleTo would (a name's consent, an idea hidden, anything but
// ideas) makes it whole again.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/Journal.h"
#include "domain/Purge.h"
#include "domain/Types.h"

namespace wk {

class PublicView {
public:
    // The view of `full` at `revision`; `journal` (may be null) says what changed since the last.
    const Session& of(const Session& full, std::uint64_t revision, const ChangeJournal* journal);

private:
    bool update(const Session& full, const std::vector<const ChangeJournal::IdeaChange*>& changes);
    void rebuild(const Session& full);

    Session shown_;
    std::optional<std::uint64_t> revision_;
    std::unordered_map<std::string, std::size_t> at_;  // an idea's place in shown_.ideas
    std::unique_ptr<NameScrubber> scrubber_;           // the rebuild's names without consent
};

// The public's copy of one idea, as visibleTo makes it (`shown`: the public view so far, for its
// agenda; `scrub`: the names of residents without consent); none when the public may not see it.
std::optional<Idea> publicIdea(Idea i, const Session& shown, const NameScrubber& scrub);
// Whether an idea adds a name to those the public text must not show.
bool namesWithoutConsent(const Idea& i);

}  // namespace wk
