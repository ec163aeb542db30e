// The municipal archive on PostgreSQL (libpq): every kiosk sends its sessions and their edit log
// there, and takes the other kiosks' sessions of its wijken from it. The kiosk works fully
// without it; nothing here is called from the frame loop.
//
// Each session is stored whole, as its session file (INTERFACES.md's JSON, the format every tool
// already reads), keyed by its uid, beside its public version and its edit log keyed by
// (session, site, seq): each kiosk's log by its own numbers. A session is held by one kiosk (its
// site id) at a time; another kiosk's send is refused until it takes the session over, on
// purpose, never merged silently. Each stored send that changes the file raises the session's
// revision and keeps the change (a JSON Patch) at that position, so the other kiosks take only
// what changed past the revision their copy has (changesSince), told by LISTEN/NOTIFY.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace wk::io {

struct ArchiveError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// What a kiosk sends of one session.
struct ArchivedSession {
    std::string uid, site, wijk, date, type, title;
    std::string body, publicBody;  // the session file, internal and public
    struct Edit {
        std::int64_t seq = 0;
        std::string at, role, command, summary, anonSummary;
    };
    std::vector<Edit> edits;
};

// One row of the archive's list of sessions.
struct ArchiveEntry {
    std::string uid, site, holder, wijk, date, type, title;
    std::int64_t edits = 0, revision = 0;
};

// Where one session stands in the archive for one kiosk: who holds it, its revision, and the
// last of that kiosk's edit-log entries the archive has (its position).
struct Standing {
    std::string holder;
    std::int64_t revision = 0, position = 0;
};

class Archive {
public:
    // Connects, waiting at most `timeoutSeconds` (libpq's connect_timeout). Throws ArchiveError
    // naming the archive (without its password) and what went wrong.
    // `cancelled`, asked every tenth of a second while connecting, gives up early (a kiosk
    // shutting down does not wait for an unreachable archive).
    Archive(const std::string& url, int timeoutSeconds = 5, const std::function<bool()>& cancelled = {});
    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    // Brings the archive's schema up to date: numbered migrations, each in its own transaction,
    // one migrator at a time. Returns the version.
    int migrate();
    int version();

    enum class Sent { Stored, Unchanged, HeldElsewhere };
    struct SendResult {
        Sent result = Sent::Stored;
        std::string holder;  // with HeldElsewhere: the site that holds it
        std::int64_t revision = 0, position = 0;  // the archive's, after the send (or as it stands)
    };
    // Sends one session in one transaction: either all of it is in the archive afterwards, or
    // nothing of this send. The same send twice changes nothing. A session another kiosk holds
    // is refused (take() first).
    SendResult send(const ArchivedSession&);

    // Takes one session over for `site`, in one transaction: while its row is locked, `bringIn`
    // gets the archive's copy (the session file, its holder, revision and this site's position)
    // to bring into the kiosk; when it returns, `site` holds the session. An exception from
    // `bringIn` leaves the archive as it was. False when the archive has no such session.
    struct Held {
        std::string body, holder;
        std::int64_t revision = 0, position = 0;
    };
    bool take(const std::string& uid, const std::string& site, const std::function<void(const Held&)>& bringIn);

    // A meeting `site` removed: gone from the archive with its log, and the removal kept, in one
    // transaction. Refused (false) while another kiosk holds it.
    bool remove(const std::string& uid, const std::string& site, const std::string& at);

    // Every session's standing for `site`, by uid.
    std::map<std::string, Standing> standings(const std::string& site);

    // The archive's sessions, newest first; of `wijken` only when that is not empty.
    std::vector<ArchiveEntry> list(const std::vector<std::string>& wijken = {});
    // Every session's public file, as the website's reader role `wijkkiosk_public` may read them
    // (the view public_sessions only; no migration, no other table), by wijk and date.
    std::vector<std::string> publicBodies();
    // The session file of one session (internal) with its holder and revision, or nullopt.
    std::optional<Held> current(const std::string& uid);
    // The session file of one session (internal), or nullopt.
    std::optional<std::string> body(const std::string& uid);
    // The archive's edit count of a session (0 when it has none there).
    std::int64_t editCount(const std::string& uid);

    // AVG in the archive itself: every session dated before `before` as `purged` makes its
    // session file (the new file and public file, or nullopt when nothing personal is left), and
    // names out of their edit log, in one transaction, as a kiosk's purge does. The cut-off is
    // kept, so a kiosk's later send of an older meeting arrives purged; `correct` first drops
    // kept cut-offs later than `before` (one stored by mistake). Returns how many sessions held
    // personal data.
    using Purger = std::function<std::optional<std::pair<std::string, std::string>>(const std::string& body)>;
    int purge(const std::string& before, const Purger& purged, bool correct = false);
    // What a kiosk following the archive takes: for each meeting of `wijken` (all when empty)
    // another kiosk holds and that changed past the position `known` gives (its uid -> the
    // revision the kiosk has), its changes in order; or its whole file when the kiosk lacks it
    // or is behind the changes the archive keeps. One query; nothing changed, nothing returned.
    struct Changed {
        std::string uid, site, holder;
        std::int64_t revision = 0;
        std::int64_t sitePosition = 0;       // the asking kiosk's last edit the archive has
        std::optional<std::string> body;     // the file, when the kiosk takes it whole
        std::vector<std::pair<std::int64_t, nlohmann::json>> changes;  // (position, JSON Patch)
    };
    std::vector<Changed> changesSince(const std::map<std::string, std::int64_t>& known, const std::string& site,
                                      const std::vector<std::string>& wijken);
    // Hearing of other kiosks' sends as they commit (LISTEN/NOTIFY): listen() once per
    // connection; notified() reads what arrived without waiting, true when another kiosk sent.
    void listen();
    bool notified(const std::string& site);

    // The latest cut-off a purge keeps ("" when none): meetings before it are sent purged.
    std::string cutoff();

    // The URL as it may be shown: without a password.
    static std::string redacted(const std::string& url);

private:
    struct Conn;
    std::unique_ptr<Conn> conn_;
    std::string where_;
};

}  // namespace wk::io
