// The phone page's part of the room's voice (issue 30): "Ik ben er", the open polls as plain
// forms (they work without JavaScript), and the result of the last poll closed.
#include <algorithm>

#include "domain/Polls.h"
#include "domain/Text.h"
#include "export/Document.h"
#include "export/PhonePage.h"

namespace wk::io {
namespace {

constexpr const char* kStatementKeys[kStatementAnswers] = {"statement_eens", "statement_oneens", "statement_weet_niet"};

bool has(const std::vector<long long>* v, long long x) { return v && std::find(v->begin(), v->end(), x) != v->end(); }

// One poll's form: radio buttons, check boxes, a place per option or euros per option.
std::string pollForm(const PhonePage& p, const Poll& poll) {
    const auto& S = p.strings;
    const auto& L = p.lang;
    const auto t = [&](const char* key, const std::string& n = "") { return escapeHtml(S.get(L, key, {{"n", n}})); };
    const auto mine = p.myAnswers.find(poll.id);
    const std::vector<long long>* answer = mine == p.myAnswers.end() ? nullptr : &mine->second.values;
    const std::string* text = mine == p.myAnswers.end() ? nullptr : &mine->second.text;
    const std::string id = escapeHtml(poll.id);
    std::string h = "<form method=\"post\" data-live action=\"" + p.base + "/poll/" + id + "\"><fieldset><legend>" +
                    escapeHtml(poll.question) + "</legend>";
    const auto option = [&](const char* type, std::size_t i, const std::string& value, const std::string& label, bool checked) {
        const std::string oid = id + "-" + std::to_string(i);
        return "<div class=\"check\"><input type=\"" + std::string(type) + "\" id=\"" + oid + "\" name=\"choice\" value=\"" + value + "\"" +
               (checked ? " checked" : "") + (std::string(type) == "radio" ? " required" : "") + "><label for=\"" + oid + "\">" +
               escapeHtml(label) + "</label></div>";
    };
    switch (poll.kind) {
        case PollKind::One:
            h += "<p class=\"hint\">" + t("poll_single") + "</p>";
            for (std::size_t i = 0; i < poll.options.size(); ++i)
                h += option("radio", i, std::to_string(i), poll.options[i], has(answer, static_cast<long long>(i)));
            break;
        case PollKind::Several:
            h += "<p class=\"hint\">" + t("poll_several") + (poll.maxChoices > 0 ? " " + t("poll_several_max", std::to_string(poll.maxChoices)) : "") + "</p>";
            for (std::size_t i = 0; i < poll.options.size(); ++i)
                h += option("checkbox", i, std::to_string(i), poll.options[i], has(answer, static_cast<long long>(i)));
            break;
        case PollKind::Scale:
            h += "<p class=\"hint\">" + t("poll_scale") + "</p>";
            for (int v = 1; v <= kScalePoints; ++v) {
                const std::string& words = poll.options[static_cast<std::size_t>(v - 1)];
                h += option("radio", static_cast<std::size_t>(v), std::to_string(v), std::to_string(v) + (words.empty() ? "" : " – " + words),
                            has(answer, v));
            }
            break;
        case PollKind::Ranking:
            h += "<p class=\"hint\">" + t("poll_ranking") + "</p>";
            for (std::size_t i = 0; i < poll.options.size(); ++i) {
                const std::string oid = id + "-r" + std::to_string(i);
                long long place = 0;  // this option's place in the answer given, 1-based
                if (answer)
                    for (std::size_t k = 0; k < answer->size(); ++k)
                        if ((*answer)[k] == static_cast<long long>(i)) place = static_cast<long long>(k) + 1;
                h += "<label for=\"" + oid + "\">" + escapeHtml(poll.options[i]) + "</label><select id=\"" + oid + "\" name=\"rank-" +
                     std::to_string(i) + "\" required><option value=\"\">" + t("poll_place") + "</option>";
                for (std::size_t n = 1; n <= poll.options.size(); ++n)
                    h += "<option" + std::string(place == static_cast<long long>(n) ? " selected" : "") + ">" + std::to_string(n) + "</option>";
                h += "</select>";
            }
            break;
        case PollKind::Statement: {
            // One tap answers: a button per answer, the one given marked.
            h += "<div class=\"choices\">";
            for (long long v = 0; v < kStatementAnswers; ++v) {
                const bool given = has(answer, v);
                h += "<button type=\"submit\" name=\"choice\" value=\"" + std::to_string(v) + "\"" + (given ? " aria-pressed=\"true\"" : " class=\"soft\"") +
                     ">" + t(kStatementKeys[v]) + "</button>";
            }
            h += "</div></fieldset>";
            if (answer) h += "<p class=\"hint\">" + t("statement_yours") + "</p>";
            return h + "</form>";
        }
        case PollKind::Word:
            h += "<label for=\"" + id + "-w\">" + t("poll_word") + "</label><input type=\"text\" id=\"" + id + "-w\" name=\"text\" maxlength=\"" +
                 std::to_string(kMaxWordLength) + "\" required autocomplete=\"off\" value=\"" + escapeHtml(text ? *text : "") + "\">";
            if (mine != p.myAnswers.end() && mine->second.pending) h += "<p class=\"hint\">" + t("word_waits") + "</p>";
            break;
        case PollKind::Open:
            h += "<label for=\"" + id + "-o\">" + t("poll_open") + "</label><textarea id=\"" + id + "-o\" name=\"text\" maxlength=\"1000\" required>" +
                 escapeHtml(text ? *text : "") + "</textarea>";
            break;
        case PollKind::Budget:
            h += "<p class=\"hint\">" + t("poll_budget", formatEuros(poll.total, ',')) + "</p>";
            for (std::size_t i = 0; i < poll.options.size(); ++i) {
                const std::string oid = id + "-b" + std::to_string(i);
                const std::string value = answer && i < answer->size() ? std::to_string((*answer)[i]) : "";
                h += "<label for=\"" + oid + "\">" + escapeHtml(poll.options[i]) + " (" + t("poll_euro") + ")</label><input type=\"number\" id=\"" +
                     oid + "\" name=\"amount-" + std::to_string(i) + "\" min=\"0\" max=\"" + std::to_string(poll.total) +
                     "\" step=\"1\" inputmode=\"numeric\" value=\"" + value + "\">";
            }
            break;
    }
    h += "</fieldset>";
    if (answer) h += "<p class=\"hint\">" + t("poll_yours") + "</p>";
    return h + "<button type=\"submit\">" + t(answer ? "poll_change" : "poll_send") + "</button></form>";
}

// A closed poll's result as a list with bars: the count (or points, or euros) beside each option.
std::string pollResult(const PhonePage& p, const Poll& poll) {
    const auto& S = p.strings;
    const auto& L = p.lang;
    const Tally t = resultOf(p.session, poll);
    const long long most = std::max<long long>(1, t.values.empty() ? 1 : *std::max_element(t.values.begin(), t.values.end()));
    std::string h = "<h3>" + escapeHtml(S.get(L, "poll_result", {{"question", poll.question}})) + "</h3><ul class=\"result\">";
    for (std::size_t i = 0; i < t.values.size(); ++i) {
        const std::string label = poll.kind == PollKind::Scale ? std::to_string(i + 1) + (poll.options[i].empty() ? "" : " – " + poll.options[i])
                                                                : poll.options[i];
        // A meter, not a styled bar: the page's security policy allows no inline style.
        const std::string value = poll.kind == PollKind::Budget    ? formatEuros(t.values[i], ',')
                                  : poll.kind == PollKind::Ranking ? S.get(L, "poll_points", {{"n", std::to_string(t.values[i])}})
                                                                   : std::to_string(t.values[i]);
        h += "<li>" + escapeHtml(label) + ": <strong>" + escapeHtml(value) + "</strong>" +
             "<meter min=\"0\" max=\"" + std::to_string(most) + "\" value=\"" + std::to_string(t.values[i]) + "\" aria-hidden=\"true\"></meter></li>";
    }
    const long long n = t.answered();
    h += "</ul><p class=\"hint\">" + escapeHtml(S.get(L, n == 1 ? "poll_answered_one" : "poll_answered", {{"n", std::to_string(n)}}));
    if (poll.kind == PollKind::Ranking) h += " " + escapeHtml(S.get(L, "poll_borda"));
    return h + "</p>";
}

}  // namespace

std::string renderPhoneCheckIn(const PhonePage& p) {
    if (!p.mayAct || p.checkedIn) return "";
    const auto& S = p.strings;
    const auto& L = p.lang;
    const auto t = [&](const char* key) { return escapeHtml(S.get(L, key)); };
    std::string h = "<section aria-labelledby=\"checkin\"><h2 id=\"checkin\">" + t("checkin_heading") + "</h2><p>" + t("checkin_intro") + "</p>";
    h += "<form method=\"post\" data-live action=\"" + p.base + "/checkin\"><label for=\"kind\">" + t("checkin_kind") +
         "</label><select id=\"kind\" name=\"kind\">";
    for (const char* kind : {"resident", "official", "partner"})
        h += "<option value=\"" + std::string(kind) + "\">" + escapeHtml(S.get(L, std::string("kind_") + kind)) + "</option>";
    h += "</select><label for=\"checkin-name\">" + t("name_label") + "</label><input type=\"text\" id=\"checkin-name\" name=\"name\" maxlength=\"100\" autocomplete=\"name\">";
    h += "<div class=\"check\"><input type=\"checkbox\" id=\"checkin-consent\" name=\"consent\" value=\"1\"><label for=\"checkin-consent\">" +
         t("checkin_consent") + "</label></div>";
    return h + "<button type=\"submit\">" + t("checkin_send") + "</button></form></section>";
}

std::string renderPhonePolls(const PhonePage& p) {
    std::string forms;
    const Poll* lastClosed = nullptr;
    for (const Poll& poll : p.session.polls) {  // the public's: no closed question is here
        // Statements and the evaluation have sections of their own; an evaluation's result and
        // written answers are the internal minutes' only.
        if (poll.kind == PollKind::Statement || poll.evaluation) continue;
        if (isOpen(poll) && p.mayAct) forms += pollForm(p, poll);
        if (!poll.closed.empty() && !isTextKind(poll.kind) && (!lastClosed || poll.closed >= lastClosed->closed)) lastClosed = &poll;
    }
    if (forms.empty() && !lastClosed) return "";
    std::string h = "<section aria-labelledby=\"poll\"><h2 id=\"poll\">" + escapeHtml(p.strings.get(p.lang, "poll_heading")) + "</h2>" + forms;
    if (lastClosed) h += pollResult(p, *lastClosed);  // the last result stays, under a new question
    return h + "</section>";
}

std::string renderPhoneStatements(const PhonePage& p) {
    const auto t = [&](const char* key) { return escapeHtml(p.strings.get(p.lang, key)); };
    std::string forms;
    for (const Poll& poll : p.session.polls)
        if (poll.kind == PollKind::Statement && isOpen(poll) && !poll.evaluation) forms += pollForm(p, poll);
    if (forms.empty() || !p.mayAct) return "";
    std::string h = "<section aria-labelledby=\"statements\"><h2 id=\"statements\">" + t("statements_heading") + "</h2><p>" +
                    t("statements_intro") + "</p>" + forms;
    // A resident may propose one; it waits for the facilitator.
    h += "<form method=\"post\" data-live action=\"" + p.base + "/statement\"><label for=\"proposal\">" + t("statement_propose") +
         "</label><input type=\"text\" id=\"proposal\" name=\"text\" maxlength=\"" + std::to_string(kMaxStatementLength) +
         "\" required autocomplete=\"off\"><p class=\"hint\">" + t("statement_propose_hint") + "</p><button type=\"submit\" class=\"soft\">" +
         t("statement_propose_send") + "</button></form>";
    return h + "</section>";
}

// The evaluation as one form with one button: filled in whole and sent once, so nothing typed
// above the last question is lost by sending only the last.
std::string renderPhoneEvaluation(const PhonePage& p) {
    if (!p.mayAct) return "";
    const auto t = [&](const char* key) { return escapeHtml(p.strings.get(p.lang, key)); };
    std::string fields;
    bool answered = false;
    for (const Poll& poll : p.session.polls) {
        if (!poll.evaluation || !isOpen(poll)) continue;
        const auto mine = p.myAnswers.find(poll.id);
        answered = answered || mine != p.myAnswers.end();
        const std::string id = escapeHtml(poll.id);
        fields += "<fieldset><legend>" + escapeHtml(poll.question) + "</legend>";
        if (poll.kind == PollKind::Scale) {
            for (int v = 1; v <= kScalePoints; ++v) {
                const std::string& words = poll.options[static_cast<std::size_t>(v - 1)];
                const std::string oid = id + "-" + std::to_string(v);
                const bool checked = mine != p.myAnswers.end() && has(&mine->second.values, v);
                fields += "<div class=\"check\"><input type=\"radio\" id=\"" + oid + "\" name=\"choice-" + id + "\" value=\"" + std::to_string(v) + "\"" +
                          (checked ? " checked" : "") + "><label for=\"" + oid + "\">" +
                          escapeHtml(std::to_string(v) + (words.empty() ? "" : " – " + words)) + "</label></div>";
            }
        } else if (poll.kind == PollKind::Open) {
            fields += "<label for=\"" + id + "-o\">" + t("poll_open") + "</label><textarea id=\"" + id + "-o\" name=\"text-" + id +
                      "\" maxlength=\"1000\">" + escapeHtml(mine != p.myAnswers.end() ? mine->second.text : "") + "</textarea>";
        }
        fields += "</fieldset>";
    }
    if (fields.empty()) return "";
    std::string h = "<section aria-labelledby=\"evaluation\"><h2 id=\"evaluation\">" + t("evaluation_heading") + "</h2><p>" + t("evaluation_intro") + "</p>";
    h += "<form method=\"post\" data-live action=\"" + p.base + "/evaluation\">" + fields;
    if (answered) h += "<p class=\"hint\">" + t("poll_yours") + "</p>";
    return h + "<button type=\"submit\">" + t(answered ? "poll_change" : "poll_send") + "</button></form></section>";
}

std::string renderPhoneSimilar(const PhonePage& p, const std::vector<const Idea*>& ideas) {
    if (ideas.empty()) return "<div id=\"similar\"></div>";
    const auto t = [&](const char* key) { return escapeHtml(p.strings.get(p.lang, key)); };
    std::string h = "<div id=\"similar\" class=\"similar\"><p><strong>" + t("similar_heading") + "</strong> " + t("similar_hint") + "</p><ul class=\"wall\">";
    for (const Idea* i : ideas) {
        h += "<li class=\"card\"><p>" + escapeHtml(i->text) + "</p>";
        if (std::find(p.supported.begin(), p.supported.end(), i->id) != p.supported.end())
            h += "<p class=\"meta\">" + t("supported") + "</p>";
        else if (p.supportsLeft > 0)
            h += "<form method=\"post\" data-live action=\"" + p.base + "/support/" + escapeHtml(i->id) + "\"><button type=\"submit\">" +
                 t("support") + "</button></form>";
        h += "</li>";
    }
    return h + "</ul></div>";
}

}  // namespace wk::io
