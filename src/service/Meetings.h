// The meetings one database holds: listed, found, imported, begun (with what carries over from
// the wijk's earlier meetings) and removed while still empty. The kiosk, the command line, the
// bench and the tests all begin and import meetings here.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "io/Config.h"
#include "service/EditService.h"
#include "store/Repository.h"

namespace wk::service {

class Meetings {
public:
    using LogEntry = store::Repository::LogEntry;
    using LoggedEdit = store::Repository::LoggedEdit;
    using Removed = store::Repository::Removed;
    using Created = store::Repository::Created;

    Meetings(store::Database& db, const io::KioskConfig& config) : db_(db), config_(config) {}

    std::vector<SessionSummary> list() const;
    // A meeting by its number in this database or its uid (`--session`); none when not there.
    std::optional<std::int64_t> find(const std::string& numberOrUid) const;
    Session load(std::int64_t id) const;
    std::vector<LoggedEdit> log(std::int64_t id) const;
    std::vector<Removed> removed() const;

    // Stores `s` whole as a new meeting (a copy under a new uid when this database has its uid).
    // Its type must be one this config defines (io::ImportError at $.session.type otherwise); a
    // meeting without an agenda of its own takes its type's.
    Created import(Session s, const LogEntry& log);
    // The embedded demo, stored as a new meeting.
    std::int64_t importDemo(const std::string& at);
    // A new meeting of `type` for `wijk` on `date` from the config's defaults, with the open
    // actions and opgaven of the wijk's earlier meetings carried over (logged as such).
    std::int64_t begin(const MeetingType& type, const std::string& wijk, const std::string& date, std::optional<ResponseScheme> scheme,
                       const std::string& at);
    // The same, made at the office ("in voorbereiding"): with its start time and place.
    std::int64_t prepare(const MeetingType& type, const std::string& wijk, const std::string& date, const std::string& time,
                         const std::string& location, const std::string& at);
    // What the ideas' numbers of the meeting `info` start with (issue 32): its area's code and its
    // place among the wijk's meetings by date ("BH-3"); empty when the area has no code. A meeting
    // not yet stored (id 0) comes after those of its day.
    std::string ideaPrefixFor(const SessionInfo& info) const;
    // Gives the open meeting its prefix once (and its ideas their numbers), as the system.
    void numberIdeas(EditService&, const std::string& at) const;
    // Removes a meeting nothing was brought into; false when it is not removable.
    bool remove(std::int64_t id, const std::string& at, const std::string& role);

    // What the screens show beside an open meeting: the wijk's last placements ("compare with
    // last time"), its other meetings' actions and their ooit and ja-mits answers.
    struct Surroundings {
        std::optional<Session> previous;
        std::vector<TrackedAction> wijkActions;
        std::vector<OpenAnswer> wijkAnswers;
    };
    Surroundings around(const SessionInfo&) const;

private:
    // Stores a new meeting with what carries over from the wijk's earlier ones, logged as `command`.
    std::int64_t create(Session s, const std::string& at, const std::string& command, const std::string& what);
    store::Database& db_;
    const io::KioskConfig& config_;
};

// The database under the kiosk found replaced or damaged: everything it confirmed is in the
// shown session, which goes beside the database as a session file to import (owner only: it
// holds contacts). Returns the file, or "-" when it could not be written (said on stderr).
std::string rescue(const store::Database&, const Session& shown);

// SQLite's whole-file check after a crash or a power cut, every page and index: "ok\n" when sound.
std::string integrity(store::Database&);

// A new session of `type` for `wijk` on `date`, with the config's sliders and defaults.
Session newSession(const io::KioskConfig& config, const MeetingType& type, const std::string& wijk, const std::string& date);

}  // namespace wk::service
