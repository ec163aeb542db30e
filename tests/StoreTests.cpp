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
#include "store/EditService.h"
#include "store/Repository.h"

using namespace wk;
using namespace wk::store;

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
        id = Repository(*db).create(s);
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
    const std::int64_t id = Repository(*db).create(test::smallSession());
    EditService edits(*db, id);
    Note n{"n7", "2026-11-22T20:30:00", "Besluit: pilot gaat door", NoteKind::Decision, Visibility::Public, 0};
    REQUIRE(edits.submit(Put<Note>{n}).ok());
    CHECK(edits.session().notes.back().seq == 3);  // seq 0: placed at the end
    const auto onDisk = [&] {
        auto other = Database::open(path, Database::Mode::ReadOnly);  // a second reader
        return Repository(*other).load(id).notes.size();
    };
    CHECK(onDisk() == 3);
    REQUIRE(edits.undo().ok());
    CHECK(onDisk() == 2);
    CHECK(edits.session().notes.size() == 2);
    REQUIRE(edits.redo().ok());
    CHECK(onDisk() == 3);
    CHECK(edits.revision() > 0);
}

TEST_CASE("a refused edit changes nothing, in memory or on disk") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    const std::int64_t id = Repository(*db).create(test::smallSession());
    EditService edits(*db, id);
    const auto revisionBefore = edits.revision();
    Idea blank;
    blank.id = "i9";
    blank.text = "   ";
    const EditResult r = edits.submit(Put<Idea>{blank});
    REQUIRE(r.problem);
    CHECK(r.problem->code == "text_empty");
    CHECK(edits.session().ideas.size() == 2);
    CHECK(Repository(*db).load(id).ideas.size() == 2);
    CHECK_FALSE(edits.canUndo());
    CHECK(edits.revision() == revisionBefore);
}

TEST_CASE("two sessions opened one after the other never share a revision") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    const auto a = Repository(*db).create(test::smallSession());
    const auto b = Repository(*db).create(test::smallSession());
    EditService first(*db, a);
    EditService second(*db, b);
    CHECK(first.revision() != second.revision());
}

TEST_CASE("a new edit clears redo; undo goes back step by step") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    EditService edits(*db, Repository(*db).create(test::smallSession()));
    Idea i = edits.session().ideas[0];
    for (const char* t : {"een", "twee", "drie"}) {
        i.text = t;
        REQUIRE(edits.submit(Put<Idea>{i}).ok());
    }
    REQUIRE(edits.undo().ok());
    CHECK(edits.session().ideas[0].text == "twee");
    REQUIRE(edits.undo().ok());
    CHECK(edits.session().ideas[0].text == "een");
    i.text = "vier";
    REQUIRE(edits.submit(Put<Idea>{i}).ok());
    CHECK_FALSE(edits.canRedo());
    CHECK(edits.redo().problem->code == "nothing_to_redo");
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
        Repository(*db).create(test::smallSession());
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
        id = Repository(*db).create(test::smallSession());
    }
    // Root ignores file modes, so the read-only case is opened read-only as SQLite sees it.
    auto db = Database::open(path, Database::Mode::ReadOnly);
    EditService edits(*db, id);
    Note n{"n8", "", "Dit kan niet worden bewaard", NoteKind::Note, Visibility::Public, 0};
    const EditResult r = edits.submit(Put<Note>{n});
    CHECK_FALSE(r.ok());
    CHECK(r.storeError.find("read-only") != std::string::npos);
    CHECK(edits.session().notes.size() == 2);
    if (::geteuid() != 0) {  // as a normal user the file mode itself is honoured too
        ::chmod(path.c_str(), 0444);
        CHECK_THROWS_AS(Database::open(path), StoreError);
    }
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
        id = Repository(*db).create(test::smallSession());
    }
    const test::Child child = test::forkReporting([&](int report) {
        // A file-size limit stands in for a full disk; the signal would otherwise kill us.
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit lim{256 * 1024, 256 * 1024};
        ::setrlimit(RLIMIT_FSIZE, &lim);
        auto db = Database::open(path);
        EditService edits(*db, id);
        for (int k = 1; k < 10000; ++k) {
            Note n{"f" + std::to_string(k), "", std::string(2000, 'x'), NoteKind::Note, Visibility::Public, 0};
            const EditResult r = edits.submit(Put<Note>{n});
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

TEST_CASE("a batch is stored whole or not at all, and undone in one step") {
    test::TempDir dir;
    auto db = Database::open(dir.file("k.db"));
    const std::int64_t id = Repository(*db).create(test::smallSession());
    EditService edits(*db, id);
    Idea a = edits.session().ideas[0], b = edits.session().ideas[1];
    a.votes += b.votes;
    b.hidden = true;
    b.hiddenReason = "Samengevoegd";
    Idea blank = b;
    blank.id = "i9";
    blank.text = " ";
    // The second command is refused: the first must not be stored either.
    CHECK(edits.submit(std::vector<Command>{Put<Idea>{a}, Put<Idea>{blank}}).problem->code == "text_empty");
    CHECK(Repository(*db).load(id).ideas[0].votes == 4);
    REQUIRE(edits.submit(std::vector<Command>{Put<Idea>{a}, Put<Idea>{b}}).ok());
    Session stored = Repository(*db).load(id);
    CHECK(stored.ideas[0].votes == 8);
    CHECK(stored.ideas[1].hidden);
    CHECK(stored.ideas[1].hiddenReason == "Samengevoegd");
    REQUIRE(edits.undo().ok());  // one step undoes both
    stored = Repository(*db).load(id);
    CHECK(stored.ideas[0].votes == 4);
    CHECK_FALSE(stored.ideas[1].hidden);
    CHECK_FALSE(edits.canUndo());
}
