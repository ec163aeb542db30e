// The domain's rules: SMART check, answer completeness, median and spread, what an audience sees.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/Types.h"

namespace wk {

// Which parts of a SMART action are there (Helmond 001's footnote, 002 section 3.5): Specifiek
// (what, and a party with someone who does it), Meetbaar (the indicator), Acceptabel (the party
// said yes at the table), Realistisch (budget or capacity named), Tijdgebonden (the deadline).
struct SmartCheck {
    bool what = false, indicator = false, owner = false, deadline = false;
    bool agreed = false, realistic = false;
    bool smart() const { return what && indicator && owner && agreed && realistic && deadline; }
};
SmartCheck smartCheck(const Action&);

// An answer is complete when it has what its value asks for: a motivation for nooit/nee,
// a condition and the date of a final answer for ooit/ja_mits.
enum class AnswerState { Unanswered, Incomplete, Complete };
struct AnswerCheck {
    AnswerState state = AnswerState::Unanswered;
    bool needsMotivation = false, needsCondition = false, needsDue = false;  // still missing
};
AnswerCheck answerCheck(const Response&, ResponseScheme);
// ooit / ja_mits: an answer that depends on something, with a condition and a date to come back.
bool isLaterAnswer(const std::string& value);
// nooit / nee: a refusal, which needs a motivation. nu / ja: a yes.
bool isNegativeAnswer(const std::string& value);
bool isPositiveAnswer(const std::string& value);
bool isValidResponseValue(const std::string& value, ResponseScheme);

// Median and spread of the placements on one slider; skipped placements are counted apart.
struct SliderStats {
    std::optional<double> medianNow, medianDesired;
    int spreadNow = 0, spreadDesired = 0;  // highest minus lowest
    int placedNow = 0, placedDesired = 0, skipped = 0;
};
std::optional<double> median(std::vector<int> values);
SliderStats sliderStats(const Session&, const std::string& sliderKey);
// Whether the room wants to move on this slider: the medians of now and desired lie more than
// two points apart (the arrow on the chart, the console and the room).
bool medianShifts(const SliderStats&);
// Slider keys ordered by how much the estimates of now differ, most first (ties: desired).
std::vector<std::string> slidersByDisagreement(const Session&);

// The lowest and highest estimate of now on one slider, for "Waar verschillen we?".
// Both absent when nobody placed now; the same placement when only one did.
struct Outermost {
    const Placement* low = nullptr;
    const Placement* high = nullptr;
};
Outermost outermostNow(const Session&, const std::string& sliderKey);

// Whether `duplicate` may be merged into `target` (its text then lives on in the target): not a
// closed idea into a public one, which would publish its text, and not an idea into itself.
bool canMerge(const Idea& duplicate, const Idea& target);

// Residents' names are personal data: shown publicly only with consent. The roles that make a
// participant a resident, for every door (the archive passes them to its SQL as a parameter).
const std::vector<std::string>& residentRoles();
bool isResidentRole(const std::string& role);

// What an audience may see: Public drops everything closed, hidden or unreviewed ideas, every
// contact, and residents' names (and what names them) given without consent; Internal is the
// session as it is.
// A meeting that may be removed (by the facilitator, after confirmation): nothing was brought in
// beyond its making and the actions carried over from earlier meetings: no idea, placement, note,
// answer or action of its own. Any other meeting is kept: it happened.
bool isRemovable(const Session&);

Session visibleTo(const Session&, Audience);
// The residents' names the public may not read anywhere (given without consent).
std::vector<std::string> unnamedIn(const Session&);
bool isVisible(Visibility, Audience);

// Ideas' numbers (issue 32). A prefix is an area's code (1 to 6 capitals or digits), a hyphen and
// the meeting's number in the wijk: "BH-3".
bool isIdeaPrefix(const std::string&);
// The number a new idea gets: the prefix and one more than the highest counter under it; empty
// without a prefix.
std::string nextIdeaNumber(const Session&);
// An area's code: 1 to 6 capitals or digits.
bool isAreaCode(const std::string&);
// An idea's number: a prefix, a hyphen and a counter ("BH-3-17").
bool isIdeaNumber(const std::string&);

}  // namespace wk
