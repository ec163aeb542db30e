// The wijkactieplan: opgaven and actions, their status and their order.
#include "domain/Decider.h"

#include <algorithm>

#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"

namespace wk::decider {

void Decider::fill(Action& a, const ActionFields& f) {
    a.opgave = f.opgave;
    a.what = f.what;
    a.indicator = f.indicator;
    if (a.party != f.party) a.agreed = false;  // the new party has not said yes yet
    a.party = f.party;
    a.owner = f.owner;
    a.deadline = f.deadline;
    a.budget = f.budget;
    a.amountCents = f.amountCents;
    a.koppelkansen = f.koppelkansen;
    a.visibility = f.visibility;
    if (a.point != f.point) a.outcome = PointOutcome::Open;  // a new question: not yet answered
    a.point = f.point;
}

Decision Decider::operator()(const AddOpgave& c) const {
    if (isBlank(c.title)) return refuse("text_empty", "opgave.title");
    if (hasControlCharacters(c.title)) return refuse("control_characters", "opgave.title");
    Opgave o{newId_('o'), c.title, c.description, nextSeq<Opgave>(s_)};
    return made({Put<Opgave>{o}}, o.id + " " + quote(c.title), "", o.id);
}

Decision Decider::operator()(const EditOpgave& c) const {
    const Opgave* old = find<Opgave>(s_, c.id);
    if (!old) return refuse("not_found", "opgave");
    if (isBlank(c.title)) return refuse("text_empty", "opgave.title");
    if (hasControlCharacters(c.title)) return refuse("control_characters", "opgave.title");
    Opgave o = *old;
    o.title = c.title;
    o.description = c.description;
    return done({Put<Opgave>{o}}, c.id + " " + quote(c.title));
}

Decision Decider::operator()(const RemoveOpgave& c) const {
    const Opgave* old = find<Opgave>(s_, c.id);
    if (!old) return refuse("not_found", "opgave");
    return done({Remove<Opgave>{*old}}, c.id + " " + quote(old->title));
}

Decision Decider::operator()(const AddAction& c) const {
    Action a;
    a.id = newId_('a');
    fill(a, c.fields);
    a.seq = nextSeq<Action>(s_);
    a.number = nextActionNumber(s_);
    a.status = ActionStatus::Gepland;
    setStatus(a, c.fields.status, is_.at);
    return made({Put<Action>{a}}, a.id + " " + quote(a.what), "", a.id);
}

Decision Decider::operator()(const EditAction& c) const {
    const Action* old = find<Action>(s_, c.id);
    if (!old) return refuse("not_found", "action");
    Action a = *old;  // links to ideas, origin and history stay
    fill(a, c.fields);
    a.status = old->status;
    setStatus(a, c.fields.status, is_.at);  // a change of status is dated and kept
    return done({Put<Action>{a}}, c.id + " " + quote(a.what));
}

Decision Decider::operator()(const SetActionStatus& c) const {
    const Action* old = find<Action>(s_, c.id);
    if (!old) return refuse("not_found", "action");
    Action a = *old;
    setStatus(a, c.status, is_.at);
    return done({Put<Action>{a}}, c.id + " " + quote(a.what) + ": " + std::string(toString(c.status)));
}

Decision Decider::operator()(const MoveAction& c) const {
    if (!find<Action>(s_, c.id) || !find<Action>(s_, c.target)) return refuse("not_found", "action");
    auto changes = reorderActions(s_, c.id, c.target);
    if (changes.empty()) return refuse("nothing_to_do", "action");
    return done(std::move(changes), c.id + " to the place of " + c.target);
}

Decision Decider::operator()(const RemoveAction& c) const {
    const Action* old = find<Action>(s_, c.id);
    if (!old) return refuse("not_found", "action");
    return done({Remove<Action>{*old}}, c.id + " " + quote(old->what));
}

Decision Decider::operator()(const AddContributions& c) const {
    if (c.actions.empty() && c.opgaven.empty()) return refuse("nothing_to_do", "contributions");
    std::vector<Change> changes;
    // The opgaven by title: the plan's own, then the new ones the sheet names.
    std::vector<std::pair<std::string, std::string>> byTitle;
    for (const auto& o : s_.opgaven) byTitle.emplace_back(o.title, o.id);
    const auto idOf = [&](const std::string& title) -> std::string {
        for (const auto& [t, id] : byTitle)
            if (t == title) return id;
        return {};
    };
    std::int64_t opgaveSeq = nextSeq<Opgave>(s_);
    const auto ensure = [&](const std::string& title) -> std::optional<Decision> {
        if (title.empty() || !idOf(title).empty()) return std::nullopt;
        if (hasControlCharacters(title)) return refuse("control_characters", "opgave.title");
        Opgave o{newId_('o'), title, "", opgaveSeq++};
        byTitle.emplace_back(o.title, o.id);
        changes.push_back(Put<Opgave>{o});
        return std::nullopt;
    };
    for (const auto& t : c.opgaven)
        if (auto bad = ensure(t)) return *bad;
    std::int64_t seq = nextSeq<Action>(s_);
    int number = nextActionNumber(s_);
    for (const auto& f : c.actions) {
        if (isBlank(f.what)) return refuse("text_empty", "action.what");
        if (auto bad = ensure(f.opgave)) return *bad;
        Action a;
        a.id = newId_('a');
        ActionFields fields = f;
        fields.opgave = idOf(f.opgave);
        fields.party = c.party;  // the sheet is the party's: its rows are its contributions
        fill(a, fields);
        a.seq = seq++;
        a.number = number++;
        setStatus(a, f.status, is_.at);
        changes.push_back(Put<Action>{a});
    }
    if (changes.empty()) return refuse("nothing_to_do", "contributions");  // only opgaven the plan has
    return done(std::move(changes), std::string(toString(c.party)) + ": " + std::to_string(c.actions.size()) + " contribution(s) from " + c.source);
}

Decision Decider::operator()(const ResolvePoint& c) const {
    const Action* old = find<Action>(s_, c.id);
    if (!old) return refuse("not_found", "action");
    if (old->point == PointKind::None) return refuse("not_a_point", "action");
    Action a = *old;
    a.outcome = c.outcome;
    return done({Put<Action>{a}}, c.id + " " + std::string(toString(c.outcome)));
}

Decision Decider::operator()(const AgreeAction& c) const {
    const Action* old = find<Action>(s_, c.id);
    if (!old) return refuse("not_found", "action");
    if (c.agreed && !old->party) return refuse("party_missing", "action");  // agreed with whom?
    if (old->agreed == c.agreed) return refuse("nothing_to_do", "action");
    Action a = *old;
    a.agreed = c.agreed;
    return done({Put<Action>{a}}, c.id + (c.agreed ? " agreed" : " not agreed"));
}

}  // namespace wk::decider
