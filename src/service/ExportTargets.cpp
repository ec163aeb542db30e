#include "service/ExportTargets.h"

#include <cstdio>

#include "io/Clock.h"
#include "store/Repository.h"

namespace wk::service {

io::ExportGuard exportGuard(store::Database* db, const io::KioskConfig& config) {
    io::ExportGuard guard;
    guard.kept = io::keptFiles(db ? db->path() : "", config.file);
    if (!db) return guard;
    const auto stamp = [](const io::FileStamp& f) { return store::Repository::FileStamp{f.dev, f.ino, f.size, f.mtimeNs}; };
    guard.writtenByUs = [db, stamp](const io::FileStamp& f) {
        try {
            return store::Repository(*db).exportedHere(stamp(f));
        } catch (const store::StoreError&) {
            return false;  // not known: left alone
        }
    };
    guard.remember = [db, stamp](const io::FileStamp& f, const std::string& path) {
        try {
            store::Repository(*db).rememberExport(stamp(f), path, io::localDateTime());
        } catch (const store::StoreError& e) {
            // A read-only database: the file is written, only a later export will not replace it.
            std::fprintf(stderr, "wijkkiosk: %s: not remembered as an export (%s)\n", path.c_str(), e.what());
        }
    };
    return guard;
}

}  // namespace wk::service
