// The phone's door for the room's voice (issue 30): "Ik ben er" and an answer to a poll, by form
// (the page without JavaScript) or as JSON. A wrong answer is refused in the resident's language
// (a form) or in one line (the API), and nothing is counted.
#include "app/PhoneDoor.h"

#include "domain/Polls.h"
#include "domain/Text.h"
#include "net/PhoneApi.h"

namespace wk::app {
namespace {

io::HttpResponse json(int status, std::string body) { return {status, "application/json; charset=utf-8", std::move(body), {}}; }

std::string field(const std::vector<std::pair<std::string, std::string>>& fields, const std::string& key) {
    for (const auto& [k, v] : fields)
        if (k == key) return v;
    return "";
}

// A whole number as typed in a form ("" is none; "12abc", "-1" or a huge one are not numbers).
std::optional<long long> wholeNumber(const std::string& v) {
    if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoll(v);
}

// A form's fields as the answer's values, by the poll's kind; none when they cannot be one.
std::optional<std::vector<long long>> answerFromForm(const Poll& poll, const std::vector<std::pair<std::string, std::string>>& fields) {
    std::vector<long long> values;
    switch (poll.kind) {
        case PollKind::Word:
        case PollKind::Open: return values;  // answered in text
        case PollKind::One:
        case PollKind::Several:
        case PollKind::Scale:
        case PollKind::Statement:
            for (const auto& [k, v] : fields)
                if (k == "choice") {
                    const auto n = wholeNumber(v);
                    if (!n) return std::nullopt;
                    values.push_back(*n);
                }
            return values;
        case PollKind::Ranking: {
            // rank-I = the place (1-based) of option I: the answer lists the options by place.
            values.assign(poll.options.size(), -1);
            for (std::size_t i = 0; i < poll.options.size(); ++i) {
                const auto place = wholeNumber(field(fields, "rank-" + std::to_string(i)));
                if (!place || *place < 1 || *place > static_cast<long long>(poll.options.size()) || values[static_cast<std::size_t>(*place - 1)] >= 0)
                    return std::vector<long long>{};  // a place missing or given twice: incomplete
                values[static_cast<std::size_t>(*place - 1)] = static_cast<long long>(i);
            }
            return values;
        }
        case PollKind::Budget:
            for (std::size_t i = 0; i < poll.options.size(); ++i) {
                const std::string v = trim(field(fields, "amount-" + std::to_string(i)));
                if (v.empty()) {
                    values.push_back(0);  // left empty: nothing for this one
                    continue;
                }
                const auto n = wholeNumber(v);
                if (!n) return std::nullopt;
                values.push_back(*n);
            }
            return values;
    }
    return std::nullopt;
}

// The page's word for a refused answer.
std::string answerProblem(const Problem& p) {
    if (p.code == "poll_closed" || p.code == "unknown_poll") return "poll_closed";
    if (p.field == "answer.text") return "word_wrong";
    if (p.code == "budget_total") return "budget_total";
    if (p.code == "ranking_incomplete") return "ranking_incomplete";
    if (p.code == "too_many") return "poll_too_many";
    return "poll_wrong";
}

// A refused text in one line: what is wrong with it.
std::string textProblem(const Problem& p) {
    if (p.code == "too_long") return "at most " + std::to_string(p.limit) + " characters";
    if (p.code == "one_word") return "one word, without spaces";
    if (p.code == "only_stop_words") return "only words that say nothing alone (de, het, en...)";
    if (p.code == "text_invalid") return "control characters are not allowed";
    if (p.code == "duplicate") return "that statement was sent already";
    if (p.code == "too_many") return "too many statements wait already; try again later";
    return "must not be empty";
}

}  // namespace

std::optional<io::HttpResponse> PhoneDoor::voice(const io::HttpRequest& r, const std::string& rest, const Visit* visit,
                                                 const std::string& lang) {
    if (r.method != "POST" || !visit) return std::nullopt;
    const auto back = [&](const std::string& m) {
        return io::HttpResponse{303, "text/plain; charset=utf-8", "", {{"Location", base_ + "?m=" + m + "&lang=" + lang}}};
    };
    const bool apiCheckIn = rest == "/api/checkin", formCheckIn = rest == "/checkin";
    if (apiCheckIn || formCheckIn) {
        io::CheckInPost c;
        try {
            if (apiCheckIn) {
                c = io::parseCheckInPost(r.body);
            } else {
                if (!isValidUtf8(r.body)) return back("error_generic");
                const auto fields = io::formFields(r.body);
                c.kind = field(fields, "kind");
                c.name = field(fields, "name");
                c.consent = field(fields, "consent") == "1";
                if (!isValidUtf8(c.kind + c.name)) return back("error_generic");
            }
        } catch (const io::ApiError& e) {
            return json(400, io::apiError(e.what()));
        }
        const service::EditResult res = desk_.checkIn(*visit, c.kind, c.name, c.consent);
        if (res.problem && res.problem->code == "already_checked_in")
            return apiCheckIn ? json(400, io::apiError("check_in: this visit checked in already")) : back("checkin_already");
        if (res.problem) return apiCheckIn ? json(400, io::apiError("check_in: " + res.problem->field + " " + res.problem->code)) : back("error_generic");
        if (!res.ok()) return apiCheckIn ? json(503, io::apiError("check_in: not saved")) : back("error_generic");
        return apiCheckIn ? json(201, io::apiCreated(res.createdId, false)) : back("checked_in");
    }
    // A statement proposed: /statement (a form) or /api/statements (JSON {"text": "..."}).
    const bool apiStatement = rest == "/api/statements", formStatement = rest == "/statement";
    if (apiStatement || formStatement) {
        std::string text;
        try {
            if (apiStatement) text = io::parseStatementPost(r.body);
            else if (isValidUtf8(r.body)) text = field(io::formFields(r.body), "text");
        } catch (const io::ApiError& e) {
            return json(400, io::apiError(e.what()));
        }
        if (!isValidUtf8(text)) return apiStatement ? json(400, io::apiError("text: not UTF-8")) : back("statement_wrong");
        const service::EditResult res = desk_.proposeStatement(*visit, text);
        if (res.problem) {
            if (apiStatement) return json(400, io::apiError("text: " + textProblem(*res.problem)));
            return back(res.problem->code == "duplicate" ? "statement_duplicate" : res.problem->code == "too_many" ? "statement_too_many" : "statement_wrong");
        }
        if (!res.ok()) return apiStatement ? json(503, io::apiError("statement: not saved")) : back("error_generic");
        return apiStatement ? json(201, io::apiCreated(res.createdId, true)) : back("statement_sent");
    }
    // The evaluation as one form: every question answered that was filled in, the rest left.
    if (rest == "/evaluation") {
        if (!isValidUtf8(r.body)) return back("poll_wrong");
        const auto fields = io::formFields(r.body);
        int sent = 0;
        std::vector<Poll> questions;  // copied: each answer changes the session the list is in
        for (const Poll& poll : desk_.publicSession().polls)
            if (poll.evaluation && isOpen(poll)) questions.push_back(poll);
        for (const Poll& poll : questions) {
            std::vector<long long> values;
            std::string text;
            if (poll.kind == PollKind::Scale) {
                const auto v = wholeNumber(field(fields, "choice-" + poll.id));
                if (!v) continue;  // not filled in: nothing sent
                values.push_back(*v);
            } else {
                text = field(fields, "text-" + poll.id);
                if (isBlank(text)) continue;
            }
            const service::EditResult res = desk_.answer(*visit, poll.id, std::move(values), std::move(text));
            if (res.problem) return back(answerProblem(*res.problem));
            if (!res.ok()) return back("error_generic");
            ++sent;
        }
        return back(sent > 0 ? "poll_saved" : "poll_wrong");
    }
    // /poll/ID (a form) or /api/polls/ID/answer (JSON): only a public poll the phone can see.
    const bool formAnswer = rest.rfind("/poll/", 0) == 0;
    const bool apiAnswer = rest.rfind("/api/polls/", 0) == 0 && rest.size() > 18 && rest.substr(rest.size() - 7) == "/answer";
    if (!formAnswer && !apiAnswer) return std::nullopt;
    const std::string id = formAnswer ? rest.substr(6) : rest.substr(11, rest.size() - 11 - 7);
    const Poll* poll = find<Poll>(desk_.publicSession(), id);
    std::optional<std::vector<long long>> values;
    std::string text;
    try {
        if (apiAnswer) {
            auto post = io::parseAnswerPost(r.body);
            values = std::move(post.values);
            text = std::move(post.text);
        } else if (poll && isValidUtf8(r.body)) {
            const auto fields = io::formFields(r.body);
            values = answerFromForm(*poll, fields);
            text = field(fields, "text");
            if (!isValidUtf8(text)) values.reset();
        }
    } catch (const io::ApiError& e) {
        return json(400, io::apiError(e.what()));
    }
    if (!poll) return apiAnswer ? json(404, io::apiError("poll: there is no such poll open to phones")) : back("poll_closed");
    if (!values) return apiAnswer ? json(400, io::apiError("values: not an answer to this poll")) : back("poll_wrong");
    const service::EditResult res = desk_.answer(*visit, id, std::move(*values), std::move(text));
    if (res.problem) {
        if (apiAnswer) {
            const std::string what = res.problem->field == "answer.text" ? "text: " + textProblem(*res.problem) : "answer: " + res.problem->code;
            return json(res.problem->code == "poll_closed" ? 409 : 400, io::apiError(what));
        }
        return back(answerProblem(*res.problem));
    }
    if (!res.ok()) return apiAnswer ? json(503, io::apiError("answer: not saved")) : back("error_generic");
    return apiAnswer ? json(200, "{\"saved\": true}\n") : back("poll_saved");
}

}  // namespace wk::app
