#include "app/PhoneService.h"

#include <algorithm>
#include <chrono>
#include <random>

#include "domain/Rules.h"
#include "domain/Text.h"
#include "io/AtomicFile.h"
#include "io/Clock.h"
#include "io/PhoneApi.h"
#include "io/SessionJson.h"

namespace wk::app {
namespace {

constexpr std::size_t kMaxVisits = 20000;  // beyond it one is forgotten: a visit is a meeting's length

double seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string randomHex(int bytes) {
    std::random_device rd;
    std::string out;
    static const char* digits = "0123456789abcdef";
    for (int i = 0; i < bytes; ++i) {
        const unsigned v = rd() & 0xFF;
        out += digits[v >> 4];
        out += digits[v & 15];
    }
    return out;
}

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

// Takes one request from a bucket that refills at `rate` a second up to `burst`.
bool spend(double& budget, double& at, double burst, double rate) {
    const double now = seconds();
    budget = std::min(burst, budget + (now - at) * rate);
    at = now;
    if (budget < 1) return false;
    budget -= 1;
    return true;
}

// The messages a page may show, by key: nothing else from the address is ever printed.
bool knownMessage(const std::string& key) {
    static const char* keys[] = {"thanks", "thanks_pending", "support_done", "support_limit", "sliders_done", "error_text",
                                 "error_generic", "too_many"};
    return std::any_of(std::begin(keys), std::end(keys), [&](const char* k) { return key == k; });
}

}  // namespace

std::string PhoneService::newToken() { return randomHex(8); }  // 64 bits: not to be guessed in a meeting

PhoneService::PhoneService(const io::KioskConfig& config, const std::string& dbPath, std::int64_t sessionId, std::string token)
    : config_(config),
      db_(store::Database::open(dbPath)),
      edits_(std::make_unique<store::EditService>(*db_, sessionId)),
      token_(std::move(token)),
      base_("/j/" + token_),
      strings_(config.phones.languages) {
    if (!config.logo.empty()) {
        try {
            logo_ = io::readFile(config.logo);
        } catch (const std::exception&) {
            logo_.clear();  // no logo on the phones, the page works all the same
        }
    }
}

store::EditResult PhoneService::issue(Intent intent) {
    return edits_->submit({std::move(intent), Role::Resident, io::localDateTime()});
}

const Session& PhoneService::publicSession() {
    if (publicRevision_ != edits_->revision()) {
        public_ = visibleTo(edits_->session(), Audience::Public);  // contacts are never in it
        if (public_.info.settings.blind) public_.placements.clear();
        publicRevision_ = edits_->revision();
    }
    return public_;
}

io::PhonePage PhoneService::pageFor(const io::PhoneLanguage& lang, const Visit& visit) {
    const Session& s = publicSession();
    io::PhonePage p{strings_, lang, config_, s, base_, {}, false, {}, 0, false, {}, {}, false};
    p.supported = visit.supported;
    p.supportsLeft = config_.votesPerVisit - static_cast<int>(visit.supported.size());
    p.placingOpen = s.info.settings.residentsPlace;
    p.participant = visit.participant;
    p.hasLogo = !logo_.empty();
    return p;
}

io::HttpResponse PhoneService::page(const io::PhoneLanguage& lang, const Visit& visit, const std::string& message, bool error) {
    io::PhonePage p = pageFor(lang, visit);
    p.message = message;
    p.messageIsError = error;
    return html(200, io::renderPhonePage(p));
}

io::HttpResponse PhoneService::handle(const io::HttpRequest& r) {
    std::lock_guard<std::mutex> lock(mutex_);
    const bool api = r.path.find("/api/") != std::string::npos;
    const io::PhoneLanguage& lang = strings_.pick(!queryValue(r, "lang").empty() ? queryValue(r, "lang") : cookieValue(r.cookie, "wkl"),
                                                  r.acceptLanguage);
    // Only /j/TOKEN and what is under it; an old or wrong token is refused.
    if (r.path.rfind("/j/", 0) != 0) return api ? json(404, io::apiError("path: there is nothing here")) : html(404, io::renderPhoneMessage(strings_, lang, config_, strings_.get(lang, "ended")));
    const std::size_t tokenEnd = r.path.find('/', 3);
    const std::string token = r.path.substr(3, tokenEnd == std::string::npos ? std::string::npos : tokenEnd - 3);
    if (token != token_)
        return api ? json(403, io::apiError("token: this address is not (or no longer) open for phones"))
                   : html(403, io::renderPhoneMessage(strings_, lang, config_, strings_.get(lang, "ended")));
    const std::string rest = tokenEnd == std::string::npos ? "" : r.path.substr(tokenEnd);

    // Limits before work: per address (many phones may share one), then per visit.
    Bucket& addr = addresses_[r.client];
    if (!spend(addr.budget, addr.at, kAddressBurst, kAddressRate))
        return api ? json(429, io::apiError("too many requests from this address; try again in a minute"))
                   : html(429, io::renderPhoneMessage(strings_, lang, config_, strings_.get(lang, "too_many")));
    std::string visitId = cookieValue(r.cookie, "wkv");
    std::vector<std::pair<std::string, std::string>> headers;
    if (visitId.size() != 32 || visitId.find_first_not_of("0123456789abcdef") != std::string::npos || !visits_.count(visitId)) {
        // A visit is a random cookie for this session's address only: no tracking beyond it.
        if (visits_.size() >= kMaxVisits) visits_.erase(visits_.begin());
        visitId = randomHex(16);
        visits_[visitId].at = seconds();
        headers.emplace_back("Set-Cookie", "wkv=" + visitId + "; Path=" + base_ + "; HttpOnly; SameSite=Strict");
    }
    Visit& visit = visits_[visitId];
    if (!spend(visit.budget, visit.at, kVisitBurst, kVisitRate))
        return api ? json(429, io::apiError("too many requests; try again in a minute"))
                   : html(429, io::renderPhoneMessage(strings_, lang, config_, strings_.get(lang, "too_many")));
    if (r.bodyTooLarge) return api ? json(413, io::apiError("body: larger than 16 KiB")) : html(413, io::renderPhoneMessage(strings_, lang, config_, strings_.get(lang, "error_generic")));
    if (!queryValue(r, "lang").empty() && queryValue(r, "lang") == lang.code)
        headers.emplace_back("Set-Cookie", "wkl=" + lang.code + "; Path=" + base_ + "; SameSite=Strict");

    edits_->refresh();  // another writer (the kiosk itself) may have changed the session
    io::HttpResponse out = route(r, rest, visit, lang, visitId);
    for (auto& h : headers) out.headers.push_back(std::move(h));
    return out;
}

io::HttpResponse PhoneService::route(const io::HttpRequest& r, const std::string& rest, Visit& visit,
                                     const io::PhoneLanguage& lang, const std::string&) {
    const bool get = r.method == "GET" || r.method == "HEAD", post = r.method == "POST";
    const std::string langQuery = "&lang=" + lang.code;
    const auto back = [&](const std::string& message) {  // after a form: to the page, with a word
        return io::HttpResponse{303, "text/plain; charset=utf-8", "", {{"Location", base_ + "?m=" + message + langQuery}}};
    };
    // The page, the wall alone, the logo.
    if (get && (rest.empty() || rest == "/")) {
        const std::string m = queryValue(r, "m");
        std::string message;
        if (knownMessage(m))
            message = strings_.get(lang, m, {{"n", std::to_string(config_.votesPerVisit)}});
        return page(lang, visit, message, m == "error_text" || m == "error_generic" || m == "support_limit");
    }
    if (get && rest == "/wall") return html(200, io::renderPhoneWall(pageFor(lang, visit)));
    if (get && rest == "/logo.png" && !logo_.empty()) return {200, "image/png", logo_, {{"Cache-Control", "max-age=3600"}}};
    if (get && rest == "/api/session") return json(200, io::sessionToJson(publicSession()));

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
        if (isBlank(p.text)) return apiIdea ? json(400, io::apiError("text: must not be empty")) : back("error_text");
        if (codepointCount(p.text) > 1000 || codepointCount(p.author) > 100 || codepointCount(p.contact) > 200)
            return apiIdea ? json(400, io::apiError("text: at most 1000 characters (a name 100, a contact 200)")) : back("error_generic");
        if (!p.theme.empty() && std::find(config_.themes.begin(), config_.themes.end(), p.theme) == config_.themes.end())
            return apiIdea ? json(400, io::apiError("theme: not one of the meeting's themes")) : back("error_generic");
        const store::EditResult res = issue(SubmitIdea{p.text, p.theme, p.author, p.contact, p.consent, std::nullopt});
        if (!res.ok())
            return apiIdea ? json(res.problem ? 400 : 503, io::apiError(res.problem ? res.problem->field + ": " + res.problem->code : "not saved"))
                           : back("error_generic");
        const Idea* made = find<Idea>(edits_->session(), res.createdId);
        const bool pending = made && made->pending;
        if (apiIdea) return json(201, io::apiCreated(res.createdId, pending));
        return back(pending ? "thanks_pending" : "thanks");
    }

    // Support: once per idea and a few per visit, only for what the public wall shows.
    const bool apiSupport = post && rest.rfind("/api/ideas/", 0) == 0 && rest.size() > 19 && rest.substr(rest.size() - 8) == "/support";
    const bool formSupport = post && rest.rfind("/support/", 0) == 0;
    if (apiSupport || formSupport) {
        const std::string id = apiSupport ? rest.substr(11, rest.size() - 11 - 8) : rest.substr(9);
        const bool already = std::find(visit.supported.begin(), visit.supported.end(), id) != visit.supported.end();
        if (already) return apiSupport ? json(400, io::apiError("support: this visit supports that idea already")) : back("support_done");
        if (static_cast<int>(visit.supported.size()) >= config_.votesPerVisit)
            return apiSupport ? json(400, io::apiError("support: the " + std::to_string(config_.votesPerVisit) + " supports of this visit are given"))
                              : back("support_limit");
        if (!find<Idea>(publicSession(), id))
            return apiSupport ? json(404, io::apiError("idea: there is no such idea on the wall")) : back("error_generic");
        const store::EditResult res = issue(SupportIdea{id});
        if (!res.ok()) return apiSupport ? json(res.problem ? 400 : 503, io::apiError("support: not saved")) : back("error_generic");
        visit.supported.push_back(id);
        const Idea* i = find<Idea>(edits_->session(), id);
        if (apiSupport) return json(200, io::apiVotes(i ? i->votes : 0));
        return back("support_done");
    }

    // Sliders, when the facilitator opened placing to residents (blind placement respected: the
    // phone never sees the others' until revealed).
    if (post && rest == "/place") return placeFromForm(r, visit, lang.code);
    if (post && rest == "/api/placements") {
        io::PlacementPost p;
        try {
            p = io::parsePlacementPost(r.body);
        } catch (const io::ApiError& e) {
            return json(400, io::apiError(e.what()));
        }
        if (!find<Slider>(edits_->session(), p.slider)) return json(400, io::apiError("slider: not one of the meeting's sliders"));
        if (codepointCount(p.reason) > 500) return json(400, io::apiError("reason: at most 500 characters"));
        if (!edits_->session().info.settings.residentsPlace)
            return json(403, io::apiError("placements: the facilitator has not opened the sliders to residents"));
        if (visit.participant.empty()) {
            const store::EditResult joined = issue(JoinAsResident{});
            if (!joined.ok()) return json(503, io::apiError("placements: not saved"));
            visit.participant = joined.createdId;
        }
        if (!issue(PlaceSlider{visit.participant, p.slider, p.now, p.desired}).ok() ||
            (!p.reason.empty() && !issue(GiveReason{visit.participant, p.slider, p.reason}).ok()))
            return json(503, io::apiError("placements: not saved"));
        return json(201, "{\"participant\": \"" + visit.participant + "\"}\n");
    }
    if (rest.rfind("/api/", 0) == 0) return json(get || post ? 404 : 405, io::apiError("path: there is nothing here"));
    return html(get || post ? 404 : 405, io::renderPhoneMessage(strings_, strings_.languages().front(), config_,
                                                                strings_.get(strings_.languages().front(), "error_generic")));
}

io::HttpResponse PhoneService::placeFromForm(const io::HttpRequest& r, Visit& visit, const std::string& lang) {
    const auto back = [&](const std::string& m) {
        return io::HttpResponse{303, "text/plain; charset=utf-8", "", {{"Location", base_ + "?m=" + m + "&lang=" + lang}}};
    };
    if (!isValidUtf8(r.body) || !edits_->session().info.settings.residentsPlace) return back("error_generic");
    const auto fields = io::formFields(r.body);
    const auto field = [&](const std::string& k) {
        for (const auto& [key, v] : fields)
            if (key == k) return v;
        return std::string();
    };
    const auto score = [](const std::string& v) -> std::optional<int> {
        if (v.empty() || v.size() > 3 || v.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
        const int n = std::stoi(v);
        return n <= 100 ? std::optional<int>(n) : std::nullopt;
    };
    if (visit.participant.empty()) {
        const store::EditResult joined = issue(JoinAsResident{});
        if (!joined.ok()) return back("error_generic");
        visit.participant = joined.createdId;
    }
    for (const auto& sl : edits_->session().sliders) {
        const auto now = score(field("now-" + sl.key)), desired = score(field("desired-" + sl.key));
        const std::string reason = field("reason-" + sl.key);
        if (!now && !desired && reason.empty()) continue;
        if (!issue(PlaceSlider{visit.participant, sl.key, now, desired}).ok()) return back("error_generic");
        if (!reason.empty() && codepointCount(reason) <= 500 && !issue(GiveReason{visit.participant, sl.key, reason}).ok())
            return back("error_generic");
    }
    return back("sliders_done");
}

}  // namespace wk::app
