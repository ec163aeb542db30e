#include "domain/Change.h"

#include <algorithm>

#include "domain/Agenda.h"
#include "domain/Polls.h"
#include "domain/Rules.h"
#include "domain/Text.h"

namespace wk {

std::string keyOf(const Participant& x) { return x.id; }
std::string keyOf(const Slider& x) { return x.key; }
std::string keyOf(const Placement& x) { return x.participant + '\x1f' + x.slider; }
std::string keyOf(const Idea& x) { return x.id; }
std::string keyOf(const Opgave& x) { return x.id; }
std::string keyOf(const Action& x) { return x.id; }
std::string keyOf(const Note& x) { return x.id; }
std::string keyOf(const AgendaItem& x) { return x.id; }
std::string keyOf(const Turn& x) { return x.id; }
std::string keyOf(const CheckIn& x) { return x.id; }
std::string keyOf(const EarlierIdea& x) { return x.id; }
std::string keyOf(const Poll& x) { return x.id; }
std::string keyOf(const PollAnswer& x) { return x.poll + '\x1f' + x.who; }

template <> std::vector<Participant>& itemsOf<Participant>(Session& s) { return s.participants; }
template <> std::vector<Slider>& itemsOf<Slider>(Session& s) { return s.sliders; }
template <> std::vector<Placement>& itemsOf<Placement>(Session& s) { return s.placements; }
template <> std::vector<Idea>& itemsOf<Idea>(Session& s) { return s.ideas; }
template <> std::vector<Opgave>& itemsOf<Opgave>(Session& s) { return s.opgaven; }
template <> std::vector<Action>& itemsOf<Action>(Session& s) { return s.actions; }
template <> std::vector<Note>& itemsOf<Note>(Session& s) { return s.notes; }
template <> std::vector<AgendaItem>& itemsOf<AgendaItem>(Session& s) { return s.agenda; }
template <> std::vector<Turn>& itemsOf<Turn>(Session& s) { return s.turns; }
template <> std::vector<CheckIn>& itemsOf<CheckIn>(Session& s) { return s.checkIns; }
template <> std::vector<EarlierIdea>& itemsOf<EarlierIdea>(Session& s) { return s.earlier; }
template <> std::vector<Poll>& itemsOf<Poll>(Session& s) { return s.polls; }
template <> std::vector<PollAnswer>& itemsOf<PollAnswer>(Session& s) { return s.answers; }

template <> KeyIndex& indexOf<Participant>(const Session& s) { return s.index.participants; }
template <> KeyIndex& indexOf<Slider>(const Session& s) { return s.index.sliders; }
template <> KeyIndex& indexOf<Placement>(const Session& s) { return s.index.placements; }
template <> KeyIndex& indexOf<Idea>(const Session& s) { return s.index.ideas; }
template <> KeyIndex& indexOf<Opgave>(const Session& s) { return s.index.opgaven; }
template <> KeyIndex& indexOf<Action>(const Session& s) { return s.index.actions; }
template <> KeyIndex& indexOf<Note>(const Session& s) { return s.index.notes; }
template <> KeyIndex& indexOf<AgendaItem>(const Session& s) { return s.index.agenda; }
template <> KeyIndex& indexOf<Turn>(const Session& s) { return s.index.turns; }
template <> KeyIndex& indexOf<CheckIn>(const Session& s) { return s.index.checkIns; }
template <> KeyIndex& indexOf<EarlierIdea>(const Session& s) { return s.index.earlier; }
template <> KeyIndex& indexOf<Poll>(const Session& s) { return s.index.polls; }
template <> KeyIndex& indexOf<PollAnswer>(const Session& s) { return s.index.answers; }

std::string freshId(const Session& s, char prefix) {
    // Ids are unique across every list of the session, so one counter serves all.
    int highest = 0;
    const auto see = [&](const std::string& id) {
        if (id.size() < 2 || id[0] != prefix) return;
        int v = 0;
        for (std::size_t i = 1; i < id.size(); ++i) {
            if (id[i] < '0' || id[i] > '9' || v > 100'000'000) return;
            v = v * 10 + (id[i] - '0');
        }
        highest = std::max(highest, v);
    };
    for (const auto& x : s.participants) see(x.id);
    for (const auto& x : s.ideas) see(x.id);
    for (const auto& x : s.opgaven) see(x.id);
    for (const auto& x : s.actions) see(x.id);
    for (const auto& x : s.notes) see(x.id);
    for (const auto& x : s.agenda) see(x.id);
    for (const auto& x : s.turns) see(x.id);
    for (const auto& x : s.checkIns) see(x.id);
    for (const auto& x : s.earlier) see(x.id);
    for (const auto& x : s.polls) see(x.id);
    // Built by appending: GCC 12 warns falsely (-Wrestrict) on char-string + string.
    std::string id(1, prefix);
    id += std::to_string(highest + 1);
    return id;
}

namespace {

void clean(Participant& x) {
    x.name = cleanLine(x.name); x.role = cleanLine(x.role); x.organisation = cleanLine(x.organisation);
}
void clean(Slider& x) { x.label = cleanLine(x.label); x.top = cleanText(x.top); }
void clean(Placement& x) { x.reason = cleanText(x.reason); }
void clean(Idea& x) {
    x.text = cleanText(x.text); x.theme = cleanLine(x.theme); x.author = cleanLine(x.author);
    x.contact = cleanLine(x.contact); x.response.motivation = cleanText(x.response.motivation);
    x.response.condition = cleanText(x.response.condition);
    x.hiddenReason = cleanText(x.hiddenReason);
}
void clean(Opgave& x) { x.title = cleanLine(x.title); x.description = cleanText(x.description); }
void clean(Action& x) {
    x.what = cleanText(x.what); x.indicator = cleanText(x.indicator); x.owner = cleanLine(x.owner);
    x.budget = cleanLine(x.budget);
    for (auto& k : x.koppelkansen) k = cleanLine(k);
    if (x.origin) {
        x.origin->session = cleanLine(x.origin->session);
        x.origin->action = cleanLine(x.origin->action);
        x.origin->date = cleanLine(x.origin->date);
    }
    for (auto& h : x.history) h.at = cleanLine(h.at);
}
void clean(Note& x) { x.text = cleanText(x.text); }
void clean(AgendaItem& x) { x.title = cleanLine(x.title); x.introducer = cleanLine(x.introducer); }
void clean(Turn& x) { x.speaker = cleanLine(x.speaker); }
void clean(CheckIn& x) { x.name = cleanLine(x.name); }
void clean(EarlierIdea& x) {
    x.text = cleanText(x.text); x.theme = cleanLine(x.theme); x.number = cleanLine(x.number);
    x.response.motivation = cleanText(x.response.motivation);
    x.response.condition = cleanText(x.response.condition);
}
void clean(Poll& x) {
    x.question = cleanText(x.question);
    for (auto& o : x.options) o = cleanLine(o);
}
void clean(PollAnswer& x) { x.text = cleanText(x.text); }
void clean(SessionInfo& x) {
    x.title = cleanLine(x.title); x.wijk = cleanLine(x.wijk); x.location = cleanLine(x.location);
    x.chair = cleanLine(x.chair); x.time = cleanLine(x.time); x.publicAt = cleanLine(x.publicAt);
    for (auto& w : x.hiddenWords) w = cleanLine(w);
}

using P = std::optional<Problem>;
P problem(const char* code, const char* field) { return Problem{code, field}; }
bool validId(const std::string& id) { return !id.empty() && id.size() <= 64 && !isBlank(id); }
bool inRange(const std::optional<int>& v) { return !v || (*v >= 0 && *v <= 100); }
bool validDate(const std::string& d) { return d.empty() || isIsoDate(d); }
bool validClock(const std::string& t) { return t.empty() || isClockTime(t); }

P check(const Session&, const SetInfo& c) {
    if (isBlank(c.info.title)) return problem("text_empty", "session.title");
    if (c.info.uid.size() > 64) return problem("id_invalid", "session.uid");
    if (!c.info.date.empty() && !isIsoDate(c.info.date)) return problem("date_invalid", "session.date");
    if (!validClock(c.info.time)) return problem("time_invalid", "session.time");
    if (!validClock(c.info.publicAt)) return problem("time_invalid", "session.public_at");
    return {};
}
P check(const Session&, const Put<Participant>& c) {
    if (!validId(c.item.id)) return problem("id_invalid", "participant.id");
    if (isBlank(c.item.name) && isBlank(c.item.role)) return problem("text_empty", "participant.name");
    return {};
}
P check(const Session&, const Put<Slider>& c) {
    if (!validId(c.item.key)) return problem("id_invalid", "slider.key");
    if (isBlank(c.item.label)) return problem("text_empty", "slider.label");
    return {};
}
P check(const Session& s, const Put<Placement>& c) {
    if (!find<Participant>(s, c.item.participant)) return problem("unknown_participant", "placement.participant");
    if (!find<Slider>(s, c.item.slider)) return problem("unknown_slider", "placement.slider");
    if (!inRange(c.item.now)) return problem("value_range", "placement.now");
    if (!inRange(c.item.desired)) return problem("value_range", "placement.desired");
    return {};
}
P check(const Session& s, const Put<Idea>& c) {
    const Idea& i = c.item;
    if (!validId(i.id)) return problem("id_invalid", "idea.id");
    if (isBlank(i.text)) return problem("text_empty", "idea.text");
    if (i.votes < 0) return problem("value_range", "idea.votes");
    if (i.map && (i.map->x < 0 || i.map->x > 1 || i.map->y < 0 || i.map->y > 1))
        return problem("value_range", "idea.map");
    if (!i.response.value.empty() && !isValidResponseValue(i.response.value, s.info.scheme))
        return problem("response_invalid", "idea.response.value");
    if (!validDate(i.response.due)) return problem("date_invalid", "idea.response.due");
    if (i.hidden && isBlank(i.hiddenReason)) return problem("reason_missing", "idea.hidden_reason");
    return {};
}
P check(const Session&, const Put<Opgave>& c) {
    if (!validId(c.item.id)) return problem("id_invalid", "opgave.id");
    if (isBlank(c.item.title)) return problem("text_empty", "opgave.title");
    return {};
}
P check(const Session& s, const Put<Action>& c) {
    const Action& a = c.item;
    if (!validId(a.id)) return problem("id_invalid", "action.id");
    if (isBlank(a.what)) return problem("text_empty", "action.what");
    if (!a.opgave.empty() && !find<Opgave>(s, a.opgave)) return problem("unknown_opgave", "action.opgave");
    if (!validDate(a.deadline)) return problem("date_invalid", "action.deadline");
    for (const auto& h : a.history)
        if (!h.at.empty() && !isIsoDate(h.at) && !isIsoDateTime(h.at)) return problem("date_invalid", "action.history");
    if (a.origin && !validDate(a.origin->date)) return problem("date_invalid", "action.origin");
    if (a.number < 0) return problem("value_range", "action.number");
    if (a.number > 0)
        for (const auto& other : s.actions)
            if (other.number == a.number && other.id != a.id) return problem("number_in_use", "action.number");
    // Money: not negative, and below a sum no wijk has (a typo of a few zeros).
    if (a.amountCents && (*a.amountCents < 0 || *a.amountCents > kMaxAmountCents)) return problem("money_invalid", "action.amount");
    for (const auto& id : a.ideas)
        if (!find<Idea>(s, id)) return problem("unknown_idea", "action.ideas");
    return {};
}
P check(const Session&, const Put<Note>& c) {
    if (!validId(c.item.id)) return problem("id_invalid", "note.id");
    if (isBlank(c.item.text)) return problem("text_empty", "note.text");
    return {};
}
P check(const Session& s, const Put<AgendaItem>& c) {
    if (!validId(c.item.id)) return problem("id_invalid", "agenda.id");
    if (const auto field = agendaProblem(c.item)) {
        if (*field == "title") return problem("text_empty", "agenda.title");
        if (*field == "minutes") return problem("value_range", "agenda.minutes");
        return Problem{"time_invalid", "agenda." + *field};
    }
    for (const auto& o : c.item.opgaven)
        if (!find<Opgave>(s, o)) return problem("unknown_opgave", "agenda.opgaven");
    return {};
}
P check(const Session&, const Put<Turn>& c) {
    const Turn& t = c.item;
    if (!validId(t.id)) return problem("id_invalid", "turn.id");
    if (t.role != "resident" && t.role != "official" && t.role != "partner") return problem("value_range", "turn.role");
    if (t.number < 0) return problem("value_range", "turn.number");
    for (const std::string* at : {&t.requested, &t.started, &t.ended})
        if (!at->empty() && !isIsoDateTime(*at)) return problem("time_invalid", "turn.time");
    return {};
}
P check(const Session&, const Put<CheckIn>& c) {
    const CheckIn& x = c.item;
    if (!validId(x.id)) return problem("id_invalid", "check_in.id");
    if (x.kind != "resident" && x.kind != "official" && x.kind != "partner") return problem("value_range", "check_in.kind");
    if (x.channel != "phone" && x.channel != "kiosk") return problem("value_range", "check_in.channel");
    if (!x.at.empty() && !isIsoDateTime(x.at)) return problem("time_invalid", "check_in.at");
    return {};
}
P check(const Session&, const Put<EarlierIdea>& c) {
    const EarlierIdea& x = c.item;
    if (!validId(x.id)) return problem("id_invalid", "earlier.id");
    if (isBlank(x.text)) return problem("text_empty", "earlier.text");
    if (x.votes < 0 || x.votesThen < 0) return problem("value_range", "earlier.votes");
    if (!x.from.empty() && !isIsoDate(x.from)) return problem("date_invalid", "earlier.from");
    return {};
}
P check(const Session&, const Put<Poll>& c) {
    const Poll& x = c.item;
    if (!validId(x.id)) return problem("id_invalid", "poll.id");
    if (auto p = pollProblem(x)) return p;
    for (const std::string* at : {&x.opened, &x.closed})
        if (!at->empty() && !isIsoDateTime(*at)) return problem("time_invalid", "poll.time");
    return {};
}
P check(const Session& s, const Put<PollAnswer>& c) {
    const PollAnswer& x = c.item;
    const Poll* poll = find<Poll>(s, x.poll);
    if (!poll) return problem("unknown_poll", "answer.poll");
    if (!poll->closed.empty()) return problem("poll_closed", "answer.poll");
    if (x.who.empty() || x.who.size() > 64) return problem("id_invalid", "answer.who");
    if (x.channel != "phone" && x.channel != "kiosk") return problem("value_range", "answer.channel");
    if (auto p = answerProblem(*poll, x.values)) return p;
    if (auto p = answerTextProblem(*poll, x.text, TextLimits{})) return p;
    if (x.pending && poll->kind != PollKind::Word) return problem("value_range", "answer.pending");
    return {};
}
// An item held has what was made during it linked to it: it stays.
P check(const Session& s, const Remove<AgendaItem>& c) {
    const AgendaItem* item = find<AgendaItem>(s, c.item.id);
    if (!item) return problem("not_found", "remove");
    if (!item->started.empty()) return problem("in_use", "agenda");
    return {};
}
template <class T> P check(const Session& s, const Remove<T>& c) {
    if (!find<T>(s, keyOf(c.item))) return problem("not_found", "remove");
    return {};
}
// Removing something others point at would leave them dangling: refuse it.
P check(const Session& s, const Remove<Participant>& c) {
    if (!find<Participant>(s, c.item.id)) return problem("not_found", "remove");
    for (const auto& p : s.placements)
        if (p.participant == c.item.id) return problem("in_use", "participant");
    return {};
}
P check(const Session& s, const Remove<Slider>& c) {
    if (!find<Slider>(s, c.item.key)) return problem("not_found", "remove");
    for (const auto& p : s.placements)
        if (p.slider == c.item.key) return problem("in_use", "slider");
    return {};
}
// A poll answered already is the room's: it is closed, not taken away.
P check(const Session& s, const Remove<Poll>& c) {
    if (!find<Poll>(s, c.item.id)) return problem("not_found", "remove");
    for (const auto& a : s.answers)
        if (a.poll == c.item.id) return problem("in_use", "poll");
    return {};
}
P check(const Session& s, const Remove<Opgave>& c) {
    if (!find<Opgave>(s, c.item.id)) return problem("not_found", "remove");
    for (const auto& a : s.actions)
        if (a.opgave == c.item.id) return problem("in_use", "opgave");
    return {};
}
P check(const Session& s, const Remove<Idea>& c) {
    if (!find<Idea>(s, c.item.id)) return problem("not_found", "remove");
    for (const auto& a : s.actions)
        if (std::find(a.ideas.begin(), a.ideas.end(), c.item.id) != a.ideas.end()) return problem("in_use", "idea");
    return {};
}

template <class T> void put(Session& s, const T& item) {
    auto& v = itemsOf<T>(s);
    const std::string key = keyOf(item);
    const T* found = find<T>(s, key);
    if (found && found->seq == item.seq) {
        v[static_cast<std::size_t>(found - v.data())] = item;  // in its place: nothing shifts, the index holds
        return;
    }
    KeyIndex& k = indexOf<T>(s);
    if (found) v.erase(v.begin() + (found - v.data()));
    // Keep the list ordered by seq; a new item usually goes at the end.
    auto at = std::upper_bound(v.begin(), v.end(), item.seq, [](std::int64_t seq, const T& x) { return seq < x.seq; });
    const bool atEnd = !found && at == v.end();
    const void* before = v.data();
    const std::size_t oldSize = v.size();
    v.insert(at, item);
    if (atEnd && k.valid && k.data == before && k.size == oldSize) {  // appended: one more entry
        k.at.emplace(key, v.size() - 1);
        k.data = v.data();
        k.size = v.size();
    } else {
        k.valid = false;  // positions shifted: rebuilt when next asked
    }
}
template <class T> void remove(Session& s, const T& item) {
    const std::string key = keyOf(item);
    std::erase_if(itemsOf<T>(s), [&](const T& x) { return keyOf(x) == key; });
    indexOf<T>(s).valid = false;
}

}  // namespace

Change normalized(Change c) {
    std::visit([](auto& cmd) {
        if constexpr (requires { cmd.info; }) clean(cmd.info);
        else clean(cmd.item);
    }, c);
    return c;
}

std::optional<Problem> validate(const Session& s, const Change& c) {
    return std::visit([&](const auto& cmd) { return check(s, cmd); }, c);
}

void apply(Session& s, const Change& c) {
    std::visit([&](const auto& cmd) {
        using C = std::decay_t<decltype(cmd)>;
        if constexpr (std::is_same_v<C, SetInfo>) {
            // The store's id belongs to this database, not to the change.
            const auto id = s.info.id;
            s.info = cmd.info;
            s.info.id = id;
        } else if constexpr (std::is_same_v<C, Put<decltype(cmd.item)>>) {
            put(s, cmd.item);
        } else {
            remove(s, cmd.item);
        }
    }, c);
}

namespace {
constexpr const char* kindOf(const Participant*) { return "participant"; }
constexpr const char* kindOf(const Slider*) { return "slider"; }
constexpr const char* kindOf(const Placement*) { return "placement"; }
constexpr const char* kindOf(const Idea*) { return "idea"; }
constexpr const char* kindOf(const Opgave*) { return "opgave"; }
constexpr const char* kindOf(const Action*) { return "action"; }
constexpr const char* kindOf(const Note*) { return "note"; }
constexpr const char* kindOf(const AgendaItem*) { return "agenda"; }
constexpr const char* kindOf(const Turn*) { return "turn"; }
constexpr const char* kindOf(const CheckIn*) { return "check_in"; }
constexpr const char* kindOf(const EarlierIdea*) { return "earlier"; }
constexpr const char* kindOf(const Poll*) { return "poll"; }
constexpr const char* kindOf(const PollAnswer*) { return "answer"; }
}  // namespace

std::string touchedKey(const Change& c) {
    return std::visit([](const auto& cmd) -> std::string {
        if constexpr (requires { cmd.info; }) {
            return "session";
        } else if constexpr (std::is_same_v<std::decay_t<decltype(cmd.item)>, PollAnswer>) {
            return std::string(kindOf(&cmd.item)) + ":" + cmd.item.poll;  // never the pseudonym: the log links no answer to anyone
        } else {
            std::string key = keyOf(cmd.item);
            std::replace(key.begin(), key.end(), '\x1f', '/');
            return std::string(kindOf(&cmd.item)) + ":" + key;
        }
    }, c);
}

}  // namespace wk
