// The municipal archive on PostgreSQL (libpq): every kiosk sends its sessions and their edit log
// there, and takes the other kiosks' sessions of its wijken from it. The kiosk works fully
// without it; nothing here is called from the frame loop.
//
// Each session is stored whole, as its session file (INTERFACES.md's JSON, the format every tool
// already reads), keyed by its uid, beside its public version and its edit log keyed by
// (session, seq). A session is held by one kiosk (its site id) at a time; another kiosk's send
// is refused until it takes the session over, on purpose, never merged silently.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
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
    std::int64_t edits = 0;
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
    };
    // Sends one session in one transaction: either all of it is in the archive afterwards, or
    // nothing of this send. The same send twice changes nothing. `takeOver` makes this site the
    // holder even when another holds it.
    SendResult send(const ArchivedSession&, bool takeOver = false);

    // The archive's sessions, newest first; of `wijken` only when that is not empty.
    std::vector<ArchiveEntry> list(const std::vector<std::string>& wijken = {});
    // The session file of one session (internal), or nullopt.
    std::optional<std::string> body(const std::string& uid);
    // The archive's edit count of a session (0 when it has none there).
    std::int64_t editCount(const std::string& uid);

    // AVG in the archive itself: residents' names and contacts taken out of every session dated
    // before `before` (its file and public file), and names out of their edit log, in one
    // transaction, as a kiosk's purge does. Returns how many sessions held personal data.
    int purge(const std::string& before);

    // The URL as it may be shown: without a password.
    static std::string redacted(const std::string& url);

private:
    struct Conn;
    std::unique_ptr<Conn> conn_;
    std::string where_;
};

}  // namespace wk::io
