// Numbered schema migrations: migration N takes PRAGMA user_version from N to N+1.
#include <array>
#include <string>

#include "store/Sqlite.h"

namespace wk::store {
namespace {

constexpr const char* kMigration1 = R"sql(
CREATE TABLE sessions(
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL, title TEXT NOT NULL, wijk TEXT NOT NULL, date TEXT NOT NULL,
  location TEXT NOT NULL, chair TEXT NOT NULL, scheme TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')));
CREATE TABLE participants(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, id TEXT NOT NULL,
  name TEXT NOT NULL, role TEXT NOT NULL, organisation TEXT NOT NULL, consent INTEGER NOT NULL,
  seq INTEGER NOT NULL, PRIMARY KEY(session_id, id));
CREATE TABLE sliders(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, key TEXT NOT NULL,
  label TEXT NOT NULL, top TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(session_id, key));
CREATE TABLE placements(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  participant TEXT NOT NULL, slider TEXT NOT NULL,
  now INTEGER CHECK(now BETWEEN 0 AND 100), desired INTEGER CHECK(desired BETWEEN 0 AND 100),
  reason TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(session_id, participant, slider));
CREATE TABLE ideas(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, id TEXT NOT NULL,
  text TEXT NOT NULL, theme TEXT NOT NULL, author TEXT NOT NULL, contact TEXT NOT NULL,
  consent INTEGER NOT NULL, votes INTEGER NOT NULL, visibility TEXT NOT NULL,
  map_x REAL, map_y REAL, response TEXT NOT NULL, motivation TEXT NOT NULL,
  condition TEXT NOT NULL, due TEXT NOT NULL, created TEXT NOT NULL, seq INTEGER NOT NULL,
  PRIMARY KEY(session_id, id));
CREATE TABLE opgaven(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, id TEXT NOT NULL,
  title TEXT NOT NULL, description TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(session_id, id));
CREATE TABLE actions(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, id TEXT NOT NULL,
  opgave TEXT NOT NULL, what TEXT NOT NULL, indicator TEXT NOT NULL, party TEXT,
  owner TEXT NOT NULL, deadline TEXT NOT NULL, budget TEXT NOT NULL, status TEXT NOT NULL,
  koppelkansen TEXT NOT NULL, ideas TEXT NOT NULL, visibility TEXT NOT NULL, seq INTEGER NOT NULL,
  PRIMARY KEY(session_id, id));
CREATE TABLE notes(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, id TEXT NOT NULL,
  at TEXT NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, visibility TEXT NOT NULL,
  seq INTEGER NOT NULL, PRIMARY KEY(session_id, id));
)sql";

// 2: the live phase of a session, so a kiosk restarted during a public part comes back public.
constexpr const char* kMigration2 = R"sql(
ALTER TABLE sessions ADD COLUMN phase TEXT NOT NULL DEFAULT 'closed';
)sql";

// 3: moderation, an idea hidden with its reason, or waiting to be admitted to the wall.
constexpr const char* kMigration3 = R"sql(
ALTER TABLE ideas ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ideas ADD COLUMN hidden_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE ideas ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
)sql";

// 4: monitoring the plan, an action's origin in an earlier meeting and its dated status history.
constexpr const char* kMigration4 = R"sql(
ALTER TABLE actions ADD COLUMN origin_session INTEGER;
ALTER TABLE actions ADD COLUMN origin_action TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN origin_date TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN history TEXT NOT NULL DEFAULT '';
CREATE INDEX sessions_by_wijk ON sessions(wijk, date);
)sql";

// 5: intent commands. A global id per session and per database (site), ids taken from a counter
// inside the write transaction (any number of writers), the meeting's settings, origins named
// by uid, and the edit log: what was done, by which role, when.
constexpr const char* kMigration5 = R"sql(
ALTER TABLE sessions ADD COLUMN uid TEXT;
UPDATE sessions SET uid = )sql" WK_UUID_SQL R"sql(;
CREATE UNIQUE INDEX sessions_by_uid ON sessions(uid);
ALTER TABLE sessions ADD COLUMN moderated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN residents_place INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN blind INTEGER NOT NULL DEFAULT 0;
ALTER TABLE actions ADD COLUMN origin_uid TEXT NOT NULL DEFAULT '';
UPDATE actions SET origin_uid = coalesce((SELECT s.uid FROM sessions s WHERE s.id = actions.origin_session),
                                         'local-' || origin_session)
  WHERE origin_session IS NOT NULL;
CREATE TABLE site(id TEXT NOT NULL);
INSERT INTO site(id) VALUES()sql" WK_UUID_SQL R"sql();
CREATE TABLE id_counters(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, prefix TEXT NOT NULL,
  last INTEGER NOT NULL, PRIMARY KEY(session_id, prefix));
CREATE TABLE edit_log(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  at TEXT NOT NULL, role TEXT NOT NULL, command TEXT NOT NULL,
  summary TEXT NOT NULL, summary_anon TEXT NOT NULL, keys TEXT NOT NULL);
CREATE INDEX edit_log_by_session ON edit_log(session_id, seq);
)sql";

// 6: the cycle around the meetings. Actions keep a number of their own (given here as the plan
// numbered them until now) and may name an amount; meetings planned ahead and the year's other
// work per area (the planning overview).
constexpr const char* kMigration6 = R"sql(
ALTER TABLE actions ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
ALTER TABLE actions ADD COLUMN amount_cents INTEGER;
UPDATE actions SET number = (
  SELECT r FROM (
    SELECT a.session_id AS sid, a.id AS aid,
           ROW_NUMBER() OVER (PARTITION BY a.session_id ORDER BY (o.seq IS NULL), o.seq, a.seq) AS r
    FROM actions a LEFT JOIN opgaven o ON o.session_id = a.session_id AND o.id = a.opgave) x
  WHERE x.sid = actions.session_id AND x.aid = actions.id);
ALTER TABLE sessions ADD COLUMN bouwstenen TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN dossier TEXT NOT NULL DEFAULT '';
CREATE TABLE planned(
  id INTEGER PRIMARY KEY, area TEXT NOT NULL, kind TEXT NOT NULL, date TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '');
CREATE INDEX planned_by_area ON planned(area, date);
)sql";

// 7: when the public part of a meeting began, for its minutes.
constexpr const char* kMigration7 = R"sql(
ALTER TABLE sessions ADD COLUMN public_from TEXT NOT NULL DEFAULT '';
)sql";

// 8: the kiosk's own settings that live with its data, not in /etc: the PIN chosen at the
// kiosk (an Argon2id hash) and the wrong-PIN count and wait, which survive a restart.
constexpr const char* kMigration8 = R"sql(
CREATE TABLE kiosk_state(key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql";

// 9: residents' phone visits kept with their meeting (a restart or a crowd forgets none), the
// supports each gave; the files this kiosk's exports wrote (only those an export replaces); and
// per meeting the archive's revision this copy holds and the last edit a refusal wrote aside.
constexpr const char* kMigration9 = R"sql(
CREATE TABLE phone_visits(
  session_id INTEGER NOT NULL, id TEXT NOT NULL, address TEXT NOT NULL, created TEXT NOT NULL,
  participant TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(session_id, id));
CREATE INDEX phone_visits_by_address ON phone_visits(session_id, address);
CREATE TABLE visit_supports(
  session_id INTEGER NOT NULL, visit TEXT NOT NULL, idea TEXT NOT NULL,
  PRIMARY KEY(session_id, visit, idea));
CREATE TABLE exported_files(
  dev INTEGER NOT NULL, ino INTEGER NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
  path TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY(dev, ino));
CREATE TABLE archive_state(
  session_id INTEGER PRIMARY KEY, revision INTEGER NOT NULL DEFAULT 0, refused_seq INTEGER NOT NULL DEFAULT 0);
)sql";

// 10: meetings removed (begun by mistake, nothing brought in): what they were, when and by whom,
// and whether the archive has been told.
constexpr const char* kMigration10 = R"sql(
CREATE TABLE removed_meetings(
  uid TEXT NOT NULL, type TEXT NOT NULL, wijk TEXT NOT NULL, date TEXT NOT NULL, title TEXT NOT NULL,
  removed_at TEXT NOT NULL, role TEXT NOT NULL, sent INTEGER NOT NULL DEFAULT 0);
)sql";

// 11: the meeting's agenda, its start and public part's times, spreekrecht's turns, and what
// was made during an agenda item linked to it.
constexpr const char* kMigration11 = R"sql(
ALTER TABLE sessions ADD COLUMN time TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN public_at TEXT NOT NULL DEFAULT '';
ALTER TABLE placements ADD COLUMN agenda TEXT NOT NULL DEFAULT '';
ALTER TABLE ideas ADD COLUMN agenda TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN agenda TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN agenda TEXT NOT NULL DEFAULT '';
CREATE TABLE agenda_items(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, id TEXT NOT NULL,
  title TEXT NOT NULL, introducer TEXT NOT NULL, minutes INTEGER NOT NULL, kind TEXT NOT NULL,
  opgaven TEXT NOT NULL, visibility TEXT NOT NULL, started TEXT NOT NULL, ended TEXT NOT NULL,
  seq INTEGER NOT NULL, PRIMARY KEY(session_id, id));
CREATE TABLE turns(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, id TEXT NOT NULL,
  speaker TEXT NOT NULL, role TEXT NOT NULL, consent INTEGER NOT NULL, visit TEXT NOT NULL,
  number INTEGER NOT NULL, requested TEXT NOT NULL, started TEXT NOT NULL, ended TEXT NOT NULL,
  agenda TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(session_id, id));
)sql";

// 12: preparation at the office: a meeting in preparation, and actions brought in as discussion
// or decision points with what the room decided.
constexpr const char* kMigration12 = R"sql(
ALTER TABLE sessions ADD COLUMN preparing INTEGER NOT NULL DEFAULT 0;
ALTER TABLE actions ADD COLUMN point TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN outcome TEXT NOT NULL DEFAULT 'open';
)sql";

// 13: the room's voice: who came (check-ins, the head count) and polls with their answers while
// open; each poll's secret for its answers' pseudonyms, dropped when it closes.
constexpr const char* kMigration13 = R"sql(
ALTER TABLE sessions ADD COLUMN head_count INTEGER NOT NULL DEFAULT 0;
CREATE TABLE check_ins(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, id TEXT NOT NULL,
  kind TEXT NOT NULL, channel TEXT NOT NULL, name TEXT NOT NULL, visit TEXT NOT NULL, at TEXT NOT NULL,
  seq INTEGER NOT NULL, PRIMARY KEY(session_id, id));
CREATE TABLE polls(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, id TEXT NOT NULL,
  question TEXT NOT NULL, kind TEXT NOT NULL, options TEXT NOT NULL, total INTEGER NOT NULL, max_choices INTEGER NOT NULL,
  visibility TEXT NOT NULL, live INTEGER NOT NULL, opened TEXT NOT NULL, closed TEXT NOT NULL, adopted INTEGER NOT NULL,
  phone_answers INTEGER NOT NULL, kiosk_answers INTEGER NOT NULL, paper TEXT NOT NULL, paper_answers INTEGER NOT NULL,
  result TEXT NOT NULL, agenda TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(session_id, id));
CREATE TABLE poll_answers(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, poll TEXT NOT NULL, who TEXT NOT NULL,
  channel TEXT NOT NULL, answer TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(session_id, poll, who));
CREATE TABLE poll_secrets(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, poll TEXT NOT NULL, secret BLOB NOT NULL,
  PRIMARY KEY(session_id, poll));
)sql";

// 14: what the room agrees on: an evaluation's polls, text answers (a word, an open question) and
// whether a word waits for moderation; the words taken off the cloud.
constexpr const char* kMigration14 = R"sql(
ALTER TABLE polls ADD COLUMN evaluation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE poll_answers ADD COLUMN text TEXT NOT NULL DEFAULT '';
ALTER TABLE poll_answers ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN hidden_words TEXT NOT NULL DEFAULT '';
)sql";

// 15: residents hear back: ideas' numbers ("BH-3-17"), which idea a merged one joined, and the
// meeting's prefix for new numbers.
constexpr const char* kMigration15 = R"sql(
ALTER TABLE ideas ADD COLUMN number TEXT NOT NULL DEFAULT '';
ALTER TABLE ideas ADD COLUMN merged_into TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN idea_prefix TEXT NOT NULL DEFAULT '';
)sql";

// 16: SMART's A, the party's yes at the table; the previous meeting's ideas, read-only here.
constexpr const char* kMigration16 = R"sql(
ALTER TABLE actions ADD COLUMN agreed INTEGER NOT NULL DEFAULT 0;
CREATE TABLE earlier_ideas(
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, id TEXT NOT NULL,
  number TEXT NOT NULL, text TEXT NOT NULL, theme TEXT NOT NULL, response TEXT NOT NULL, motivation TEXT NOT NULL,
  condition TEXT NOT NULL, due TEXT NOT NULL, votes_then INTEGER NOT NULL, from_date TEXT NOT NULL, origin TEXT NOT NULL,
  votes INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(session_id, id));
)sql";

// 17: when the minutes were adopted (issue 35); empty while they are a concept.
constexpr const char* kMigration17 = R"sql(
ALTER TABLE sessions ADD COLUMN adopted TEXT NOT NULL DEFAULT '';
)sql";

constexpr std::array<const char*, kSchemaVersion> kMigrations = {kMigration1, kMigration2, kMigration3, kMigration4, kMigration5,
                                                                 kMigration6, kMigration7, kMigration8, kMigration9, kMigration10,
                                                                 kMigration11, kMigration12, kMigration13, kMigration14, kMigration15, kMigration16,
                                                                 kMigration17};

}  // namespace

void migrate(Database& db) {
    if (db.userVersion() >= kSchemaVersion) return;
    for (;;) {
        // The version is read inside the write lock: two kiosks starting on a new file at once
        // must not both run the same migration.
        Database::Transaction tx(db);
        const int v = db.userVersion();
        if (v >= kSchemaVersion) return;
        db.exec(kMigrations[static_cast<std::size_t>(v)]);
        // PRAGMA takes no parameters; the values are compile-time constants, not input.
        db.exec(("PRAGMA user_version = " + std::to_string(v + 1)).c_str());
        db.exec(("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str());
        tx.commit();
    }
}

}  // namespace wk::store
