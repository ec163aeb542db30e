// Intents: what a person did, in the meeting's words, with the role they did it in. Screens,
// phones and replay scripts send these; the domain decides (decide()) whether the role may, what
// the rules say, and which stored entities change. Nothing else changes a session.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/Change.h"
#include "domain/Policy.h"
#include "domain/Types.h"

namespace wk {

// Who did it: a resident (at the kiosk or on a phone), the facilitator (after the PIN), or the
// system itself (import, carry-over, purge).
enum class Role { Resident, Facilitator, System };
std::string_view toString(Role);

// Ideas.
struct SubmitIdea {
    std::string text, theme, author, contact;
    bool consent = false;  // the name may be shown publicly
    std::optional<MapPin> map;
};
// The personal part of an idea: who brought it in, how to reach them, and whether their name
// may be shown.
struct Author {
    std::string name, contact;
    bool consent = false;
};
// In a public phase the editor does not see who brought an idea in: it leaves `author` empty and
// the stored name and contact stay as they are.
struct EditIdea {
    std::string id, text, theme;
    std::optional<MapPin> map;
    std::optional<Author> author;
};
struct SupportIdea { std::string id; };
// Support again for an idea of last time ("Vorige keer"), counted in this meeting.
struct SupportEarlier { std::string id; };
struct AnswerIdea { std::string id; Response response; };
// The duplicate joins the target: supports add up, both texts stay, the duplicate is hidden with
// a reason. The words come from the screen, in the kiosk's language ("{}" is the other text).
struct MergeIdeas {
    std::string duplicate, target;
    std::string textFormat = "Ook ingebracht: {}", reasonFormat = "Samengevoegd met: {}";
};
// Issue 34: ideas that say the same, merged into one in a single step (undone as one).
struct MergeGroup {
    std::string target;
    std::vector<std::string> duplicates;
    std::string textFormat = "Ook ingebracht: {}", reasonFormat = "Samengevoegd met: {}";
};
struct HideIdea { std::string id, reason; };
struct RestoreIdea { std::string id; };
struct ApproveIdea { std::string id; };
struct SetIdeaVisibility { std::string id; Visibility visibility = Visibility::Closed; };
// A new action of the plan made from an idea, filed under the first opgave, linked both ways.
struct IdeaToAction { std::string idea; };

// How the meeting runs.
struct SetModeration { bool on = false; };
struct SetResidentPlacing { bool on = false; };
struct SetBlind { bool on = false; };  // off again is "reveal everyone"
struct SwitchPhase { Visibility phase = Visibility::Closed; };
struct EditSessionInfo {
    std::string title, location, chair, dossier;
    std::string time = {}, publicAt = {};  // HH:MM: when it begins, when its public part does
};
// One of the seven bouwstenen (0-6) rated 1 to 5, or 0 to take the rating back.
struct RateBouwsteen { int index = 0, score = 0; };
struct AddParticipant {
    std::string name, role, organisation;
    bool consent = false;
};

// A resident on a phone, about to place sliders: an anonymous participant of their own (a
// bewoner without a name), only while the facilitator has opened placing to residents.
struct JoinAsResident {};

// The five sliders.
struct PlaceSlider {
    std::string participant, slider;
    std::optional<int> now, desired;  // absent: not (yet) placed
};
struct GiveReason { std::string participant, slider, reason; };
struct SkipSlider { std::string participant, slider; };

// The plan.
struct AddOpgave { std::string title, description; };
struct EditOpgave { std::string id, title, description; };
struct RemoveOpgave { std::string id; };
// What a person fills in for an action; links, origin and history are the domain's to keep.
struct ActionFields {
    std::string opgave, what, indicator;
    std::optional<Party> party;
    std::string owner, deadline, budget;
    ActionStatus status = ActionStatus::Gepland;
    std::vector<std::string> koppelkansen;
    Visibility visibility = Visibility::Closed;
    std::optional<std::int64_t> amountCents;  // from `budget`, in euro cents
    PointKind point = PointKind::None;        // a contribution to discuss or to decide on
};
struct AddAction { ActionFields fields; };
struct EditAction { std::string id; ActionFields fields; };
struct SetActionStatus { std::string id; ActionStatus status = ActionStatus::Gepland; };
// Takes the place of `target` (and its opgave); later actions shift.
struct MoveAction { std::string id, target; };
struct RemoveAction { std::string id; };
// A party's contribution sheet, read back whole (all or nothing): its actions into the plan,
// under the party, each marked as a discussion or a decision point; opgaven named in it that
// the plan does not have yet are added first.
struct AddContributions {
    Party party = Party::Gemeente;
    std::vector<std::string> opgaven;  // titles, in the sheet's order
    std::vector<ActionFields> actions;  // `opgave` holds the opgave's title here
    std::string source;                 // the file, for the log
};
// The room's answer to a discussion or decision point.
// SMART's A: the party agreed at the table to do this (or the tick is taken back).
struct AgreeAction { std::string id; bool agreed = true; };
struct ResolvePoint {
    std::string id;
    PointOutcome outcome = PointOutcome::Open;
};

// The live minutes.
struct AddNote {
    NoteKind kind = NoteKind::Note;
    std::string text;
    Visibility visibility = Visibility::Closed;
};
struct EditNote {
    std::string id;
    NoteKind kind = NoteKind::Note;
    std::string text;
    Visibility visibility = Visibility::Closed;
};
struct RemoveNote { std::string id; };

// The agenda (the facilitator's).
struct AgendaFields {
    std::string title, introducer;
    int minutes = 0;
    AgendaKind kind = AgendaKind::Bespreken;
    Visibility visibility = Visibility::Public;
};
struct AddAgendaItem { AgendaFields fields; };
struct EditAgendaItem { std::string id; AgendaFields fields; };
struct RemoveAgendaItem { std::string id; };
// Ends the current item and starts `id`, or the first one not yet held when empty; after the
// last one, the meeting has no current item.
struct NextAgendaItem { std::string id; };

// Spreekrecht. A resident asks at the kiosk or on a phone (role "resident"); the facilitator may
// put an official or a partner on the list too. One request per visit while it waits.
struct AskFloor {
    std::string name, role = "resident";
    bool consent = false;  // the name may be shown on the room screen
    std::string visit;
};
struct GiveFloor { std::string id; };  // empty: the first one waiting; ends whoever spoke
struct EndTurn {};
// Off the list without speaking: by the facilitator, or by the resident's own visit.
struct WithdrawFloor {
    std::string id;
    std::string visit = {};
};

// Who came (issue 30): "Ik ben er" from a phone's or the kiosk's visit (once per visit); the
// facilitator's head count.
struct CheckInVisit {
    std::string kind = "resident", channel = "phone", name;
    bool consent = false;  // the name is kept only with it
    std::string visit;
};
struct SetHeadCount { int count = 0; };

// Polls (issue 30): the facilitator opens one question at a time and closes it; a visit answers
// under a pseudonym for this poll alone (the service makes it; never the visit itself).
struct PollFields {
    std::string question;
    PollKind kind = PollKind::One;
    std::vector<std::string> options;
    long long total = 0;
    int maxChoices = 0;
    Visibility visibility = Visibility::Public;
    bool live = false;
};
struct OpenPoll { PollFields fields; };
struct ClosePoll { std::string id; };
struct AnswerPoll {
    std::string poll, who, channel = "phone";
    std::vector<long long> values;
    std::string text = {};  // a word or an open question's answer
};
// Paper ballots counted by hand: per option (a scale: per value) and how many papers.
struct AddPaperTotals {
    std::string poll;
    std::vector<long long> counts;
    long long papers = 0;
};
struct AdoptBudget { std::string poll; };

// Issue 31. A resident proposes a statement (it waits for the facilitator, who puts it up or
// turns it down); a one-word answer waiting for moderation is let in or left out; a word taken
// off the cloud (or put back) by its stem.
struct ProposeStatement {
    std::string text, visit;
};
struct PutUpStatement {
    std::string id;
    bool accept = true;  // false: turned down (removed)
};
struct ModerateWord {
    std::string poll, who;
    bool admit = true;  // false: left out (removed)
};
struct HideWord {
    std::string stem;
    bool hidden = true;
};
// The evaluation (the quickscan): statements on a 1-to-5 scale and one open question, opened
// together and closed together.
struct OpenEvaluation {
    std::vector<std::string> statements;
    std::string question;
    std::vector<std::string> scale;  // the words for 1..5
};
struct CloseEvaluation {};

// Issue 35: the minutes adopted ("vastgesteld"), usually at the next meeting; undone as any step.
struct AdoptMinutes { bool adopted = true; };

// Issue 32: what the meeting's ideas' numbers start with ("BH-3"), set once.
struct SetIdeaPrefix { std::string prefix; };

using Intent = std::variant<SubmitIdea, EditIdea, SupportIdea, SupportEarlier, AnswerIdea, MergeIdeas, MergeGroup, HideIdea, RestoreIdea,
                            ApproveIdea, SetIdeaVisibility, IdeaToAction, SetModeration, SetResidentPlacing,
                            SetBlind, SwitchPhase, EditSessionInfo, RateBouwsteen, AddParticipant, JoinAsResident, PlaceSlider, GiveReason,
                            SkipSlider, AddOpgave, EditOpgave, RemoveOpgave, AddAction, EditAction,
                            SetActionStatus, MoveAction, RemoveAction, AddContributions, ResolvePoint, AgreeAction, AddNote, EditNote, RemoveNote, AddAgendaItem,
                            EditAgendaItem, RemoveAgendaItem, NextAgendaItem, AskFloor, GiveFloor, EndTurn, WithdrawFloor,
                            CheckInVisit, SetHeadCount, OpenPoll, ClosePoll, AnswerPoll, AddPaperTotals, AdoptBudget,
                            ProposeStatement, PutUpStatement, ModerateWord, HideWord, OpenEvaluation, CloseEvaluation, SetIdeaPrefix, AdoptMinutes>;

// An intent as issued: by whom and when (local ISO time; the domain reads no clock).
struct Issued {
    Intent intent;
    Role role = Role::Resident;
    std::string at;
};

// The command's name in the edit log and on the undo button: "submit", "merge", ...
std::string_view commandName(const Intent&);
// Whether the role may issue it at all (the rules then say whether it may now).
bool mayIssue(Role, const Intent&);
// Undo never takes back a phase switch: undo must not turn a room with the public in it closed.
bool isUndoable(const Intent&);

// New ids come from the store, inside the write transaction ("i12").
using IdSource = std::function<std::string(char prefix)>;

// What an intent does: the changes to store, in order, and the log's words for it. A refusal
// has a problem and no changes.
struct Decision {
    std::optional<Problem> problem;
    std::vector<Change> changes;
    std::string summary;      // readable, for the edit log
    std::string anonSummary;  // the same without anyone's name: what a purge leaves
    std::string createdId;    // the new entity's id, when the intent made one
};
// `policy`: the limits and themes new input must keep to (an import or a pull does not pass here,
// so an older, longer text stays as it was).
Decision decide(const Session&, const Issued&, const IdSource& newId, const Policy& policy);
// "text", "name", "contact" or "reason": which kind of field a "too_long" problem is about, for
// the one message every door shows.
std::string_view tooLongField(const Problem&);

}  // namespace wk
