// Reads and writes sessions. One convention for transactions: a method that writes inside the
// caller's transaction takes it as its first argument (`const Tx&`), so it cannot be called
// without one and one edit command stays one transaction however many rows it touches; every
// other method that writes opens its own.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "domain/Change.h"
#include "domain/Plan.h"
#include "domain/Planning.h"
#include "domain/Types.h"
#include "store/Sqlite.h"

namespace wk::store {

class Repository {
public:
    using Tx = Database::Transaction;
    explicit Repository(Database& db) : db_(db) {}

    std::vector<SessionSummary> list();
    bool exists(std::int64_t id);
    // The session with this global id in this database, if any.
    std::optional<std::int64_t> findUid(const std::string& uid);
    // This database's own global id (its site), made when it was created.
    std::string siteId();
    // Throws StoreError when there is no such session.
    Session load(std::int64_t id);

    // Stores a whole session as new, in one transaction, with its first log entry (an import,
    // a new meeting, a carry-over). A session whose uid the database already holds is stored
    // as a copy under a new uid (`copied`); one without a uid gets one.
    struct LogEntry {
        std::string at, role, command, summary, anonSummary;
    };
    struct Created {
        std::int64_t id = 0;
        std::string uid;
        bool copied = false;
    };
    Created create(const Session& s, const LogEntry& log);

    // Stores one change, in the caller's transaction.
    void write(const Tx&, std::int64_t sessionId, const Change& c);
    // A new id such as "i12", taken from the session's counter; the caller holds the write
    // transaction, so no other writer can take the same one.
    std::string nextId(const Tx&, std::int64_t sessionId, char prefix);
    // Appends to the edit log; the caller holds the transaction of the edit itself.
    void appendLog(const Tx&, std::int64_t sessionId, const LogEntry& entry, const std::string& keys);
    struct LoggedEdit {
        std::int64_t seq = 0;
        std::string at, role, command, summary;
        std::string anonSummary;  // the same without anyone's name: what a purge leaves
    };
    std::vector<LoggedEdit> log(std::int64_t sessionId);
    // A session's last edit-log entry: its seq and command (0 and "" when it has none).
    struct LastLogged {
        std::int64_t seq = 0;
        std::string command;
    };
    LastLogged lastLogged(std::int64_t sessionId);
    // Per session, the last edit-log entry's seq: what changed since one looked.
    std::map<std::int64_t, std::int64_t> logHeads();
    // The newest other session of the same wijk, on or before `date`, that has placements:
    // "compare with last time".
    std::optional<std::int64_t> previousWithPlacements(const std::string& wijk, const std::string& date, std::int64_t except);

    // The newest other session of the same wijk, on or before `date`, that has a plan: the one
    // whose open actions a new meeting carries over.
    std::optional<std::int64_t> previousWithActions(const std::string& wijk, const std::string& date, std::int64_t except);
    // Every action of every other session of the wijk, for the monitoring overview.
    std::vector<TrackedAction> actionsOfWijk(const std::string& wijk, std::int64_t except);
    // Every meeting of the wijk on or before `date`, oldest first, whole: for the progress report.
    std::vector<Session> meetingsOfWijk(const std::string& wijk, const std::string& date);
    // The ooit and ja-mits answers of every other session of the wijk (ideas not hidden), with
    // the idea's text and visibility but nothing personal: what the monitoring overview watches.
    std::vector<OpenAnswer> openAnswersOfWijk(const std::string& wijk, std::int64_t except);

    // The kiosk's own settings kept with its data ("pin_hash", "pin_failures", ...).
    std::optional<std::string> state(const std::string& key);
    void setState(const std::string& key, const std::string& value);

    // Residents' phone visits (a join-page load each), kept with their meeting so neither a
    // restart nor a crowd forgets one.
    struct Visit {
        std::string id, address, participant;
        std::vector<std::string> supported;
    };
    std::optional<Visit> visit(std::int64_t sessionId, const std::string& id);
    int visitCount(std::int64_t sessionId, const std::string& address);
    // Adds a visit unless `address` has `cap` visits for the meeting already (false then); its
    // own transaction, so two servers cannot both take the last place.
    bool addVisit(std::int64_t sessionId, const std::string& id, const std::string& address, const std::string& at, int cap);
    // In the caller's transaction, the edit's own: what the visit did.
    void addVisitSupport(const Tx&, std::int64_t sessionId, const std::string& visit, const std::string& idea);
    void setVisitParticipant(const Tx&, std::int64_t sessionId, const std::string& visit, const std::string& participant);

    // A poll's secret for its answers' pseudonyms (issue 30): set in the transaction that opens
    // the poll, dropped in the one that closes it, so no answer can be tied to a visit after.
    std::optional<std::string> pollSecret(std::int64_t sessionId, const std::string& poll);
    void setPollSecret(const Tx&, std::int64_t sessionId, const std::string& poll, const std::string& secret);
    void dropPollSecret(const Tx&, std::int64_t sessionId, const std::string& poll);

    // Files this kiosk's exports wrote, known by the file itself (device, inode, size and time):
    // an export replaces an existing file only when it is one of these. Its own transaction.
    struct FileStamp {
        std::int64_t dev = 0, ino = 0, size = 0, mtimeNs = 0;
    };
    bool exportedHere(const FileStamp&);
    void rememberExport(const FileStamp&, const std::string& path, const std::string& at);

    // The archive: which revision of the archive's copy this meeting holds (a take-over brings
    // in anything newer), and the last edit a refused send already wrote aside.
    struct ArchiveMark {
        std::int64_t revision = 0, refusedSeq = 0;
    };
    ArchiveMark archiveMark(std::int64_t sessionId);
    void setArchiveMark(const Tx&, std::int64_t sessionId, const ArchiveMark&);
    // Replaces a meeting's content with `s` under the same id and uid (a take-over bringing in
    // what another kiosk sent), logging `log`; the edit log before it stays. One transaction.
    // With `ifHead`, only while the log's last entry is still that one (0: none): an edit
    // committed since (after what was kept aside) is never replaced; false then, nothing changed.
    bool replace(std::int64_t sessionId, const Session& s, const LogEntry& log, const ArchiveMark& mark,
                 std::optional<std::int64_t> ifHead = std::nullopt);

    // Removes a meeting nothing was brought into (isRemovable, checked again inside the
    // transaction), keeping a record of it; false when it is not removable (or not there).
    bool removeMeeting(std::int64_t sessionId, const std::string& at, const std::string& role);
    struct Removed {
        std::string uid, type, wijk, date, title, at, role;
        bool sent = false;  // the archive was told
    };
    std::vector<Removed> removedMeetings();
    void markRemovalSent(const std::string& uid);

    // The planning: meetings and other work planned ahead, per area (not per session).
    std::vector<Planned> planned();
    std::int64_t addPlanned(const Planned&);
    bool removePlanned(std::int64_t id);

    // AVG: removes residents' personal data (purgedSession: names, organisations, contacts,
    // their slider reasons, their names in the free text; names in the edit log) from every
    // session dated before `before`, keeping the ideas themselves. One transaction, logged as
    // the system's; not undoable, on purpose.
    struct Purged { int sessions = 0, ideas = 0, participants = 0; };
    Purged purgePersonalData(const std::string& before, const std::string& at);

private:
    // The first id `sql` selects for (wijk, date, except): the newest earlier session with something.
    std::optional<std::int64_t> newestOtherOfWijk(const char* sql, const std::string& wijk, const std::string& date, std::int64_t except);
    void insertInfo(const SessionInfo& info);
    // A meeting's content replaced by `s` (same id and uid); the caller holds the transaction.
    void rewrite(std::int64_t sid, const Session& s);
    void deleteContent(std::int64_t sid);                   // every participant, idea, action, ...
    void putContent(std::int64_t sid, const Session& s);    // and each of `s`
    void updateInfo(std::int64_t id, const SessionInfo& info);
    std::string newUid();
    bool idTaken(std::int64_t sid, const std::string& id);
    void put(std::int64_t sid, const Participant&);
    void put(std::int64_t sid, const Slider&);
    void put(std::int64_t sid, const Placement&);
    void put(std::int64_t sid, const Idea&);
    void put(std::int64_t sid, const Opgave&);
    void put(std::int64_t sid, const Action&);
    void put(std::int64_t sid, const Note&);
    void put(std::int64_t sid, const AgendaItem&);
    void put(std::int64_t sid, const Turn&);
    void put(std::int64_t sid, const CheckIn&);
    void put(std::int64_t sid, const EarlierIdea&);
    void put(std::int64_t sid, const Poll&);
    void put(std::int64_t sid, const PollAnswer&);
    void remove(std::int64_t sid, const Participant&);
    void remove(std::int64_t sid, const Slider&);
    void remove(std::int64_t sid, const Placement&);
    void remove(std::int64_t sid, const Idea&);
    void remove(std::int64_t sid, const Opgave&);
    void remove(std::int64_t sid, const Action&);
    void remove(std::int64_t sid, const Note&);
    void remove(std::int64_t sid, const AgendaItem&);
    void remove(std::int64_t sid, const Turn&);
    void remove(std::int64_t sid, const CheckIn&);
    void remove(std::int64_t sid, const EarlierIdea&);
    void remove(std::int64_t sid, const Poll&);
    void remove(std::int64_t sid, const PollAnswer&);
    // The room's voice (RepositoryVoice.cpp): check-ins, polls and open polls' answers into `s`.
    void loadVoice(std::int64_t sid, Session& s);

    Database& db_;
};

}  // namespace wk::store
