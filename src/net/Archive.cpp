#include "net/Archive.h"

#include "domain/Rules.h"
#include "io/AtomicFile.h"
#include "io/Module.h"
#include "net/PostgresModule.h"

#include <array>
#include <cstdlib>
#include <nlohmann/json.hpp>

namespace wk::io {
namespace {

// The archive's schema, one migration a version. The public reader (a role the municipality
// makes, README) may read the public view only: never a closed item or a resident's name.
constexpr std::array<const char*, 6> kMigrations = {R"sql(
CREATE TABLE sessions(
  uid text PRIMARY KEY,                     -- the session's global id (a UUID)
  site text NOT NULL,                       -- the kiosk that made it
  holder text NOT NULL,                     -- the kiosk that may edit it now
  wijk text NOT NULL, date text NOT NULL, type text NOT NULL, title text NOT NULL,
  body jsonb NOT NULL,                      -- the session file, internal
  public_body jsonb NOT NULL,               -- the same for the public
  edits bigint NOT NULL DEFAULT 0,          -- how many edit-log entries it was sent with
  received timestamptz NOT NULL DEFAULT now());
CREATE INDEX sessions_by_wijk ON sessions(wijk, date);
CREATE TABLE edits(
  session text NOT NULL REFERENCES sessions(uid) ON DELETE CASCADE,
  seq bigint NOT NULL, at text NOT NULL, role text NOT NULL, command text NOT NULL, summary text NOT NULL,
  PRIMARY KEY(session, seq));
CREATE VIEW public_sessions AS SELECT uid, wijk, date, type, title, public_body AS body FROM sessions;
REVOKE ALL ON sessions, edits, public_sessions FROM PUBLIC;
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wijkkiosk_public') THEN
    GRANT SELECT ON public_sessions TO wijkkiosk_public;
  END IF;
END $$;
)sql",
// 2: the archive purges on its own (AVG): each log entry with its summary without names, and
// the purge of a session file as the kiosks do it (ideas' author, contact and consent; a
// resident participant's name and organisation).
R"sql(
ALTER TABLE edits ADD COLUMN anon_summary text NOT NULL DEFAULT '';
-- Each purge's cut-off: a kiosk sending an older meeting later sends it purged, so a purge holds.
CREATE TABLE archive_purges(before text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION wk_purged(doc jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $f$
  SELECT jsonb_set(jsonb_set(doc, '{session,ideas}', coalesce((
      SELECT jsonb_agg(i || '{"author": "", "contact": "", "consent": false}'::jsonb ORDER BY n)
      FROM jsonb_array_elements(doc->'session'->'ideas') WITH ORDINALITY AS x(i, n)), '[]'::jsonb)),
    '{session,participants}', coalesce((
      SELECT jsonb_agg(CASE WHEN p->>'role' IN ('bewoner', 'resident')
                            THEN p || '{"name": "", "organisation": "", "consent": false}'::jsonb ELSE p END ORDER BY n)
      FROM jsonb_array_elements(doc->'session'->'participants') WITH ORDINALITY AS y(p, n)), '[]'::jsonb))
$f$;
CREATE FUNCTION wk_as_kept(doc jsonb, day text) RETURNS jsonb LANGUAGE sql STABLE AS $f$
  SELECT CASE WHEN day < (SELECT max(before) FROM archive_purges) THEN wk_purged(doc) ELSE doc END
$f$;
)sql",
// 3: each kiosk's edit log by its own numbers (two kiosks that held a session in turn both keep
// theirs), and a revision per session raised by every stored send: a kiosk taking a session over
// sees whether the archive holds something its copy lacks.
R"sql(
ALTER TABLE sessions ADD COLUMN revision bigint NOT NULL DEFAULT 1;
ALTER TABLE edits ADD COLUMN site text;
UPDATE edits e SET site = s.holder FROM sessions s WHERE s.uid = e.session;
ALTER TABLE edits ALTER COLUMN site SET NOT NULL;
ALTER TABLE edits DROP CONSTRAINT edits_pkey;
ALTER TABLE edits ADD PRIMARY KEY (session, site, seq);
)sql",
// 4: meetings a kiosk removed (begun by mistake, nothing in them): said, not left to silence.
R"sql(
CREATE TABLE removed_sessions(
  uid text PRIMARY KEY, site text NOT NULL, removed_at text NOT NULL, received timestamptz NOT NULL DEFAULT now());
REVOKE ALL ON removed_sessions FROM PUBLIC;
)sql",
// 5: who counts as a resident is the domain's rule: each call passes the roles (residentRoles()),
// so the archive's purge and the kiosks' can never disagree.
R"sql(
CREATE FUNCTION wk_purged(doc jsonb, residents text[]) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $f$
  SELECT jsonb_set(jsonb_set(doc, '{session,ideas}', coalesce((
      SELECT jsonb_agg(i || '{"author": "", "contact": "", "consent": false}'::jsonb ORDER BY n)
      FROM jsonb_array_elements(doc->'session'->'ideas') WITH ORDINALITY AS x(i, n)), '[]'::jsonb)),
    '{session,participants}', coalesce((
      SELECT jsonb_agg(CASE WHEN p->>'role' = ANY(residents)
                            THEN p || '{"name": "", "organisation": "", "consent": false}'::jsonb ELSE p END ORDER BY n)
      FROM jsonb_array_elements(doc->'session'->'participants') WITH ORDINALITY AS y(p, n)), '[]'::jsonb))
$f$;
CREATE FUNCTION wk_as_kept(doc jsonb, day text, residents text[]) RETURNS jsonb LANGUAGE sql STABLE AS $f$
  SELECT CASE WHEN day < (SELECT max(before) FROM archive_purges) THEN wk_purged(doc, residents) ELSE doc END
$f$;
DROP FUNCTION wk_as_kept(jsonb, text);
DROP FUNCTION wk_purged(jsonb);
)sql",
// 6: each meeting's changes in order (issue 36): every stored send that changed the session file
// adds one row, its position the session's new revision (gapless: 1, 2, 3...), holding the JSON
// Patch (RFC 6902) from the file before to the file after. A kiosk following a meeting takes the
// changes past the position it has, never the whole meeting again. Changes at or before `base`
// are not kept (sessions from before this migration; an archive purge, whose older changes named
// residents): a kiosk behind `base` takes the file once.
R"sql(
ALTER TABLE sessions ADD COLUMN base bigint NOT NULL DEFAULT 1;
UPDATE sessions SET base = revision;
CREATE TABLE changes(
  session text NOT NULL REFERENCES sessions(uid) ON DELETE CASCADE,
  position bigint NOT NULL,
  site text NOT NULL,                       -- the kiosk that sent it
  edits_to bigint NOT NULL,                 -- that kiosk's last edit-log entry in it
  received timestamptz NOT NULL DEFAULT now(),
  patch jsonb NOT NULL,
  PRIMARY KEY(session, position));
REVOKE ALL ON changes FROM PUBLIC;
-- A writer that keeps no changes (a kiosk from before this schema, an archive purge) moves the
-- base along: the kiosks behind it take the file once instead of finding a gap.
CREATE FUNCTION wk_rebase() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF coalesce(current_setting('wijkkiosk.keeps_changes', true), '') <> 'on'
     AND (NEW.body IS DISTINCT FROM OLD.body OR NEW.revision <> OLD.revision) THEN
    NEW.revision := greatest(NEW.revision, OLD.revision + 1);
    NEW.base := NEW.revision;
  END IF;
  RETURN NEW;
END $f$;
CREATE TRIGGER sessions_rebase BEFORE UPDATE ON sessions FOR EACH ROW EXECUTE FUNCTION wk_rebase();
-- A meeting removed and sent again goes on from its last revision: a kiosk that followed it
-- never mistakes the new start for something it has.
ALTER TABLE removed_sessions ADD COLUMN revision bigint NOT NULL DEFAULT 0;
)sql"};

// The domain's resident roles as a PostgreSQL array literal: {"bewoner","resident"}.
std::string residents() {
    std::string out = "{";
    for (const auto& r : residentRoles()) out += (out.size() > 1 ? ",\"" : "\"") + r + "\"";
    return out + "}";
}

}  // namespace

namespace {

// libpq, loaded with the postgres module the first time a kiosk reaches an archive.
const PostgresTable& postgres() {
    return *static_cast<const PostgresTable*>(moduleTable("wijkkiosk-postgres", WK_POSTGRES_ENTRY, "reach the archive", kPostgresAbi, sizeof(PostgresTable)));
}

}  // namespace

struct Archive::Conn {
    void* pg = nullptr;
    ~Conn() {
        if (pg) postgres().close(pg);
    }
};

namespace {

// A command's rows; throws with the server's message when the command failed.
struct Result {
    PgRows r;
    int rows() const { return r.rows; }
    std::size_t at(int row, int col) const { return static_cast<std::size_t>(row) * static_cast<std::size_t>(r.columns) + static_cast<std::size_t>(col); }
    bool inside(int row, int col) const { return row >= 0 && col >= 0 && row < r.rows && col < r.columns; }
    // As libpq answers: a cell outside the result is NULL, its text empty.
    bool null(int row, int col) const { return !inside(row, col) || r.null[at(row, col)] != 0; }
    std::string text(int row, int col) const { return inside(row, col) ? r.cells[at(row, col)] : std::string(); }
    std::int64_t integer(int row, int col) const { return std::stoll(text(row, col).empty() ? "0" : text(row, col)); }
};

Result exec(void* pg, const std::string& sql, const std::vector<std::string>& params, const std::string& what) {
    return Result{postgres().exec(pg, sql, params, false, what)};
}

// "{a,b}" for a text[] parameter, each element quoted.
std::string textArray(const std::vector<std::string>& items) {
    std::string out = "{";
    for (const auto& i : items) {
        out += (out.size() > 1 ? ",\"" : "\"");
        for (char c : i) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

}  // namespace

std::string Archive::redacted(const std::string& url) {
    // postgresql://user:secret@host/db -> postgresql://user@host/db; password=... in key=value form
    std::string out = url;
    const auto scheme = out.find("://");
    const auto at = out.find('@', scheme == std::string::npos ? 0 : scheme + 3);
    if (scheme != std::string::npos && at != std::string::npos) {
        const auto colon = out.find(':', scheme + 3);
        if (colon != std::string::npos && colon < at) out.erase(colon, at - colon);
    }
    const auto pw = out.find("password=");
    if (pw != std::string::npos) {
        const auto end = out.find_first_of(" &", pw);
        out.replace(pw, (end == std::string::npos ? out.size() : end) - pw, "password=…");
    }
    return out;
}

Archive::Archive(const std::string& url, int timeoutSeconds, const std::function<bool()>& cancelled)
    : conn_(std::make_unique<Conn>()), where_(redacted(url)) {
    try {
        conn_->pg = postgres().connect(url, timeoutSeconds, cancelled, where_);
    } catch (const IoError& e) {
        throw ArchiveError(e.what());  // no module: the archive is as unreachable as with no network
    }
    exec(conn_->pg, "SET client_min_messages = warning", {}, "archive " + where_);
}

Archive::~Archive() = default;

int Archive::version() {
    const Result exists = exec(conn_->pg, "SELECT to_regclass('archive_migrations') IS NOT NULL", {}, "archive " + where_);
    if (exists.text(0, 0) != "t") return 0;
    const Result r = exec(conn_->pg, "SELECT coalesce(max(version), 0) FROM archive_migrations", {}, "archive " + where_);
    return static_cast<int>(r.integer(0, 0));
}

int Archive::migrate() {
    void* pg = conn_->pg;
    // An archive a newer kiosk brought further: this one would misread it, so it stays out.
    const int v = version();
    if (v > static_cast<int>(kMigrations.size()))
        throw ArchiveError("archive " + where_ + " has schema " + std::to_string(v) + ", newer than this kiosk knows (" +
                           std::to_string(kMigrations.size()) + "): update the kiosk");
    if (v == static_cast<int>(kMigrations.size())) return v;  // up to date: two queries, no lock
    exec(pg, "CREATE TABLE IF NOT EXISTS archive_migrations(version int PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())", {},
         "archive " + where_ + ": migrations");
    for (std::size_t v = 1; v <= kMigrations.size(); ++v) {
        exec(pg, "BEGIN", {}, "archive migration");
        try {
            // One migrator at a time: a second kiosk starting now waits here, then finds it done.
            exec(pg, "LOCK TABLE archive_migrations IN EXCLUSIVE MODE", {}, "archive migration");
            const Result done = exec(pg, "SELECT 1 FROM archive_migrations WHERE version = $1", {std::to_string(v)}, "archive migration");
            if (done.rows() == 0) {
                postgres().exec(pg, kMigrations[v - 1], {}, true, "archive migration " + std::to_string(v));  // several statements
                exec(pg, "INSERT INTO archive_migrations(version) VALUES($1)", {std::to_string(v)}, "archive migration");
            }
            exec(pg, "COMMIT", {}, "archive migration");
        } catch (...) {
            postgres().rollback(pg);
            throw;
        }
    }
    return static_cast<int>(kMigrations.size());
}

Archive::SendResult Archive::send(const ArchivedSession& s) {
    void* pg = conn_->pg;
    const std::string what = "archive " + where_ + ": session " + s.uid;
    const std::int64_t last = s.edits.empty() ? 0 : s.edits.back().seq;
    exec(pg, "BEGIN", {}, what);
    try {
        // This send keeps its change (the trigger wk_rebase leaves base alone).
        exec(pg, "SELECT set_config('wijkkiosk.keeps_changes', 'on', true)", {}, what);
        const Result held = exec(pg,
                                 "SELECT holder, revision, body = wk_as_kept($2::jsonb, $5, $4::text[]), "
                                 "(SELECT coalesce(max(seq), 0) FROM edits WHERE session = $1 AND site = $3), "
                                 "wk_as_kept($2::jsonb, $5, $4::text[]) = $2::jsonb FROM sessions WHERE uid = $1 FOR UPDATE",
                                 {s.uid, s.body, s.site, residents(), s.date}, what);
        // What changed in the session file, as a JSON Patch from the archive's copy to this one
        // (as the archive keeps it: purged when it is older than its cut-off).
        nlohmann::json patch = nlohmann::json::array();
        if (held.rows() == 1) {
            const SendResult standing{Sent::Unchanged, held.text(0, 0), held.integer(0, 1), held.integer(0, 3)};
            if (standing.holder != s.site) {
                exec(pg, "ROLLBACK", {}, what);
                return {Sent::HeldElsewhere, standing.holder, standing.revision, standing.position};
            }
            const bool sameFile = held.text(0, 2) == "t";
            if (standing.position == last && sameFile) {
                exec(pg, "ROLLBACK", {}, what);
                return {Sent::Unchanged, {}, standing.revision, standing.position};
            }
            if (!sameFile) {
                const Result was = exec(pg, "SELECT body::text FROM sessions WHERE uid = $1", {s.uid}, what);
                std::string kept = s.body;
                if (held.text(0, 4) != "t")
                    kept = exec(pg, "SELECT wk_as_kept($1::jsonb, $2, $3::text[])::text", {s.body, s.date, residents()}, what).text(0, 0);
                patch = nlohmann::json::diff(nlohmann::json::parse(was.text(0, 0)), nlohmann::json::parse(kept));
            }
        }
        const Result stored = exec(pg,
             "INSERT INTO sessions(uid, site, holder, wijk, date, type, title, body, public_body, revision, base) "
             "VALUES($1, $2, $2, $3, $4, $5, $6, wk_as_kept($7::jsonb, $4, $9::text[]), wk_as_kept($8::jsonb, $4, $9::text[]), "
             "(SELECT coalesce(max(revision), 0) + 1 FROM removed_sessions WHERE uid = $1), "
             "(SELECT coalesce(max(revision), 0) + 1 FROM removed_sessions WHERE uid = $1)) ON CONFLICT (uid) DO UPDATE SET "
             "wijk = EXCLUDED.wijk, date = EXCLUDED.date, type = EXCLUDED.type, title = EXCLUDED.title, body = EXCLUDED.body, "
             "public_body = EXCLUDED.public_body, revision = sessions.revision + $10::int, received = now() RETURNING revision",
             {s.uid, s.site, s.wijk, s.date, s.type, s.title, s.body, s.publicBody, residents(), patch.empty() ? "0" : "1"}, what);
        const std::int64_t revision = stored.integer(0, 0);
        if (!patch.empty())
            exec(pg, "INSERT INTO changes(session, position, site, edits_to, patch) VALUES($1, $2, $3, $4, $5::jsonb)",
                 {s.uid, std::to_string(revision), s.site, std::to_string(last), patch.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)},
                 what);
        // The log as one JSON array: one statement however long it is. A summary that changed
        // since (a purge took a name out) is replaced; nothing else of an entry ever changes.
        nlohmann::json edits = nlohmann::json::array();
        for (const auto& e : s.edits)
            edits.push_back({{"seq", e.seq}, {"at", e.at}, {"role", e.role}, {"command", e.command}, {"summary", e.summary},
                             {"anon", e.anonSummary.empty() ? e.summary : e.anonSummary}});
        exec(pg,
             "INSERT INTO edits(session, site, seq, at, role, command, summary, anon_summary) "
             "SELECT $1, $3, e.seq, e.at, e.role, e.command, e.summary, e.anon "
             "FROM jsonb_to_recordset($2::jsonb) AS e(seq bigint, at text, role text, command text, summary text, anon text) "
             "ON CONFLICT (session, site, seq) DO UPDATE SET summary = EXCLUDED.summary, anon_summary = EXCLUDED.anon_summary "
             "WHERE edits.summary <> EXCLUDED.summary OR edits.anon_summary <> EXCLUDED.anon_summary",
             {s.uid, edits.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), s.site}, what);
        exec(pg, "UPDATE sessions SET edits = (SELECT count(*) FROM edits WHERE session = $1) WHERE uid = $1", {s.uid}, what);
        // The kiosks following this meeting hear of it at the commit (LISTEN/NOTIFY): "uid site".
        exec(pg, "SELECT pg_notify('wijkkiosk_changes', $1)", {s.uid + " " + s.site}, what);
        exec(pg, "COMMIT", {}, what);
        return {Sent::Stored, {}, revision, last};
    } catch (const nlohmann::json::exception& e) {
        postgres().rollback(pg);
        throw ArchiveError(what + ": " + e.what());
    } catch (...) {
        postgres().rollback(pg);
        throw;
    }
}

bool Archive::take(const std::string& uid, const std::string& site, const std::function<void(const Held&)>& bringIn) {
    void* pg = conn_->pg;
    const std::string what = "archive " + where_ + ": taking session " + uid;
    exec(pg, "BEGIN", {}, what);
    try {
        const Result r = exec(pg,
                              "SELECT body::text, holder, revision, (SELECT coalesce(max(seq), 0) FROM edits WHERE session = $1 AND site = $2) "
                              "FROM sessions WHERE uid = $1 FOR UPDATE",
                              {uid, site}, what);
        if (r.rows() == 0) {
            exec(pg, "ROLLBACK", {}, what);
            return false;
        }
        bringIn({r.text(0, 0), r.text(0, 1), r.integer(0, 2), r.integer(0, 3)});
        exec(pg, "UPDATE sessions SET holder = $2 WHERE uid = $1", {uid, site}, what);
        exec(pg, "COMMIT", {}, what);
        return true;
    } catch (...) {
        postgres().rollback(pg);
        throw;
    }
}

bool Archive::remove(const std::string& uid, const std::string& site, const std::string& at) {
    void* pg = conn_->pg;
    const std::string what = "archive " + where_ + ": removing session " + uid;
    exec(pg, "BEGIN", {}, what);
    try {
        const Result held = exec(pg, "SELECT holder FROM sessions WHERE uid = $1 FOR UPDATE", {uid}, what);
        if (held.rows() == 1 && held.text(0, 0) != site) {
            exec(pg, "ROLLBACK", {}, what);
            return false;
        }
        const Result gone = exec(pg, "DELETE FROM sessions WHERE uid = $1 RETURNING revision", {uid}, what);
        exec(pg,
             "INSERT INTO removed_sessions(uid, site, removed_at, revision) VALUES($1, $2, $3, $4) "
             "ON CONFLICT (uid) DO UPDATE SET revision = greatest(removed_sessions.revision, EXCLUDED.revision)",
             {uid, site, at, gone.rows() ? gone.text(0, 0) : "0"}, what);
        exec(pg, "COMMIT", {}, what);
        return true;
    } catch (...) {
        postgres().rollback(pg);
        throw;
    }
}

std::map<std::string, Standing> Archive::standings(const std::string& site) {
    const Result r = exec(conn_->pg,
                          "SELECT s.uid, s.holder, s.revision, (SELECT coalesce(max(seq), 0) FROM edits e WHERE e.session = s.uid AND e.site = $1) "
                          "FROM sessions s",
                          {site}, "archive " + where_ + ": sessions");
    std::map<std::string, Standing> out;
    for (int i = 0; i < r.rows(); ++i) out[r.text(i, 0)] = {r.text(i, 1), r.integer(i, 2), r.integer(i, 3)};
    return out;
}

int Archive::purge(const std::string& before, const Purger& purged, bool correct) {
    void* pg = conn_->pg;
    const std::string what = "archive " + where_ + ": purge";
    exec(pg, "BEGIN", {}, what);
    try {
        if (correct) exec(pg, "DELETE FROM archive_purges WHERE before > $1", {before}, what);
        exec(pg, "INSERT INTO archive_purges(before) VALUES($1)", {before}, what);
        const Result r = exec(pg, "SELECT uid, body::text FROM sessions WHERE date < $1 FOR UPDATE", {before}, what);
        int sessions = 0;
        for (int i = 0; i < r.rows(); ++i) {
            const auto files = purged(r.text(i, 1));
            if (!files) continue;
            exec(pg, "UPDATE sessions SET body = $2::jsonb, public_body = $3::jsonb, revision = revision + 1 WHERE uid = $1",
                 {r.text(i, 0), files->first, files->second}, what);
            ++sessions;
        }
        // Their older changes could name a resident: gone, and a kiosk behind takes the purged
        // file once (base).
        exec(pg, "DELETE FROM changes WHERE session IN (SELECT uid FROM sessions WHERE date < $1)", {before}, what);
        exec(pg, "UPDATE sessions SET base = revision WHERE date < $1 AND base <> revision", {before}, what);
        exec(pg,
             "UPDATE edits SET summary = anon_summary WHERE anon_summary <> '' AND summary <> anon_summary "
             "AND session IN (SELECT uid FROM sessions WHERE date < $1)",
             {before}, what);
        exec(pg, "COMMIT", {}, what);
        return sessions;
    } catch (...) {
        postgres().rollback(pg);
        throw;
    }
}

std::vector<Archive::Changed> Archive::changesSince(const std::map<std::string, std::int64_t>& known, const std::string& site,
                                                    const std::vector<std::string>& wijken) {
    nlohmann::json positions = nlohmann::json::object();
    for (const auto& [uid, position] : known) positions[uid] = position;
    // One statement: a meeting this kiosk has comes with its changes past its position, one it
    // lacks (or one behind the kept changes) with its file. Nothing changed: no row.
    const Result r = exec(conn_->pg,
                          "SELECT s.uid, s.site, s.holder, s.revision, "
                          "(SELECT coalesce(max(seq), 0) FROM edits e WHERE e.session = s.uid AND e.site = $3), "
                          "CASE WHEN k.position IS NULL OR k.position < s.base THEN s.body::text END, "
                          "CASE WHEN k.position >= s.base THEN (SELECT coalesce(json_agg(json_build_array(c.position, c.patch) ORDER BY c.position), '[]') "
                          "  FROM changes c WHERE c.session = s.uid AND c.position > k.position)::text END "
                          "FROM sessions s LEFT JOIN (SELECT key AS uid, value::bigint AS position FROM jsonb_each_text($2::jsonb)) k ON k.uid = s.uid "
                          "WHERE s.holder <> $3 AND (cardinality($1::text[]) = 0 OR s.wijk = ANY($1::text[])) "
                          "AND (k.position IS NULL OR s.revision > k.position) ORDER BY s.date, s.uid",
                          {textArray(wijken), positions.dump(), site}, "archive " + where_ + ": changes");
    std::vector<Changed> out;
    for (int i = 0; i < r.rows(); ++i) {
        Changed c{r.text(i, 0), r.text(i, 1), r.text(i, 2), r.integer(i, 3), r.integer(i, 4), std::nullopt, {}};
        if (!r.null(i, 5)) c.body = r.text(i, 5);
        if (!r.null(i, 6))
            for (const auto& pair : nlohmann::json::parse(r.text(i, 6))) c.changes.push_back({pair.at(0).get<std::int64_t>(), pair.at(1)});
        out.push_back(std::move(c));
    }
    return out;
}

void Archive::listen() { exec(conn_->pg, "LISTEN wijkkiosk_changes", {}, "archive " + where_ + ": listen"); }

bool Archive::notified(const std::string& site) {
    bool other = false;
    for (const auto& payload : postgres().notifications(conn_->pg, where_))
        other = other || payload.substr(payload.find(' ') + 1) != site;  // our own sends: not news
    return other;
}

std::string Archive::cutoff() {
    const Result r = exec(conn_->pg, "SELECT coalesce(max(before), '') FROM archive_purges", {}, "archive " + where_ + ": purges");
    return r.text(0, 0);
}

std::vector<ArchiveEntry> Archive::list(const std::vector<std::string>& wijken) {
    const Result r = exec(conn_->pg,
                          "SELECT uid, site, holder, wijk, date, type, title, edits, revision FROM sessions "
                          "WHERE cardinality($1::text[]) = 0 OR wijk = ANY($1::text[]) ORDER BY date DESC, received DESC",
                          {textArray(wijken)}, "archive " + where_ + ": sessions");
    std::vector<ArchiveEntry> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 5), r.text(i, 6), r.integer(i, 7),
                       r.integer(i, 8)});
    return out;
}

std::vector<std::string> Archive::publicBodies() {
    const Result r = exec(conn_->pg, "SELECT body::text FROM public_sessions ORDER BY wijk, date, uid", {}, "archive " + where_ + ": public sessions");
    std::vector<std::string> out;
    for (int i = 0; i < r.rows(); ++i) out.push_back(r.text(i, 0));
    return out;
}

std::optional<Archive::Held> Archive::current(const std::string& uid) {
    const Result r = exec(conn_->pg, "SELECT body::text, holder, revision FROM sessions WHERE uid = $1", {uid}, "archive " + where_ + ": session " + uid);
    if (r.rows() == 0) return std::nullopt;
    return Held{r.text(0, 0), r.text(0, 1), r.integer(0, 2), 0};
}

std::optional<std::string> Archive::body(const std::string& uid) {
    const Result r = exec(conn_->pg, "SELECT body::text FROM sessions WHERE uid = $1", {uid}, "archive " + where_ + ": session " + uid);
    if (r.rows() == 0) return std::nullopt;
    return r.text(0, 0);
}

std::int64_t Archive::editCount(const std::string& uid) {
    const Result r = exec(conn_->pg, "SELECT edits FROM sessions WHERE uid = $1", {uid}, "archive " + where_);
    return r.rows() ? r.integer(0, 0) : 0;
}

}  // namespace wk::io
