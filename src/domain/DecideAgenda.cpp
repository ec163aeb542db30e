// The agenda and spreekrecht: items added and moved through, the floor asked for and given.
#include "domain/Decider.h"

#include "domain/Agenda.h"
#include "domain/Text.h"

namespace wk::decider {
namespace {

std::optional<Decision> badFields(const AgendaFields& f) {
    if (isBlank(f.title)) return refuse("text_empty", "agenda.title");
    if (f.minutes < 0 || f.minutes > 24 * 60) return refuse("value_range", "agenda.minutes");
    return std::nullopt;
}

void fillItem(AgendaItem& item, const AgendaFields& f) {
    item.title = f.title;
    item.introducer = f.introducer;
    item.minutes = f.minutes;
    item.kind = f.kind;
    item.visibility = f.visibility;
}

// "Bewoner 3" or the name: the log's words for a turn (the anonymous form keeps no name).
std::string who(const Turn& t) { return t.speaker.empty() ? t.role + " " + std::to_string(t.number) : t.speaker; }
std::string anonWho(const Turn& t) { return t.role + " " + std::to_string(t.number); }

}  // namespace

Decision Decider::operator()(const AddAgendaItem& c) const {
    if (auto bad = badFields(c.fields)) return *bad;
    AgendaItem item;
    item.id = newId_('g');
    item.seq = nextSeq<AgendaItem>(s_);
    fillItem(item, c.fields);
    return made({Put<AgendaItem>{item}}, item.id + " " + quote(item.title), "", item.id);
}

Decision Decider::operator()(const EditAgendaItem& c) const {
    const AgendaItem* old = find<AgendaItem>(s_, c.id);
    if (!old) return refuse("not_found", "agenda");
    if (auto bad = badFields(c.fields)) return *bad;
    AgendaItem item = *old;  // keeps when it was held
    fillItem(item, c.fields);
    return done({Put<AgendaItem>{item}}, item.id + " " + quote(item.title));
}

Decision Decider::operator()(const RemoveAgendaItem& c) const {
    const AgendaItem* old = find<AgendaItem>(s_, c.id);
    if (!old) return refuse("not_found", "agenda");
    if (!old->started.empty()) return refuse("in_use", "agenda");
    return done({Remove<AgendaItem>{*old}}, old->id + " " + quote(old->title));
}

Decision Decider::operator()(const NextAgendaItem& c) const {
    const AgendaItem* current = currentItem(s_.agenda);
    const AgendaItem* next = c.id.empty() ? nextItem(s_.agenda) : find<AgendaItem>(s_, c.id);
    if (!c.id.empty() && !next) return refuse("not_found", "agenda");
    if (next == current) next = nullptr;
    if (!current && !next) return refuse("agenda_done", "agenda");
    std::vector<Change> changes;
    std::string summary;
    if (current) {
        AgendaItem ended = *current;
        ended.ended = is_.at;
        changes.push_back(Put<AgendaItem>{ended});
        summary = "ended " + current->id;
    }
    if (next) {
        // An item taken up again starts anew; the time it took before is not kept twice.
        AgendaItem started = *next;
        started.started = is_.at;
        started.ended.clear();
        changes.push_back(Put<AgendaItem>{started});
        summary += (summary.empty() ? "" : ", ") + std::string("started ") + next->id + " " + quote(next->title);
    }
    // The meeting is held once its agenda begins: no longer "in voorbereiding".
    if (s_.info.preparing) {
        SessionInfo info = s_.info;
        info.preparing = false;
        changes.push_back(SetInfo{info});
    }
    return done(std::move(changes), summary);
}

Decision Decider::operator()(const AskFloor& c) const {
    if (!c.visit.empty())
        for (const Turn* w : waitingTurns(s_.turns))
            if (w->visit == c.visit) return refuse("already_asked", "turn");
    if (const Turn* now = speakingNow(s_.turns); now && !c.visit.empty() && now->visit == c.visit)
        return refuse("already_asked", "turn");
    if (auto tl = tooLong(c.name, policy_.limits.name, "turn.speaker")) return *tl;
    Turn t;
    t.id = newId_('t');
    t.seq = nextSeq<Turn>(s_);
    t.speaker = c.name;
    t.role = c.role;
    t.consent = c.consent;
    t.visit = c.visit;
    t.requested = is_.at;
    // Their place among everyone who asked in this role: "Bewoner 3" is the third resident.
    for (const auto& other : s_.turns)
        if (other.role == c.role) t.number = std::max(t.number, other.number);
    ++t.number;
    if (const AgendaItem* item = currentItem(s_.agenda)) t.agenda = item->id;
    return made({Put<Turn>{t}}, t.id + " " + who(t), t.id + " " + anonWho(t), t.id);
}

Decision Decider::operator()(const GiveFloor& c) const {
    const auto waiting = waitingTurns(s_.turns);
    const Turn* next = c.id.empty() ? (waiting.empty() ? nullptr : waiting.front()) : find<Turn>(s_, c.id);
    if (!next) return refuse(c.id.empty() ? "nobody_waiting" : "not_found", "turn");
    if (!next->started.empty() || !next->ended.empty()) return refuse("not_waiting", "turn");
    std::vector<Change> changes;
    if (const Turn* now = speakingNow(s_.turns)) {
        Turn ended = *now;
        ended.ended = is_.at;
        changes.push_back(Put<Turn>{ended});
    }
    Turn started = *next;
    started.started = is_.at;
    changes.push_back(Put<Turn>{started});
    return done(std::move(changes), "floor to " + started.id + " " + who(started), "floor to " + started.id + " " + anonWho(started));
}

Decision Decider::operator()(const EndTurn&) const {
    const Turn* now = speakingNow(s_.turns);
    if (!now) return refuse("nobody_speaking", "turn");
    Turn ended = *now;
    ended.ended = is_.at;
    return done({Put<Turn>{ended}}, "ended " + ended.id);
}

Decision Decider::operator()(const WithdrawFloor& c) const {
    const Turn* t = find<Turn>(s_, c.id);
    if (!t) return refuse("not_found", "turn");
    if (!t->started.empty() || !t->ended.empty()) return refuse("not_waiting", "turn");
    // A resident takes back only their own request.
    if (is_.role == Role::Resident && t->visit != c.visit) return refuse("not_allowed", "turn");
    Turn off = *t;
    off.ended = is_.at;  // ended without starting: asked, never spoke
    return done({Put<Turn>{off}}, "withdrawn " + off.id);
}

}  // namespace wk::decider
