#include "domain/Rules.h"

#include <cmath>

#include <algorithm>

#include "domain/Lookup.h"
#include "domain/PublicView.h"
#include "domain/Purge.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"

namespace wk {

SmartCheck smartCheck(const Action& a) {
    SmartCheck c;
    c.what = !isBlank(a.what);
    c.indicator = !isBlank(a.indicator);
    c.owner = a.party.has_value() && !isBlank(a.owner);
    c.deadline = isIsoDate(a.deadline);
    c.agreed = c.owner && a.agreed;
    c.realistic = !isBlank(a.budget) || a.amountCents.has_value();
    return c;
}

bool isValidResponseValue(const std::string& value, ResponseScheme scheme) {
    for (auto v : responseValues(scheme))
        if (v == value) return true;
    return false;
}

bool isLaterAnswer(const std::string& value) { return value == "ooit" || value == "ja_mits"; }
bool isNegativeAnswer(const std::string& value) { return value == "nooit" || value == "nee"; }
bool isPositiveAnswer(const std::string& value) { return value == "nu" || value == "ja"; }

bool medianShifts(const SliderStats& s) {
    return s.medianNow && s.medianDesired && std::abs(*s.medianDesired - *s.medianNow) > 2;
}

AnswerCheck answerCheck(const Response& r, ResponseScheme scheme) {
    AnswerCheck c;
    if (r.value.empty()) return c;
    const bool later = isLaterAnswer(r.value);
    const bool no = isNegativeAnswer(r.value);
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

const std::vector<std::string>& residentRoles() {
    static const std::vector<std::string> roles{"bewoner", "resident"};
    return roles;
}

bool isResidentRole(const std::string& role) {
    const auto& r = residentRoles();
    return std::find(r.begin(), r.end(), role) != r.end();
}

bool isRemovable(const Session& s) {
    if (!s.ideas.empty() || !s.placements.empty() || !s.notes.empty()) return false;  // answers live on ideas
    // Carried over (begun in another meeting, its origin says which) and not moved on here: no
    // status changed since the meeting began.
    return std::all_of(s.actions.begin(), s.actions.end(), [&](const Action& a) {
        return a.origin && a.origin->session != s.info.uid &&
               std::none_of(a.history.begin(), a.history.end(), [&](const StatusChange& h) { return h.at.substr(0, 10) >= s.info.date; });
    });
}

bool isVisible(Visibility v, Audience a) { return a == Audience::Internal || v == Visibility::Public; }

namespace {
// Whether an action's text is (the start of) the idea's text: an action made from an idea copies it.
bool quotes(const Action& a, const Idea& i) {
    std::string what = a.what;
    const std::string ellipsis = "…";
    if (what.size() >= ellipsis.size() && what.compare(what.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0)
        what.resize(what.size() - ellipsis.size());
    return !what.empty() && (i.text.rfind(what, 0) == 0 || a.what.find(i.text) != std::string::npos);
}
}  // namespace

std::vector<std::string> unnamedIn(const Session& s) {
    std::vector<std::string> unnamed;
    for (const auto& p : s.participants)
        if (isResidentRole(p.role) && !p.consent && !p.name.empty()) unnamed.push_back(p.name);
    for (const auto& i : s.ideas)
        if (!i.consent && !i.author.empty()) unnamed.push_back(i.author);
    for (const auto& t : s.turns)
        if (t.role == "resident" && !t.consent && !t.speaker.empty()) unnamed.push_back(t.speaker);
    return unnamed;
}

Session visibleTo(const Session& s, Audience a) {
    if (a == Audience::Internal) return s;
    Session out;
    out.info = s.info;
    // The dossier a closed meeting goes into and the organisation's own rating of itself are
    // the participants' working material, not the public's.
    out.info.dossier.clear();
    out.info.bouwstenen = {};
    out.sliders = s.sliders;
    out.opgaven = s.opgaven;
    out.earlier = s.earlier;  // public when copied, and without names
    // A resident without consent is anonymous: no name, and nothing that names them in a small
    // wijk either (their organisation, their reasons on the sliders).
    std::vector<std::string> anonymous;
    for (auto p : s.participants) {
        if (isResidentRole(p.role) && !p.consent) {
            p.name.clear();
            p.organisation.clear();
            anonymous.push_back(p.id);
        }
        out.participants.push_back(std::move(p));
    }
    // Blind placement: the public sees that someone placed, not where or why, until the
    // facilitator reveals them (the room counts who placed; a phone sees nobody's).
    const bool blind = s.info.settings.blind;
    for (auto p : s.placements) {
        if (blind || std::find(anonymous.begin(), anonymous.end(), p.participant) != anonymous.end()) p.reason.clear();
        if (blind) p.now.reset(), p.desired.reset();
        out.placements.push_back(std::move(p));
    }
    // A closed agenda item is not there for the public, nor is what links to it.
    for (const auto& g : s.agenda)
        if (g.visibility == Visibility::Public) out.agenda.push_back(g);
    // A resident named without their consent is not named in the free text either (a note, an
    // answer, an action typed with their full name in it): "[naam]", as a purge does.
    // Whole names only: the public minutes must not lose ordinary words that are also surnames.
    const NameScrubber scrubber(unnamedIn(s), false);
    // Each idea as the public view edit by edit makes it too (PublicView).
    for (const auto& i : s.ideas)
        if (auto shown = publicIdea(i, out, scrubber)) out.ideas.push_back(std::move(*shown));
    const auto ideaShown = [&](const std::string& id) {
        return std::any_of(out.ideas.begin(), out.ideas.end(), [&](const Idea& i) { return i.id == id; });
    };
    for (auto act : s.actions) {
        if (act.visibility != Visibility::Public) continue;
        // A public action never shows the words of an idea the public may not see, whatever
        // route the data took (an import, an older database).
        bool leaks = false;
        for (const auto& id : act.ideas)
            if (!ideaShown(id))
                if (const Idea* i = find<Idea>(s, id); i && quotes(act, *i)) leaks = true;
        if (leaks) continue;
        std::erase_if(act.ideas, [&](const std::string& id) { return !ideaShown(id); });
        out.actions.push_back(std::move(act));
    }
    for (const auto& n : s.notes)
        if (n.visibility == Visibility::Public) out.notes.push_back(n);
    // What links to a closed agenda item loses the link; a resident speaker's name only with
    // their consent (officials and partners speak in their role), and never the visit they
    // asked from.
    const auto open = [&](std::string& item) {
        if (!item.empty() && !std::any_of(out.agenda.begin(), out.agenda.end(), [&](const AgendaItem& g) { return g.id == item; }))
            item.clear();
    };
    for (auto& x : out.actions) open(x.agenda);
    for (auto& x : out.notes) open(x.agenda);
    for (auto& x : out.placements) open(x.agenda);
    for (auto t : s.turns) {
        const std::string item = t.agenda;
        open(t.agenda);
        if (!item.empty() && t.agenda.empty()) continue;  // spoken in a closed item
        if (!t.consent && t.role == "resident") t.speaker.clear();
        t.visit.clear();
        out.turns.push_back(std::move(t));
    }
    // Who came: the count and the names given with consent, never the visit.
    for (auto c : s.checkIns) {
        c.visit.clear();
        out.checkIns.push_back(std::move(c));
    }
    // A closed question is not there for the public. An open poll's answers only when its results
    // are shown live, each under a number instead of its pseudonym; else the counts alone.
    // A statement a resident proposed waits for the facilitator; an evaluation's outcome is for
    // the organisers (while it runs, the phones need its questions).
    for (const auto& p : s.polls) {
        if (p.visibility != Visibility::Public || p.opened.empty()) continue;
        if (p.evaluation && !p.closed.empty()) continue;
        out.polls.push_back(p);
        if (!p.live || !p.closed.empty() || p.evaluation) continue;
        int n = 0;
        for (auto a : s.answers)
            if (a.poll == p.id && !a.pending) {  // a word waiting for the facilitator is nobody's yet
                a.who = std::to_string(++n);
                out.answers.push_back(std::move(a));
            }
    }
    if (!scrubber.empty()) {  // the ideas' answers were scrubbed with them above
        const auto scrub = [&](std::string& text) {
            if (!text.empty()) text = scrubber(text);
        };
        for (auto& n : out.notes) scrub(n.text);
        for (auto& a : out.actions) {
            scrub(a.what);
            scrub(a.indicator);
            scrub(a.owner);
        }
    }
    return out;
}

bool isAreaCode(const std::string& c) {
    return !c.empty() && c.size() <= 6 && std::all_of(c.begin(), c.end(), [](char x) { return (x >= 'A' && x <= 'Z') || (x >= '0' && x <= '9'); });
}

bool isIdeaPrefix(const std::string& p) {
    const auto dash = p.find('-');
    if (dash == std::string::npos || !isAreaCode(p.substr(0, dash))) return false;
    const std::string n = p.substr(dash + 1);
    return !n.empty() && n.size() <= 4 && n.find_first_not_of("0123456789") == std::string::npos && n[0] != '0';
}

bool isIdeaNumber(const std::string& n) {
    const auto dash = n.rfind('-');
    if (dash == std::string::npos || !isIdeaPrefix(n.substr(0, dash))) return false;
    const std::string c = n.substr(dash + 1);
    return !c.empty() && c.size() <= 6 && c.find_first_not_of("0123456789") == std::string::npos;
}

std::string nextIdeaNumber(const Session& s) {
    const std::string& prefix = s.info.ideaPrefix;
    if (prefix.empty()) return "";
    long highest = 0;
    for (const auto& i : s.ideas)
        if (i.number.size() > prefix.size() + 1 && i.number.compare(0, prefix.size(), prefix) == 0 && i.number[prefix.size()] == '-') {
            const std::string n = i.number.substr(prefix.size() + 1);
            if (n.size() <= 6 && n.find_first_not_of("0123456789") == std::string::npos) highest = std::max(highest, std::stol(n));
        }
    return prefix + "-" + std::to_string(highest + 1);
}

}  // namespace wk
