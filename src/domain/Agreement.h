// Where the room agrees and where it is split (issue 31): the thresholds, written once, that the
// console, the room screen and the minutes all read. Pol.is's idea for statements; MeetingSphere's
// strong-dissent flag for the sliders' estimates of "now".
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Polls.h"
#include "domain/Types.h"

namespace wk {

struct AgreementPolicy {
    // A statement needs this many answers eens or oneens (weet niet does not count) to say
    // anything; then at least 70 % one way is agreement, 40 to 60 % eens is a divided room.
    static constexpr long long kMinAnswers = 10;
    static constexpr int kAgreePercent = 70;
    static constexpr int kDividedFrom = 40, kDividedTo = 60;
    // A slider is split when, of at least 4 estimates of "now", a quarter or more are at 30 or
    // lower and a quarter or more at 70 or higher: two camps, not just a wide spread.
    static constexpr int kSplitMinEstimates = 4;
    static constexpr int kSplitLow = 30, kSplitHigh = 70;
};

enum class Verdict { TooFew, AgreeEens, AgreeOneens, Divided, Leaning };
// The verdict's word: too_few, eens, oneens, divided, leaning (the screens' key is "agree.verdict_" + it).
std::string_view toString(Verdict);

struct StatementCount {
    long long eens = 0, oneens = 0, weetNiet = 0;
    long long decided() const { return eens + oneens; }
    int eensPercent() const;  // of eens and oneens, rounded; 0 when none
};
StatementCount countOf(const Tally&);
Verdict verdictOf(const StatementCount&);

// The statements of a session with their counts and verdicts, in order; only public ones when
// `publicOnly` (a public phase, the phone, the public minutes).
struct StatementResult {
    const Poll* poll = nullptr;
    StatementCount count;
    Verdict verdict = Verdict::TooFew;
};
std::vector<StatementResult> statementResults(const Session&, bool publicOnly);

// Whether the estimates of "now" of one slider are split in two camps.
bool isSplit(const std::vector<int>& estimates);
// The sliders of a session whose estimates of "now" are split (their keys, in slider order).
std::vector<std::string> splitSliders(const Session&);

}  // namespace wk
