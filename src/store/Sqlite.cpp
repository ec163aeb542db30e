#include "store/Sqlite.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>

namespace wk::store {
namespace {

StoreError::Kind kindOf(int code) {
    // A write or sync the disk refused is, for the person at the kiosk, a full or failing disk.
    // So is growing the WAL's shared memory (SHMSIZE): on a full disk even reading needs it.
    if (code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC || code == SQLITE_IOERR_TRUNCATE || code == SQLITE_IOERR_SHMSIZE)
        return StoreError::Kind::DiskFull;
    switch (code & 0xFF) {
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB: return StoreError::Kind::Corrupt;
        case SQLITE_READONLY: return StoreError::Kind::ReadOnly;
        case SQLITE_FULL: return StoreError::Kind::DiskFull;
        case SQLITE_CANTOPEN: return StoreError::Kind::CannotOpen;
        default: return StoreError::Kind::Other;
    }
}

std::string explain(StoreError::Kind k) {
    switch (k) {
        case StoreError::Kind::Corrupt: return "the file is damaged or is not a database";
        case StoreError::Kind::ReadOnly: return "the file or its folder is read-only";
        case StoreError::Kind::DiskFull: return "the disk is full or refused the write";
        case StoreError::Kind::CannotOpen: return "the file cannot be opened";
        default: return "";
    }
}

}  // namespace

Statement::Statement(sqlite3* db, const char* sql) : db_(db) {
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK)
        throw StoreError(kindOf(rc), std::string("cannot prepare SQL: ") + sqlite3_errmsg(db));
}
Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int i, const std::string& v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
}
Statement& Statement::bind(int i, std::int64_t v) { sqlite3_bind_int64(stmt_, i, v); return *this; }
Statement& Statement::bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); return *this; }
Statement& Statement::bindNull(int i) { sqlite3_bind_null(stmt_, i); return *this; }

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    const std::string msg = sqlite3_errmsg(db_);
    reset();
    const auto kind = kindOf(rc);
    throw StoreError(kind, explain(kind).empty() ? msg : explain(kind) + " (" + msg + ")");
}
void Statement::run() {
    while (step()) {}
    reset();
}
void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int c) const {
    const auto* p = sqlite3_column_text(stmt_, c);
    return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, c)) : std::string();
}
std::int64_t Statement::integer(int c) const { return sqlite3_column_int64(stmt_, c); }
double Statement::real(int c) const { return sqlite3_column_double(stmt_, c); }
bool Statement::isNull(int c) const { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
std::optional<int> Statement::optInt(int c) const {
    if (isNull(c)) return std::nullopt;
    return static_cast<int>(integer(c));
}

Database::~Database() {
    cache_.clear();
    sqlite3_close_v2(db_);
}

void Database::fail(int code, const std::string& what) const {
    const auto kind = kindOf(code);
    std::string msg = what + ": " + path_ + ": " + (explain(kind).empty() ? sqlite3_errmsg(db_) : explain(kind));
    throw StoreError(kind, msg);
}

Statement& Database::prepare(const char* sql) {
    auto& slot = cache_[sql];
    if (!slot) slot = std::make_unique<Statement>(db_, sql);
    return *slot;
}

void Database::exec(const char* sql) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK) fail(rc, "cannot write the database");
}

int Database::userVersion() {
    auto& st = prepare("PRAGMA user_version");
    st.step();
    const int v = static_cast<int>(st.integer(0));
    st.reset();
    return v;
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(db_); }

Database::Transaction::Transaction(Database& db) : db_(db) {
    db_.checkIntact();
    db_.exec("BEGIN IMMEDIATE");
}

void Database::checkIntact() {
    const auto damaged = [&](const std::string& what) {
        damaged_ = true;
        throw StoreError(StoreError::Kind::Corrupt, "the database " + path_ + " " + what +
                                                        " while the kiosk ran: nothing more is saved; restart the kiosk");
    };
    if (damaged_) damaged("was damaged");
    if (!watched_) return;
    struct stat st {};
    if (::stat(path_.c_str(), &st) != 0) damaged("was removed");
    if (static_cast<std::uint64_t>(st.st_dev) != dev_ || static_cast<std::uint64_t>(st.st_ino) != ino_) damaged("was replaced by another file");
    // Overwritten in place keeps the inode: the header tells. Read through SQLite's own handle:
    // closing a descriptor of our own on the file would drop every POSIX lock this process holds
    // on it, SQLite's included, and another connection closing could then take this one's WAL.
    char header[16] = {};
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db_, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file || !file->pMethods) return;
    const int rc = file->pMethods->xRead(file, header, sizeof header, 0);
    if (rc == SQLITE_OK && std::memcmp(header, "SQLite format 3", 16) != 0) damaged("was overwritten");
}
Database::Transaction::~Transaction() {
    if (!done_) sqlite3_exec(db_.db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

int Database::changes() const { return sqlite3_changes(db_); }

std::int64_t Database::dataVersion() {
    auto& st = prepare("PRAGMA data_version");
    st.step();
    const auto v = st.integer(0);
    st.reset();
    return v;
}
void Database::Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

std::unique_ptr<Database> Database::open(const std::string& path, Mode mode) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const bool exists = fs::exists(path, ec);
    if (mode == Mode::ReadOnly && !exists)
        throw StoreError(StoreError::Kind::CannotOpen, "no database at " + path);
    if (mode == Mode::ReadWrite && exists && ::access(path.c_str(), W_OK) != 0)
        throw StoreError(StoreError::Kind::ReadOnly, "cannot save to " + path + ": the file is read-only");

    // A folder or a device named as the database: one clear line, nothing created.
    if (exists && !fs::is_regular_file(path, ec))
        throw StoreError(StoreError::Kind::CannotOpen, path + (fs::is_directory(path, ec) ? " is a folder" : " is not a regular file") +
                                                           ", not a database file: name the database file itself");
    int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    // Read-only on a read-only file or folder: SQLite cannot make the WAL's shared-memory file
    // there, so the file is read as it is (immutable), which nobody can change meanwhile anyway.
    std::string name = path;
    const std::string folder = fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string();
    if (mode == Mode::ReadOnly && (::access(path.c_str(), W_OK) != 0 || ::access(folder.c_str(), W_OK) != 0)) {
        name = "file:";
        for (char ch : fs::absolute(path, ec).string()) {
            if (ch == '%' || ch == '?' || ch == '#') {
                static const char* hex = "0123456789ABCDEF";
                name += '%';
                name += hex[(static_cast<unsigned char>(ch) >> 4) & 15];
                name += hex[static_cast<unsigned char>(ch) & 15];
            } else {
                name += ch;
            }
        }
        name += "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK) db->fail(rc, "cannot open the database");
    sqlite3_extended_result_codes(raw, 1);
    // Another writer (a second kiosk, the phone server) holds the lock for milliseconds: wait for
    // it, generously, rather than fail an edit on a busy machine.
    sqlite3_busy_timeout(raw, 60000);

    // Reading the schema first makes a damaged or foreign file fail before anything is written.
    try {
        auto& probe = db->prepare("SELECT count(*) FROM sqlite_master");
        probe.step();
        probe.reset();
    } catch (const StoreError& e) {
        // Damaged only when SQLite says so; a disk that refuses, or anything else, is named as that.
        const std::string why = explain(e.kind).empty() ? "the disk or the file refused to be read" : explain(e.kind);
        throw StoreError(e.kind, "cannot read the database " + path + ": " + why + " (" + e.what() + "); it was left as it is");
    }
    auto& check = db->prepare("PRAGMA quick_check");
    check.step();
    const std::string verdict = check.text(0);
    check.reset();
    if (verdict != "ok") {
        // SQLite's verdict spans lines ("*** in database main ***\nPage 2: ..."): one line, short.
        std::string said;
        for (char ch : verdict) said += ch == '\n' || ch == '\r' ? ' ' : ch;
        if (said.rfind("*** in database main *** ", 0) == 0) said.erase(0, 25);
        if (said.size() > 160) said = said.substr(0, 157) + "...";
        throw StoreError(StoreError::Kind::Corrupt, "the database " + path + " is damaged (" + said +
                                                        "); it was left as it is: restore a copy, or import the meeting's session file");
    }

    auto& appId = db->prepare("PRAGMA application_id");
    appId.step();
    const auto id = appId.integer(0);
    appId.reset();
    auto& tables = db->prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    tables.step();
    const auto tableCount = tables.integer(0);
    tables.reset();
    if (id != kApplicationId && tableCount > 0)
        throw StoreError(StoreError::Kind::NotOurs, path + " is a database of another program; it was left as it is");
    const int version = db->userVersion();
    if (version > kSchemaVersion)
        throw StoreError(StoreError::Kind::NewerVersion,
                         path + " was written by a newer wijkkiosk (schema " + std::to_string(version) +
                             ", this one knows up to " + std::to_string(kSchemaVersion) +
                             "); it was left as it is: update the kiosk");

    db->exec("PRAGMA foreign_keys = ON");
    if (mode == Mode::ReadWrite) {
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA synchronous = FULL");
        // What is deleted is overwritten, not left in a free page: a closed poll's answers and
        // pseudonyms, a purged resident's name.
        db->exec("PRAGMA secure_delete = ON");
        migrate(*db);
    }
    struct stat st {};
    if (path != ":memory:" && !path.empty() && ::stat(path.c_str(), &st) == 0) {
        db->watched_ = true;
        db->dev_ = static_cast<std::uint64_t>(st.st_dev);
        db->ino_ = static_cast<std::uint64_t>(st.st_ino);
    }
    return db;
}

}  // namespace wk::store
