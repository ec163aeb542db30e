// A thin RAII layer over SQLite: prepared statements only, cached; transactions that roll back
// unless committed; every failure classified so the kiosk can say what is wrong.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace wk::store {

class StoreError : public std::runtime_error {
public:
    enum class Kind { Corrupt, NewerVersion, ReadOnly, DiskFull, NotOurs, CannotOpen, Other };
    StoreError(Kind k, const std::string& msg) : std::runtime_error(msg), kind(k) {}
    Kind kind;
};

class Statement {
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const std::string& v);
    Statement& bind(int index, std::int64_t v);
    Statement& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
    Statement& bind(int index, bool v) { return bind(index, static_cast<std::int64_t>(v ? 1 : 0)); }
    Statement& bind(int index, double v);
    Statement& bindNull(int index);
    template <class T> Statement& bind(int index, const std::optional<T>& v) {
        return v ? bind(index, *v) : bindNull(index);
    }
    // Binds the arguments to ?1, ?2, ... in order.
    template <class... A> Statement& with(const A&... args) {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    bool step();  // true while a row is ready
    void run();   // steps to the end, then resets
    void reset();

    std::string text(int col) const;
    std::int64_t integer(int col) const;
    double real(int col) const;
    bool isNull(int col) const;
    std::optional<int> optInt(int col) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };
    // Opens (and in ReadWrite creates and migrates) a kiosk database. Throws StoreError, and
    // then has changed nothing in the file.
    static std::unique_ptr<Database> open(const std::string& path, Mode mode = Mode::ReadWrite);
    ~Database();

    Statement& prepare(const char* sql);  // cached by its text
    void exec(const char* sql);           // for fixed SQL without parameters
    int userVersion();
    std::int64_t lastInsertId() const;
    int changes() const;  // rows changed by the last statement
    // Changes whenever another connection (another process) commits to the file.
    std::int64_t dataVersion();
    const std::string& path() const { return path_; }
    sqlite3* handle() { return db_; }
    // The file watched: replaced, removed or overwritten under the kiosk (another inode, or no
    // SQLite header any more), or reported corrupt by SQLite, it is damaged for good: every
    // write transaction then throws StoreError(Corrupt) instead of confirming an edit.
    void checkIntact();
    void markDamaged() { damaged_ = true; }
    bool damaged() const { return damaged_; }

    class Transaction {
    public:
        explicit Transaction(Database& db);
        ~Transaction();
        void commit();
    private:
        Database& db_;
        bool done_ = false;
    };

    // Turns the SQLite error code into a StoreError naming `what` and the file.
    [[noreturn]] void fail(int code, const std::string& what) const;

private:
    Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
    sqlite3* db_;
    std::string path_;
    std::map<const char*, std::unique_ptr<Statement>> cache_;
    bool watched_ = false, damaged_ = false;
    std::uint64_t dev_ = 0, ino_ = 0;  // the file's identity when it was opened
};

constexpr int kSchemaVersion = 17;
// A random (version 4) UUID made by SQLite itself, from its own source of randomness.
#define WK_UUID_SQL                                                                                        \
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || " \
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
constexpr std::int32_t kApplicationId = 0x574B4B31;  // "WKK1": marks the file as ours
void migrate(Database& db);

}  // namespace wk::store
