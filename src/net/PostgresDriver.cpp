// The postgres module (PostgresModule.h): libpq behind a table of five functions.
#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <chrono>

#include "BuildId.h"
#include "net/Archive.h"
#include "net/PostgresModule.h"

namespace wk::io {
namespace {

std::string oneLine(std::string message) {
    while (!message.empty() && message.back() == '\n') message.pop_back();
    std::replace(message.begin(), message.end(), '\n', ' ');
    return message;
}

void* connect(const std::string& url, int timeoutSeconds, const std::function<bool()>& cancelled, const std::string& where) {
    // Connected without blocking (libpq's polling), so the wait is ours to bound and to cut
    // short. A URL or a "key=value" string both work.
    const char* keys[] = {"dbname", "connect_timeout", "application_name", nullptr};
    const std::string timeout = std::to_string(std::max(2, timeoutSeconds));
    const char* values[] = {url.c_str(), timeout.c_str(), "wijkkiosk", nullptr};
    PGconn* pg = PQconnectStartParams(keys, values, 1);
    const auto fail = [&](const std::string& why) {
        if (pg) PQfinish(pg);
        throw ArchiveError("archive " + where + why);
    };
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(std::max(2, timeoutSeconds));
    for (PostgresPollingStatusType st = PGRES_POLLING_WRITING; pg && PQstatus(pg) != CONNECTION_BAD;) {
        if (st == PGRES_POLLING_OK) break;
        if (std::chrono::steady_clock::now() > deadline) fail(" not reachable: no answer in " + timeout + " s");
        if (cancelled && cancelled()) fail(": connecting given up");
        pollfd p{PQsocket(pg), static_cast<short>(st == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        if (p.fd >= 0 && ::poll(&p, 1, 100) == 0) continue;  // nothing yet: ask again
        st = PQconnectPoll(pg);
    }
    if (!pg || PQstatus(pg) != CONNECTION_OK) fail(" not reachable: " + oneLine(pg ? PQerrorMessage(pg) : "out of memory"));
    return pg;
}

void close(void* conn) { PQfinish(static_cast<PGconn*>(conn)); }

PgRows exec(void* conn, const std::string& sql, const std::vector<std::string>& params, bool script, const std::string& what) {
    auto* pg = static_cast<PGconn*>(conn);
    std::vector<const char*> values;
    for (const auto& p : params) values.push_back(p.c_str());
    PGresult* r = script ? PQexec(pg, sql.c_str())
                         : PQexecParams(pg, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const std::string message = oneLine(r ? PQresultErrorMessage(r) : PQerrorMessage(pg));
        if (r) PQclear(r);
        throw ArchiveError(what + ": " + message);
    }
    PgRows out;
    out.rows = PQntuples(r);
    out.columns = PQnfields(r);
    out.cells.reserve(static_cast<std::size_t>(out.rows) * static_cast<std::size_t>(out.columns));
    for (int row = 0; row < out.rows; ++row)
        for (int col = 0; col < out.columns; ++col) {
            const bool null = PQgetisnull(r, row, col);
            out.cells.emplace_back(null ? "" : PQgetvalue(r, row, col), null ? 0 : static_cast<std::size_t>(PQgetlength(r, row, col)));
            out.null.push_back(null);
        }
    PQclear(r);
    return out;
}

void rollback(void* conn) { PQclear(PQexec(static_cast<PGconn*>(conn), "ROLLBACK")); }

std::vector<std::string> notifications(void* conn, const std::string& where) {
    auto* pg = static_cast<PGconn*>(conn);
    if (!PQconsumeInput(pg)) throw ArchiveError("archive " + where + ": " + oneLine(PQerrorMessage(pg)));
    std::vector<std::string> out;
    while (PGnotify* n = PQnotifies(pg)) {
        out.emplace_back(n->extra ? n->extra : "");
        PQfreemem(n);
    }
    return out;
}

}  // namespace
}  // namespace wk::io

extern "C" __attribute__((visibility("default"))) const void* wk_postgres_table() {
    using namespace wk::io;
    static const PostgresTable table{{kPostgresAbi, sizeof(PostgresTable), WK_BUILD_ID}, &connect, &close, &exec, &rollback, &notifications};
    return &table;  // a PostgresTable (io::moduleTable knows no types)
}
