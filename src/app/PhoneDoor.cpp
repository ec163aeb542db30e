#include "app/PhoneDoor.h"

#include <algorithm>
#include <cctype>

#include "domain/Rules.h"
#include "domain/Text.h"
#include "io/AtomicFile.h"
#include "io/Clock.h"
#include "net/PhoneApi.h"
#include "io/SessionJson.h"

namespace wk::app {
namespace {

std::string cookieValue(const std::string& cookies, const std::string& name) {
    std::size_t at = 0;
    while (at < cookies.size()) {
        std::size_t end = cookies.find(';', at);
        if (end == std::string::npos) end = cookies.size();
        std::string part = cookies.substr(at, end - at);
        part.erase(0, part.find_first_not_of(' '));
        if (part.rfind(name + "=", 0) == 0) return part.substr(name.size() + 1);
        at = end + 1;
    }
    return "";
}

std::string queryValue(const io::HttpRequest& r, const std::string& key) {
    for (const auto& [k, v] : r.query)
        if (k == key) return v;
    return "";
}

io::HttpResponse json(int status, std::string body) { return {status, "application/json; charset=utf-8", std::move(body), {}}; }
io::HttpResponse html(int status, std::string body) { return {status, "text/html; charset=utf-8", std::move(body), {}}; }

// A visit's cookie as the join page makes it: 32 hex digits.
bool isVisitId(const std::string& v) { return v.size() == 32 && v.find_first_not_of("0123456789abcdef") == std::string::npos; }

// "application/json; charset=utf-8" -> "application/json"
std::string mediaType(const std::string& contentType) {
    std::string t = contentType.substr(0, contentType.find(';'));
    while (!t.empty() && t.back() == ' ') t.pop_back();
    for (auto& ch : t) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return t;
}

// The messages a page may show, by key: nothing else from the address is ever printed.
bool knownMessage(const std::string& key) {
    static const char* keys[] = {"thanks", "thanks_pending", "support_done", "support_limit", "sliders_done", "error_text",
                                 "error_generic", "too_many", "no_visit", "too_long_text", "too_long_name", "too_long_contact",
                                 "unknown_theme", "floor_asked", "floor_already", "checked_in", "checkin_already", "poll_saved",
                                 "poll_closed", "poll_wrong", "poll_too_many", "budget_total", "ranking_incomplete", "statement_sent",
                                 "statement_wrong", "statement_duplicate", "statement_too_many", "word_wrong"};
    return std::any_of(std::begin(keys), std::end(keys), [&](const char* k) { return key == k; });
}

// The domain's refusal in the API's words: "text: at most 1000 characters".
std::string apiProblem(const Problem& p) {
    const std::string field = p.field.substr(p.field.find('.') + 1);
    if (p.code == "too_long") return field + ": at most " + std::to_string(p.limit) + " characters";
    if (p.code == "unknown_theme") return "theme: not one of the meeting's themes";
    if (p.code == "text_empty") return field + ": must not be empty";
    return field + ": " + p.code;
}

// And the page's message key for it: the same sentence the kiosk shows for the same refusal.
std::string formProblem(const Problem& p) {
    if (p.code == "too_long") return "too_long_" + std::string(tooLongField(p));
    if (p.code == "unknown_theme") return "unknown_theme";
    if (p.code == "text_empty") return "error_text";
    return "error_generic";
}

}  // namespace

std::string PhoneDoor::newToken() { return service::randomHex(8); }  // 64 bits: not to be guessed in a meeting

PhoneDoor::PhoneDoor(const io::KioskConfig& config, const std::string& dbPath, std::int64_t sessionId, std::string token)
    : config_(config), desk_(config, dbPath, sessionId), token_(std::move(token)), base_("/j/" + token_), strings_(config.phones.languages) {
    if (!config.logo.empty()) {
        try {
            logo_ = io::readFile(config.logo);
        } catch (const std::exception&) {
            logo_.clear();  // no logo on the phones, the page works all the same
        }
    }
}

io::PhonePage PhoneDoor::pageFor(const io::PhoneLanguage& lang, const Visit* visit) {
    const Session& s = desk_.publicSession();
    io::PhonePage p{strings_, lang, config_, s, base_, {}, false, {}, 0, false, {}, {}, false};
    if (visit) {
        p.supported = visit->supported;
        p.supportsLeft = desk_.supportsLeft(*visit);
        p.participant = visit->participant;
        p.onFloorList = desk_.onFloorList(*visit);
        p.checkedIn = desk_.checkedIn(*visit);
        for (const Poll& poll : s.polls)
            if (poll.closed.empty())
                if (auto mine = desk_.answerOf(*visit, poll.id)) p.myAnswers[poll.id] = std::move(*mine);
    }
    p.clock = io::localDateTime();
    p.placingOpen = s.info.settings.residentsPlace;
    p.hasLogo = !logo_.empty();
    p.mayAct = visit != nullptr;
    p.visitsPerAddress = config_.phones.visitsPerAddress;
    return p;
}

io::HttpResponse PhoneDoor::page(const io::PhoneLanguage& lang, const Visit* visit, const std::string& message,
                                    bool error) {
    io::PhonePage p = pageFor(lang, visit);
    p.message = message;
    p.messageIsError = error;
    return html(200, io::renderPhonePage(p));
}

io::HttpResponse PhoneDoor::handle(const io::HttpRequest& r) {
    const service::PhoneDesk::Entry atTheDesk(desk_);  // one request at a time; edits that come together, written together
    const bool api = r.path.find("/api/") != std::string::npos;
    const bool get = r.method == "GET" || r.method == "HEAD", post = r.method == "POST";
    const io::PhoneLanguage& lang = strings_.pick(!queryValue(r, "lang").empty() ? queryValue(r, "lang") : cookieValue(r.cookie, "wkl"),
                                                  r.acceptLanguage);
    const auto refuse = [&](int status, const std::string& apiMessage, const std::string& key) {
        const std::string words = strings_.get(lang, key, {{"n", std::to_string(config_.phones.visitsPerAddress)}});
        return api ? json(status, io::apiError(apiMessage)) : html(status, io::renderPhoneMessage(strings_, lang, config_, words));
    };
    // The page's style and script: the same for every meeting, and for an ended one's message.
    if (get && r.path == "/phone.css") return {200, "text/css; charset=utf-8", io::phoneCss(config_), {}};
    if (get && r.path == "/phone.js") return {200, "text/javascript; charset=utf-8", io::phoneScript(), {}};
    // Only /j/TOKEN and what is under it; an old or wrong token is refused.
    if (r.path.rfind("/j/", 0) != 0) return refuse(404, "path: there is nothing here", "ended");
    const std::size_t tokenEnd = r.path.find('/', 3);
    const std::string token = r.path.substr(3, tokenEnd == std::string::npos ? std::string::npos : tokenEnd - 3);
    if (token != token_) return refuse(403, "token: this address is not (or no longer) open for phones", "ended");
    const std::string rest = tokenEnd == std::string::npos ? "" : r.path.substr(tokenEnd);

    // Limits before work: an address sends as much as its share of visits would.
    const int share = config_.phones.visitsPerAddress;
    if (!desk_.spendAddress(r.client))
        return refuse(429, "too many requests from this address; try again in a minute", "too_many");
    // The visit: only the join page makes one, and only while the address has fewer than its
    // share; stored with the meeting, so neither a restart nor a crowd forgets one.
    std::optional<Visit> visit;
    std::vector<std::pair<std::string, std::string>> headers;
    bool full = false;  // the address has its share of visits: this phone reads
    // One request of a visit at a time: its checks (supports left, its participant) hold until
    // its edit is stored, though other phones' requests go on meanwhile.
    const std::string cookie = cookieValue(r.cookie, "wkv");
    std::optional<service::PhoneDesk::VisitTurn> turn;
    if (isVisitId(cookie)) turn.emplace(desk_, cookie);
    try {
        if (isVisitId(cookie)) visit = desk_.visit(cookie);
        if (!visit && get && (rest.empty() || rest == "/")) {
            visit = desk_.join(r.client);
            if (visit) headers.emplace_back("Set-Cookie", "wkv=" + visit->id + "; Path=" + base_ + "; HttpOnly; SameSite=Strict");
        }
        if (!visit && post) full = desk_.full(r.client);
    } catch (const store::StoreError&) {
        return refuse(503, "not available now; try again", "error_generic");
    }
    if (post) {
        // Only the kiosk's own page changes anything: not a form on another site, nor a script
        // elsewhere sending "text/plain" to slip past the browser's checks.
        if (r.foreignOrigin) return refuse(403, "origin: only this meeting's own page may send this", "error_generic");
        const std::string type = mediaType(r.contentType);
        if (api && type != "application/json") return json(415, io::apiError("content-type: send application/json"));
        if (!api && type != "application/x-www-form-urlencoded") return refuse(415, "", "error_generic");
        if (!visit && full)
            return refuse(429, "visit: " + std::to_string(share) + " phones from this address take part already; this one can read",
                          "read_only");
        if (!visit) return refuse(403, "visit: open the join page first (it gives this phone its visit)", "no_visit");
    }
    if (visit && !desk_.spendVisit(visit->id))
        return refuse(429, "too many requests; try again in a minute", "too_many");
    if (r.bodyTooLarge) return refuse(413, "body: larger than 16 KiB", "error_generic");
    if (!queryValue(r, "lang").empty() && queryValue(r, "lang") == lang.code)
        headers.emplace_back("Set-Cookie", "wkl=" + lang.code + "; Path=" + base_ + "; SameSite=Strict");

    desk_.refresh();  // another writer (the kiosk itself) may have changed the session
    io::HttpResponse out = route(r, rest, visit ? &*visit : nullptr, lang);
    for (auto& h : headers) out.headers.push_back(std::move(h));
    return out;
}

io::HttpResponse PhoneDoor::route(const io::HttpRequest& r, const std::string& rest, const Visit* visit,
                                     const io::PhoneLanguage& lang) {
    const bool get = r.method == "GET" || r.method == "HEAD", post = r.method == "POST";
    const std::string langQuery = "&lang=" + lang.code;
    const auto back = [&](const std::string& message) {  // after a form: to the page, with a word
        return io::HttpResponse{303, "text/plain; charset=utf-8", "", {{"Location", base_ + "?m=" + message + langQuery}}};
    };
    // The page, the wall alone, the logo.
    if (get && (rest.empty() || rest == "/")) {
        const std::string m = queryValue(r, "m");
        std::string message;
        const TextLimits& l = config_.policy.limits;
        long long n = m == "too_long_text" ? l.idea : m == "too_long_name" ? l.name : m == "too_long_contact" ? l.contact
                                                                                                            : config_.policy.votesPerVisit;
        std::string nText = std::to_string(n);
        if (m == "budget_total" || m == "poll_too_many")  // the open poll's total, or how many it allows
            for (const Poll& poll : desk_.publicSession().polls)
                if (poll.closed.empty()) nText = m == "budget_total" ? formatEuros(poll.total, ',') : std::to_string(poll.maxChoices);
        if (knownMessage(m)) message = strings_.get(lang, m, {{"n", nText}});
        // The idea's number, to refer to it later (issue 32); only one that has the form of one.
        if (const std::string nr = queryValue(r, "nr"); (m == "thanks" || m == "thanks_pending") && isIdeaNumber(nr))
            message += " " + strings_.get(lang, "idea_number", {{"n", nr}});
        return page(lang, visit, message, m.rfind("error_", 0) == 0 || m.rfind("too_long_", 0) == 0 || m == "support_limit" || m == "unknown_theme" ||
                                                  m == "poll_closed" || m == "poll_wrong" || m == "poll_too_many" || m == "budget_total" ||
                                                  m == "ranking_incomplete" || m == "statement_wrong" || m == "statement_duplicate" ||
                                                  m == "statement_too_many" || m == "word_wrong");
    }
    if (get && rest == "/wall") return html(200, io::renderPhoneWall(pageFor(lang, visit)));
    // "Lijkt op" as the resident types: the page's fragment, or JSON; a visit's own budget.
    if (get && (rest == "/similar" || rest == "/api/similar")) {
        const bool apiSimilar = rest == "/api/similar";
        if (!visit) return apiSimilar ? json(403, io::apiError("visit: open the join page first")) : html(403, "<div id=\"similar\"></div>");
        if (!desk_.spendSimilar(visit->id)) return apiSimilar ? json(429, io::apiError("similar: too many requests; wait a moment")) : html(429, "<div id=\"similar\"></div>");
        const std::string text = queryValue(r, "text");
        if (!isValidUtf8(text) || codepointCount(text) > 1000)
            return apiSimilar ? json(400, io::apiError("text: at most 1000 characters of UTF-8")) : html(400, "<div id=\"similar\"></div>");
        const auto ideas = desk_.similar(text);
        if (apiSimilar) return json(200, io::similarJson(ideas));
        return html(200, io::renderPhoneSimilar(pageFor(lang, visit), ideas));
    }
    if (auto answered = voice(r, rest, visit, lang.code)) return std::move(*answered);
    if (get && rest == "/logo.png" && !logo_.empty()) return {200, "image/png", logo_, {{"Cache-Control", "max-age=3600"}}};
    if (get && rest == "/api/session") return json(200, io::sessionToJson(desk_.publicSession()));

    // A new idea: the same intent as a tap on the kiosk, as a resident (under moderation it waits).
    const bool apiIdea = post && rest == "/api/ideas", formIdea = post && rest == "/idea";
    if (apiIdea || formIdea) {
        io::IdeaPost p;
        try {
            if (apiIdea) {
                p = io::parseIdeaPost(r.body);
            } else {
                if (!isValidUtf8(r.body)) return back("error_generic");
                for (const auto& [k, v] : io::formFields(r.body)) {
                    if (k == "text") p.text = v;
                    else if (k == "theme") p.theme = v;
                    else if (k == "author") p.author = v;
                    else if (k == "contact") p.contact = v;
                    else if (k == "consent") p.consent = v == "1";
                }
                if (!isValidUtf8(p.text + p.theme + p.author + p.contact)) return back("error_generic");
            }
        } catch (const io::ApiError& e) {
            return json(400, io::apiError(e.what()));
        }
        // The limits and themes are the domain's, the same as at the kiosk.
        const service::EditResult res = desk_.submitIdea(SubmitIdea{p.text, p.theme, p.author, p.contact, p.consent, std::nullopt});
        if (res.problem) return apiIdea ? json(400, io::apiError(apiProblem(*res.problem))) : back(formProblem(*res.problem));
        if (!res.ok()) return apiIdea ? json(503, io::apiError("not saved")) : back("error_generic");
        const Idea* made = find<Idea>(desk_.session(), res.createdId);
        const bool pending = made && made->pending;
        if (apiIdea) return json(201, io::apiCreated(res.createdId, pending));
        const std::string nr = made && !made->number.empty() ? "&nr=" + made->number : "";
        return back((pending ? "thanks_pending" : "thanks") + nr);
    }

    // Support: once per idea and a few per visit, only for what the public wall shows.
    const bool apiSupport = post && rest.rfind("/api/ideas/", 0) == 0 && rest.size() > 19 && rest.substr(rest.size() - 8) == "/support";
    const bool formSupport = post && rest.rfind("/support/", 0) == 0;
    if (apiSupport || formSupport) {
        const std::string id = apiSupport ? rest.substr(11, rest.size() - 11 - 8) : rest.substr(9);
        using S = service::PhoneDesk::Support;
        const service::PhoneDesk::Supported done = desk_.support(*visit, id);
        switch (done.outcome) {
            case S::Already: return apiSupport ? json(400, io::apiError("support: this visit supports that idea already")) : back("support_done");
            case S::Spent:
                return apiSupport ? json(400, io::apiError("support: the " + std::to_string(config_.policy.votesPerVisit) + " supports of this visit are given"))
                                  : back("support_limit");
            case S::NotOnWall: return apiSupport ? json(404, io::apiError("idea: there is no such idea on the wall")) : back("error_generic");
            case S::NotSaved: return apiSupport ? json(503, io::apiError("support: not saved")) : back("error_generic");
            case S::Given: break;
        }
        if (apiSupport) return json(200, io::apiVotes(done.votes));
        return back("support_done");
    }

    // Spreekrecht: the visit asks for the floor, by form or as JSON ({"name": "", "consent": false}).
    const bool apiFloor = post && rest == "/api/floor", formFloor = post && rest == "/floor";
    if (apiFloor || formFloor) {
        std::string name;
        bool consent = false;
        try {
            if (apiFloor) {
                const io::IdeaPost f = io::parseFloorPost(r.body);
                name = f.author;
                consent = f.consent;
            } else {
                if (!isValidUtf8(r.body)) return back("error_generic");
                for (const auto& [k, v] : io::formFields(r.body)) {
                    if (k == "name") name = v;
                    else if (k == "consent") consent = v == "1";
                }
                if (!isValidUtf8(name)) return back("error_generic");
            }
        } catch (const io::ApiError& e) {
            return json(400, io::apiError(e.what()));
        }
        const service::EditResult res = desk_.askFloor(*visit, name, consent);
        if (res.problem && res.problem->code == "already_asked")
            return apiFloor ? json(400, io::apiError("floor: this visit is on the list already")) : back("floor_already");
        if (res.problem) return apiFloor ? json(400, io::apiError(apiProblem(*res.problem))) : back(formProblem(*res.problem));
        if (!res.ok()) return apiFloor ? json(503, io::apiError("floor: not saved")) : back("error_generic");
        if (apiFloor) return json(201, io::apiCreated(res.createdId, false));
        return back("floor_asked");
    }

    // Sliders, when the facilitator opened placing to residents (blind placement respected: the
    // phone never sees the others' until revealed).
    if (post && rest == "/place") return placeFromForm(r, *visit, lang.code);
    if (post && rest == "/api/placements") {
        io::PlacementPost p;
        try {
            p = io::parsePlacementPost(r.body);
        } catch (const io::ApiError& e) {
            return json(400, io::apiError(e.what()));
        }
        if (!find<Slider>(desk_.session(), p.slider)) return json(400, io::apiError("slider: not one of the meeting's sliders"));
        if (static_cast<int>(codepointCount(p.reason)) > config_.policy.limits.reason)
            return json(400, io::apiError("reason: at most " + std::to_string(config_.policy.limits.reason) + " characters"));
        if (!desk_.session().info.settings.residentsPlace)
            return json(403, io::apiError("placements: the facilitator has not opened the sliders to residents"));
        const std::string participant = desk_.participantOf(*visit);
        if (participant.empty()) return json(503, io::apiError("placements: not saved"));
        if (!desk_.place(participant, p.slider, p.now, p.desired, p.reason)) return json(503, io::apiError("placements: not saved"));
        return json(201, "{\"participant\": \"" + participant + "\"}\n");
    }
    if (rest.rfind("/api/", 0) == 0) return json(get || post ? 404 : 405, io::apiError("path: there is nothing here"));
    return html(get || post ? 404 : 405, io::renderPhoneMessage(strings_, strings_.languages().front(), config_,
                                                                strings_.get(strings_.languages().front(), "error_generic")));
}

io::HttpResponse PhoneDoor::placeFromForm(const io::HttpRequest& r, const Visit& visit, const std::string& lang) {
    const auto back = [&](const std::string& m) {
        return io::HttpResponse{303, "text/plain; charset=utf-8", "", {{"Location", base_ + "?m=" + m + "&lang=" + lang}}};
    };
    if (!isValidUtf8(r.body) || !desk_.session().info.settings.residentsPlace) return back("error_generic");
    const auto fields = io::formFields(r.body);
    const auto field = [&](const std::string& k) {
        for (const auto& [key, v] : fields)
            if (key == k) return v;
        return std::string();
    };
    // Empty is "not placed"; anything else must be 0 to 100: 999 or -1 is an error, not a skip.
    bool bad = false;
    const auto score = [&bad](const std::string& v) -> std::optional<int> {
        if (v.empty()) return std::nullopt;
        if (v.size() > 3 || v.find_first_not_of("0123456789") != std::string::npos || std::stoi(v) > 100) {
            bad = true;
            return std::nullopt;
        }
        return std::stoi(v);
    };
    for (const auto& sl : desk_.session().sliders) {
        score(field("now-" + sl.key));
        score(field("desired-" + sl.key));
        if (static_cast<int>(codepointCount(field("reason-" + sl.key))) > config_.policy.limits.reason) bad = true;
    }
    if (bad) return back("error_generic");
    const std::string participant = desk_.participantOf(visit);
    if (participant.empty()) return back("error_generic");
    // Copied: while an edit is written the desk is free, and another request may read the
    // session anew.
    const std::vector<Slider> sliders = desk_.session().sliders;
    for (const auto& sl : sliders) {
        const auto now = score(field("now-" + sl.key)), desired = score(field("desired-" + sl.key));
        const std::string reason = field("reason-" + sl.key);
        if (!now && !desired && reason.empty()) continue;
        if (!desk_.place(participant, sl.key, now, desired, reason)) return back("error_generic");
    }
    return back("sliders_done");
}

}  // namespace wk::app
