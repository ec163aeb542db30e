#include "service/ArchiveSync.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>
#include <stdexcept>

#include "domain/Purge.h"
#include "domain/Rules.h"
#include "domain/Vocabulary.h"
#include "io/AtomicFile.h"
#include "io/Clock.h"
#include "io/SessionJson.h"

namespace wk::service {
namespace {
constexpr const char* kPulled = "archive-pull";  // the log's word for a session taken from the archive
}

io::ArchivedSession asArchived(const Session& s, const std::string& site) {
    io::ArchivedSession a;
    a.uid = s.info.uid;
    a.site = site;
    a.wijk = s.info.wijk;
    a.date = s.info.date;
    a.type = std::string(toString(s.info.type));
    a.title = s.info.title;
    a.body = io::sessionToJson(s);
    a.publicBody = io::sessionToJson(visibleTo(s, Audience::Public));
    return a;
}

io::ArchivedSession archivedSession(store::Database& db, std::int64_t id, const std::string& cutoff) {
    store::Repository repo(db);
    Session s = repo.load(id);
    const bool purge = !cutoff.empty() && s.info.date < cutoff;  // the archive's purge holds
    if (purge) s = purgedSession(s);
    // An open poll's answers stay at the kiosk (their pseudonyms with them): the archive gets its
    // counts now and its result once it closes.
    s.answers.clear();
    io::ArchivedSession a = asArchived(s, repo.siteId());
    for (const auto& e : repo.log(id))
        a.edits.push_back({e.seq, e.at, e.role, e.command, purge && !e.anonSummary.empty() ? e.anonSummary : e.summary, e.anonSummary});
    return a;
}

namespace {
// A session taken from the archive and not edited here since: nothing of it to send.
bool onlyPulled(store::Repository& repo, std::int64_t id) { return repo.lastLogged(id).command == kPulled; }

std::int64_t lastSeq(store::Repository& repo, std::int64_t id) { return repo.lastLogged(id).seq; }

// This kiosk's edits that the archive lacks (past `position`, its last entry there), as a
// session file beside the database: once per position of the log, so a refusal repeated every
// quarter second writes one file. Returns the file (also one written before), or "" when the
// archive has every edit made here.
std::string setAside(store::Database& db, store::Repository& repo, std::int64_t id, std::int64_t position) {
    const std::int64_t head = lastSeq(repo, id);
    store::Repository::ArchiveMark mark = repo.archiveMark(id);
    if (head <= position) return "";
    const Session s = repo.load(id);
    const auto fileAt = [&](std::int64_t seq) {
        const auto folder = std::filesystem::path(db.path()).parent_path();
        return (folder / ("wijkkiosk-refused-" + s.info.uid.substr(0, 8) + "-" + std::to_string(seq) + ".json")).string();
    };
    if (head <= mark.refusedSeq) {  // written already: named again, not written again
        std::error_code ec;
        return std::filesystem::exists(fileAt(mark.refusedSeq), ec) ? fileAt(mark.refusedSeq) : "";
    }
    const std::string file = fileAt(head);
    io::writeFileAtomically(file, io::sessionToJson(s), io::FileAccess::OwnerOnly);  // it holds contacts
    mark.refusedSeq = head;
    store::Database::Transaction tx(db);
    repo.setArchiveMark(tx, id, mark);
    tx.commit();
    std::cerr << "wijkkiosk: archive: another kiosk holds " << s.info.uid << "; the edits made here are kept in " << file << "\n";
    return file;
}

// Sends one session and keeps the archive's revision as this copy's; a refusal keeps its
// unsent edits aside. Returns what the archive said.
io::Archive::Sent sendOne(io::Archive& archive, store::Database& db, store::Repository& repo, std::int64_t id, SyncReport& report) {
    const io::ArchivedSession a = archivedSession(db, id, archive.cutoff());
    const auto r = archive.send(a);
    if (r.result == io::Archive::Sent::HeldElsewhere) {
        report.heldElsewhere.push_back(a.uid + " (held by " + r.holder + ")");
        if (const std::string file = setAside(db, repo, id, r.position); !file.empty()) report.setAside.emplace_back(a.uid, file);
        return r.result;
    }
    store::Repository::ArchiveMark mark = repo.archiveMark(id);
    if (mark.revision != r.revision) {
        mark.revision = r.revision;
        store::Database::Transaction tx(db);
        repo.setArchiveMark(tx, id, mark);
        tx.commit();
    }
    if (r.result == io::Archive::Sent::Stored) ++report.sent;
    else ++report.unchanged;
    return r.result;
}
}  // namespace

bool pushOne(io::Archive& archive, store::Database& db, std::int64_t id, SyncReport* report) {
    store::Repository repo(db);
    if (onlyPulled(repo, id)) return true;
    SyncReport local;
    return sendOne(archive, db, repo, id, report ? *report : local) != io::Archive::Sent::HeldElsewhere;
}

void sendRemovals(io::Archive& archive, store::Database& db, SyncReport& report) {
    store::Repository repo(db);
    for (const auto& r : repo.removedMeetings()) {
        if (r.sent) continue;
        if (archive.remove(r.uid, repo.siteId(), r.at)) {
            repo.markRemovalSent(r.uid);
            ++report.removed;
        } else {
            report.heldElsewhere.push_back(r.uid + " (removed here; held by another kiosk)");
        }
    }
}

SyncReport push(io::Archive& archive, store::Database& db) {
    SyncReport report;
    sendRemovals(archive, db, report);
    store::Repository repo(db);
    // Where the archive stands, in one query: a meeting held here whose last edit here is the last
    // the archive has of this kiosk's has nothing to send, and costs no file and no compare.
    const std::string site = repo.siteId();
    const auto there = archive.standings(site);
    const auto heads = repo.logHeads();
    for (const auto& summary : repo.list()) {
        const auto it = there.find(summary.uid);
        const auto head = heads.find(summary.id);
        if (it != there.end() && it->second.holder == site && head != heads.end() && head->second == it->second.position) {
            ++report.unchanged;
            continue;
        }
        if (!onlyPulled(repo, summary.id)) sendOne(archive, db, repo, summary.id, report);
    }
    return report;
}

SyncReport takeOver(io::Archive& archive, store::Database& db, const std::string& uid) {
    SyncReport report;
    store::Repository repo(db);
    const auto id = repo.findUid(uid);
    if (!id) throw store::StoreError(store::StoreError::Kind::Other, "this kiosk has no session " + uid + " to take over");
    const std::string site = repo.siteId();
    archive.take(uid, site, [&](const io::Archive::Held& held) {
        store::Repository::ArchiveMark mark = repo.archiveMark(*id);
        if (held.revision == mark.revision) return;  // nothing stored since this copy: it is the newest
        // The archive holds what another kiosk sent and this copy lacks: this copy's own unsent
        // edits go aside first, then the archive's copy replaces it, under the same id and uid.
        const std::int64_t head = lastSeq(repo, *id);
        if (!onlyPulled(repo, *id))  // a copy only brought in holds nothing of this kiosk's own
            if (const std::string file = setAside(db, repo, *id, held.position); !file.empty()) report.setAside.emplace_back(uid, file);
        Session s = io::sessionFromJson(held.body);
        s.info.uid = uid;
        mark = repo.archiveMark(*id);
        mark.revision = held.revision;
        // An edit committed after what went aside: the take-over stops (the archive as it was).
        if (!repo.replace(*id, s, {io::localDateTime(), "system", "archive-take", "taken over from kiosk " + held.holder + " with what it had sent", ""},
                          mark, head))
            throw store::StoreError(store::StoreError::Kind::Other, "meeting " + uid + " was edited during the take-over; nothing was taken over, try again");
        report.broughtIn = true;
    });
    sendOne(archive, db, repo, *id, report);
    return report;
}

std::vector<MeetingStanding> standings(io::Archive& archive, store::Database& db) {
    store::Repository repo(db);
    const auto there = archive.standings(repo.siteId());
    std::vector<MeetingStanding> out;
    for (const auto& s : repo.list()) {
        MeetingStanding m{s.uid, s.title, "", lastSeq(repo, s.id), 0, 0, repo.archiveMark(s.id).revision, false};
        if (const auto it = there.find(s.uid); it != there.end()) {
            m.holder = it->second.holder;
            m.archived = it->second.position;
            m.revision = it->second.revision;
        }
        m.waiting = m.here > m.archived && !onlyPulled(repo, s.id);
        out.push_back(m);
    }
    return out;
}

std::vector<std::string> archiveWijken(const io::KioskConfig& config) {
    std::vector<std::string> out;
    for (const auto& a : config.areas) out.push_back(a.name);
    return out;
}

namespace {
// A meeting's changes that cannot be applied: the pull leaves it as it is and says which.
struct Refusal : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The meeting as the archive has it now: this copy (at the archive's revision `from`) with the
// changes past it applied in order, each position the next; a missing one refuses the meeting.
Session caughtUp(store::Repository& repo, std::int64_t id, std::int64_t from, const io::Archive::Changed& c) {
    nlohmann::json doc = nlohmann::json::parse(io::sessionToJson(repo.load(id)));
    std::int64_t next = from + 1;
    for (const auto& [position, patch] : c.changes) {
        if (position != next) throw Refusal("change " + std::to_string(next) + " is missing in the archive");
        try {
            doc = doc.patch(patch);
        } catch (const nlohmann::json::exception& e) {
            throw Refusal("change " + std::to_string(position) + " does not fit this copy (" + e.what() + ")");
        }
        ++next;
    }
    if (next != c.revision + 1) throw Refusal("change " + std::to_string(next) + " is missing in the archive");
    return io::sessionFromJson(doc.dump());
}
}  // namespace

SyncReport pull(io::Archive& archive, store::Database& db, const io::KioskConfig& config) {
    SyncReport report;
    store::Repository repo(db);
    const std::string site = repo.siteId();
    // Where each meeting here stands: the archive's revision its copy has. Positions, not
    // clocks, say what is new.
    std::map<std::string, std::int64_t> known;
    for (const auto& m : repo.list()) known[m.uid] = repo.archiveMark(m.id).revision;
    const auto changed = archive.changesSince(known, site, archiveWijken(config));
    report.rows = static_cast<int>(changed.size());
    for (const auto& c : changed) {
        const auto id = repo.findUid(c.uid);
        try {
            if (!id) {
                if (!c.body) continue;
                Session s = io::sessionFromJson(*c.body);
                s.info.uid = c.uid;
                const auto made = repo.create(s, {io::localDateTime(), "system", kPulled, "from the archive, made on kiosk " + c.site + ", held by " + c.holder, ""});
                store::Database::Transaction tx(db);
                repo.setArchiveMark(tx, made.id, {c.revision, 0});
                tx.commit();
                ++report.received;
                continue;
            }
            const std::int64_t head = lastSeq(repo, *id);
            // Edited here since it was last brought in (a meeting this kiosk held, or one edited
            // while another kiosk held it): the changes fit the archive's file, not this copy, so
            // the whole file comes instead.
            const bool editedHere = !onlyPulled(repo, *id);
            std::optional<std::string> body = c.body;
            std::int64_t revision = c.revision;
            if (editedHere && !body) {
                const auto now = archive.current(c.uid);
                if (!now) continue;
                body = now->body;
                revision = now->revision;
            }
            Session s = body ? io::sessionFromJson(*body) : caughtUp(repo, *id, repo.archiveMark(*id).revision, c);
            s.info.uid = c.uid;
            // Edits made here that the archive lacks: kept aside beside the database first, as a
            // take-over does, then the archive's copy comes in.
            if (editedHere)
                if (const std::string file = setAside(db, repo, *id, c.sitePosition); !file.empty()) report.setAside.emplace_back(c.uid, file);
            store::Repository::ArchiveMark mark = repo.archiveMark(*id);
            const std::string what = body ? "the archive's copy" : std::to_string(c.changes.size()) + " change(s)";
            mark.revision = revision;
            // An edit committed here meanwhile is not replaced: the next pull keeps it aside too.
            if (!repo.replace(*id, s, {io::localDateTime(), "system", kPulled, what + " from the archive, held by kiosk " + c.holder, ""}, mark, head))
                continue;
            ++report.updated;
            report.brought.push_back(c.uid);
        } catch (const std::exception& e) {
            // This meeting stays as it is here; the others go on.
            report.refused.push_back(c.uid + ": " + e.what());
        }
    }
    return report;
}

int purgeArchive(io::Archive& archive, const std::string& before, bool correct) {
    return archive.purge(
        before,
        [](const std::string& body) -> std::optional<std::pair<std::string, std::string>> {
            PurgeCount count;
            const Session purged = purgedSession(io::sessionFromJson(body), &count);
            if (!count.any()) return std::nullopt;
            return std::make_pair(io::sessionToJson(purged), io::sessionToJson(visibleTo(purged, Audience::Public)));
        },
        correct);
}

std::string siteId(store::Database& db) { return store::Repository(db).siteId(); }

}  // namespace wk::service

namespace wk::service {

ArchiveLink::ArchiveLink(std::string url, std::string dbPath, io::KioskConfig config, Pulled pulled)
    : url_(std::move(url)), dbPath_(std::move(dbPath)), config_(std::move(config)), pulled_(std::move(pulled)), thread_([this] { run(); }) {}

ArchiveLink::~ArchiveLink() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

ArchiveLink::Status ArchiveLink::status() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return status_;
}

std::map<std::string, std::string> ArchiveLink::setAside() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return aside_;
}

std::vector<std::string> ArchiveLink::heldElsewhere() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return held_;
}

void ArchiveLink::takeOver(const std::string& uid) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        takeOver_.push_back(uid);
    }
    wake_.notify_all();
}

void ArchiveLink::set(State state, int held, const std::string& detail) {
    std::lock_guard<std::mutex> lock(mutex_);
    status_ = {state, held, detail};
}

bool ArchiveLink::pause(std::chrono::milliseconds ms) {
    std::unique_lock<std::mutex> lock(mutex_);
    wake_.wait_for(lock, ms, [this] { return stop_; });
    return !stop_;
}

void ArchiveLink::run() {
    bool saidOffline = false;
    const auto stopping = [this] {
        std::lock_guard<std::mutex> lock(mutex_);
        return stop_;
    };
    while (!stopping()) {
        try {
            io::Archive archive(url_, 5, stopping);
            archive.migrate();
            archive.listen();  // before the first pull: nothing sent after it goes unheard
            auto db = store::Database::open(dbPath_, store::Database::Mode::ReadWrite);
            store::Repository repo(*db);
            const std::string site = repo.siteId();
            // Edits kept aside (refused, or replaced by a take-over or a pull), by meeting, for the screen.
            const auto keepAside = [&](const SyncReport& r) {
                std::lock_guard<std::mutex> lock(mutex_);
                for (const auto& [uid, file] : r.setAside) aside_[uid] = file;
            };
            std::set<std::string> said;  // a refused meeting is said once, not at every pull
            const auto follow = [&] {
                const SyncReport in = pull(archive, *db, config_);
                for (const auto& why : in.refused)
                    if (said.insert(why).second)
                        std::cerr << "wijkkiosk: archive: meeting " << why << "; not brought up to date, this kiosk keeps its copy\n";
                keepAside(in);
                if (pulled_ && !in.brought.empty()) pulled_(*db, in);
                return in;
            };
            // Where every log stands before anything is sent: an edit committed while the first
            // push runs is newer than this and goes at the next turn (read after the push, it
            // was counted as sent and waited for the edit after it).
            auto heads = repo.logHeads();
            const SyncReport in = follow();
            SyncReport out = push(archive, *db);
            std::cerr << "wijkkiosk: archive " << io::Archive::redacted(url_) << ": connected; sent " << out.sent << ", received " << in.received
                      << " session(s)\n";
            saidOffline = false;
            std::vector<std::string> heldUids;
            for (const auto& h : out.heldElsewhere) heldUids.push_back(h.substr(0, h.find(' ')));
            keepAside(out);
            const auto publish = [&] {
                {
                    std::lock_guard<std::mutex> lock(mutex_);
                    held_ = heldUids;
                }
                set(State::Connected, static_cast<int>(heldUids.size()), "");
            };
            publish();
            auto lastPull = std::chrono::steady_clock::now();
            for (bool going = true; going;) {
                going = pause(std::chrono::milliseconds(250));  // stopping: one last send of what is new
                const auto now = repo.logHeads();
                for (const auto& [id, seq] : now) {
                    const auto was = heads.find(id);
                    if (was != heads.end() && was->second == seq) continue;
                    SyncReport sent;
                    if (!pushOne(archive, *db, id, &sent)) {
                        const std::string uid = repo.load(id).info.uid;
                        if (std::find(heldUids.begin(), heldUids.end(), uid) == heldUids.end()) heldUids.push_back(uid);
                    }
                    keepAside(sent);
                }
                SyncReport removals;  // a meeting removed here: said to the archive, not left to silence
                sendRemovals(archive, *db, removals);
                std::vector<std::string> take;
                {
                    std::lock_guard<std::mutex> lock(mutex_);
                    take.swap(takeOver_);
                }
                for (const auto& uid : take) {
                    try {
                        keepAside(service::takeOver(archive, *db, uid));
                        heldUids.erase(std::remove(heldUids.begin(), heldUids.end(), uid), heldUids.end());
                    } catch (const store::StoreError& e) {
                        // Edited during the take-over (the archive is as it was): asked again next turn.
                        std::cerr << "wijkkiosk: archive: " << e.what() << " (the link does, at its next turn)\n";
                        std::lock_guard<std::mutex> lock(mutex_);
                        takeOver_.push_back(uid);
                    }
                }
                // What was read before this turn's sends: a take-over's own entry, a pulled meeting
                // or an edit committed meanwhile shows as changed next turn (a pulled one, or one
                // the archive already has, costs a look and no send).
                heads = now;
                // Another kiosk sent: its changes now. Polling besides, should a notice be lost.
                if (going && (archive.notified(site) || std::chrono::steady_clock::now() - lastPull > std::chrono::seconds(30))) {
                    follow();
                    lastPull = std::chrono::steady_clock::now();
                }
                publish();
            }
        } catch (const std::exception& e) {
            if (stopping()) break;
            if (!saidOffline) std::cerr << "wijkkiosk: " << e.what() << "; the kiosk works without it and tries again\n";
            saidOffline = true;
            set(State::Offline, 0, e.what());
            if (!pause(std::chrono::seconds(10))) break;
        }
    }
}

}  // namespace wk::service
