// The five sliders: placing, the reasons, skipping; residents only when placing is open to them.
#include "domain/Decider.h"

#include <algorithm>

#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"

namespace wk::decider {

// Residents place only when the facilitator opened placing to them, and only for a resident.
P Decider::mayPlace(const std::string& participant, const std::string& slider) const {
    const Participant* who = find<Participant>(s_, participant);
    if (!who) return Problem{"unknown_participant", "placement.participant"};
    if (!find<Slider>(s_, slider)) return Problem{"unknown_slider", "placement.slider"};
    if (is_.role == Role::Resident && (!s_.info.settings.residentsPlace || !isResidentRole(who->role)))
        return Problem{"not_allowed", "placement"};
    return {};
}

Placement Decider::placementOf(const std::string& participant, const std::string& slider) const {
    if (const Placement* p = find<Placement>(s_, participant + '\x1f' + slider)) return *p;
    return Placement{participant, slider, {}, {}, "", nextSeq<Placement>(s_), ""};
}

Decision Decider::operator()(const PlaceSlider& c) const {
    if (auto p = mayPlace(c.participant, c.slider)) return {p, {}, {}, {}, {}};
    Placement pl = placementOf(c.participant, c.slider);
    pl.now = c.now;
    pl.desired = c.desired;
    const auto v = [](const std::optional<int>& x) { return x ? std::to_string(*x) : std::string("-"); };
    return done({Put<Placement>{pl}}, c.participant + " on " + c.slider + ": now " + v(c.now) + ", desired " + v(c.desired));
}

Decision Decider::operator()(const GiveReason& c) const {
    if (auto p = mayPlace(c.participant, c.slider)) return {p, {}, {}, {}, {}};
    Placement pl = placementOf(c.participant, c.slider);
    if (auto d = tooLong(c.reason, policy_.limits.reason, "placement.reason", &pl.reason)) return *d;
    pl.reason = c.reason;
    return done({Put<Placement>{pl}}, c.participant + " on " + c.slider + ": " + quote(c.reason),
                c.participant + " on " + c.slider);
}

Decision Decider::operator()(const SkipSlider& c) const {
    if (auto p = mayPlace(c.participant, c.slider)) return {p, {}, {}, {}, {}};
    Placement pl = placementOf(c.participant, c.slider);
    pl.now.reset();
    pl.desired.reset();
    return done({Put<Placement>{pl}}, c.participant + " on " + c.slider);
}

}  // namespace wk::decider
