#include "domain/Rules.h"

#include <algorithm>

#include "domain/Text.h"
#include "domain/Vocabulary.h"

namespace wk {

SmartCheck smartCheck(const Action& a) {
    SmartCheck c;
    c.what = !isBlank(a.what);
    c.indicator = !isBlank(a.indicator);
    c.owner = a.party.has_value() && !isBlank(a.owner);
    c.deadline = isIsoDate(a.deadline);
    return c;
}

bool isValidResponseValue(const std::string& value, ResponseScheme scheme) {
    for (auto v : responseValues(scheme))
        if (v == value) return true;
    return false;
}

AnswerCheck answerCheck(const Response& r, ResponseScheme scheme) {
    AnswerCheck c;
    if (r.value.empty()) return c;
    const bool later = r.value == "ooit" || r.value == "ja_mits";
    const bool no = r.value == "nooit" || r.value == "nee";
    c.needsMotivation = no && isBlank(r.motivation);
    c.needsCondition = later && isBlank(r.condition);
    c.needsDue = later && !isIsoDate(r.due);
    const bool complete = isValidResponseValue(r.value, scheme) && !c.needsMotivation && !c.needsCondition &&
                          !c.needsDue;
    c.state = complete ? AnswerState::Complete : AnswerState::Incomplete;
    return c;
}

std::optional<double> median(std::vector<int> v) {
    if (v.empty()) return std::nullopt;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    if (n % 2 == 1) return v[n / 2];
    return (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

SliderStats sliderStats(const Session& s, const std::string& key) {
    SliderStats st;
    std::vector<int> now, desired;
    for (const auto& p : s.placements) {
        if (p.slider != key) continue;
        if (p.now) now.push_back(*p.now);
        if (p.desired) desired.push_back(*p.desired);
        if (!p.now && !p.desired) ++st.skipped;
    }
    const auto spread = [](const std::vector<int>& v) {
        if (v.empty()) return 0;
        const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        return *hi - *lo;
    };
    st.placedNow = static_cast<int>(now.size());
    st.placedDesired = static_cast<int>(desired.size());
    st.spreadNow = spread(now);
    st.spreadDesired = spread(desired);
    st.medianNow = median(std::move(now));
    st.medianDesired = median(std::move(desired));
    return st;
}

std::vector<std::string> slidersByDisagreement(const Session& s) {
    struct Rank { int now, desired; std::string key; };
    std::vector<Rank> ranked;
    for (const auto& sl : s.sliders) {
        const SliderStats st = sliderStats(s, sl.key);
        ranked.push_back({st.spreadNow, st.spreadDesired, sl.key});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Rank& a, const Rank& b) {
        return a.now != b.now ? a.now > b.now : a.desired > b.desired;
    });
    std::vector<std::string> keys;
    for (auto& r : ranked) keys.push_back(r.key);
    return keys;
}

Outermost outermostNow(const Session& s, const std::string& key) {
    Outermost o;
    for (const auto& p : s.placements) {
        if (p.slider != key || !p.now) continue;
        if (!o.low || *p.now < *o.low->now) o.low = &p;
        if (!o.high || *p.now > *o.high->now) o.high = &p;
    }
    return o;
}

bool canMerge(const Idea& duplicate, const Idea& target) {
    if (duplicate.id == target.id) return false;
    return !(duplicate.visibility == Visibility::Closed && target.visibility == Visibility::Public);
}

bool isResidentRole(const std::string& role) { return role == "bewoner" || role == "resident"; }

bool isVisible(Visibility v, Audience a) { return a == Audience::Internal || v == Visibility::Public; }

Session visibleTo(const Session& s, Audience a) {
    if (a == Audience::Internal) return s;
    Session out;
    out.info = s.info;
    out.sliders = s.sliders;
    out.opgaven = s.opgaven;
    for (auto p : s.participants) {
        if (isResidentRole(p.role) && !p.consent) p.name.clear();
        out.participants.push_back(std::move(p));
    }
    // Placements name participants by id only; a nameless resident stays anonymous.
    out.placements = s.placements;
    for (auto i : s.ideas) {
        if (i.visibility != Visibility::Public || i.hidden || i.pending) continue;
        if (!i.consent) {
            i.author.clear();
            i.contact.clear();
        }
        out.ideas.push_back(std::move(i));
    }
    const auto ideaShown = [&](const std::string& id) {
        return std::any_of(out.ideas.begin(), out.ideas.end(), [&](const Idea& i) { return i.id == id; });
    };
    for (auto act : s.actions) {
        if (act.visibility != Visibility::Public) continue;
        std::erase_if(act.ideas, [&](const std::string& id) { return !ideaShown(id); });
        out.actions.push_back(std::move(act));
    }
    for (const auto& n : s.notes)
        if (n.visibility == Visibility::Public) out.notes.push_back(n);
    return out;
}

}  // namespace wk
