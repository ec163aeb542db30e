// The archive's PostgreSQL client (libpq, with Kerberos, LDAP, SASL and OpenSSL behind it) is a
// module, wijkkiosk-postgres.so, loaded when a kiosk first reaches an archive (io/Module.h):
// Archive.cpp knows the archive's SQL, this table only how to talk to a server.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "io/Module.h"

namespace wk::io {

constexpr int kPostgresAbi = 1;

// A command's rows as text, row by row; `null` marks SQL NULLs.
struct PgRows {
    int rows = 0, columns = 0;
    std::vector<std::string> cells;
    std::vector<char> null;
};

struct PostgresTable {
    ModuleHead head;  // {abi, sizeof the table, WK_BUILD_ID} as the module was built
    // Connects without waiting past `timeoutSeconds` and gives up when `cancelled` says so;
    // throws ArchiveError naming `where` (the URL without its password).
    void* (*connect)(const std::string& url, int timeoutSeconds, const std::function<bool()>& cancelled, const std::string& where);
    void (*close)(void* conn);
    // One command with text parameters, or (`script`) several statements without any; throws
    // ArchiveError "what: the server's message".
    PgRows (*exec)(void* conn, const std::string& sql, const std::vector<std::string>& params, bool script, const std::string& what);
    // ROLLBACK, whatever it answers: after a command failed inside a transaction.
    void (*rollback)(void* conn);
    // The payloads of the notifications (LISTEN) that arrived, without waiting.
    std::vector<std::string> (*notifications)(void* conn, const std::string& where);
};

#define WK_POSTGRES_ENTRY "wk_postgres_table"

}  // namespace wk::io
