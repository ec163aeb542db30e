// The phone page's part of the room's voice (issue 30): "Ik ben er", the open polls as plain
// forms (they work without JavaScript), and the result of the last poll closed.
#include <algorithm>

#include "domain/Polls.h"
#include "domain/Text.h"
#include "export/Document.h"
#include "export/PhonePage.h"

namespace wk::io {
namespace {

bool has(const std::vector<long long>* v, long long x) { return v && std::find(v->begin(), v->end(), x) != v->end(); }

// One poll's form: radio buttons, check boxes, a place per option or euros per option.
std::string pollForm(const PhonePage& p, const Poll& poll) {
    const auto& S = p.strings;
    const auto& L = p.lang;
    const auto t = [&](const char* key, const std::string& n = "") { return escapeHtml(S.get(L, key, {{"n", n}})); };
    const auto mine = p.myAnswers.find(poll.id);
    const std::vector<long long>* answer = mine == p.myAnswers.end() ? nullptr : &mine->second;
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
        if (isOpen(poll) && p.mayAct) forms += pollForm(p, poll);
        if (!poll.closed.empty() && (!lastClosed || poll.closed >= lastClosed->closed)) lastClosed = &poll;
    }
    if (forms.empty() && !lastClosed) return "";
    std::string h = "<section aria-labelledby=\"poll\"><h2 id=\"poll\">" + escapeHtml(p.strings.get(p.lang, "poll_heading")) + "</h2>" + forms;
    if (lastClosed) h += pollResult(p, *lastClosed);  // the last result stays, under a new question
    return h + "</section>";
}

}  // namespace wk::io
