#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include <catch2/catch.hpp>
#include <fstream>

#include "TestUtil.h"
#include "io/AtomicFile.h"
#include "service/EditService.h"
#include "store/Repository.h"

using namespace wk;
using namespace wk::store;
using namespace wk::service;

namespace {

std::string bytesOf(const std::string& path) { return io::readFile(path); }

void rawExec(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

}  // namespace

TEST_CASE("a new database is migrated from version 0 to the current schema") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    CHECK(db->userVersion() == kSchemaVersion);
    auto& st = db->prepare("PRAGMA journal_mode");
    REQUIRE(st.step());
    CHECK(st.text(0) == "wal");
    st.reset();
    auto& fk = db->prepare("PRAGMA foreign_keys");
    REQUIRE(fk.step());
    CHECK(fk.integer(0) == 1);
    fk.reset();
}

TEST_CASE("a session survives a store round trip field by field") {
    test::TempDir dir;
    const Session s = test::smallSession();
    std::int64_t id = 0;
    {
        auto db = Database::open(dir.file("k.db"));
        id = test::create(*db, s);
    }
    auto db = Database::open(dir.file("k.db"));
    const Session back = Repository(*db).load(id);
    CHECK(back.info.id == id);
    CHECK(back.info.title == s.info.title);
    REQUIRE(back.ideas.size() == 2);
    CHECK(back.ideas[0].text == s.ideas[0].text);
    CHECK(back.ideas[0].map->x == Approx(0.42));
    CHECK(back.ideas[0].response.due == "2027-03-01");
    CHECK(back.ideas[1].visibility == Visibility::Closed);
    CHECK_FALSE(back.ideas[1].map.has_value());
    REQUIRE(back.actions.size() == 1);
    CHECK(back.actions[0].party == Party::Gemeente);
    CHECK(back.actions[0].koppelkansen == std::vector<std::string>{"veilige wijk"});
    CHECK(back.actions[0].ideas == std::vector<std::string>{"i1"});
    CHECK(back.placements[0].now == 30);
    CHECK(back.notes[1].kind == NoteKind::Note);
    CHECK(back.participants[1].consent == false);
    const auto list = Repository(*db).list();
    REQUIRE(list.size() == 1);
    CHECK(list[0].wijk == "Stiphout");
}

TEST_CASE("an edit is on disk when submit returns, and undo and redo are too") {
    test::TempDir dir;
    const std::string path = dir.file("k.db");
    auto db = Database::open(path);
    const std::int64_t id = test::create(*db, test::smallSession());
    EditService edits(*db, id);
    const EditResult added = edits.submit(test::as(AddNote{NoteKind::Decision, "Besluit: pilot gaat door", Visibility::Public}));
    REQUIRE(added.ok());
    CHECK(added.createdId == "n3");                // from the database's counter
    CHECK(edits.session().notes.back().seq == 3);  // placed at the end
    CHECK(edits.undoName() == "add-note");
    const auto onDisk = [&] {
        auto other = Database::open(path, Database::Mode::ReadOnly);  // a second reader
        return Repository(*other).load(id).notes.size();
    };
    CHECK(onDisk() == 3);
    REQUIRE(edits.undo(Role::Facilitator, "2026-11-22T20:31:00").ok());
    CHECK(onDisk() == 2);
    CHECK(edits.session().notes.size() == 2);
    REQUIRE(edits.redo(Role::Facilitator, "2026-11-22T20:32:00").ok());
    CHECK(onDisk() == 3);
    CHECK(edits.revision() > 0);
}

TEST_CASE("a refused edit changes nothing, in memory or on disk") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    const std::int64_t id = test::create(*db, test::smallSession());
    EditService edits(*db, id);
    const auto revisionBefore = edits.revision();
    const EditResult r = edits.submit(test::as(SubmitIdea{"   ", "groen", "", "", false, {}}));
    REQUIRE(r.problem);
    CHECK(r.problem->code == "text_empty");
    CHECK(edits.session().ideas.size() == 2);
    CHECK(Repository(*db).load(id).ideas.size() == 2);
    CHECK_FALSE(edits.canUndo());
    CHECK(edits.revision() == revisionBefore);
    CHECK(Repository(*db).log(id).size() == 1);  // only the import: a refusal is not logged
}

TEST_CASE("two sessions opened one after the other never share a revision") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    const auto a = test::create(*db, test::smallSession());
    const auto b = test::create(*db, test::smallSession());
    EditService first(*db, a);
    EditService second(*db, b);
    CHECK(first.revision() != second.revision());
}

TEST_CASE("a new edit clears redo; undo goes back step by step") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    EditService edits(*db, test::create(*db, test::smallSession()));
    const auto edit = [&](const char* t) { return edits.submit(test::as(EditIdea{"i1", t, "groen", {}, std::nullopt})); };
    for (const char* t : {"een", "twee", "drie"}) REQUIRE(edit(t).ok());
    REQUIRE(edits.undo(Role::Facilitator, "").ok());
    CHECK(edits.session().ideas[0].text == "twee");
    REQUIRE(edits.undo(Role::Facilitator, "").ok());
    CHECK(edits.session().ideas[0].text == "een");
    REQUIRE(edit("vier").ok());
    CHECK_FALSE(edits.canRedo());
    CHECK(edits.redo(Role::Facilitator, "").problem->code == "nothing_to_redo");
}

TEST_CASE("a damaged file is reported and left exactly as it was") {
    test::TempDir dir;
    const std::string path = dir.file("k.db");
    {
        std::ofstream f(path, std::ios::binary);
        f << "this is not a database, it is a shopping list: brood, kaas, melk" << std::string(5000, 'x');
    }
    const std::string before = bytesOf(path);
    try {
        Database::open(path);
        FAIL("opened a damaged file");
    } catch (const StoreError& e) {
        CHECK(e.kind == StoreError::Kind::Corrupt);
        CHECK(std::string(e.what()).find(path) != std::string::npos);
    }
    CHECK(bytesOf(path) == before);
}

TEST_CASE("a truncated database is reported, not overwritten") {
    test::TempDir dir;
    const std::string path = dir.file("k.db");
    {
        auto db = Database::open(path);
        test::create(*db, test::smallSession());
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::string bytes = bytesOf(path);
    REQUIRE(bytes.size() > 8192);
    bytes.resize(bytes.size() / 2 + 100);
    { std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes; }
    CHECK_THROWS_AS(Database::open(path), StoreError);
    CHECK(bytesOf(path) == bytes);
}

TEST_CASE("a database from a newer wijkkiosk is refused and untouched") {
    test::TempDir dir;
    const std::string path = dir.file("k.db");
    { Database::open(path); }
    rawExec(path, "PRAGMA user_version = 99");
    const std::string before = bytesOf(path);
    try {
        Database::open(path);
        FAIL("opened a newer database");
    } catch (const StoreError& e) {
        CHECK(e.kind == StoreError::Kind::NewerVersion);
        CHECK(std::string(e.what()).find("newer") != std::string::npos);
    }
    CHECK(bytesOf(path) == before);
}

TEST_CASE("another program's database is not taken over") {
    test::TempDir dir;
    const std::string path = dir.file("other.db");
    rawExec(path, "CREATE TABLE boodschappen(wat TEXT); INSERT INTO boodschappen VALUES('kaas');");
    try {
        Database::open(path);
        FAIL("took over a foreign database");
    } catch (const StoreError& e) {
        CHECK(e.kind == StoreError::Kind::NotOurs);
    }
}

TEST_CASE("a read-only database says so when an edit cannot be saved, and keeps memory as the disk") {
    test::TempDir dir;
    const std::string path = dir.file("k.db");
    std::int64_t id = 0;
    {
        auto db = Database::open(path);
        id = test::create(*db, test::smallSession());
    }
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);  // read-only as SQLite sees it
        EditService edits(*db, id);
        const EditResult r = edits.submit(test::as(AddNote{NoteKind::Note, "Dit kan niet worden bewaard", Visibility::Public}));
        CHECK_FALSE(r.ok());
        CHECK(r.storeError.find("read-only") != std::string::npos);
        CHECK(edits.session().notes.size() == 2);
    }
    // The file's own mode. Root ignores it (and CI runs as root), so the check runs in a child
    // process that is not root: an unprivileged user, as a kiosk's system user is.
    ::chmod(dir.path().c_str(), 0755);
    ::chmod(path.c_str(), 0444);
    const test::Child child = test::forkReporting([&](int report) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) _exit(7);
        try {
            auto db = Database::open(path);
            _exit(1);
        } catch (const StoreError& e) {
            const std::string msg = std::string(e.what()) + "\n";
            (void)!::write(report, msg.data(), msg.size());
            _exit(e.kind == StoreError::Kind::ReadOnly ? 0 : 2);
        }
    });
    REQUIRE(child.pid > 0);
    const std::string msg = test::readAll(child.fd);
    int status = 0;
    ::waitpid(child.pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK_THAT(msg, Catch::Contains("read-only"));
}

TEST_CASE("an unknown session id is a clear error") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    CHECK_THROWS_WITH(Repository(*db).load(42), Catch::Contains("no session 42"));
}

TEST_CASE("a full disk turns an edit into a clear message and loses nothing saved") {
    test::TempDir dir;
    const std::string path = dir.file("k.db");
    std::int64_t id = 0;
    {
        auto db = Database::open(path);
        id = test::create(*db, test::smallSession());
    }
    const test::Child child = test::forkReporting([&](int report) {
        // A file-size limit stands in for a full disk; the signal would otherwise kill us.
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit lim{256 * 1024, 256 * 1024};
        ::setrlimit(RLIMIT_FSIZE, &lim);
        auto db = Database::open(path);
        EditService edits(*db, id);
        for (int k = 1; k < 10000; ++k) {
            const EditResult r = edits.submit(test::as(AddNote{NoteKind::Note, std::string(2000, 'x'), Visibility::Public}));
            if (!r.ok()) {
                const std::string msg = r.storeError + "\n";
                (void)!::write(report, msg.data(), msg.size());
                _exit(edits.session().notes.size() == static_cast<std::size_t>(k + 1) ? 0 : 5);
            }
        }
        _exit(6);
    });
    REQUIRE(child.pid > 0);
    const std::string msg = test::readAll(child.fd);
    int status = 0;
    ::waitpid(child.pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);  // memory kept what the disk kept
    CHECK_THAT(msg, Catch::Contains("disk is full"));
    auto db = Database::open(path);
    auto& check = db->prepare("PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.text(0) == "ok");
    check.reset();
    CHECK(Repository(*db).load(id).notes.size() > 2);  // the edits before the disk filled are there
}

TEST_CASE("undo takes back only the facilitator's steps, never a resident's input") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    const std::int64_t id = test::create(*db, test::smallSession());
    EditService edits(*db, id);
    REQUIRE(edits.submit(test::as(EditIdea{"i1", "Van de begeleider", "groen", {}, std::nullopt})).ok());
    const EditResult mine = edits.submit(test::as(SubmitIdea{"Van een bewoner", "groen", "", "", false, {}}, Role::Resident));
    REQUIRE(mine.ok());
    REQUIRE(edits.submit(test::as(SupportIdea{mine.createdId}, Role::Resident)).ok());
    CHECK(edits.undoName() == "edit-idea");  // the resident's idea and support are not in it
    REQUIRE(edits.undo(Role::Facilitator, "").ok());
    CHECK_FALSE(edits.canUndo());
    const Session stored = Repository(*db).load(id);
    const Idea* kept = find<Idea>(stored, mine.createdId);
    REQUIRE(kept);
    CHECK(kept->text == "Van een bewoner");
    CHECK(kept->votes == 1);
    CHECK(stored.ideas[0].text == test::smallSession().ideas[0].text);
    CHECK(edits.undo(Role::Facilitator, "").problem->code == "nothing_to_undo");
}

TEST_CASE("a merge is stored whole, and undone in one step") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    const std::int64_t id = test::create(*db, test::smallSession());
    EditService edits(*db, id);
    REQUIRE(edits.submit(test::as(SetIdeaVisibility{"i2", Visibility::Public})).ok());
    REQUIRE(edits.submit(test::as(MergeIdeas{"i2", "i1", "Ook: {}", "Samengevoegd met: {}"})).ok());
    Session stored = Repository(*db).load(id);
    CHECK(stored.ideas[0].votes == 8);
    CHECK(stored.ideas[0].text.find("Ook: VERTROUWELIJK") != std::string::npos);
    CHECK(stored.ideas[1].hidden);
    CHECK(edits.undoName() == "merge");
    REQUIRE(edits.undo(Role::Facilitator, "").ok());  // one step undoes both
    stored = Repository(*db).load(id);
    CHECK(stored.ideas[0].votes == 4);
    CHECK(stored.ideas[0].text == test::smallSession().ideas[0].text);
    CHECK_FALSE(stored.ideas[1].hidden);
    CHECK(edits.undoName() == "set-visibility");
}

TEST_CASE("the edit log keeps who did what, and a purge takes residents' names out of it") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    Session old = test::smallSession();
    old.info.date = "2024-05-01";
    const std::int64_t id = test::create(*db, old);
    {
        EditService edits(*db, id);
        REQUIRE(edits.submit(test::as(AddParticipant{"Kees Buurman", "bewoner", "", false})).ok());
        REQUIRE(edits.submit(test::as(SubmitIdea{"Een bankje", "groen", "Piet Pietersen", "06-1", false, {}}, Role::Resident)).ok());
        REQUIRE(edits.submit(test::as(SupportIdea{"i1"})).ok());  // the facilitator's: undoable
        REQUIRE(edits.undo(Role::Facilitator, "2026-11-22T20:31:00").ok());
    }
    Repository repo(*db);
    auto log = repo.log(id);
    REQUIRE(log.size() == 5);
    CHECK(log[0].role == "system");
    CHECK(log[0].command == "import");
    CHECK(log[1].summary.find("Kees Buurman") != std::string::npos);
    CHECK(log[2].role == "resident");
    CHECK(log[2].command == "submit");
    CHECK(log[2].summary.find("Piet Pietersen") != std::string::npos);
    CHECK(log[3].command == "support");
    CHECK(log[4].command == "undo");
    CHECK(log[4].summary == "support");
    repo.purgePersonalData("2025-01-01", "2026-11-23T09:00:00");
    log = repo.log(id);
    REQUIRE(log.size() == 6);
    for (const auto& e : log) {
        CHECK(e.summary.find("Kees") == std::string::npos);
        CHECK(e.summary.find("Piet") == std::string::npos);
    }
    CHECK(log[2].summary.find("Een bankje") != std::string::npos);  // the idea itself stays on record
    CHECK(log[5].command == "purge");
    CHECK(log[5].role == "system");
}

TEST_CASE("a purged session keeps no reason and no name of a resident, in its free text either") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    Session old = test::smallSession();
    old.info.date = "2024-05-01";
    old.placements.push_back({"p2", "communicatie", 20, 60, "Ik woon al dertig jaar naast de school", 2});
    old.notes.push_back({"n9", "", "Afspraak: Jan Bewoner krijgt antwoord van de wethouder", NoteKind::Decision, Visibility::Public, 9});
    const std::int64_t id = test::create(*db, old);
    const auto p = Repository(*db).purgePersonalData("2025-01-01", "2026-11-23T09:00:00");
    CHECK(p.sessions == 1);
    const Session stored = Repository(*db).load(id);
    for (const auto& pl : stored.placements)
        if (pl.participant == "p2") CHECK(pl.reason.empty());
    CHECK(stored.participants[1].name.empty());
    CHECK(stored.notes.back().text == "Afspraak: [naam] krijgt antwoord van de wethouder");
    CHECK(stored.ideas[0].author.empty());
    CHECK(Repository(*db).log(id).back().command == "purge");
}

TEST_CASE("a database file replaced or overwritten under the kiosk stops it confirming edits, for good") {
    for (const bool replace : {false, true}) {
        test::TempDir dir;
        const std::string path = dir.file("k.db");
        auto db = Database::open(path);
        const std::int64_t id = test::create(*db, test::smallSession());
        EditService edits(*db, id);
        REQUIRE(edits.submit(test::as(AddNote{NoteKind::Note, "Voor de schade", Visibility::Public})).ok());
        if (replace) {
            // Another file put in its place (a copy, a restore from a stick): another inode.
            auto other = Database::open(dir.file("other.db"));
            other.reset();
            std::filesystem::rename(dir.file("other.db"), path);
        } else {
            // Other bytes written over it in place: the same inode, no SQLite header.
            std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
            const std::string junk(8192, 'x');
            f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
        }
        const EditResult after = edits.submit(test::as(AddNote{NoteKind::Note, "Na de schade", Visibility::Public}));
        CHECK_FALSE(after.ok());
        CHECK_THAT(after.storeError, Catch::Contains(replace ? "was replaced by another file" : "was overwritten"));
        CHECK(db->damaged());
        // Not confirmed, not shown; and every later edit is refused the same way.
        CHECK(edits.session().notes.back().text == "Voor de schade");
        CHECK_FALSE(edits.submit(test::as(AddNote{NoteKind::Note, "Nog een", Visibility::Public})).ok());
    }
}

namespace {
// A full disk, simulated: a VFS over the default one whose writes fail with SQLITE_FULL (as
// SQLite reports ENOSPC) while `full` is set. Registered as the default for one test only.
bool g_full = false;
sqlite3_vfs* g_real = nullptr;
struct FullFile {
    sqlite3_file base;
    sqlite3_file* real;  // the default VFS's file, right behind this struct
};
sqlite3_io_methods g_fullMethods;
int fullWrite(sqlite3_file* f, const void* data, int n, sqlite3_int64 at) {
    if (g_full) return SQLITE_FULL;
    auto* ff = reinterpret_cast<FullFile*>(f);
    return ff->real->pMethods->xWrite(ff->real, data, n, at);
}
int fullOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags) {
    auto* ff = reinterpret_cast<FullFile*>(f);
    ff->real = reinterpret_cast<sqlite3_file*>(ff + 1);
    const int rc = g_real->xOpen(g_real, name, ff->real, flags, outFlags);
    if (rc != SQLITE_OK || !ff->real->pMethods) {
        ff->base.pMethods = nullptr;
        return rc;
    }
    // Every method passes through to the real file, but for writing.
    g_fullMethods = *ff->real->pMethods;
    g_fullMethods.xClose = [](sqlite3_file* x) { auto* y = reinterpret_cast<FullFile*>(x); return y->real->pMethods->xClose(y->real); };
    g_fullMethods.xRead = [](sqlite3_file* x, void* d, int k, sqlite3_int64 o) { auto* y = reinterpret_cast<FullFile*>(x); return y->real->pMethods->xRead(y->real, d, k, o); };
    g_fullMethods.xWrite = fullWrite;
    g_fullMethods.xTruncate = [](sqlite3_file* x, sqlite3_int64 s) { auto* y = reinterpret_cast<FullFile*>(x); return g_full ? SQLITE_FULL : y->real->pMethods->xTruncate(y->real, s); };
    g_fullMethods.xSync = [](sqlite3_file* x, int fl) { auto* y = reinterpret_cast<FullFile*>(x); return y->real->pMethods->xSync(y->real, fl); };
    g_fullMethods.xFileSize = [](sqlite3_file* x, sqlite3_int64* s) { auto* y = reinterpret_cast<FullFile*>(x); return y->real->pMethods->xFileSize(y->real, s); };
    g_fullMethods.xLock = [](sqlite3_file* x, int l) { auto* y = reinterpret_cast<FullFile*>(x); return y->real->pMethods->xLock(y->real, l); };
    g_fullMethods.xUnlock = [](sqlite3_file* x, int l) { auto* y = reinterpret_cast<FullFile*>(x); return y->real->pMethods->xUnlock(y->real, l); };
    g_fullMethods.xCheckReservedLock = [](sqlite3_file* x, int* r) { auto* y = reinterpret_cast<FullFile*>(x); return y->real->pMethods->xCheckReservedLock(y->real, r); };
    g_fullMethods.xFileControl = [](sqlite3_file* x, int op, void* a) { auto* y = reinterpret_cast<FullFile*>(x); return y->real->pMethods->xFileControl(y->real, op, a); };
    g_fullMethods.xSectorSize = [](sqlite3_file* x) { auto* y = reinterpret_cast<FullFile*>(x); return y->real->pMethods->xSectorSize(y->real); };
    g_fullMethods.xDeviceCharacteristics = [](sqlite3_file* x) { auto* y = reinterpret_cast<FullFile*>(x); return y->real->pMethods->xDeviceCharacteristics(y->real); };
    // Growing the WAL's shared memory writes to the disk too: SQLite says SQLITE_IOERR_SHMSIZE.
    g_fullMethods.xShmMap = [](sqlite3_file* x, int pg, int sz, int ext, void volatile** p) { auto* y = reinterpret_cast<FullFile*>(x); return g_full && ext ? SQLITE_IOERR_SHMSIZE : y->real->pMethods->xShmMap(y->real, pg, sz, ext, p); };
    g_fullMethods.xShmLock = [](sqlite3_file* x, int o, int n, int fl) { auto* y = reinterpret_cast<FullFile*>(x); return y->real->pMethods->xShmLock(y->real, o, n, fl); };
    g_fullMethods.xShmBarrier = [](sqlite3_file* x) { auto* y = reinterpret_cast<FullFile*>(x); y->real->pMethods->xShmBarrier(y->real); };
    g_fullMethods.xShmUnmap = [](sqlite3_file* x, int d) { auto* y = reinterpret_cast<FullFile*>(x); return y->real->pMethods->xShmUnmap(y->real, d); };
    g_fullMethods.xFetch = nullptr;
    g_fullMethods.xUnfetch = nullptr;
    g_fullMethods.iVersion = 2;
    ff->base.pMethods = &g_fullMethods;
    return SQLITE_OK;
}
}  // namespace

TEST_CASE("a full disk at start is said to be full, not called a damaged database") {
    test::TempDir dir;
    g_real = sqlite3_vfs_find(nullptr);
    static sqlite3_vfs full = *g_real;
    full.zName = "wk-full";
    full.szOsFile = static_cast<int>(sizeof(FullFile)) + g_real->szOsFile;
    full.xOpen = fullOpen;
    REQUIRE(sqlite3_vfs_register(&full, 1) == SQLITE_OK);
    // A kiosk's database as a restart finds it (the WAL gone with the last connection), and a
    // new one, each opened on a full disk.
    { test::create(*Database::open(dir.file("kept.db")), test::smallSession()); }
    g_full = true;
    for (const char* name : {"kept.db", "new.db"}) {
        std::string said;
        StoreError::Kind kind = StoreError::Kind::Other;
        try {
            Database::open(dir.file(name));
        } catch (const StoreError& e) {
            said = e.what();
            kind = e.kind;
        }
        INFO(name << ": " << said);
        CHECK(kind == StoreError::Kind::DiskFull);
        CHECK(said.find("full") != std::string::npos);
        CHECK(said.find("damaged") == std::string::npos);
        CHECK(said.find('\n') == std::string::npos);
    }
    g_full = false;
    sqlite3_vfs_register(g_real, 1);
    sqlite3_vfs_unregister(&full);
}

// Issue 36: a pull or take-over brings in the archive's copy only while the log is where it was
// read; an edit committed in between (a second writer, the screen) is never replaced.
TEST_CASE("replace with ifHead refuses when an edit was logged since, and changes nothing") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    const std::int64_t id = test::create(*db, test::smallSession());
    Repository repo(*db);
    const auto head = repo.lastLogged(id);
    REQUIRE(head.seq > 0);
    {
        EditService edits(*db, id);  // the screen's edit, after the head was read
        REQUIRE(edits.submit({SubmitIdea{"Een bank bij de speeltuin", "groen", "", "", false, std::nullopt}, Role::Facilitator, "2026-12-07T16:00:00"}).ok());
    }
    const auto before = repo.load(id);
    Session theirs = test::smallSession();
    theirs.ideas.clear();
    CHECK_FALSE(repo.replace(id, theirs, {"2026-12-07T16:00:01", "system", "archive-pull", "from the archive", ""}, {7, 0}, head.seq));
    CHECK(repo.load(id).ideas.size() == before.ideas.size());
    CHECK(repo.archiveMark(id).revision == 0);
    CHECK(repo.lastLogged(id).command == "submit");
    // Read anew, the same replace goes through.
    CHECK(repo.replace(id, theirs, {"2026-12-07T16:00:02", "system", "archive-pull", "from the archive", ""}, {7, 0}, repo.lastLogged(id).seq));
    CHECK(repo.load(id).ideas.empty());
    CHECK(repo.archiveMark(id).revision == 7);
    CHECK(repo.lastLogged(id).command == "archive-pull");
}
