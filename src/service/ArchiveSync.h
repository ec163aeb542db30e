// Between this kiosk's database and the municipal archive: sending the sessions this kiosk
// holds (with their edit log) and taking the other kiosks' sessions of its wijken. Used by
// `wijkkiosk archive` and by the kiosk's background sync; never on the frame loop.
#pragma once
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <thread>
#include <vector>

#include "net/Archive.h"
#include "io/Config.h"
#include "store/Repository.h"

namespace wk::service {

struct SyncReport {
    int sent = 0, unchanged = 0, received = 0;
    std::vector<std::string> heldElsewhere;  // "uid (held by site)": edited here, not sent
    // Session files of edits the archive refused, beside the database: (the meeting's uid, file).
    std::vector<std::pair<std::string, std::string>> setAside;
    bool broughtIn = false;                  // a take-over brought in what another kiosk had sent
    int removed = 0;                         // removals of meetings told to the archive
    int updated = 0;                         // meetings here brought up to date by a pull
    int rows = 0;                            // rows a pull read from the archive
    std::vector<std::string> refused;        // "uid: why": meetings a pull left as they were
    std::vector<std::string> brought;        // uids a pull took or brought up to date
};

// A session's file and public file as `site` sends them, without its edit log.
io::ArchivedSession asArchived(const Session&, const std::string& site);
// One session as the archive keeps it: its file, its public file and its edit log; purged (and
// its log without names) when it is dated before the archive's purge `cutoff`.
io::ArchivedSession archivedSession(store::Database&, std::int64_t id, const std::string& cutoff = "");

// Sends every session of this database that has something the archive lacks.
SyncReport push(io::Archive&, store::Database&);
// Sends one session (after an edit); returns whether the archive now has it. When another kiosk
// holds it, this kiosk's edits the archive lacks go beside the database as a session file
// (once per position of its log), named in `report`.
bool pushOne(io::Archive&, store::Database&, std::int64_t id, SyncReport* report = nullptr);
// Tells the archive of the meetings removed here that it was not yet told of.
void sendRemovals(io::Archive&, store::Database&, SyncReport&);
// Takes session `uid` over for this kiosk, losing nothing: when the archive holds something
// this copy lacks (another kiosk's sends), this copy's own unsent edits are written aside first
// and the archive's copy is brought in; then this kiosk holds the session and sends it.
SyncReport takeOver(io::Archive&, store::Database&, const std::string& uid);
// Where each of this kiosk's meetings stands: its last edit-log position here, the archive's
// position of this kiosk's edits, who holds it there, and whether edits made here are missing
// from the archive (a meeting only taken from it, unedited, is not).
struct MeetingStanding {
    std::string uid, title, holder;  // holder: "" when the archive does not have it
    std::int64_t here = 0, archived = 0;
    // The archive's revision of the meeting, and the one this copy has (behind: a pull brings it).
    std::int64_t revision = 0, copyRevision = 0;
    bool waiting = false;
};
std::vector<MeetingStanding> standings(io::Archive&, store::Database&);
// Follows the archive for the config's wijken (all when it names none), in one query: takes
// the meetings this database lacks, under their own uid, and brings the ones another kiosk holds
// up to date by the changes past this copy's position. A meeting whose changes have a gap (or do
// not fit) is left as it is, named in `refused`.
SyncReport pull(io::Archive&, store::Database&, const io::KioskConfig&);

// The archive's own purge: every stored session dated before `before` purged as a kiosk purges
// (the domain's purgedSession), its public file made anew; `correct` takes back cut-offs after
// `before` stored by mistake. Returns how many sessions were purged.
int purgeArchive(io::Archive&, const std::string& before, bool correct);
// This database's own global id (its site), as the archive knows it.
std::string siteId(store::Database&);
// The wijken a kiosk takes from the archive: its config's areas.
std::vector<std::string> archiveWijken(const io::KioskConfig&);

}  // namespace wk::service

namespace wk::service {

// The kiosk's link to the archive, on a thread of its own with its own database connection:
// connects (never blocking the frame loop), takes the other kiosks' sessions, sends this
// kiosk's, then sends each committed edit within a second and follows the other kiosks' meetings:
// it pulls when the archive says another kiosk sent (LISTEN/NOTIFY), and every half minute
// besides, should a notice be lost. Unreachable, it says so once on stderr and tries again every ten seconds.
class ArchiveLink {
public:
    enum class State { Connecting, Connected, Offline };
    struct Status {
        State state = State::Connecting;
        int heldElsewhere = 0;  // sessions edited here that another kiosk holds: not sent
        std::string detail;     // the last error, for the log
    };
    // Session files of edits the archive refused, by the meeting's uid (the newest per meeting).
    std::map<std::string, std::string> setAside() const;
    // `pulled`, when given, hears on the link's thread of every pull that brought something in
    // (`wijkkiosk archive follow` measures with it).
    using Pulled = std::function<void(store::Database&, const SyncReport&)>;
    ArchiveLink(std::string url, std::string dbPath, io::KioskConfig config, Pulled pulled = {});
    ~ArchiveLink();
    ArchiveLink(const ArchiveLink&) = delete;
    ArchiveLink& operator=(const ArchiveLink&) = delete;
    Status status() const;
    // The meetings (uids) another kiosk holds that were edited here; and taking one over (on the
    // link's thread, at its next turn).
    std::vector<std::string> heldElsewhere() const;
    void takeOver(const std::string& uid);

private:
    void run();
    void set(State, int held, const std::string& detail);
    bool pause(std::chrono::milliseconds);  // false when stopping

    std::string url_, dbPath_;
    io::KioskConfig config_;
    Pulled pulled_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool stop_ = false;
    Status status_;
    std::vector<std::string> held_, takeOver_;
    std::map<std::string, std::string> aside_;
    std::thread thread_;
};

}  // namespace wk::service
