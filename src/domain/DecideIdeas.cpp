// The ideas wall's intents: submit, edit, support, answer, merge, hide and restore, review,
// visibility, and an idea becoming an action.
#include "domain/Decider.h"

#include <algorithm>

#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"

namespace wk::decider {

Decision Decider::operator()(const SubmitIdea& c) const {
    if (isBlank(c.text)) return refuse("text_empty", "idea.text");
    const TextLimits& l = policy_.limits;
    if (auto d = tooLong(c.text, l.idea, "idea.text")) return *d;
    if (auto d = tooLong(c.author, l.name, "idea.author")) return *d;
    if (auto d = tooLong(c.contact, l.contact, "idea.contact")) return *d;
    if (!policy_.allowsTheme(c.theme)) return refuse("unknown_theme", "idea.theme");
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
    i.number = nextIdeaNumber(s_);
    const std::string by = isBlank(c.author) ? "" : " by " + cleanLine(c.author);
    return made({Put<Idea>{i}}, "idea " + i.id + " " + quote(c.text) + by + (i.pending ? " (waits for review)" : ""),
                "idea " + i.id + " " + quote(c.text) + (i.pending ? " (waits for review)" : ""), i.id);
}

Decision Decider::operator()(const EditIdea& c) const {
    const Idea* old = find<Idea>(s_, c.id);
    if (!old) return refuse("not_found", "idea");
    if (isBlank(c.text)) return refuse("text_empty", "idea.text");
    const TextLimits& l = policy_.limits;
    if (auto d = tooLong(c.text, l.idea, "idea.text", &old->text)) return *d;
    if (c.author) {
        if (auto d = tooLong(c.author->name, l.name, "idea.author", &old->author)) return *d;
        if (auto d = tooLong(c.author->contact, l.contact, "idea.contact", &old->contact)) return *d;
    }
    if (c.theme != old->theme && !policy_.allowsTheme(c.theme))
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

Decision Decider::operator()(const SupportIdea& c) const {
    const Idea* old = find<Idea>(s_, c.id);
    if (!old || old->hidden) return refuse("not_found", "idea");
    // A resident supports what the wall shows them, nothing the public cannot see.
    if (is_.role == Role::Resident && !publicOnWall(*old)) return refuse("not_found", "idea");
    Idea i = *old;
    ++i.votes;
    return done({Put<Idea>{i}}, "idea " + c.id + " " + quote(old->text) + ", now " + std::to_string(i.votes));
}

Decision Decider::operator()(const SupportEarlier& c) const {
    const EarlierIdea* old = find<EarlierIdea>(s_, c.id);
    if (!old) return refuse("not_found", "earlier");
    EarlierIdea e = *old;
    ++e.votes;
    return done({Put<EarlierIdea>{e}}, "earlier idea " + c.id + " " + quote(old->text) + ", now " + std::to_string(e.votes) + " today");
}

Decision Decider::operator()(const AnswerIdea& c) const {
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

Decision Decider::operator()(const MergeIdeas& c) const {
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
    gone.mergedInto = target->id;  // its number stays, pointing to the one kept
    std::vector<Change> changes{Put<Idea>{joined}, Put<Idea>{gone}};
    for (auto& ch : closeActionsOf(s_, gone.id)) changes.push_back(std::move(ch));
    return done(std::move(changes), "idea " + c.duplicate + " into " + c.target + " " + quote(target->text));
}

// Each duplicate merged in turn as MergeIdeas would, on the session as the earlier ones left it;
// the log and the undo see one step. One that may not merge refuses the whole group.
Decision Decider::operator()(const MergeGroup& c) const {
    if (c.duplicates.empty()) return refuse("not_found", "idea");
    Session work = s_;
    std::vector<std::string> seen{c.target};
    for (const auto& dup : c.duplicates) {
        if (std::find(seen.begin(), seen.end(), dup) != seen.end()) return refuse("merge_not_allowed", "idea");
        seen.push_back(dup);
        const Decision d = Decider(work, is_, newId_, policy_)(MergeIdeas{dup, c.target, c.textFormat, c.reasonFormat});
        if (d.problem) return d;
        for (const auto& ch : d.changes) apply(work, ch);
    }
    // Each entity once, as it ends: the kept idea with every text and all support, the merged
    // ones hidden, an action that now shows closed words closed.
    std::vector<Change> out;
    for (const auto& id : seen) out.push_back(Put<Idea>{*find<Idea>(work, id)});
    for (const auto& a : work.actions)
        if (const Action* before = find<Action>(s_, a.id); before && !(*before == a)) out.push_back(Put<Action>{a});
    const Idea& joined = *find<Idea>(work, c.target);
    return done(std::move(out), std::to_string(c.duplicates.size()) + " ideas into " + c.target + " " + quote(joined.text));
}

// Once per meeting, by the kiosk that holds it: what its ideas' numbers start with.
Decision Decider::operator()(const SetIdeaPrefix& c) const {
    if (!isIdeaPrefix(c.prefix)) return refuse("value_range", "session.idea_prefix");
    if (!s_.info.ideaPrefix.empty()) return refuse("no_change", "session.idea_prefix");
    SessionInfo info = s_.info;
    info.ideaPrefix = c.prefix;
    std::vector<Change> changes{SetInfo{info}};
    // Ideas brought in before it (an imported meeting) get theirs now, in their order: counted on
    // from the highest once, not searched for per idea (a city's 50,000 would take minutes).
    Session prefixed;
    prefixed.info.ideaPrefix = c.prefix;
    for (const auto& i : s_.ideas)
        if (!i.number.empty()) prefixed.ideas.push_back(i);
    const std::string first = nextIdeaNumber(prefixed);
    long next = std::stol(first.substr(c.prefix.size() + 1));
    for (const auto& i : s_.ideas) {
        if (!i.number.empty()) continue;
        Idea n = i;
        n.number = c.prefix + "-" + std::to_string(next++);
        changes.push_back(Put<Idea>{std::move(n)});
    }
    return done(std::move(changes), "idea numbers start with " + c.prefix);
}

Decision Decider::operator()(const HideIdea& c) const {
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

Decision Decider::operator()(const RestoreIdea& c) const {
    const Idea* old = find<Idea>(s_, c.id);
    if (!old || !old->hidden) return refuse("not_found", "idea");
    Idea i = *old;
    i.hidden = false;
    i.hiddenReason.clear();
    return done({Put<Idea>{i}}, "idea " + c.id + " " + quote(old->text));
}

Decision Decider::operator()(const ApproveIdea& c) const {
    const Idea* old = find<Idea>(s_, c.id);
    if (!old || !old->pending) return refuse("not_found", "idea");
    Idea i = *old;
    i.pending = false;
    return done({Put<Idea>{i}}, "idea " + c.id + " " + quote(old->text));
}

Decision Decider::operator()(const SetIdeaVisibility& c) const {
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

Decision Decider::operator()(const IdeaToAction& c) const {
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

}  // namespace wk::decider
