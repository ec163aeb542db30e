#include "domain/Intent.h"

#include <algorithm>
#include <cstdio>

#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"

namespace wk {

std::string_view toString(Role r) {
    switch (r) {
        case Role::Resident: return "resident";
        case Role::Facilitator: return "facilitator";
        case Role::System: return "system";
    }
    return "?";
}

namespace {

template <class T> struct Name;
#define WK_NAME(T, word) \
    template <> struct Name<T> { static constexpr std::string_view value = word; };
WK_NAME(SubmitIdea, "submit")
WK_NAME(EditIdea, "edit-idea")
WK_NAME(SupportIdea, "support")
WK_NAME(AnswerIdea, "answer")
WK_NAME(MergeIdeas, "merge")
WK_NAME(HideIdea, "hide")
WK_NAME(RestoreIdea, "restore")
WK_NAME(ApproveIdea, "approve")
WK_NAME(SetIdeaVisibility, "set-visibility")
WK_NAME(IdeaToAction, "idea-to-action")
WK_NAME(SetModeration, "set-moderation")
WK_NAME(SetResidentPlacing, "set-resident-placing")
WK_NAME(SetBlind, "set-blind")
WK_NAME(SwitchPhase, "switch-phase")
WK_NAME(EditSessionInfo, "edit-session")
WK_NAME(RateBouwsteen, "rate-bouwsteen")
WK_NAME(AddParticipant, "add-participant")
WK_NAME(JoinAsResident, "join")
WK_NAME(PlaceSlider, "place")
WK_NAME(GiveReason, "give-reason")
WK_NAME(SkipSlider, "skip")
WK_NAME(AddOpgave, "add-opgave")
WK_NAME(EditOpgave, "edit-opgave")
WK_NAME(RemoveOpgave, "remove-opgave")
WK_NAME(AddAction, "add-action")
WK_NAME(EditAction, "edit-action")
WK_NAME(SetActionStatus, "set-status")
WK_NAME(MoveAction, "move-action")
WK_NAME(RemoveAction, "remove-action")
WK_NAME(AddNote, "add-note")
WK_NAME(EditNote, "edit-note")
WK_NAME(RemoveNote, "remove-note")
#undef WK_NAME

using P = std::optional<Problem>;
Decision refuse(std::string code, std::string field) { return {Problem{std::move(code), std::move(field)}, {}, {}, {}, {}}; }

// New input longer than the policy allows; `old`: the text as stored, which may stay as it was.
std::optional<Decision> tooLong(const std::string& text, int limit, const char* field, const std::string* old = nullptr) {
    if (old && *old == text) return std::nullopt;
    if (static_cast<int>(codepointCount(text)) <= limit) return std::nullopt;
    return Decision{Problem{"too_long", field, limit}, {}, {}, {}, {}};
}

// A short quote of a text for the log: enough to recognise it, never a whole page.
std::string quote(const std::string& text) { return "\"" + truncateVisibly(cleanLine(text), 60) + "\""; }

std::string format(const std::string& fmt, const std::string& value) {
    const auto at = fmt.find("{}");
    if (at == std::string::npos) return fmt + " " + value;
    return fmt.substr(0, at) + value + fmt.substr(at + 2);
}

bool publicOnWall(const Idea& i) { return i.visibility == Visibility::Public && !i.hidden && !i.pending; }

// The actions made from an idea that would still show its words to the public.
std::vector<Change> closeActionsOf(const Session& s, const std::string& ideaId) {
    std::vector<Change> out;
    for (const auto& a : s.actions)
        if (a.visibility == Visibility::Public && std::find(a.ideas.begin(), a.ideas.end(), ideaId) != a.ideas.end()) {
            Action closed = a;
            closed.visibility = Visibility::Closed;
            out.push_back(Put<Action>{closed});
        }
    return out;
}

class Decider {
public:
    Decider(const Session& s, const Issued& is, const IdSource& newId, const Policy& policy)
        : s_(s), is_(is), newId_(newId), policy_(policy) {}

    Decision operator()(const SubmitIdea& c) const {
        if (isBlank(c.text)) return refuse("text_empty", "idea.text");
        const TextLimits& l = policy_.limits;
        if (auto d = tooLong(c.text, l.idea, "idea.text")) return *d;
        if (auto d = tooLong(c.author, l.name, "idea.author")) return *d;
        if (auto d = tooLong(c.contact, l.contact, "idea.contact")) return *d;
        if (!c.theme.empty() && !policy_.themes.empty() && !policy_.isTheme(c.theme)) return refuse("unknown_theme", "idea.theme");
        Idea i;
        i.id = newId_('i');
        i.text = c.text;
        i.theme = c.theme;
        i.author = c.author;
        i.contact = c.contact;
        i.consent = c.consent;
        i.map = c.map;
        i.created = is_.at;
        i.visibility = Visibility::Public;  // an idea is made for the wall
        // Under moderation a resident's idea waits in the inbox; the facilitator's goes up at once.
        i.pending = s_.info.settings.moderated && is_.role == Role::Resident;
        i.seq = nextSeq<Idea>(s_);
        const std::string by = isBlank(c.author) ? "" : " by " + cleanLine(c.author);
        return made({Put<Idea>{i}}, "idea " + i.id + " " + quote(c.text) + by + (i.pending ? " (waits for review)" : ""),
                    "idea " + i.id + " " + quote(c.text) + (i.pending ? " (waits for review)" : ""), i.id);
    }

    Decision operator()(const EditIdea& c) const {
        const Idea* old = find<Idea>(s_, c.id);
        if (!old) return refuse("not_found", "idea");
        if (isBlank(c.text)) return refuse("text_empty", "idea.text");
        const TextLimits& l = policy_.limits;
        if (auto d = tooLong(c.text, l.idea, "idea.text", &old->text)) return *d;
        if (c.author) {
            if (auto d = tooLong(c.author->name, l.name, "idea.author", &old->author)) return *d;
            if (auto d = tooLong(c.author->contact, l.contact, "idea.contact", &old->contact)) return *d;
        }
        if (c.theme != old->theme && !c.theme.empty() && !policy_.themes.empty() && !policy_.isTheme(c.theme))
            return refuse("unknown_theme", "idea.theme");
        Idea i = *old;  // votes, answer, visibility and when it was made stay
        i.text = c.text;
        i.theme = c.theme;
        i.map = c.map;
        if (c.author) {
            i.author = c.author->name;
            i.contact = c.author->contact;
            i.consent = c.author->consent;
        }
        return done({Put<Idea>{i}}, "idea " + c.id + " " + quote(c.text));
    }

    Decision operator()(const SupportIdea& c) const {
        const Idea* old = find<Idea>(s_, c.id);
        if (!old || old->hidden) return refuse("not_found", "idea");
        // A resident supports what the wall shows them, nothing the public cannot see.
        if (is_.role == Role::Resident && !publicOnWall(*old)) return refuse("not_found", "idea");
        Idea i = *old;
        ++i.votes;
        return done({Put<Idea>{i}}, "idea " + c.id + " " + quote(old->text) + ", now " + std::to_string(i.votes));
    }

    Decision operator()(const AnswerIdea& c) const {
        const Idea* old = find<Idea>(s_, c.id);
        if (!old) return refuse("not_found", "idea");
        if (c.response.value.empty()) return refuse("response_invalid", "idea.response.value");
        Idea i = *old;
        i.response = c.response;
        // Only a "later" answer has a condition and a date of the final answer.
        if (!isLaterAnswer(i.response.value)) {
            i.response.condition.clear();
            i.response.due.clear();
        }
        return done({Put<Idea>{i}}, "idea " + c.id + " " + quote(old->text) + ": " + c.response.value);
    }

    Decision operator()(const MergeIdeas& c) const {
        const Idea* dup = find<Idea>(s_, c.duplicate);
        const Idea* target = find<Idea>(s_, c.target);
        if (!dup || !target || dup->hidden || target->hidden) return refuse("not_found", "idea");
        if (!canMerge(*dup, *target)) return refuse("merge_not_allowed", "idea");
        Idea joined = *target, gone = *dup;
        joined.votes += dup->votes;
        joined.text += "\n\n" + format(c.textFormat, dup->text);
        if (!joined.map) joined.map = dup->map;
        gone.hidden = true;
        gone.hiddenReason = format(c.reasonFormat, truncateVisibly(target->text, 80));
        std::vector<Change> changes{Put<Idea>{joined}, Put<Idea>{gone}};
        for (auto& ch : closeActionsOf(s_, gone.id)) changes.push_back(std::move(ch));
        return done(std::move(changes), "idea " + c.duplicate + " into " + c.target + " " + quote(target->text));
    }

    Decision operator()(const HideIdea& c) const {
        const Idea* old = find<Idea>(s_, c.id);
        if (!old) return refuse("not_found", "idea");
        if (isBlank(c.reason)) return refuse("reason_missing", "idea.hidden_reason");
        Idea i = *old;
        i.hidden = true;
        i.hiddenReason = c.reason;
        std::vector<Change> changes{Put<Idea>{i}};
        // Hidden for a reason (personal data, offensive): its words leave the public plan too.
        for (auto& ch : closeActionsOf(s_, c.id)) changes.push_back(std::move(ch));
        return done(std::move(changes), "idea " + c.id + ": " + quote(c.reason));
    }

    Decision operator()(const RestoreIdea& c) const {
        const Idea* old = find<Idea>(s_, c.id);
        if (!old || !old->hidden) return refuse("not_found", "idea");
        Idea i = *old;
        i.hidden = false;
        i.hiddenReason.clear();
        return done({Put<Idea>{i}}, "idea " + c.id + " " + quote(old->text));
    }

    Decision operator()(const ApproveIdea& c) const {
        const Idea* old = find<Idea>(s_, c.id);
        if (!old || !old->pending) return refuse("not_found", "idea");
        Idea i = *old;
        i.pending = false;
        return done({Put<Idea>{i}}, "idea " + c.id + " " + quote(old->text));
    }

    Decision operator()(const SetIdeaVisibility& c) const {
        const Idea* old = find<Idea>(s_, c.id);
        if (!old) return refuse("not_found", "idea");
        Idea i = *old;
        i.visibility = c.visibility;
        std::vector<Change> changes{Put<Idea>{i}};
        // Closing an idea closes the actions made from it: a public action never shows its words.
        if (c.visibility == Visibility::Closed)
            for (auto& ch : closeActionsOf(s_, c.id)) changes.push_back(std::move(ch));
        std::string summary = "idea " + c.id + " " + std::string(toString(c.visibility));
        if (changes.size() > 1) summary += ", with the actions made from it";
        return done(std::move(changes), std::move(summary));
    }

    Decision operator()(const IdeaToAction& c) const {
        const Idea* idea = find<Idea>(s_, c.idea);
        if (!idea || idea->hidden) return refuse("not_found", "idea");
        for (const auto& a : s_.actions)
            if (std::find(a.ideas.begin(), a.ideas.end(), c.idea) != a.ideas.end()) return refuse("in_use", "idea");
        Action a;
        a.id = newId_('a');
        a.what = truncateVisibly(idea->text, 200);
        a.opgave = s_.opgaven.empty() ? "" : s_.opgaven.front().id;
        a.ideas = {c.idea};
        a.visibility = idea->visibility;  // as public as the idea, never more
        a.seq = nextSeq<Action>(s_);
        a.number = nextActionNumber(s_);
        return made({Put<Action>{a}}, "action " + a.id + " from idea " + c.idea + " " + quote(idea->text), "", a.id);
    }

    Decision operator()(const SetModeration& c) const {
        SessionInfo info = s_.info;
        info.settings.moderated = c.on;
        return done({SetInfo{info}}, c.on ? "on" : "off");
    }
    Decision operator()(const SetResidentPlacing& c) const {
        SessionInfo info = s_.info;
        info.settings.residentsPlace = c.on;
        return done({SetInfo{info}}, c.on ? "on" : "off");
    }
    Decision operator()(const SetBlind& c) const {
        SessionInfo info = s_.info;
        info.settings.blind = c.on;
        return done({SetInfo{info}}, c.on ? "on" : "off (everyone shown)");
    }
    Decision operator()(const SwitchPhase& c) const {
        SessionInfo info = s_.info;
        info.phase = c.phase;
        if (c.phase == Visibility::Public && info.publicFrom.empty()) info.publicFrom = is_.at;
        return done({SetInfo{info}}, std::string(toString(c.phase)));
    }

    Decision operator()(const EditSessionInfo& c) const {
        if (isBlank(c.title)) return refuse("text_empty", "session.title");
        if (hasControlCharacters(c.title)) return refuse("control_characters", "session.title");
        SessionInfo info = s_.info;
        info.title = c.title;
        info.location = c.location;
        info.chair = c.chair;
        info.dossier = c.dossier;
        return done({SetInfo{info}}, quote(c.title));
    }
    Decision operator()(const RateBouwsteen& c) const {
        if (c.index < 0 || c.index >= static_cast<int>(s_.info.bouwstenen.size())) return refuse("not_found", "bouwsteen");
        if (c.score < 0 || c.score > 5) return refuse("value_range", "bouwsteen.score");
        SessionInfo info = s_.info;
        info.bouwstenen[static_cast<std::size_t>(c.index)] = c.score;
        return done({SetInfo{info}}, "bouwsteen " + std::to_string(c.index + 1) + ": " + std::to_string(c.score));
    }

    Decision operator()(const AddParticipant& c) const {
        if (isBlank(c.name) && isBlank(c.role)) return refuse("text_empty", "participant.name");
        if (hasControlCharacters(c.name)) return refuse("control_characters", "participant.name");
        if (auto d = tooLong(c.name, policy_.limits.name, "participant.name")) return *d;
        if (auto d = tooLong(c.organisation, policy_.limits.name, "participant.organisation")) return *d;
        Participant p{newId_('p'), c.name, c.role, c.organisation, c.consent, nextSeq<Participant>(s_)};
        return made({Put<Participant>{p}}, p.id + " " + cleanLine(c.name) + " (" + cleanLine(c.role) + ")",
                    p.id + " (" + cleanLine(c.role) + ")", p.id);
    }

    Decision operator()(const JoinAsResident&) const {
        if (is_.role == Role::Resident && !s_.info.settings.residentsPlace) return refuse("not_allowed", "placement");
        Participant p{newId_('p'), "", "bewoner", "", false, nextSeq<Participant>(s_)};
        return made({Put<Participant>{p}}, p.id + " (a resident on a phone)", "", p.id);
    }

    Decision operator()(const PlaceSlider& c) const {
        if (auto p = mayPlace(c.participant, c.slider)) return {p, {}, {}, {}, {}};
        Placement pl = placementOf(c.participant, c.slider);
        pl.now = c.now;
        pl.desired = c.desired;
        const auto v = [](const std::optional<int>& x) { return x ? std::to_string(*x) : std::string("-"); };
        return done({Put<Placement>{pl}}, c.participant + " on " + c.slider + ": now " + v(c.now) + ", desired " + v(c.desired));
    }
    Decision operator()(const GiveReason& c) const {
        if (auto p = mayPlace(c.participant, c.slider)) return {p, {}, {}, {}, {}};
        Placement pl = placementOf(c.participant, c.slider);
        if (auto d = tooLong(c.reason, policy_.limits.reason, "placement.reason", &pl.reason)) return *d;
        pl.reason = c.reason;
        return done({Put<Placement>{pl}}, c.participant + " on " + c.slider + ": " + quote(c.reason),
                    c.participant + " on " + c.slider);
    }
    Decision operator()(const SkipSlider& c) const {
        if (auto p = mayPlace(c.participant, c.slider)) return {p, {}, {}, {}, {}};
        Placement pl = placementOf(c.participant, c.slider);
        pl.now.reset();
        pl.desired.reset();
        return done({Put<Placement>{pl}}, c.participant + " on " + c.slider);
    }

    Decision operator()(const AddOpgave& c) const {
        if (isBlank(c.title)) return refuse("text_empty", "opgave.title");
        if (hasControlCharacters(c.title)) return refuse("control_characters", "opgave.title");
        Opgave o{newId_('o'), c.title, c.description, nextSeq<Opgave>(s_)};
        return made({Put<Opgave>{o}}, o.id + " " + quote(c.title), "", o.id);
    }
    Decision operator()(const EditOpgave& c) const {
        const Opgave* old = find<Opgave>(s_, c.id);
        if (!old) return refuse("not_found", "opgave");
        if (isBlank(c.title)) return refuse("text_empty", "opgave.title");
        if (hasControlCharacters(c.title)) return refuse("control_characters", "opgave.title");
        Opgave o = *old;
        o.title = c.title;
        o.description = c.description;
        return done({Put<Opgave>{o}}, c.id + " " + quote(c.title));
    }
    Decision operator()(const RemoveOpgave& c) const {
        const Opgave* old = find<Opgave>(s_, c.id);
        if (!old) return refuse("not_found", "opgave");
        return done({Remove<Opgave>{*old}}, c.id + " " + quote(old->title));
    }

    Decision operator()(const AddAction& c) const {
        Action a;
        a.id = newId_('a');
        fill(a, c.fields);
        a.seq = nextSeq<Action>(s_);
        a.number = nextActionNumber(s_);
        a.status = ActionStatus::Gepland;
        setStatus(a, c.fields.status, is_.at);
        return made({Put<Action>{a}}, a.id + " " + quote(a.what), "", a.id);
    }
    Decision operator()(const EditAction& c) const {
        const Action* old = find<Action>(s_, c.id);
        if (!old) return refuse("not_found", "action");
        Action a = *old;  // links to ideas, origin and history stay
        fill(a, c.fields);
        a.status = old->status;
        setStatus(a, c.fields.status, is_.at);  // a change of status is dated and kept
        return done({Put<Action>{a}}, c.id + " " + quote(a.what));
    }
    Decision operator()(const SetActionStatus& c) const {
        const Action* old = find<Action>(s_, c.id);
        if (!old) return refuse("not_found", "action");
        Action a = *old;
        setStatus(a, c.status, is_.at);
        return done({Put<Action>{a}}, c.id + " " + quote(a.what) + ": " + std::string(toString(c.status)));
    }
    Decision operator()(const MoveAction& c) const {
        if (!find<Action>(s_, c.id) || !find<Action>(s_, c.target)) return refuse("not_found", "action");
        auto changes = reorderActions(s_, c.id, c.target);
        if (changes.empty()) return refuse("nothing_to_do", "action");
        return done(std::move(changes), c.id + " to the place of " + c.target);
    }
    Decision operator()(const RemoveAction& c) const {
        const Action* old = find<Action>(s_, c.id);
        if (!old) return refuse("not_found", "action");
        return done({Remove<Action>{*old}}, c.id + " " + quote(old->what));
    }

    Decision operator()(const AddNote& c) const {
        if (isBlank(c.text)) return refuse("text_empty", "note.text");
        Note n{newId_('n'), is_.at, c.text, c.kind, c.visibility, nextSeq<Note>(s_)};
        return made({Put<Note>{n}}, n.id + " " + std::string(toString(c.kind)) + " " + quote(c.text), "", n.id);
    }
    Decision operator()(const EditNote& c) const {
        const Note* old = find<Note>(s_, c.id);
        if (!old) return refuse("not_found", "note");
        if (isBlank(c.text)) return refuse("text_empty", "note.text");
        Note n = *old;  // keeps when it was said
        n.kind = c.kind;
        n.text = c.text;
        n.visibility = c.visibility;
        return done({Put<Note>{n}}, c.id + " " + quote(c.text));
    }
    Decision operator()(const RemoveNote& c) const {
        const Note* old = find<Note>(s_, c.id);
        if (!old) return refuse("not_found", "note");
        return done({Remove<Note>{*old}}, c.id + " " + quote(old->text));
    }

private:
    static Decision done(std::vector<Change> changes, std::string summary, std::string anon = {}) {
        Decision d;
        d.changes = std::move(changes);
        d.anonSummary = anon.empty() ? summary : std::move(anon);
        d.summary = std::move(summary);
        return d;
    }
    static Decision made(std::vector<Change> changes, std::string summary, std::string anon, std::string id) {
        Decision d = done(std::move(changes), std::move(summary), std::move(anon));
        d.createdId = std::move(id);
        return d;
    }

    // Residents place only when the facilitator opened placing to them, and only for a resident.
    P mayPlace(const std::string& participant, const std::string& slider) const {
        const Participant* who = find<Participant>(s_, participant);
        if (!who) return Problem{"unknown_participant", "placement.participant"};
        if (!find<Slider>(s_, slider)) return Problem{"unknown_slider", "placement.slider"};
        if (is_.role == Role::Resident && (!s_.info.settings.residentsPlace || !isResidentRole(who->role)))
            return Problem{"not_allowed", "placement"};
        return {};
    }
    Placement placementOf(const std::string& participant, const std::string& slider) const {
        if (const Placement* p = find<Placement>(s_, participant + '\x1f' + slider)) return *p;
        return Placement{participant, slider, {}, {}, "", nextSeq<Placement>(s_)};
    }
    static void fill(Action& a, const ActionFields& f) {
        a.opgave = f.opgave;
        a.what = f.what;
        a.indicator = f.indicator;
        a.party = f.party;
        a.owner = f.owner;
        a.deadline = f.deadline;
        a.budget = f.budget;
        a.amountCents = f.amountCents;
        a.koppelkansen = f.koppelkansen;
        a.visibility = f.visibility;
    }

    const Session& s_;
    const Issued& is_;
    const IdSource& newId_;
    const Policy& policy_;
};

}  // namespace

std::string_view commandName(const Intent& i) {
    return std::visit([](const auto& c) { return Name<std::decay_t<decltype(c)>>::value; }, i);
}

bool mayIssue(Role role, const Intent& i) {
    if (role != Role::Resident) return true;
    // What a resident may do, at the kiosk or from a phone: nothing that changes others' input.
    return std::holds_alternative<SubmitIdea>(i) || std::holds_alternative<SupportIdea>(i) ||
           std::holds_alternative<JoinAsResident>(i) || std::holds_alternative<PlaceSlider>(i) ||
           std::holds_alternative<GiveReason>(i) || std::holds_alternative<SkipSlider>(i);
}

bool isUndoable(const Intent& i) { return !std::holds_alternative<SwitchPhase>(i); }

std::string_view tooLongField(const Problem& p) {
    const std::string_view f = p.field;
    if (f == "idea.author" || f == "participant.name" || f == "participant.organisation") return "name";
    if (f == "idea.contact") return "contact";
    if (f == "placement.reason") return "reason";
    return "text";
}

Decision decide(const Session& s, const Issued& issued, const IdSource& newId, const Policy& policy) {
    if (!mayIssue(issued.role, issued.intent)) return refuse("not_allowed", std::string(commandName(issued.intent)));
    Decision d = std::visit(Decider(s, issued, newId, policy), issued.intent);
    if (d.problem) return d;
    // Every change meets the stored rules too. The changes of one intent touch different
    // entities and never depend on one another, so each is checked against the session as it is:
    // no copy of a session of thousands of ideas for one merge.
    for (auto& c : d.changes) {
        c = normalized(std::move(c));
        if (auto p = validate(s, c)) return {p, {}, {}, {}, {}};
    }
    return d;
}

}  // namespace wk
