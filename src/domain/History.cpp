#include "domain/History.h"

#include <algorithm>
#include <tuple>

namespace wk {
namespace {

// Each entity's fields that a step may change, as accessors (the key is never changed).
#define WK_F(name) [](auto& x) -> auto& { return x.name; }
const auto kParticipant = std::make_tuple(WK_F(name), WK_F(role), WK_F(organisation), WK_F(consent), WK_F(seq));
const auto kSlider = std::make_tuple(WK_F(label), WK_F(top), WK_F(seq));
const auto kPlacement = std::make_tuple(WK_F(now), WK_F(desired), WK_F(reason), WK_F(seq), WK_F(agenda));
// An idea's votes are counted apart (see mergeBack): supports added since are kept.
const auto kIdea = std::make_tuple(WK_F(text), WK_F(theme), WK_F(author), WK_F(contact), WK_F(consent), WK_F(visibility),
                                   WK_F(map), WK_F(response), WK_F(created), WK_F(hidden), WK_F(hiddenReason),
                                   WK_F(pending), WK_F(seq), WK_F(agenda), WK_F(number), WK_F(mergedInto));
const auto kOpgave = std::make_tuple(WK_F(title), WK_F(description), WK_F(seq));
const auto kAction = std::make_tuple(WK_F(opgave), WK_F(what), WK_F(indicator), WK_F(party), WK_F(owner), WK_F(deadline),
                                     WK_F(budget), WK_F(status), WK_F(koppelkansen), WK_F(ideas), WK_F(visibility),
                                     WK_F(origin), WK_F(history), WK_F(seq), WK_F(number), WK_F(amountCents),
                                     WK_F(agenda), WK_F(point), WK_F(outcome), WK_F(agreed));
const auto kNote = std::make_tuple(WK_F(at), WK_F(text), WK_F(kind), WK_F(visibility), WK_F(seq), WK_F(agenda));
const auto kAgenda = std::make_tuple(WK_F(title), WK_F(introducer), WK_F(minutes), WK_F(kind), WK_F(opgaven),
                                     WK_F(visibility), WK_F(started), WK_F(ended), WK_F(seq));
const auto kTurn = std::make_tuple(WK_F(speaker), WK_F(role), WK_F(consent), WK_F(visit), WK_F(number),
                                   WK_F(requested), WK_F(started), WK_F(ended), WK_F(agenda), WK_F(seq));
// Counted apart like an idea's votes: a support undone keeps the supports given since.
const auto kEarlier = std::make_tuple(WK_F(number), WK_F(text), WK_F(theme), WK_F(response), WK_F(votesThen), WK_F(from), WK_F(origin),
                                      WK_F(seq));
const auto kCheckIn = std::make_tuple(WK_F(kind), WK_F(channel), WK_F(name), WK_F(visit), WK_F(at), WK_F(seq));
const auto kPoll = std::make_tuple(WK_F(question), WK_F(kind), WK_F(options), WK_F(total), WK_F(maxChoices), WK_F(visibility),
                                   WK_F(live), WK_F(opened), WK_F(closed), WK_F(adopted), WK_F(phoneAnswers), WK_F(kioskAnswers),
                                   WK_F(paper), WK_F(paperAnswers), WK_F(result), WK_F(agenda), WK_F(seq), WK_F(evaluation));
const auto kAnswer = std::make_tuple(WK_F(channel), WK_F(values), WK_F(seq), WK_F(text), WK_F(pending));
const auto kInfo = std::make_tuple(WK_F(type), WK_F(title), WK_F(wijk), WK_F(date), WK_F(location), WK_F(chair),
                                   WK_F(scheme), WK_F(phase), WK_F(uid), WK_F(settings.moderated),
                                   WK_F(settings.residentsPlace), WK_F(settings.blind), WK_F(dossier), WK_F(publicFrom), WK_F(time), WK_F(publicAt), WK_F(preparing), WK_F(headCount), WK_F(hiddenWords), WK_F(ideaPrefix), WK_F(adopted),
                                   // each rating on its own: undoing one keeps another rated since
                                   WK_F(bouwstenen[0]), WK_F(bouwstenen[1]), WK_F(bouwstenen[2]), WK_F(bouwstenen[3]),
                                   WK_F(bouwstenen[4]), WK_F(bouwstenen[5]), WK_F(bouwstenen[6]));
#undef WK_F

const auto& fieldsOf(const Participant*) { return kParticipant; }
const auto& fieldsOf(const Slider*) { return kSlider; }
const auto& fieldsOf(const Placement*) { return kPlacement; }
const auto& fieldsOf(const Idea*) { return kIdea; }
const auto& fieldsOf(const Opgave*) { return kOpgave; }
const auto& fieldsOf(const Action*) { return kAction; }
const auto& fieldsOf(const Note*) { return kNote; }
const auto& fieldsOf(const AgendaItem*) { return kAgenda; }
const auto& fieldsOf(const Turn*) { return kTurn; }
const auto& fieldsOf(const CheckIn*) { return kCheckIn; }
const auto& fieldsOf(const EarlierIdea*) { return kEarlier; }
const auto& fieldsOf(const Poll*) { return kPoll; }
const auto& fieldsOf(const PollAnswer*) { return kAnswer; }
const auto& fieldsOf(const SessionInfo*) { return kInfo; }

// Three-way: a field the step left alone keeps its value now; a field it changed goes back,
// unless someone changed it again since.
template <class T> std::optional<T> mergeBack(const T& before, const T& after, const T& now) {
    T out = now;
    bool ok = true;
    std::apply([&](const auto&... field) {
        const auto one = [&](const auto& f) {
            if (f(before) == f(after)) return;
            if (!(f(now) == f(after))) ok = false;
            else f(out) = f(before);
        };
        (one(field), ...);
    }, fieldsOf(static_cast<const T*>(nullptr)));
    if constexpr (std::is_same_v<T, Idea> || std::is_same_v<T, EarlierIdea>) {
        out.votes = now.votes - after.votes + before.votes;
        if (out.votes < 0) ok = false;
    }
    return ok ? std::optional<T>(std::move(out)) : std::nullopt;
}

// Equal but for the supports counted since.
template <class T> bool sameSince(const T& after, const T& now) {
    if constexpr (std::is_same_v<T, Idea> || std::is_same_v<T, EarlierIdea>) {
        T a = after;
        a.votes = now.votes;
        return a == now;
    } else {
        return after == now;
    }
}

template <class T> const T* lookup(const Session& s, const std::vector<Delta>& done, const std::string& key) {
    // A step may touch one entity twice: the later change starts where the earlier one ended.
    for (auto it = done.rbegin(); it != done.rend(); ++it)
        if (const auto* t = std::get_if<Touch<T>>(&*it)) {
            const auto& last = t->after ? t->after : t->before;
            if (last && keyOf(*last) == key) return t->after ? &*t->after : nullptr;
        }
    return find<T>(s, key);
}

}  // namespace

std::vector<Delta> deltasOf(const Session& s, const std::vector<Change>& changes) {
    std::vector<Delta> out;
    for (const Change& c : changes) {
        std::visit([&](const auto& ch) {
            using C = std::decay_t<decltype(ch)>;
            if constexpr (std::is_same_v<C, SetInfo>) {
                SessionInfo before = s.info;
                for (auto it = out.rbegin(); it != out.rend(); ++it)
                    if (const auto* t = std::get_if<InfoTouch>(&*it)) {
                        before = t->after;
                        break;
                    }
                SessionInfo after = ch.info;
                after.id = before.id;
                out.push_back(InfoTouch{before, after});
            } else {
                using T = std::decay_t<decltype(ch.item)>;
                const T* old = lookup<T>(s, out, keyOf(ch.item));
                Touch<T> t;
                if (old) t.before = *old;
                if constexpr (std::is_same_v<C, Put<T>>) t.after = ch.item;
                out.push_back(std::move(t));
            }
        }, c);
    }
    return out;
}

Reverted revert(const Session& now, const std::vector<Delta>& deltas) {
    Reverted r;
    const auto conflict = [&](const char* what) {
        r.problem = Problem{"changed_since", what};
        r.changes.clear();
    };
    for (auto it = deltas.rbegin(); it != deltas.rend() && !r.problem; ++it) {
        std::visit([&](const auto& d) {
            using D = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<D, InfoTouch>) {
                auto back = mergeBack(d.before, d.after, now.info);
                if (!back) return conflict("session");
                if (!(*back == now.info)) r.changes.push_back(SetInfo{*back});
            } else {
                using T = std::decay_t<decltype(*d.after)>;
                const std::string key = keyOf(d.after ? *d.after : *d.before);
                const T* cur = find<T>(now, key);
                if (d.before && d.after) {
                    if (!cur) return conflict("gone");
                    auto back = mergeBack(*d.before, *d.after, *cur);
                    if (!back) return conflict(key.c_str());
                    if (!(*back == *cur)) r.changes.push_back(Put<T>{*back});
                } else if (d.after) {  // it was added: it goes again, unless others changed it since
                    if (!cur) return;
                    if (!sameSince(*d.after, *cur)) return conflict(key.c_str());
                    r.changes.push_back(Remove<T>{*cur});
                } else if (d.before) {  // it was removed: it comes back in its place
                    if (cur) return conflict(key.c_str());
                    r.changes.push_back(Put<T>{*d.before});
                }
            }
        }, *it);
    }
    return r;
}

}  // namespace wk
