// Where an export may write: never over the kiosk's database (under any name), its -wal or -shm,
// or its config; over an existing file only when an earlier export of this kiosk wrote it, as
// the database remembers. One guard for every door that exports.
#pragma once
#include "io/AtomicFile.h"
#include "io/Config.h"
#include "store/Sqlite.h"

namespace wk::service {

// `db` may be null (an export from the archive with no database here): then no existing file is
// replaced. The guard uses `db` while it lives.
io::ExportGuard exportGuard(store::Database* db, const io::KioskConfig& config);

}  // namespace wk::service
