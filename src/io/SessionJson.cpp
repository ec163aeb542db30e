#include "io/SessionJson.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>

#include "domain/Agenda.h"
#include "domain/Change.h"
#include "domain/Plan.h"
#include "domain/Polls.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"

namespace wk::io {
namespace {

using Json = nlohmann::ordered_json;

// A JSON value with the path that leads to it, so every complaint can say where it is.
class At {
public:
    At(const Json& j, std::string path) : j_(j), path_(std::move(path)) {}
    const std::string& path() const { return path_; }
    [[noreturn]] void fail(const std::string& what) const { throw ImportError(path_, what); }

    bool has(const char* key) const { return j_.contains(key) && !j_.at(key).is_null(); }
    bool isText(const char* key) const { return has(key) && j_.at(key).is_string(); }
    At operator[](const char* key) const {
        if (!j_.contains(key)) throw ImportError(path_ + "." + key, "is missing");
        return At(j_.at(key), path_ + "." + key);
    }
    std::vector<At> items() const {
        if (!j_.is_array()) fail("must be a list [...]");
        std::vector<At> out;
        for (std::size_t i = 0; i < j_.size(); ++i) out.emplace_back(j_[i], path_ + "[" + std::to_string(i) + "]");
        return out;
    }
    std::vector<At> list(const char* key) const { return has(key) ? (*this)[key].items() : std::vector<At>{}; }
    void object() const {
        if (!j_.is_object()) fail("must be an object {...}");
    }
    std::string text() const {
        if (!j_.is_string()) fail("must be text in quotes");
        return j_.get<std::string>();
    }
    std::string text(const char* key, std::string fallback = {}) const { return has(key) ? (*this)[key].text() : fallback; }
    // A title or a name: one line, no control characters (they would break a listing or a table).
    std::string line(const char* key) const {
        std::string t = text(key);
        if (hasControlCharacters(t)) (*this)[key].fail("must not hold control characters (a tab, a line break, an escape)");
        return t;
    }
    long long integer(long long lo, long long hi) const {
        if (!j_.is_number_integer() && !j_.is_number_unsigned()) fail("must be a whole number");
        if (j_.is_number_unsigned() && j_.get<unsigned long long>() > static_cast<unsigned long long>(hi))
            fail("must be between " + std::to_string(lo) + " and " + std::to_string(hi));
        const long long v = j_.get<long long>();
        if (v < lo || v > hi) fail("must be between " + std::to_string(lo) + " and " + std::to_string(hi));
        return v;
    }
    double number(double lo, double hi) const {
        if (!j_.is_number()) fail("must be a number");
        const double v = j_.get<double>();
        if (!(v >= lo && v <= hi)) fail("must be between " + std::to_string(lo) + " and " + std::to_string(hi));
        return v;
    }
    // Euros with at most two decimals, not negative: cents.
    std::int64_t money() const {
        if (!j_.is_number()) fail("must be an amount in euros, like 1250.50");
        const double v = j_.get<double>();
        const double cents = std::round(v * 100.0);
        if (!(v >= 0)) fail("must not be negative");
        if (cents > static_cast<double>(kMaxAmountCents)) fail("is more than " + std::to_string(kMaxAmountCents / 100) + " euros");
        if (std::fabs(v * 100.0 - cents) > 1e-6 * std::max(1.0, cents)) fail("must have at most two decimals (cents)");
        return static_cast<std::int64_t>(cents);
    }
    bool flag(const char* key, bool fallback) const {
        if (!has(key)) return fallback;
        const auto& v = j_.at(key);
        if (!v.is_boolean()) (*this)[key].fail("must be true or false");
        return v.get<bool>();
    }
    template <class E> E word(const char* key, std::optional<E> fallback = std::nullopt) const {
        if (!has(key)) {
            if (fallback) return *fallback;
            (*this)[key].fail("is missing");
        }
        const At v = (*this)[key];
        const auto e = parse<E>(v.text());
        if (!e) v.fail("must be one of: " + allWords<E>());
        return *e;
    }
    std::string clock(const char* key) const {
        const std::string t = text(key);
        if (!t.empty() && !isClockTime(t)) (*this)[key].fail("must be a time of day like 19:30");
        return t;
    }
    std::string moment(const char* key) const {
        const std::string t = text(key);
        if (!t.empty() && !isIsoDateTime(t)) (*this)[key].fail("must be a time like 2026-11-22T19:45:00");
        return t;
    }
    std::string date(const char* key) const {
        const std::string d = text(key);
        if (!d.empty() && !isIsoDate(d)) (*this)[key].fail("must be a date like 2026-11-22");
        return d;
    }

private:
    const Json& j_;
    std::string path_;
};

// Checks one entity against the session built so far, by the rules an edit would meet.
template <class T> void admit(Session& s, T raw, const At& at) {
    // The same cleaning an edit gets: control characters out, text as typed otherwise.
    T item = std::get<Put<T>>(normalized(Put<T>{std::move(raw)})).item;
    if (auto p = validate(s, Put<T>{item})) {
        const auto dot = p->field.find('.');
        const std::string field = dot == std::string::npos ? std::string() : "." + p->field.substr(dot + 1);
        std::string what = p->code;
        if (what == "text_empty") what = "must not be empty";
        else if (what == "unknown_participant") what = "names no participant of this session";
        else if (what == "unknown_slider") what = "names no slider of this session";
        else if (what == "unknown_opgave") what = "names no opgave of this session";
        else if (what == "unknown_idea") what = "names no idea of this session";
        else if (what == "value_range") what = "is out of range";
        else if (what == "date_invalid") what = "must be a date like 2026-11-22";
        else if (what == "response_invalid") what = "does not fit the response_scheme";
        else if (what == "id_invalid") what = "must be a short non-empty id";
        else if (what == "reason_missing") what = "must give the reason an idea is hidden";
        else if (what == "number_in_use") what = "is the number of another action";
        else if (what == "money_invalid") what = "is not an amount of money";
        else if (what == "time_invalid") what = "must be a time like 2026-11-22T19:45:00";
        else if (what == "in_use") what = "is in use";
        else if (what == "unknown_poll") what = "names no poll of this session";
        else if (what == "poll_closed") what = "answers a poll that is closed (a closed poll keeps only its result)";
        else if (what == "unknown_option") what = "names an option the poll does not have";
        else if (what == "budget_total") what = "does not add up to the poll's total";
        else if (what == "ranking_incomplete") what = "must rank every option once";
        else if (what == "duplicate") what = "names one option twice";
        else if (what == "too_many") what = "chooses more options than the poll allows";
        throw ImportError(at.path() + field, what);
    }
    if (find<T>(s, keyOf(item))) throw ImportError(at.path(), "\"" + keyOf(item) + "\" appears twice");
    apply(s, Put<T>{std::move(item)});
}

// Where bytes that are not UTF-8 sit, as a JSON path: each bad byte is swapped for U+FFFF (a
// noncharacter no one types), the text parsed again, and the first string holding one named.
std::string pathOfBadUtf8(std::string_view text) {
    std::string marked;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = 1;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (c < 0x80 || (i + n <= text.size() && isValidUtf8(text.substr(i, n)))) {
            marked.append(text.substr(i, n));
            i += n;
        } else {
            marked += "\xEF\xBF\xBF";
            ++i;
        }
    }
    const Json doc = Json::parse(marked, nullptr, false);
    if (doc.is_discarded()) return "";
    std::string found;
    const std::function<void(const Json&, const std::string&)> walk = [&](const Json& j, const std::string& at) {
        if (!found.empty()) return;
        if (j.is_string() && j.get_ref<const std::string&>().find("\xEF\xBF\xBF") != std::string::npos) found = at;
        if (j.is_object())
            for (auto it = j.begin(); it != j.end(); ++it) walk(it.value(), at + "." + it.key());
        if (j.is_array())
            for (std::size_t k = 0; k < j.size(); ++k) walk(j[k], at + "[" + std::to_string(k) + "]");
    };
    walk(doc, "$");
    return found;
}

// An answer as the file gives it (its value is checked against the scheme later).
Response responseOf(const At& r) {
    r.object();
    return {r.text("value"), r.text("motivation"), r.text("condition"), r.date("due")};
}

}  // namespace

// Extension (issue 30): who came, and polls with the answers of those still open.
void readVoice(const At& s, Session& out) {
    std::int64_t seq = 0;
    // Extension (issue 32): the previous meeting's ideas, read-only here ("Vorige keer").
    for (const At& x : s.list("earlier_ideas")) {
        x.object();
        EarlierIdea e;
        e.id = x.has("id") ? x.text("id") : freshId(out, 'e');
        e.number = x.text("number");
        e.text = x.text("text");
        e.theme = x.text("theme");
        if (x.has("response")) e.response = responseOf(x["response"]);
        if (x.has("votes_then")) e.votesThen = static_cast<int>(x["votes_then"].integer(0, 1'000'000));
        if (x.has("votes")) e.votes = static_cast<int>(x["votes"].integer(0, 1'000'000));
        e.from = x.date("from");
        e.origin = x.text("origin");
        e.seq = ++seq;
        admit(out, std::move(e), x);
    }
    seq = 0;
    for (const At& x : s.list("check_ins")) {
        x.object();
        CheckIn c;
        c.id = x.has("id") ? x.text("id") : freshId(out, 'k');
        c.kind = x.text("kind", "resident");
        if (c.kind != "resident" && c.kind != "official" && c.kind != "partner") x["kind"].fail("must be one of: resident, official, partner");
        c.channel = x.text("channel", "phone");
        if (c.channel != "phone" && c.channel != "kiosk") x["channel"].fail("must be one of: phone, kiosk");
        c.name = x.line("name");
        c.visit = x.text("visit");
        c.at = x.moment("at");
        c.seq = ++seq;
        admit(out, std::move(c), x);
    }
    seq = 0;
    const auto numbers = [](const At& x, const char* key, long long hi) {
        std::vector<long long> v;
        for (const At& n : x.list(key)) v.push_back(n.integer(0, hi));
        return v;
    };
    for (const At& x : s.list("polls")) {
        x.object();
        Poll p;
        p.id = x.has("id") ? x.text("id") : freshId(out, 'q');
        p.question = x.text("question");
        const auto kind = parsePollKind(x.text("kind", "one"));
        if (!kind) x["kind"].fail("must be one of: one, several, scale, ranking, budget, statement, word, open");
        p.kind = *kind;
        for (const At& o : x.list("options")) p.options.push_back(o.text());
        if (x.has("total")) p.total = x["total"].integer(0, kMaxBudgetEuros);
        if (x.has("max_choices")) p.maxChoices = static_cast<int>(x["max_choices"].integer(0, kMaxPollOptions));
        p.visibility = x.word<Visibility>("visibility", Visibility::Closed);
        p.live = x.flag("live", false);
        p.opened = x.moment("opened");
        p.closed = x.moment("closed");
        p.adopted = x.flag("adopted", false);
        if (x.has("answered")) {
            const At a = x["answered"];
            a.object();
            if (a.has("phone")) p.phoneAnswers = a["phone"].integer(0, 10'000'000);
            if (a.has("kiosk")) p.kioskAnswers = a["kiosk"].integer(0, 10'000'000);
            if (a.has("paper")) p.paperAnswers = a["paper"].integer(0, 10'000'000);
        }
        p.paper = numbers(x, "paper", 10'000'000);
        p.result = numbers(x, "result", kMaxBudgetEuros * 10'000);
        p.agenda = x.text("agenda");
        p.evaluation = x.flag("evaluation", false);
        p.seq = ++seq;
        admit(out, std::move(p), x);
    }
    seq = 0;
    for (const At& x : s.list("poll_answers")) {
        x.object();
        PollAnswer a;
        a.poll = x.text("poll");
        a.who = x.text("who");
        a.channel = x.text("channel", "phone");
        a.values = numbers(x, "values", kMaxBudgetEuros);
        a.text = x.text("text");
        a.pending = x.flag("pending", false);
        a.seq = ++seq;
        admit(out, std::move(a), x);
    }
}

Session sessionFromJson(std::string_view text, const Policy* policy) {
    Json doc;
    try {
        doc = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        if (!isValidUtf8(text))
            if (const std::string at = pathOfBadUtf8(text); !at.empty()) throw ImportError(at, "text that is not UTF-8 (save the file as UTF-8)");
        throw ImportError("$", std::string("not valid JSON (byte ") + std::to_string(e.byte) + ")");
    } catch (const Json::out_of_range&) {
        // The parser's only out_of_range: a number like 1e999 that no double holds.
        throw ImportError("$", "not valid JSON (a number too large to read)");
    }
    const At root(doc, "$");
    root.object();
    if (root.text("format") != "wijkkiosk-session") root["format"].fail("must be \"wijkkiosk-session\"");
    const long long version = root["version"].integer(0, 1'000'000);
    if (version > kSessionFormatVersion)
        root["version"].fail("is " + std::to_string(version) + ", from a newer wijkkiosk; this one reads version " +
                             std::to_string(kSessionFormatVersion));
    if (version < 1) root["version"].fail("must be 1");
    const At s = root["session"];
    s.object();

    Session out;
    out.info.type = s.word<MeetingType>("type");
    out.info.title = s.line("title");
    out.info.wijk = s.line("wijk");
    out.info.date = s.date("date");
    out.info.location = s.line("location");
    out.info.chair = s.line("chair");
    out.info.uid = s.line("uid");
    if (!out.info.uid.empty() && !isUuid(out.info.uid)) s["uid"].fail("must be a UUID, like 3f2b8c1e-0d4a-4c6e-9b1f-2a7d5e8c9f01");
    if (s.has("settings")) {  // extension: how the facilitator runs the meeting
        const At m = s["settings"];
        m.object();
        out.info.settings = {m.flag("moderated", false), m.flag("residents_place", false), m.flag("blind", false)};
    }
    out.info.scheme = s.word<ResponseScheme>("response_scheme", ResponseScheme::NuOoitNooit);
    out.info.phase = s.has("phase") || !policy ? s.word<Visibility>("phase", Visibility::Closed) : startPhase(*policy, out.info.type);
    out.info.dossier = s.text("dossier");  // extension: what a wijkwerkoverleg goes deep into
    out.info.publicFrom = s.text("public_from");  // extension: when the public part began
    if (s.has("bouwstenen")) {             // extension: the seven bouwstenen rated 0 (not) to 5
        const auto items = s["bouwstenen"].items();
        if (items.size() != 7) s["bouwstenen"].fail("must list seven ratings, one per bouwsteen");
        for (std::size_t i = 0; i < 7; ++i) out.info.bouwstenen[i] = static_cast<int>(items[i].integer(0, 5));
    }
    out.info.time = s.clock("time");          // extension: when the meeting begins
    out.info.publicAt = s.clock("public_at");  // extension: when its public part is planned to begin
    out.info.preparing = s.flag("preparing", false);  // extension: in preparation at the office
    out.info.ideaPrefix = s.text("idea_prefix");  // extension (issue 32): new ideas' numbers
    out.info.adopted = s.moment("adopted");         // extension (issue 35): when the minutes were adopted
    for (const At& w : s.list("hidden_words")) out.info.hiddenWords.push_back(w.text());  // extension: off the word cloud
    if (s.has("head_count")) out.info.headCount = static_cast<int>(s["head_count"].integer(0, 100'000));  // extension: who came
    if (auto p = validate(out, SetInfo{out.info})) s["title"].fail("must not be empty");

    std::int64_t seq = 0;
    for (const At& p : s.list("participants")) {
        p.object();
        admit(out, Participant{p.text("id"), p.line("name"), p.line("role"), p.line("organisation"),
                               p.flag("consent", false), ++seq}, p);
    }
    seq = 0;
    for (const At& x : s.list("sliders")) {
        x.object();
        admit(out, Slider{x.line("key"), x.line("label"), x.text("top"), ++seq}, x);
    }
    seq = 0;
    for (const At& x : s.list("placements")) {
        x.object();
        Placement p{x.text("participant"), x.text("slider"), {}, {}, x.text("reason"), ++seq, x.text("agenda")};
        if (x.has("now")) p.now = static_cast<int>(x["now"].integer(0, 100));
        if (x.has("desired")) p.desired = static_cast<int>(x["desired"].integer(0, 100));
        admit(out, std::move(p), x);
    }
    seq = 0;
    for (const At& x : s.list("ideas")) {
        x.object();
        Idea i;
        i.id = x.has("id") ? x.text("id") : freshId(out, 'i');
        i.text = x.text("text");
        i.theme = x.text("theme");
        i.author = x.line("author");
        i.contact = x.text("contact");
        i.consent = x.flag("consent", false);
        if (x.has("votes")) i.votes = static_cast<int>(x["votes"].integer(0, 1'000'000));
        // Public only on purpose: an item without a visibility is closed.
        i.visibility = x.word<Visibility>("visibility", Visibility::Closed);
        if (x.has("map")) {
            const At m = x["map"];
            m.object();
            i.map = MapPin{m["x"].number(0, 1), m["y"].number(0, 1)};
        }
        if (x.has("response")) i.response = responseOf(x["response"]);
        i.created = x.text("created");
        i.hidden = x.flag("hidden", false);
        i.hiddenReason = x.text("hidden_reason");
        i.pending = x.flag("pending", false);
        i.agenda = x.text("agenda");
        i.number = x.text("number");           // extension (issue 32)
        i.mergedInto = x.text("merged_into");
        i.seq = ++seq;
        admit(out, std::move(i), x);
    }
    seq = 0;
    for (const At& x : s.list("opgaven")) {
        x.object();
        admit(out, Opgave{x.text("id"), x.line("title"), x.text("description"), ++seq}, x);
    }
    seq = 0;
    for (const At& x : s.list("actions")) {
        x.object();
        Action a;
        a.id = x.has("id") ? x.text("id") : freshId(out, 'a');
        a.opgave = x.text("opgave");
        a.what = x.text("what");
        a.indicator = x.text("indicator");
        if (x.has("party")) a.party = x.word<Party>("party");
        a.owner = x.text("owner");
        a.deadline = x.date("deadline");
        a.budget = x.text("budget");
        if (x.has("amount")) a.amountCents = x["amount"].money();  // extension: euros with cents
        if (x.has("number")) a.number = static_cast<int>(x["number"].integer(1, 1'000'000));  // extension
        a.status = x.word<ActionStatus>("status", ActionStatus::Gepland);
        for (const At& k : x.list("koppelkansen")) a.koppelkansen.push_back(k.text());
        for (const At& k : x.list("ideas")) a.ideas.push_back(k.text());
        a.visibility = x.word<Visibility>("visibility", Visibility::Closed);
        if (x.has("origin")) {  // extension: the earlier meeting's action this one continues
            const At o = x["origin"];
            o.object();
            // The meeting's uid; a number is an older file's local id, kept recognisably as such.
            const At os = o["session"];
            const std::string session = o.isText("session") ? os.text()
                                                            : "local-" + std::to_string(os.integer(1, std::numeric_limits<long long>::max()));
            a.origin = ActionOrigin{session, o.text("action"), o.date("date")};
        }
        for (const At& h : x.list("history")) {  // extension: dated status changes
            h.object();
            const std::string at = h.text("at");
            if (!at.empty() && !isIsoDate(at) && !isIsoDateTime(at)) h["at"].fail("must be a date like 2026-11-22 or a time like 2026-11-22T19:45:00");
            a.history.push_back({at, h.word<ActionStatus>("status")});
        }
        a.agenda = x.text("agenda");
        if (x.has("point")) {  // extension: a contribution to discuss or to decide on
            const auto point = parse<PointKind>(x["point"].text());
            if (!point) x["point"].fail("must be one of: discussiepunt, beslispunt");
            a.point = *point;
        }
        a.outcome = x.word<PointOutcome>("outcome", PointOutcome::Open);
        a.agreed = x.flag("agreed", false) && a.party.has_value();  // agreed needs someone who agreed
        a.seq = ++seq;
        admit(out, std::move(a), x);
    }
    seq = 0;
    for (const At& x : s.list("notes")) {
        x.object();
        Note n;
        n.id = x.has("id") ? x.text("id") : freshId(out, 'n');
        n.at = x.text("at");
        if (!n.at.empty() && !isIsoDateTime(n.at)) x["at"].fail("must be a time like 2026-11-22T19:45:00");
        n.text = x.text("text");
        n.kind = x.word<NoteKind>("kind", NoteKind::Note);
        n.visibility = x.word<Visibility>("visibility", Visibility::Closed);
        n.agenda = x.text("agenda");
        n.seq = ++seq;
        admit(out, std::move(n), x);
    }
    seq = 0;
    for (const At& x : s.list("agenda")) {  // extension: the running order (issue 28)
        x.object();
        AgendaItem g;
        g.id = x.has("id") ? x.text("id") : freshId(out, 'g');
        g.title = x.line("title");
        if (isBlank(g.title)) x["title"].fail("must not be empty");
        g.minutes = static_cast<int>(x["minutes"].integer(0, 24 * 60));
        g.introducer = x.line("introducer");
        if (x.has("kind")) {
            const auto kind = parseAgendaKind(x["kind"].text());
            if (!kind) x["kind"].fail("must be one of: informeren, bespreken, besluiten");
            g.kind = *kind;
        }
        for (const At& o : x.list("opgaven")) g.opgaven.push_back(o.text());
        g.visibility = x.word<Visibility>("visibility", Visibility::Closed);
        g.started = x.moment("started");
        g.ended = x.moment("ended");
        g.seq = ++seq;
        admit(out, std::move(g), x);
    }
    seq = 0;
    for (const At& x : s.list("turns")) {  // extension: spreekrecht
        x.object();
        Turn t;
        t.id = x.has("id") ? x.text("id") : freshId(out, 't');
        t.speaker = x.line("speaker");
        t.role = x.text("role", "resident");
        if (t.role != "resident" && t.role != "official" && t.role != "partner") x["role"].fail("must be one of: resident, official, partner");
        t.consent = x.flag("consent", false);
        t.visit = x.text("visit");
        if (x.has("number")) t.number = static_cast<int>(x["number"].integer(0, 1'000'000));
        t.requested = x.moment("requested");
        t.started = x.moment("started");
        t.ended = x.moment("ended");
        t.agenda = x.text("agenda");
        t.seq = ++seq;
        admit(out, std::move(t), x);
    }
    readVoice(s, out);
    const auto linked = [&](const std::string& id) { return id.empty() || find<AgendaItem>(out, id); };
    for (std::size_t k = 0; k < out.ideas.size(); ++k)
        if (!linked(out.ideas[k].agenda)) s["ideas"].items()[k]["agenda"].fail("names no agenda item of this session");
    for (std::size_t k = 0; k < out.actions.size(); ++k)
        if (!linked(out.actions[k].agenda)) s["actions"].items()[k]["agenda"].fail("names no agenda item of this session");
    for (std::size_t k = 0; k < out.notes.size(); ++k)
        if (!linked(out.notes[k].agenda)) s["notes"].items()[k]["agenda"].fail("names no agenda item of this session");
    for (std::size_t k = 0; k < out.placements.size(); ++k)
        if (!linked(out.placements[k].agenda)) s["placements"].items()[k]["agenda"].fail("names no agenda item of this session");
    numberActions(out);  // an older file's actions get their numbers in the plan's order
    return out;
}

void writeVoice(const Session& s, Json& o) {
    if (s.info.headCount > 0) o["head_count"] = s.info.headCount;
    if (!s.info.hiddenWords.empty()) o["hidden_words"] = s.info.hiddenWords;
    if (!s.info.ideaPrefix.empty()) o["idea_prefix"] = s.info.ideaPrefix;
    if (!s.info.adopted.empty()) o["adopted"] = s.info.adopted;
    if (!s.earlier.empty()) {
        o["earlier_ideas"] = Json::array();
        for (const auto& e : s.earlier) {
            Json x{{"id", e.id}, {"text", e.text}, {"theme", e.theme}, {"votes_then", e.votesThen}, {"votes", e.votes},
                   {"from", e.from}, {"origin", e.origin}};
            if (!e.number.empty()) x["number"] = e.number;
            if (!e.response.value.empty())
                x["response"] = {{"value", e.response.value}, {"motivation", e.response.motivation},
                                 {"condition", e.response.condition}, {"due", e.response.due}};
            o["earlier_ideas"].push_back(std::move(x));
        }
    }
    if (!s.checkIns.empty()) {
        o["check_ins"] = Json::array();
        for (const auto& c : s.checkIns) {
            Json e{{"id", c.id}, {"kind", c.kind}, {"channel", c.channel}, {"at", c.at}};
            if (!c.name.empty()) e["name"] = c.name;
            if (!c.visit.empty()) e["visit"] = c.visit;
            o["check_ins"].push_back(std::move(e));
        }
    }
    if (!s.polls.empty()) {
        o["polls"] = Json::array();
        for (const auto& p : s.polls) {
            Json e{{"id", p.id}, {"question", p.question}, {"kind", toString(p.kind)}, {"options", p.options},
                   {"visibility", toString(p.visibility)}, {"live", p.live}, {"opened", p.opened}, {"closed", p.closed},
                   {"answered", {{"phone", p.phoneAnswers}, {"kiosk", p.kioskAnswers}, {"paper", p.paperAnswers}}}};
            if (p.kind == PollKind::Budget) e["total"] = p.total, e["adopted"] = p.adopted;
            if (p.maxChoices > 0) e["max_choices"] = p.maxChoices;
            if (!p.paper.empty()) e["paper"] = p.paper;
            if (!p.result.empty()) e["result"] = p.result;
            if (!p.agenda.empty()) e["agenda"] = p.agenda;
            if (p.evaluation) e["evaluation"] = true;
            o["polls"].push_back(std::move(e));
        }
    }
    if (!s.answers.empty()) {
        o["poll_answers"] = Json::array();
        for (const auto& a : s.answers) {
            Json e{{"poll", a.poll}, {"who", a.who}, {"channel", a.channel}, {"values", a.values}};
            if (!a.text.empty()) e["text"] = a.text;
            if (a.pending) e["pending"] = true;
            o["poll_answers"].push_back(std::move(e));
        }
    }
}

std::string sessionToJson(const Session& s) {
    Json j;
    j["format"] = "wijkkiosk-session";
    j["version"] = kSessionFormatVersion;
    Json& o = j["session"];
    o["type"] = toString(s.info.type);
    if (!s.info.uid.empty()) o["uid"] = s.info.uid;
    o["title"] = s.info.title;
    o["wijk"] = s.info.wijk;
    o["date"] = s.info.date;
    o["location"] = s.info.location;
    o["chair"] = s.info.chair;
    o["response_scheme"] = toString(s.info.scheme);
    o["phase"] = toString(s.info.phase);
    if (!s.info.dossier.empty()) o["dossier"] = s.info.dossier;
    if (!s.info.publicFrom.empty()) o["public_from"] = s.info.publicFrom;
    if (!s.info.time.empty()) o["time"] = s.info.time;
    if (!s.info.publicAt.empty()) o["public_at"] = s.info.publicAt;
    if (s.info.preparing) o["preparing"] = true;
    if (s.info.bouwstenen != std::array<int, 7>{}) o["bouwstenen"] = s.info.bouwstenen;
    const MeetingSettings& m = s.info.settings;
    if (m.moderated || m.residentsPlace || m.blind)
        o["settings"] = {{"moderated", m.moderated}, {"residents_place", m.residentsPlace}, {"blind", m.blind}};
    o["participants"] = Json::array();
    for (const auto& p : s.participants)
        o["participants"].push_back({{"id", p.id}, {"name", p.name}, {"role", p.role}, {"organisation", p.organisation}, {"consent", p.consent}});
    o["sliders"] = Json::array();
    for (const auto& x : s.sliders) o["sliders"].push_back({{"key", x.key}, {"label", x.label}, {"top", x.top}});
    o["placements"] = Json::array();
    for (const auto& p : s.placements) {
        Json e{{"participant", p.participant}, {"slider", p.slider}};
        e["now"] = p.now ? Json(*p.now) : Json(nullptr);
        e["desired"] = p.desired ? Json(*p.desired) : Json(nullptr);
        e["reason"] = p.reason;
        if (!p.agenda.empty()) e["agenda"] = p.agenda;
        o["placements"].push_back(std::move(e));
    }
    o["ideas"] = Json::array();
    for (const auto& i : s.ideas) {
        Json e{{"id", i.id}, {"text", i.text}, {"theme", i.theme}, {"author", i.author}, {"contact", i.contact},
               {"consent", i.consent}, {"votes", i.votes}, {"visibility", toString(i.visibility)}};
        if (i.map) e["map"] = {{"x", i.map->x}, {"y", i.map->y}};
        if (!i.response.value.empty())
            e["response"] = {{"value", i.response.value}, {"motivation", i.response.motivation},
                             {"condition", i.response.condition}, {"due", i.response.due}};
        e["created"] = i.created;
        if (i.hidden) {
            e["hidden"] = true;
            e["hidden_reason"] = i.hiddenReason;
        }
        if (i.pending) e["pending"] = true;
        if (!i.number.empty()) e["number"] = i.number;
        if (!i.mergedInto.empty()) e["merged_into"] = i.mergedInto;
        if (!i.agenda.empty()) e["agenda"] = i.agenda;
        o["ideas"].push_back(std::move(e));
    }
    o["opgaven"] = Json::array();
    for (const auto& x : s.opgaven) o["opgaven"].push_back({{"id", x.id}, {"title", x.title}, {"description", x.description}});
    o["actions"] = Json::array();
    for (const auto& a : s.actions) {
        Json e{{"id", a.id}, {"opgave", a.opgave}, {"what", a.what}, {"indicator", a.indicator}};
        e["party"] = a.party ? Json(toString(*a.party)) : Json(nullptr);
        e["owner"] = a.owner;
        e["deadline"] = a.deadline;
        e["budget"] = a.budget;
        if (a.amountCents) e["amount"] = static_cast<double>(*a.amountCents) / 100.0;
        if (a.number > 0) e["number"] = a.number;
        e["status"] = toString(a.status);
        e["koppelkansen"] = a.koppelkansen;
        e["ideas"] = a.ideas;
        e["visibility"] = toString(a.visibility);
        if (a.origin) e["origin"] = {{"session", a.origin->session}, {"action", a.origin->action}, {"date", a.origin->date}};
        if (!a.history.empty()) {
            e["history"] = Json::array();
            for (const auto& h : a.history) e["history"].push_back({{"at", h.at}, {"status", toString(h.status)}});
        }
        if (!a.agenda.empty()) e["agenda"] = a.agenda;
        if (a.agreed) e["agreed"] = true;
        if (a.point != PointKind::None) {
            e["point"] = toString(a.point);
            e["outcome"] = toString(a.outcome);
        }
        o["actions"].push_back(std::move(e));
    }
    o["notes"] = Json::array();
    for (const auto& n : s.notes) {
        Json e{{"id", n.id}, {"at", n.at}, {"text", n.text}, {"kind", toString(n.kind)}, {"visibility", toString(n.visibility)}};
        if (!n.agenda.empty()) e["agenda"] = n.agenda;
        o["notes"].push_back(std::move(e));
    }
    if (!s.agenda.empty()) {
        o["agenda"] = Json::array();
        for (const auto& g : s.agenda) {
            Json e{{"id", g.id}, {"title", g.title}, {"minutes", g.minutes}, {"introducer", g.introducer},
                   {"kind", toString(g.kind)}, {"opgaven", g.opgaven}, {"visibility", toString(g.visibility)}};
            if (!g.started.empty()) e["started"] = g.started;
            if (!g.ended.empty()) e["ended"] = g.ended;
            o["agenda"].push_back(std::move(e));
        }
    }
    if (!s.turns.empty()) {
        o["turns"] = Json::array();
        for (const auto& t : s.turns) {
            Json e{{"id", t.id}, {"speaker", t.speaker}, {"role", t.role}, {"consent", t.consent}, {"number", t.number},
                   {"requested", t.requested}, {"started", t.started}, {"ended", t.ended}, {"agenda", t.agenda}};
            if (!t.visit.empty()) e["visit"] = t.visit;
            o["turns"].push_back(std::move(e));
        }
    }
    writeVoice(s, o);
    return j.dump(2) + "\n";
}

}  // namespace wk::io
