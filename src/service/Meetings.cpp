#include "service/Meetings.h"

#include <cstdio>
#include <filesystem>
#include <set>

#include "domain/Plan.h"
#include "domain/Text.h"
#include "io/AtomicFile.h"
#include "io/Clock.h"
#include "io/DemoSession.h"
#include "io/I18n.h"
#include "io/SessionJson.h"

namespace wk::service {

std::string rescue(const store::Database& db, const Session& shown) {
    const auto folder = std::filesystem::path(db.path()).parent_path();
    const std::string file = (folder / ("wijkkiosk-rescue-" + io::localDate() + "-" + shown.info.uid + ".json")).string();
    try {
        io::writeFileAtomically(file, io::sessionToJson(shown), io::FileAccess::OwnerOnly);
        return file;
    } catch (const io::IoError& e) {
        std::fprintf(stderr, "wijkkiosk: %s\n", e.what());
        return "-";
    }
}

std::string integrity(store::Database& db) {
    auto& st = db.prepare("PRAGMA integrity_check");
    std::string result;
    while (st.step()) result += st.text(0) + "\n";
    st.reset();
    return result;
}

Session newSession(const io::KioskConfig& config, const MeetingType& type, const std::string& wijk, const std::string& date) {
    return newMeeting(config.policy, config.sliders, type, wijk, date, io::dateWords(date));
}

std::vector<SessionSummary> Meetings::list() const { return store::Repository(db_).list(); }

std::optional<std::int64_t> Meetings::find(const std::string& id) const {
    store::Repository repo(db_);
    if (id.find('-') != std::string::npos) return isUuid(id) ? repo.findUid(id) : std::nullopt;
    if (id.empty() || id.size() > 18 || id.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    const std::int64_t n = std::stoll(id);
    if (repo.exists(n)) return n;
    return std::nullopt;
}

Session Meetings::load(std::int64_t id) const { return store::Repository(db_).load(id); }
std::vector<Meetings::LoggedEdit> Meetings::log(std::int64_t id) const { return store::Repository(db_).log(id); }
std::vector<Meetings::Removed> Meetings::removed() const { return store::Repository(db_).removedMeetings(); }

Meetings::Created Meetings::import(Session s, const LogEntry& log) {
    if (!config_.meeting(s.info.type)) {
        std::string known;
        for (const auto& m : config_.policy.meetings) known += (known.empty() ? "" : ", ") + m.type.key;
        throw io::ImportError("$.session.type", "\"" + s.info.type.key + "\" is no meeting type of this kiosk's config (" + known + ")");
    }
    giveTypeAgenda(s, config_.policy);
    // Held by this kiosk from now on: its ideas get their numbers here (the domain gives them).
    if (s.info.ideaPrefix.empty()) {
        s.info.id = 0;
        if (const std::string prefix = ideaPrefixFor(s.info); !prefix.empty()) {
            const Decision d = decide(s, {SetIdeaPrefix{prefix}, Role::System, log.at}, [](char) { return std::string(); }, config_.policy);
            if (!d.problem)
                for (const auto& c : d.changes) apply(s, c);
        }
    }
    return store::Repository(db_).create(s, log);
}

std::string Meetings::ideaPrefixFor(const SessionInfo& info) const {
    const io::Area* area = config_.area(info.wijk);
    if (!area || area->code.empty()) return "";
    int n = 1;
    for (const auto& m : list())
        if (m.wijk == info.wijk && m.id != info.id && (m.date < info.date || (m.date == info.date && (info.id == 0 || m.id < info.id)))) ++n;
    return area->code + "-" + std::to_string(n);
}

void Meetings::numberIdeas(EditService& edits, const std::string& at) const {
    if (!edits.session().info.ideaPrefix.empty()) return;
    const std::string prefix = ideaPrefixFor(edits.session().info);
    if (!prefix.empty()) edits.submit({SetIdeaPrefix{prefix}, Role::System, at});
}

std::int64_t Meetings::importDemo(const std::string& at) {
    return import(io::demoSession(), {at, "system", "import", "the demo session", ""}).id;
}

std::int64_t Meetings::begin(const MeetingType& type, const std::string& wijk, const std::string& date, std::optional<ResponseScheme> scheme,
                             const std::string& at) {
    Session s = newSession(config_, type, wijk, date);
    if (scheme) s.info.scheme = *scheme;
    return create(std::move(s), at, "carry-over", "new meeting");
}

std::int64_t Meetings::prepare(const MeetingType& type, const std::string& wijk, const std::string& date, const std::string& time,
                               const std::string& location, const std::string& at) {
    Session s = newSession(config_, type, wijk, date);
    s.info.time = time;
    s.info.location = location;
    s.info.preparing = true;
    return create(std::move(s), at, "prepare", "meeting in preparation");
}

std::int64_t Meetings::create(Session s, const std::string& at, const std::string& command, const std::string& what) {
    store::Repository repo(db_);
    std::string summary = what + " \"" + s.info.title + "\"";
    // "What became of last time": the open actions of the wijk's earlier meetings come along,
    // from this kiosk and from the others' taken from the archive.
    s.info.ideaPrefix = ideaPrefixFor(s.info);
    const CarryOver c = carryOver(repo.meetingsOfWijk(s.info.wijk, s.info.date), s);
    s.opgaven = c.opgaven;
    s.actions = c.actions;
    s.earlier = c.earlier;
    if (!c.actions.empty()) {
        std::set<std::string> from;
        for (const auto& a : c.actions) from.insert(a.origin ? a.origin->session : "");
        summary += ", " + std::to_string(c.actions.size()) + " open action(s) carried over, begun in " + std::to_string(from.size()) +
                   " earlier meeting(s)";
    }
    if (!c.earlier.empty()) summary += ", " + std::to_string(c.earlier.size()) + " idea(s) of " + c.earlier.front().from + " shown as earlier";
    return repo.create(s, {at, "system", command, summary, ""}).id;
}

bool Meetings::remove(std::int64_t id, const std::string& at, const std::string& role) {
    return store::Repository(db_).removeMeeting(id, at, role);
}

Meetings::Surroundings Meetings::around(const SessionInfo& info) const {
    store::Repository repo(db_);
    Surroundings s;
    if (auto prev = repo.previousWithPlacements(info.wijk, info.date, info.id)) s.previous = repo.load(*prev);
    s.wijkActions = repo.actionsOfWijk(info.wijk, info.id);
    s.wijkAnswers = repo.openAnswersOfWijk(info.wijk, info.id);
    return s;
}

}  // namespace wk::service
