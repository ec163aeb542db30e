#include "app/ArchiveSync.h"

#include <algorithm>
#include <iostream>

#include "domain/Rules.h"
#include "domain/Vocabulary.h"
#include "io/Clock.h"
#include "io/SessionJson.h"

namespace wk::app {
namespace {
constexpr const char* kPulled = "archive-pull";  // the log's word for a session taken from the archive
}

io::ArchivedSession archivedSession(store::Repository& repo, std::int64_t id) {
    const Session s = repo.load(id);
    io::ArchivedSession a;
    a.uid = s.info.uid;
    a.site = repo.siteId();
    a.wijk = s.info.wijk;
    a.date = s.info.date;
    a.type = std::string(toString(s.info.type));
    a.title = s.info.title;
    a.body = io::sessionToJson(s);
    a.publicBody = io::sessionToJson(visibleTo(s, Audience::Public));
    for (const auto& e : repo.log(id)) a.edits.push_back({e.seq, e.at, e.role, e.command, e.summary, e.anonSummary});
    return a;
}

namespace {
// A session taken from the archive and not edited here since: nothing of it to send.
bool onlyPulled(store::Repository& repo, std::int64_t id) {
    const auto log = repo.log(id);
    return !log.empty() && log.back().command == kPulled;
}
}  // namespace

bool pushOne(io::Archive& archive, store::Database& db, std::int64_t id) {
    store::Repository repo(db);
    if (onlyPulled(repo, id)) return true;
    return archive.send(archivedSession(repo, id)).result != io::Archive::Sent::HeldElsewhere;
}

SyncReport push(io::Archive& archive, store::Database& db, const std::optional<std::string>& takeOver) {
    SyncReport report;
    store::Repository repo(db);
    for (const auto& summary : repo.list()) {
        const bool take = takeOver && *takeOver == summary.uid;
        if (!take && onlyPulled(repo, summary.id)) continue;
        const auto r = archive.send(archivedSession(repo, summary.id), take);
        switch (r.result) {
            case io::Archive::Sent::Stored: ++report.sent; break;
            case io::Archive::Sent::Unchanged: ++report.unchanged; break;
            case io::Archive::Sent::HeldElsewhere: report.heldElsewhere.push_back(summary.uid + " (held by " + r.holder + ")"); break;
        }
    }
    return report;
}

std::vector<std::string> archiveWijken(const io::KioskConfig& config) {
    std::vector<std::string> out;
    for (const auto& a : config.areas) out.push_back(a.name);
    return out;
}

SyncReport pull(io::Archive& archive, store::Database& db, const io::KioskConfig& config) {
    SyncReport report;
    store::Repository repo(db);
    const std::string site = repo.siteId();
    for (const auto& e : archive.list(archiveWijken(config))) {
        if (e.site == site || repo.findUid(e.uid)) continue;
        const auto body = archive.body(e.uid);
        if (!body) continue;
        Session s = io::sessionFromJson(*body);
        s.info.uid = e.uid;
        repo.create(s, {io::localDateTime(), "system", kPulled, "from the archive, made on kiosk " + e.site + ", held by " + e.holder, ""});
        ++report.received;
    }
    return report;
}

}  // namespace wk::app

namespace wk::app {

ArchiveLink::ArchiveLink(std::string url, std::string dbPath, io::KioskConfig config)
    : url_(std::move(url)), dbPath_(std::move(dbPath)), config_(std::move(config)), thread_([this] { run(); }) {}

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
            auto db = store::Database::open(dbPath_, store::Database::Mode::ReadWrite);
            const SyncReport in = pull(archive, *db, config_);
            const SyncReport out = push(archive, *db);
            std::cerr << "wijkkiosk: archive " << io::Archive::redacted(url_) << ": connected; sent " << out.sent << ", received " << in.received
                      << " session(s)\n";
            saidOffline = false;
            std::vector<std::string> heldUids;
            for (const auto& h : out.heldElsewhere) heldUids.push_back(h.substr(0, h.find(' ')));
            const auto publish = [&] {
                {
                    std::lock_guard<std::mutex> lock(mutex_);
                    held_ = heldUids;
                }
                set(State::Connected, static_cast<int>(heldUids.size()), "");
            };
            publish();
            store::Repository repo(*db);
            auto heads = repo.logHeads();
            auto lastPull = std::chrono::steady_clock::now();
            for (bool going = true; going;) {
                going = pause(std::chrono::milliseconds(250));  // stopping: one last send of what is new
                const auto now = repo.logHeads();
                for (const auto& [id, seq] : now) {
                    const auto was = heads.find(id);
                    if (was != heads.end() && was->second == seq) continue;
                    if (!pushOne(archive, *db, id)) {
                        const std::string uid = repo.load(id).info.uid;
                        if (std::find(heldUids.begin(), heldUids.end(), uid) == heldUids.end()) heldUids.push_back(uid);
                    }
                }
                std::vector<std::string> take;
                {
                    std::lock_guard<std::mutex> lock(mutex_);
                    take.swap(takeOver_);
                }
                for (const auto& uid : take) {
                    push(archive, *db, uid);
                    heldUids.erase(std::remove(heldUids.begin(), heldUids.end(), uid), heldUids.end());
                }
                heads = now;
                if (going && std::chrono::steady_clock::now() - lastPull > std::chrono::minutes(1)) {
                    pull(archive, *db, config_);
                    heads = repo.logHeads();
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

}  // namespace wk::app
