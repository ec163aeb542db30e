#include "domain/Polls.h"

#include <algorithm>
#include <numeric>

#include "domain/Lookup.h"
#include "domain/Text.h"
#include "domain/WordCloud.h"

namespace wk {

std::string_view toString(PollKind k) {
    switch (k) {
        case PollKind::One: return "one";
        case PollKind::Several: return "several";
        case PollKind::Scale: return "scale";
        case PollKind::Ranking: return "ranking";
        case PollKind::Budget: return "budget";
        case PollKind::Statement: return "statement";
        case PollKind::Word: return "word";
        case PollKind::Open: return "open";
    }
    return "one";
}

std::optional<PollKind> parsePollKind(std::string_view w) {
    for (PollKind k : {PollKind::One, PollKind::Several, PollKind::Scale, PollKind::Ranking, PollKind::Budget, PollKind::Statement,
                        PollKind::Word, PollKind::Open})
        if (toString(k) == w) return k;
    return std::nullopt;
}

namespace {
std::optional<Problem> wrong(const char* code, const char* field) { return Problem{code, field, 0}; }
}  // namespace

std::size_t slots(const Poll& p) {
    if (p.kind == PollKind::Scale) return kScalePoints;
    if (p.kind == PollKind::Statement) return kStatementAnswers;
    return p.options.size();
}

bool isTextKind(PollKind k) { return k == PollKind::Word || k == PollKind::Open; }

std::optional<Problem> pollProblem(const Poll& p) {
    if (isBlank(p.question)) return wrong("text_empty", "poll.question");
    if (p.kind == PollKind::Scale) {
        if (p.options.size() != kScalePoints) return wrong("value_range", "poll.options");
    } else if (p.kind == PollKind::Statement) {
        if (!p.options.empty()) return wrong("value_range", "poll.options");  // eens, oneens, weet niet
    } else if (isTextKind(p.kind)) {
        // Open: none yet. Closed: each distinct answer once, with its count in `result`.
        if (p.closed.empty() && !p.options.empty()) return wrong("value_range", "poll.options");
        if (p.options.size() != p.result.size()) return wrong("value_range", "poll.result");
    } else {
        if (p.options.size() < 2 || p.options.size() > kMaxPollOptions) return wrong("value_range", "poll.options");
        for (const auto& o : p.options)
            if (isBlank(o)) return wrong("text_empty", "poll.options");
        for (std::size_t i = 0; i < p.options.size(); ++i)
            for (std::size_t j = i + 1; j < p.options.size(); ++j)
                if (p.options[i] == p.options[j]) return wrong("duplicate", "poll.options");
    }
    if (p.kind == PollKind::Budget && (p.total < 1 || p.total > kMaxBudgetEuros)) return wrong("value_range", "poll.total");
    if (p.maxChoices < 0 || p.maxChoices > static_cast<int>(p.options.size())) return wrong("value_range", "poll.max_choices");
    if (!p.paper.empty() && p.paper.size() != slots(p)) return wrong("value_range", "poll.paper");
    if (!p.result.empty() && p.result.size() != slots(p)) return wrong("value_range", "poll.result");
    for (const auto* v : {&p.paper, &p.result})
        for (long long x : *v)
            if (x < 0) return wrong("value_range", "poll.counts");
    if (p.phoneAnswers < 0 || p.kioskAnswers < 0 || p.paperAnswers < 0) return wrong("value_range", "poll.counts");
    if (p.adopted && (p.kind != PollKind::Budget || p.closed.empty())) return wrong("value_range", "poll.adopted");
    return std::nullopt;
}

std::optional<Problem> answerProblem(const Poll& p, const std::vector<long long>& v) {
    const auto n = static_cast<long long>(p.options.size());
    switch (p.kind) {
        case PollKind::One:
            if (v.size() != 1) return wrong("value_range", "answer.values");
            if (v[0] < 0 || v[0] >= n) return wrong("unknown_option", "answer.values");
            return std::nullopt;
        case PollKind::Several: {
            if (v.empty()) return wrong("value_range", "answer.values");
            if (p.maxChoices > 0 && static_cast<int>(v.size()) > p.maxChoices) return wrong("too_many", "answer.values");
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (v[i] < 0 || v[i] >= n) return wrong("unknown_option", "answer.values");
                for (std::size_t j = i + 1; j < v.size(); ++j)
                    if (v[i] == v[j]) return wrong("value_range", "answer.values");
            }
            return std::nullopt;
        }
        case PollKind::Scale:
            if (v.size() != 1 || v[0] < 1 || v[0] > kScalePoints) return wrong("value_range", "answer.values");
            return std::nullopt;
        case PollKind::Ranking: {
            // Every option once: a permutation.
            if (static_cast<long long>(v.size()) != n) return wrong("ranking_incomplete", "answer.values");
            std::vector<bool> seen(static_cast<std::size_t>(n), false);
            for (long long x : v) {
                if (x < 0 || x >= n) return wrong("unknown_option", "answer.values");
                if (seen[static_cast<std::size_t>(x)]) return wrong("ranking_incomplete", "answer.values");
                seen[static_cast<std::size_t>(x)] = true;
            }
            return std::nullopt;
        }
        case PollKind::Statement:
            if (v.size() != 1 || v[0] < 0 || v[0] >= kStatementAnswers) return wrong("value_range", "answer.values");
            return std::nullopt;
        case PollKind::Word:
        case PollKind::Open:
            if (!v.empty()) return wrong("value_range", "answer.values");
            return std::nullopt;
        case PollKind::Budget: {
            if (static_cast<long long>(v.size()) != n) return wrong("unknown_option", "answer.values");
            long long sum = 0;
            for (long long x : v) {
                if (x < 0 || x > kMaxBudgetEuros) return wrong("value_range", "answer.values");
                sum += x;
            }
            if (sum != p.total) return wrong("budget_total", "answer.values");
            return std::nullopt;
        }
    }
    return wrong("value_range", "answer.values");
}

bool isOpen(const Poll& p) { return !p.opened.empty() && p.closed.empty(); }
bool isProposed(const Poll& p) { return p.opened.empty() && p.closed.empty(); }

const Poll* openPoll(const Session& s) {
    const Poll* last = nullptr;
    for (const auto& p : s.polls)
        if (isOpen(p) && p.kind != PollKind::Statement && !p.evaluation) last = &p;
    return last;
}

std::vector<const Poll*> openStatements(const Session& s) {
    std::vector<const Poll*> out;
    for (const auto& p : s.polls)
        if (isOpen(p) && p.kind == PollKind::Statement && !p.evaluation) out.push_back(&p);
    return out;
}

std::vector<const Poll*> openEvaluation(const Session& s) {
    std::vector<const Poll*> out;
    for (const auto& p : s.polls)
        if (isOpen(p) && p.evaluation) out.push_back(&p);
    return out;
}

std::vector<const PollAnswer*> answersTo(const Session& s, const std::string& poll) {
    std::vector<const PollAnswer*> out;
    for (const auto& a : s.answers)
        if (a.poll == poll) out.push_back(&a);
    return out;
}

std::vector<long long> meanShares(const std::vector<long long>& sums, long long count, long long total) {
    std::vector<long long> out(sums.size(), 0);
    if (count <= 0 || sums.empty()) return out;
    // Each share's whole part, then the euros left over go to the largest remainders.
    std::vector<std::pair<long long, std::size_t>> remainders;
    long long given = 0;
    for (std::size_t i = 0; i < sums.size(); ++i) {
        out[i] = sums[i] / count;
        given += out[i];
        remainders.push_back({sums[i] % count, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total && k < remainders.size(); ++k, ++given) ++out[remainders[k].second];
    return out;
}

Tally tally(const Poll& p, const std::vector<const PollAnswer*>& answers) {
    Tally t;
    const std::size_t n = slots(p);
    t.values.assign(n, 0);
    for (const PollAnswer* a : answers) {
        (a->channel == "kiosk" ? t.kiosk : t.phone) += 1;
        switch (p.kind) {
            case PollKind::Word:
            case PollKind::Open: break;  // counted at closing (textTally)
            case PollKind::One:
            case PollKind::Several:
            case PollKind::Statement:
                for (long long x : a->values)
                    if (x >= 0 && static_cast<std::size_t>(x) < n) ++t.values[static_cast<std::size_t>(x)];
                break;
            case PollKind::Scale:
                if (!a->values.empty() && a->values[0] >= 1 && a->values[0] <= kScalePoints) ++t.values[static_cast<std::size_t>(a->values[0] - 1)];
                break;
            case PollKind::Ranking:
                for (std::size_t place = 0; place < a->values.size(); ++place)
                    if (a->values[place] >= 0 && static_cast<std::size_t>(a->values[place]) < n)
                        t.values[static_cast<std::size_t>(a->values[place])] += static_cast<long long>(n - 1 - place);
                break;
            case PollKind::Budget:
                for (std::size_t i = 0; i < n && i < a->values.size(); ++i) t.values[i] += a->values[i];
                break;
        }
    }
    if (p.kind == PollKind::Budget) t.values = meanShares(t.values, t.phone + t.kiosk, p.total);
    // Paper counts add to the choices and the scale (never to a ranking or a split).
    if (p.paper.size() == n)
        for (std::size_t i = 0; i < n; ++i) t.values[i] += p.paper[i];
    t.paper = p.paperAnswers;
    return t;
}

std::optional<Problem> answerTextProblem(const Poll& p, const std::string& text, const TextLimits& limits) {
    if (!isTextKind(p.kind)) {
        if (!text.empty()) return wrong("value_range", "answer.text");
        return std::nullopt;
    }
    if (isBlank(text)) return wrong("text_empty", "answer.text");
    if (hasControlCharacters(text) || !isValidUtf8(text)) return wrong("text_invalid", "answer.text");
    const auto words = wordsOf(text);
    if (p.kind == PollKind::Word) {
        if (codepointCount(trim(text)) > static_cast<std::size_t>(kMaxWordLength)) return Problem{"too_long", "answer.text", kMaxWordLength};
        if (words.size() != 1) return wrong("one_word", "answer.text");
    } else if (codepointCount(trim(text)) > static_cast<std::size_t>(limits.idea)) {
        return Problem{"too_long", "answer.text", limits.idea};
    }
    if (words.empty()) return wrong("text_empty", "answer.text");
    return std::nullopt;
}

std::pair<std::vector<std::string>, std::vector<long long>> textTally(const Poll& p, const std::vector<const PollAnswer*>& answers) {
    // Each distinct answer once (a word in lower case), in alphabetical order: the order says
    // nothing about who gave it or when.
    std::map<std::string, long long> counts;
    for (const PollAnswer* a : answers) {
        if (a->pending) continue;  // never admitted: not counted
        const std::string t = p.kind == PollKind::Word ? lowerCase(trim(a->text)) : trim(a->text);
        if (!t.empty()) ++counts[t];
    }
    std::pair<std::vector<std::string>, std::vector<long long>> out;
    for (const auto& [text, n] : counts) {
        out.first.push_back(text);
        out.second.push_back(n);
    }
    return out;
}

double scaleMean(const Tally& t) {
    long long n = 0, sum = 0;
    for (std::size_t i = 0; i < t.values.size(); ++i) {
        n += t.values[i];
        sum += t.values[i] * static_cast<long long>(i + 1);
    }
    return n > 0 ? static_cast<double>(sum) / static_cast<double>(n) : 0.0;
}

Tally resultOf(const Session& s, const Poll& p) {
    if (p.closed.empty()) return tally(p, answersTo(s, p.id));
    Tally t;
    t.values = p.result;
    t.phone = p.phoneAnswers;
    t.kiosk = p.kioskAnswers;
    t.paper = p.paperAnswers;
    return t;
}

Attendance attendance(const Session& s) {
    Attendance a;
    for (const auto& c : s.checkIns) {
        ++a.byKind[c.kind];
        ++a.byChannel[c.channel];
        ++a.checkedIn;
    }
    a.headCount = s.info.headCount;
    return a;
}

}  // namespace wk
