// How the meeting runs: moderation, placing, blind placement, the phase, its facts, the
// bouwstenen and who is there.
#include "domain/Decider.h"

#include <algorithm>

#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"

namespace wk::decider {

Decision Decider::operator()(const SetModeration& c) const {
    SessionInfo info = s_.info;
    info.settings.moderated = c.on;
    return done({SetInfo{info}}, c.on ? "on" : "off");
}

Decision Decider::operator()(const SetResidentPlacing& c) const {
    SessionInfo info = s_.info;
    info.settings.residentsPlace = c.on;
    return done({SetInfo{info}}, c.on ? "on" : "off");
}

Decision Decider::operator()(const SetBlind& c) const {
    SessionInfo info = s_.info;
    info.settings.blind = c.on;
    return done({SetInfo{info}}, c.on ? "on" : "off (everyone shown)");
}

Decision Decider::operator()(const SwitchPhase& c) const {
    SessionInfo info = s_.info;
    info.phase = c.phase;
    if (c.phase == Visibility::Public && info.publicFrom.empty()) info.publicFrom = is_.at;
    return done({SetInfo{info}}, std::string(toString(c.phase)));
}

Decision Decider::operator()(const EditSessionInfo& c) const {
    if (isBlank(c.title)) return refuse("text_empty", "session.title");
    if (hasControlCharacters(c.title)) return refuse("control_characters", "session.title");
    SessionInfo info = s_.info;
    info.title = c.title;
    info.location = c.location;
    info.chair = c.chair;
    info.dossier = c.dossier;
    // The times are checked with the stored rules (validate: SetInfo), as an import's are.
    info.time = c.time;
    info.publicAt = c.publicAt;
    return done({SetInfo{info}}, quote(c.title));
}

Decision Decider::operator()(const RateBouwsteen& c) const {
    if (c.index < 0 || c.index >= static_cast<int>(s_.info.bouwstenen.size())) return refuse("not_found", "bouwsteen");
    if (c.score < 0 || c.score > 5) return refuse("value_range", "bouwsteen.score");
    SessionInfo info = s_.info;
    info.bouwstenen[static_cast<std::size_t>(c.index)] = c.score;
    return done({SetInfo{info}}, "bouwsteen " + std::to_string(c.index + 1) + ": " + std::to_string(c.score));
}

Decision Decider::operator()(const AddParticipant& c) const {
    if (isBlank(c.name) && isBlank(c.role)) return refuse("text_empty", "participant.name");
    if (hasControlCharacters(c.name)) return refuse("control_characters", "participant.name");
    if (auto d = tooLong(c.name, policy_.limits.name, "participant.name")) return *d;
    if (auto d = tooLong(c.organisation, policy_.limits.name, "participant.organisation")) return *d;
    Participant p{newId_('p'), c.name, c.role, c.organisation, c.consent, nextSeq<Participant>(s_)};
    return made({Put<Participant>{p}}, p.id + " " + cleanLine(c.name) + " (" + cleanLine(c.role) + ")",
                p.id + " (" + cleanLine(c.role) + ")", p.id);
}

Decision Decider::operator()(const JoinAsResident&) const {
    if (is_.role == Role::Resident && !s_.info.settings.residentsPlace) return refuse("not_allowed", "placement");
    Participant p{newId_('p'), "", "bewoner", "", false, nextSeq<Participant>(s_)};
    return made({Put<Participant>{p}}, p.id + " (a resident on a phone)", "", p.id);
}

}  // namespace wk::decider
