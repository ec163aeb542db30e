#include "domain/Intent.h"

#include "domain/Decider.h"

#include <algorithm>
#include <cstdio>

#include "domain/Agenda.h"
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
WK_NAME(MergeGroup, "merge-group")
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
WK_NAME(AddContributions, "add-contributions")
WK_NAME(ResolvePoint, "resolve-point")
WK_NAME(SupportEarlier, "support-earlier")
WK_NAME(AgreeAction, "agree-action")
WK_NAME(CheckInVisit, "check-in")
WK_NAME(SetHeadCount, "set-head-count")
WK_NAME(OpenPoll, "open-poll")
WK_NAME(ClosePoll, "close-poll")
WK_NAME(AnswerPoll, "answer-poll")
WK_NAME(AddPaperTotals, "paper-totals")
WK_NAME(AdoptBudget, "adopt-budget")
WK_NAME(ProposeStatement, "propose-statement")
WK_NAME(PutUpStatement, "put-up-statement")
WK_NAME(ModerateWord, "moderate-word")
WK_NAME(HideWord, "hide-word")
WK_NAME(OpenEvaluation, "open-evaluation")
WK_NAME(CloseEvaluation, "close-evaluation")
WK_NAME(SetIdeaPrefix, "idea-numbers")
WK_NAME(AdoptMinutes, "adopt-minutes")
WK_NAME(AddNote, "add-note")
WK_NAME(EditNote, "edit-note")
WK_NAME(RemoveNote, "remove-note")
WK_NAME(AddAgendaItem, "add-agenda-item")
WK_NAME(EditAgendaItem, "edit-agenda-item")
WK_NAME(RemoveAgendaItem, "remove-agenda-item")
WK_NAME(NextAgendaItem, "next-item")
WK_NAME(AskFloor, "ask-floor")
WK_NAME(GiveFloor, "give-floor")
WK_NAME(EndTurn, "end-turn")
WK_NAME(WithdrawFloor, "withdraw-floor")
#undef WK_NAME

}  // namespace

namespace decider {

Decision refuse(std::string code, std::string field) { return {Problem{std::move(code), std::move(field)}, {}, {}, {}, {}}; }

// New input longer than the policy allows; `old`: the text as stored, which may stay as it was.
std::optional<Decision> tooLong(const std::string& text, int limit, const char* field, const std::string* old) {
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

}  // namespace decider

namespace {
using decider::refuse;

// What is made while an agenda item is current belongs to it: a new idea, note, action or
// placement is linked to the item (the minutes then file it there).
template <class T> void linkToAgenda(const Session& s, Change& c, const std::string& current) {
    if (auto* put = std::get_if<Put<T>>(&c); put && put->item.agenda.empty() && !find<T>(s, keyOf(put->item)))
        put->item.agenda = current;
}

}  // namespace

std::string_view commandName(const Intent& i) {
    return std::visit([](const auto& c) { return Name<std::decay_t<decltype(c)>>::value; }, i);
}

bool mayIssue(Role role, const Intent& i) {
    if (role != Role::Resident) return true;
    // What a resident may do, at the kiosk or from a phone: nothing that changes others' input.
    return std::holds_alternative<SubmitIdea>(i) || std::holds_alternative<SupportIdea>(i) || std::holds_alternative<SupportEarlier>(i) ||
           std::holds_alternative<JoinAsResident>(i) || std::holds_alternative<PlaceSlider>(i) ||
           std::holds_alternative<GiveReason>(i) || std::holds_alternative<SkipSlider>(i) ||
           (std::holds_alternative<AskFloor>(i) && std::get<AskFloor>(i).role == "resident") ||
           (std::holds_alternative<WithdrawFloor>(i) && !std::get<WithdrawFloor>(i).visit.empty()) ||
           std::holds_alternative<CheckInVisit>(i) || std::holds_alternative<AnswerPoll>(i) ||
           std::holds_alternative<ProposeStatement>(i);
}

// Nor a poll's closing: its answers and their pseudonyms are gone for good, as promised; nor a
// word left out (its pseudonym goes with it).
bool isUndoable(const Intent& i) {
    return !std::holds_alternative<SwitchPhase>(i) && !std::holds_alternative<ClosePoll>(i) &&
           !std::holds_alternative<CloseEvaluation>(i) && !std::holds_alternative<ModerateWord>(i);
}

std::string_view tooLongField(const Problem& p) {
    const std::string_view f = p.field;
    if (f == "idea.author" || f == "participant.name" || f == "participant.organisation") return "name";
    if (f == "idea.contact") return "contact";
    if (f == "placement.reason") return "reason";
    return "text";
}

Decision decide(const Session& s, const Issued& issued, const IdSource& newId, const Policy& policy) {
    if (!mayIssue(issued.role, issued.intent)) return refuse("not_allowed", std::string(commandName(issued.intent)));
    Decision d = std::visit(decider::Decider(s, issued, newId, policy), issued.intent);
    if (d.problem) return d;
    if (const AgendaItem* current = currentItem(s.agenda))
        for (auto& c : d.changes) {
            linkToAgenda<Idea>(s, c, current->id);
            linkToAgenda<Note>(s, c, current->id);
            linkToAgenda<Action>(s, c, current->id);
            linkToAgenda<Placement>(s, c, current->id);
        }
    // Every change meets the stored rules too. The changes of one intent touch different
    // entities and never depend on one another, so each is checked against the session as it is:
    // no copy of a session of thousands of ideas for one merge.
    // The one exception: contributions may file actions under opgaven the same decision adds;
    // such an action is checked as if filed under none (its opgave is checked on its own).
    std::vector<std::string> newOpgaven;
    for (const auto& c : d.changes)
        if (const auto* o = std::get_if<Put<Opgave>>(&c); o && !find<Opgave>(s, o->item.id)) newOpgaven.push_back(o->item.id);
    for (auto& c : d.changes) {
        c = normalized(std::move(c));
        Change checked = c;
        if (auto* a = std::get_if<Put<Action>>(&checked);
            a && std::find(newOpgaven.begin(), newOpgaven.end(), a->item.opgave) != newOpgaven.end())
            a->item.opgave.clear();
        if (auto p = validate(s, checked)) return {p, {}, {}, {}, {}};
    }
    return d;
}

}  // namespace wk
