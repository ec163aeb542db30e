#include "domain/Plan.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "domain/Rules.h"
#include "domain/Text.h"

namespace wk {

bool isOpen(ActionStatus s) { return s == ActionStatus::Gepland || s == ActionStatus::Lopend; }

void setStatus(Action& a, ActionStatus status, const std::string& at) {
    if (a.status == status && !a.history.empty()) return;
    if (a.history.empty() && a.status != status) a.history.push_back({"", a.status});  // since before records began
    a.status = status;
    a.history.push_back({at, status});
}

namespace {
// Days from 0001-01-01 (year >= 1, which isIsoDate ensures).
std::int64_t daysSinceYearOne(std::int64_t y, int m, int d) {
    static constexpr int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    const std::int64_t past = y - 1;
    return past * 365 + past / 4 - past / 100 + past / 400 + kBefore[m - 1] + (m > 2 && isLeapYear(static_cast<int>(y)) ? 1 : 0) + d - 1;
}
}  // namespace

std::optional<std::int64_t> dayNumber(const std::string& iso) {
    const std::string date = iso.substr(0, 10);
    if (!isIsoDate(date)) return std::nullopt;
    const auto y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(5, 2)), d = std::stoi(date.substr(8, 2));
    return daysSinceYearOne(y, m, d) - daysSinceYearOne(1970, 1, 1);
}

std::string monthsBefore(const std::string& iso, int months) {
    return isIsoDate(iso) ? addToDate(iso, 0, -months, 0) : std::string();
}

std::optional<std::int64_t> daysLeft(const Action& a, const std::string& today) {
    const auto deadline = dayNumber(a.deadline), now = dayNumber(today);
    if (!deadline || !now) return std::nullopt;
    return *deadline - *now;
}

CarryOver carryOver(const Session& previous, const Session& into) { return carryOver(std::vector<Session>{previous}, into); }

CarryOver carryOver(const std::vector<Session>& earlier, const Session& into) {
    CarryOver out;
    Session taken = into;  // ids in use, growing as actions are added
    std::int64_t seq = nextSeq<Action>(into);
    std::int64_t opgaveSeq = nextSeq<Opgave>(into);
    int number = nextActionNumber(into);
    // Newest meeting first: of an action carried from meeting to meeting (one origin, the same
    // in every database) only its newest copy counts, open or not, so an action finished later
    // on another kiosk is not brought back from an older meeting.
    std::vector<const Session*> order;
    for (const auto& m : earlier) order.push_back(&m);
    std::stable_sort(order.begin(), order.end(), [](const Session* a, const Session* b) { return a->info.date > b->info.date; });
    std::set<std::pair<std::string, std::string>> seen;
    // An opgave is known by its meeting and its id there: two meetings may both have an "o1"
    // that are different opgaven. The same opgave carried along (the same title and description)
    // is one, wherever it came from; a copy whose id is taken gets a fresh one.
    std::map<std::pair<std::string, std::string>, std::string> filed;  // (meeting uid, opgave id) -> id now
    const auto fileUnder = [&](const Session& from, const std::string& id) -> std::string {
        const auto key = std::make_pair(from.info.uid, id);
        if (const auto found = filed.find(key); found != filed.end()) return found->second;
        const Opgave* o = find<Opgave>(from, id);
        if (!o) return filed[key] = "";  // filed under an opgave that is gone: unfiled rather than lost
        for (const Opgave& have : taken.opgaven)
            if (have.title == o->title && have.description == o->description) return filed[key] = have.id;
        Opgave copy = *o;
        copy.seq = opgaveSeq++;
        if (find<Opgave>(taken, copy.id)) copy.id = freshId(taken, 'o');
        out.opgaven.push_back(copy);
        taken.opgaven.push_back(copy);
        return filed[key] = copy.id;
    };
    for (const Session* previous : order) {
        for (const Action* oldp : planOrder(*previous)) {
            const Action& old = *oldp;
            // Where it began stays where it began, through any number of later meetings.
            const ActionOrigin origin = old.origin ? *old.origin : ActionOrigin{previous->info.uid, old.id, previous->info.date};
            if (!seen.insert({origin.session, origin.action}).second || !isOpen(old.status)) continue;
            Action a = old;
            a.number = number++;
            a.origin = origin;
            a.ideas.clear();
            if (find<Action>(taken, a.id)) a.id = freshId(taken, 'a');
            a.seq = seq++;
            if (!a.opgave.empty()) a.opgave = fileUnder(*previous, a.opgave);
            taken.actions.push_back(a);
            out.actions.push_back(std::move(a));
        }
    }
    // "Vorige keer": the ideas of the last meeting that had any the public may see.
    for (const Session* previous : order) {
        if (previous->info.date >= into.info.date && !into.info.date.empty()) continue;  // not one held the same day or later
        std::int64_t earlierSeq = 0;
        for (const Idea& i : previous->ideas) {
            if (i.visibility != Visibility::Public || i.hidden || i.pending) continue;
            EarlierIdea e{freshId(taken, 'e'), i.number, i.text, i.theme, i.response, i.votes, previous->info.date,
                          previous->info.uid + "/" + i.id, 0, ++earlierSeq};
            taken.earlier.push_back(e);
            out.earlier.push_back(std::move(e));
        }
        if (!out.earlier.empty()) break;
    }
    return out;
}

std::vector<DueAction> dueActions(const std::vector<TrackedAction>& all, const std::string& today, int withinDays,
                                  Audience audience, bool undated) {
    // An action carried from meeting to meeting keeps the origin where it began (a uid, the same
    // in every database): of one such chain only the newest meeting's copy is shown.
    const auto chainOf = [](const TrackedAction& t) {
        return t.action.origin ? std::make_pair(t.action.origin->session, t.action.origin->action)
                               : std::make_pair(t.session, t.action.id);
    };
    std::map<std::pair<std::string, std::string>, const TrackedAction*> newest;
    for (const auto& t : all) {
        const TrackedAction*& n = newest[chainOf(t)];
        if (!n || t.sessionDate >= n->sessionDate) n = &t;
    }
    std::vector<DueAction> out;
    for (const auto& t : all) {
        if (!isOpen(t.action.status) || !isVisible(t.action.visibility, audience)) continue;
        if (newest[chainOf(t)] != &t) continue;
        const auto left = daysLeft(t.action, today);
        if (left && *left <= withinDays) out.push_back({&t, *left});
        else if (!left && undated) out.push_back({&t, kNoDeadline});
    }
    std::stable_sort(out.begin(), out.end(), [](const DueAction& a, const DueAction& b) { return a.daysLeft < b.daysLeft; });
    return out;
}

namespace {

// Of each chain (an action carried from meeting to meeting keeps its first origin) the index of
// its newest copy in `all`.
std::map<std::pair<std::string, std::string>, std::size_t> newestOfEachChain(const std::vector<TrackedAction>& all) {
    std::map<std::pair<std::string, std::string>, std::size_t> newest;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto& t = all[i];
        const auto key = t.action.origin ? std::make_pair(t.action.origin->session, t.action.origin->action) : std::make_pair(t.session, t.action.id);
        const auto it = newest.find(key);
        if (it == newest.end() || t.sessionDate >= all[it->second].sessionDate) newest[key] = i;
    }
    return newest;
}

}  // namespace

std::vector<Achieved> achievedSince(const std::vector<TrackedAction>& all, const std::string& since) {
    // Done when a chain's newest copy is gereed, on the day its history says.
    std::vector<Achieved> out;
    for (const auto& [key, i] : newestOfEachChain(all)) {
        const Action& a = all[i].action;
        if (a.status != ActionStatus::Gereed) continue;
        std::string on = all[i].sessionDate;
        for (const auto& h : a.history)
            if (h.status == ActionStatus::Gereed) on = h.at.substr(0, 10);
        if (on > since) out.push_back({all[i], on});
    }
    std::stable_sort(out.begin(), out.end(), [](const Achieved& a, const Achieved& b) { return a.doneOn > b.doneOn; });
    return out;
}

Progress progress(const std::vector<Session>& meetings, const std::string& today,
                  const std::vector<std::pair<std::string, std::int64_t>>& available) {
    Progress out;
    // Every action of every meeting, then of each chain (an action carried from meeting to
    // meeting keeps its first origin) the newest copy only.
    std::vector<TrackedAction> all;
    for (const auto& m : meetings)
        for (const auto& a : m.actions) all.push_back({a, m.info.uid, m.info.title, m.info.date});
    const auto newest = newestOfEachChain(all);
    std::map<std::string, std::int64_t> committed;
    for (const auto& [key, i] : newest) {
        const Action& a = all[i].action;
        if (a.amountCents && a.status != ActionStatus::Vervallen) committed[a.budget] += *a.amountCents;
        if (isOpen(a.status)) out.openActions.push_back(all[i]);
    }
    out.achieved = achievedSince(all, "");
    const auto left = [&](const std::string& date) -> std::optional<std::int64_t> {
        const auto d = dayNumber(date), now = dayNumber(today);
        if (!d || !now) return std::nullopt;
        return *d - *now;
    };
    // Overdue first, then the soonest; without a date last; ties in the order of the meetings.
    const auto sooner = [](const std::optional<std::int64_t>& a, const std::optional<std::int64_t>& b) {
        if (a.has_value() != b.has_value()) return a.has_value();
        return a && *a < *b;
    };
    std::stable_sort(out.openActions.begin(), out.openActions.end(), [&](const TrackedAction& a, const TrackedAction& b) {
        return sooner(left(a.action.deadline), left(b.action.deadline));
    });
    for (const auto& m : meetings)
        for (const auto& i : m.ideas)
            if (!i.hidden && isLaterAnswer(i.response.value))
                out.openAnswers.push_back({i, m.info.uid, m.info.title, m.info.date, left(i.response.due)});
    std::stable_sort(out.openAnswers.begin(), out.openAnswers.end(),
                     [&](const OpenAnswer& a, const OpenAnswer& b) { return sooner(a.daysLeft, b.daysLeft); });
    for (const auto& [kind, cents] : available) out.budgets.push_back({kind, cents, committed[kind]});
    for (const auto& entry : committed)  // (no structured binding: clang 14 cannot capture one)
        if (std::none_of(available.begin(), available.end(), [&](const auto& a) { return a.first == entry.first; }))
            out.budgets.push_back({entry.first, std::nullopt, entry.second});
    return out;
}

std::vector<const Action*> planOrder(const Session& s) {
    std::vector<const Action*> out;
    for (const auto& o : s.opgaven)
        for (const auto& a : s.actions)
            if (a.opgave == o.id) out.push_back(&a);
    for (const auto& a : s.actions)
        if (a.opgave.empty() || !find<Opgave>(s, a.opgave)) out.push_back(&a);
    return out;
}

int nextActionNumber(const Session& s) {
    int m = 0;
    for (const auto& a : s.actions) m = std::max(m, a.number);
    return m + 1;
}

std::unordered_map<std::string, int> actionNumbers(const Session& s) {
    std::unordered_map<std::string, int> out;
    int next = nextActionNumber(s);
    for (const Action* a : planOrder(s)) out[a->id] = a->number > 0 ? a->number : next++;
    return out;
}

void numberActions(Session& s) {
    int next = nextActionNumber(s);
    std::vector<std::string> unnumbered;
    for (const Action* a : planOrder(s))
        if (a->number <= 0) unnumbered.push_back(a->id);
    for (const auto& id : unnumbered)
        for (auto& a : s.actions)
            if (a.id == id) a.number = next++;
}

std::vector<Change> reorderActions(const Session& s, const std::string& moved, const std::string& target) {
    const Action* m = find<Action>(s, moved);
    const Action* t = find<Action>(s, target);
    if (!m || !t || moved == target) return {};
    std::vector<Action> order = s.actions;  // kept ordered by seq
    const auto pos = [&](const std::string& id) {
        return std::find_if(order.begin(), order.end(), [&](const Action& a) { return a.id == id; }) - order.begin();
    };
    const auto from = pos(moved), to = pos(target);
    Action item = order[static_cast<std::size_t>(from)];
    item.opgave = t->opgave;
    order.erase(order.begin() + from);
    // Moving down lands after the target, moving up before it: the moved card takes its place.
    order.insert(order.begin() + to, std::move(item));
    std::vector<Change> out;
    std::int64_t seq = 1;
    for (auto& a : order) {
        const Action* before = find<Action>(s, a.id);
        a.seq = seq++;
        if (a.seq != before->seq || a.opgave != before->opgave) out.push_back(Put<Action>{a});
    }
    return out;
}

}  // namespace wk
