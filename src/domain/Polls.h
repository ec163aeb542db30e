// The room's voice (issue 30): who came, and polls. What a poll and an answer must be, and what a
// poll's answers add up to: counts per option, a ranking by Borda count, a budget split as each
// option's mean amount rounded to whole euros that still add up to the total.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Change.h"
#include "domain/Policy.h"
#include "domain/Types.h"

namespace wk {

std::string_view toString(PollKind);  // one, several, scale, ranking, budget, statement, word, open
std::optional<PollKind> parsePollKind(std::string_view);

constexpr int kMaxPollOptions = 12;
constexpr int kScalePoints = 5;
constexpr long long kMaxBudgetEuros = 10'000'000;
constexpr int kStatementAnswers = 3;  // eens, oneens, weet niet: the values 0, 1, 2
constexpr int kMaxWordLength = 40;
// A one-word question's words are shown once this many gave one: a single word on the room would
// say who typed it at the kiosk a moment ago.
constexpr std::size_t kMinWordsShown = 3;
constexpr int kMaxStatementLength = 200;
constexpr long long kMaxProposals = 20;  // statements residents proposed, waiting at once

// How many counts a poll keeps: one per option, a scale one per value, a statement three.
std::size_t slots(const Poll&);
// A word or an open question: answered in text.
bool isTextKind(PollKind);

// What is wrong with a poll as it would be stored (field "poll.question", "poll.options", ...).
std::optional<Problem> pollProblem(const Poll&);
// What is wrong with an answer to `poll`: an option that does not exist ("unknown_option"), two
// of the same, too many or none chosen ("value_range"), a ranking missing an option
// ("ranking_incomplete"), a budget split over or under the total or with a negative part
// ("budget_total", "value_range").
std::optional<Problem> answerProblem(const Poll&, const std::vector<long long>& values);

// What is wrong with the text of an answer: any text for a poll answered by choice; for a word,
// more than one word, only stop words, over 40 characters ("one_word", "text_empty",
// "text_too_long"); for an open question, over the idea's limit; control characters anywhere.
std::optional<Problem> answerTextProblem(const Poll&, const std::string& text, const TextLimits&);
// A word or open question's admitted answers as each distinct one (a word in lower case) with
// its count, alphabetically: what the poll keeps at closing.
std::pair<std::vector<std::string>, std::vector<long long>> textTally(const Poll&, const std::vector<const PollAnswer*>&);

bool isOpen(const Poll&);
// A statement a resident proposed, not yet put up: neither opened nor closed.
bool isProposed(const Poll&);
// The poll opened last of those open now, if any: a question of its own, not a statement or
// part of the evaluation (those are answered as rounds: one after the other).
const Poll* openPoll(const Session&);
// The statements open now, and the evaluation's questions, in order.
std::vector<const Poll*> openStatements(const Session&);
std::vector<const Poll*> openEvaluation(const Session&);
// The answers to `poll` in `s`.
std::vector<const PollAnswer*> answersTo(const Session&, const std::string& poll);

// What a poll's answers add up to. Per option (a scale: per value 1..5): the count of choices
// (with the paper totals), a ranking's Borda points (first of n gets n-1), a budget split's mean
// euros (largest remainders, so they add up to the total); and how many answered, by channel.
struct Tally {
    std::vector<long long> values;
    long long phone = 0, kiosk = 0, paper = 0;
    long long answered() const { return phone + kiosk + paper; }
};
Tally tally(const Poll&, const std::vector<const PollAnswer*>& answers);
// The result as it stands: a closed poll's stored one, an open poll's from its answers in `s`.
Tally resultOf(const Session& s, const Poll&);
// A scale's mean value (1..5) over its counts; 0 when nobody answered.
double scaleMean(const Tally&);

// `amounts` rounded to whole units so they add up to `total` (largest remainder; ties to the
// earlier option). `sums` are exact sums over `count` answers.
std::vector<long long> meanShares(const std::vector<long long>& sums, long long count, long long total);

// Who came, by kind (resident, official, partner) and by channel (phone, kiosk).
struct Attendance {
    std::map<std::string, long long> byKind, byChannel;
    long long checkedIn = 0;
    int headCount = 0;  // the facilitator's count, the figure of record (0: none)
};
Attendance attendance(const Session&);

}  // namespace wk
