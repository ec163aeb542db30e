#include "domain/Agreement.h"

#include <algorithm>

namespace wk {

std::string_view toString(Verdict v) {
    switch (v) {
        case Verdict::AgreeEens: return "eens";
        case Verdict::AgreeOneens: return "oneens";
        case Verdict::Divided: return "divided";
        case Verdict::Leaning: return "leaning";
        case Verdict::TooFew: return "too_few";
    }
    return "too_few";
}

int StatementCount::eensPercent() const {
    const long long n = decided();
    return n > 0 ? static_cast<int>((eens * 100 + n / 2) / n) : 0;
}

StatementCount countOf(const Tally& t) {
    StatementCount c;
    if (t.values.size() >= 3) c.eens = t.values[0], c.oneens = t.values[1], c.weetNiet = t.values[2];
    return c;
}

Verdict verdictOf(const StatementCount& c) {
    using P = AgreementPolicy;
    if (c.decided() < P::kMinAnswers) return Verdict::TooFew;
    // Compared in whole numbers: 7 of 10 is exactly 70 %.
    if (c.eens * 100 >= P::kAgreePercent * c.decided()) return Verdict::AgreeEens;
    if (c.oneens * 100 >= P::kAgreePercent * c.decided()) return Verdict::AgreeOneens;
    if (c.eens * 100 >= P::kDividedFrom * c.decided() && c.eens * 100 <= P::kDividedTo * c.decided()) return Verdict::Divided;
    return Verdict::Leaning;
}

std::vector<StatementResult> statementResults(const Session& s, bool publicOnly) {
    std::vector<StatementResult> out;
    for (const auto& p : s.polls) {
        if (p.kind != PollKind::Statement || p.opened.empty()) continue;
        if (publicOnly && p.visibility != Visibility::Public) continue;
        StatementResult r;
        r.poll = &p;
        r.count = countOf(resultOf(s, p));
        r.verdict = verdictOf(r.count);
        out.push_back(r);
    }
    return out;
}

bool isSplit(const std::vector<int>& v) {
    using P = AgreementPolicy;
    const auto n = static_cast<long long>(v.size());
    if (n < P::kSplitMinEstimates) return false;
    const auto low = std::count_if(v.begin(), v.end(), [](int x) { return x <= P::kSplitLow; });
    const auto high = std::count_if(v.begin(), v.end(), [](int x) { return x >= P::kSplitHigh; });
    return low * 4 >= n && high * 4 >= n;  // a quarter or more at each end
}

std::vector<std::string> splitSliders(const Session& s) {
    std::vector<std::string> out;
    for (const auto& slider : s.sliders) {
        std::vector<int> now;
        for (const auto& p : s.placements)
            if (p.slider == slider.key && p.now) now.push_back(*p.now);
        if (isSplit(now)) out.push_back(slider.key);
    }
    return out;
}

}  // namespace wk
