// The domain's intent handlers, one class across several files by family (DecideIdeas.cpp,
// DecideMeeting.cpp, DecideSliders.cpp, DecidePlan.cpp, DecideMinutes.cpp), as Tracy splits its
// View: each file reads in one sitting. Only decide() (Intent.cpp) uses it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/Intent.h"

namespace wk::decider {

using P = std::optional<Problem>;
Decision refuse(std::string code, std::string field);
// New input longer than the policy allows; `old`: the text as stored, which may stay as it was.
std::optional<Decision> tooLong(const std::string& text, int limit, const char* field, const std::string* old = nullptr);
// A short quote of a text for the log: enough to recognise it, never a whole page.
std::string quote(const std::string& text);
// `fmt` with "{}" replaced by `value` (or `value` after it).
std::string format(const std::string& fmt, const std::string& value);
bool publicOnWall(const Idea& i);
// The actions made from an idea that would still show its words to the public.
std::vector<Change> closeActionsOf(const Session& s, const std::string& ideaId);

class Decider {
public:
    Decider(const Session& s, const Issued& is, const IdSource& newId, const Policy& policy)
        : s_(s), is_(is), newId_(newId), policy_(policy) {}

    Decision operator()(const SubmitIdea&) const;
    Decision operator()(const EditIdea&) const;
    Decision operator()(const SupportIdea&) const;
    Decision operator()(const AnswerIdea&) const;
    Decision operator()(const MergeIdeas&) const;
    Decision operator()(const MergeGroup&) const;
    Decision operator()(const HideIdea&) const;
    Decision operator()(const RestoreIdea&) const;
    Decision operator()(const ApproveIdea&) const;
    Decision operator()(const SetIdeaVisibility&) const;
    Decision operator()(const IdeaToAction&) const;
    Decision operator()(const SetModeration&) const;
    Decision operator()(const SetResidentPlacing&) const;
    Decision operator()(const SetBlind&) const;
    Decision operator()(const SwitchPhase&) const;
    Decision operator()(const EditSessionInfo&) const;
    Decision operator()(const RateBouwsteen&) const;
    Decision operator()(const AddParticipant&) const;
    Decision operator()(const JoinAsResident&) const;
    Decision operator()(const PlaceSlider&) const;
    Decision operator()(const GiveReason&) const;
    Decision operator()(const SkipSlider&) const;
    Decision operator()(const AddOpgave&) const;
    Decision operator()(const EditOpgave&) const;
    Decision operator()(const RemoveOpgave&) const;
    Decision operator()(const AddAction&) const;
    Decision operator()(const EditAction&) const;
    Decision operator()(const SetActionStatus&) const;
    Decision operator()(const MoveAction&) const;
    Decision operator()(const RemoveAction&) const;
    Decision operator()(const AddContributions&) const;
    Decision operator()(const ResolvePoint&) const;
    Decision operator()(const AgreeAction&) const;
    Decision operator()(const SupportEarlier&) const;
    Decision operator()(const AddNote&) const;
    Decision operator()(const AdoptMinutes&) const;
    Decision operator()(const EditNote&) const;
    Decision operator()(const RemoveNote&) const;
    Decision operator()(const AddAgendaItem&) const;
    Decision operator()(const EditAgendaItem&) const;
    Decision operator()(const RemoveAgendaItem&) const;
    Decision operator()(const NextAgendaItem&) const;
    Decision operator()(const AskFloor&) const;
    Decision operator()(const GiveFloor&) const;
    Decision operator()(const EndTurn&) const;
    Decision operator()(const WithdrawFloor&) const;
    Decision operator()(const CheckInVisit&) const;
    Decision operator()(const SetHeadCount&) const;
    Decision operator()(const OpenPoll&) const;
    Decision operator()(const ClosePoll&) const;
    Decision operator()(const AnswerPoll&) const;
    Decision operator()(const AddPaperTotals&) const;
    Decision operator()(const AdoptBudget&) const;
    Decision operator()(const ProposeStatement&) const;
    Decision operator()(const PutUpStatement&) const;
    Decision operator()(const ModerateWord&) const;
    Decision operator()(const HideWord&) const;
    Decision operator()(const OpenEvaluation&) const;
    Decision operator()(const CloseEvaluation&) const;
    Decision operator()(const SetIdeaPrefix&) const;

private:
    // A poll closed: its answers become its result and go (the changes appended); how many answered.
    long long closeInto(const Poll&, std::vector<Change>&) const;
    // What is wrong with a statement's text: empty, control characters, too long, only stop words.
    std::optional<Problem> statementProblem(const std::string&) const;
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
    P mayPlace(const std::string& participant, const std::string& slider) const;
    Placement placementOf(const std::string& participant, const std::string& slider) const;
    static void fill(Action& a, const ActionFields& f);

    const Session& s_;
    const Issued& is_;
    const IdSource& newId_;
    const Policy& policy_;
};

}  // namespace wk::decider
