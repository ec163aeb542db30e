// Writing a file so that a reader, or a power cut, sees either the old file or the whole new one.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace wk::io {

struct IoError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Who may read a written file: what the umask allows (never widened), or its owner alone (a
// file holding residents' contacts, whatever the umask).
enum class FileAccess { AsUmask, OwnerOnly };

// Writes to a temporary file beside `path`, syncs it, then renames it over `path`.
// Throws IoError naming the path; on failure no temporary file is left behind.
void writeFileAtomically(const std::string& path, std::string_view data, FileAccess access = FileAccess::AsUmask);

// A file known by itself, not its name: device, inode, size and modification time.
struct FileStamp {
    std::int64_t dev = 0, ino = 0, size = 0, mtimeNs = 0;
};
// The stamp of the file at `path` (links followed), if there is one.
std::optional<FileStamp> stampOf(const std::string& path);

// What an export may never write over, and which existing files it may replace.
struct ExportGuard {
    struct Kept {
        std::string path, what;  // "/var/lib/wijkkiosk/wijkkiosk.db", "the kiosk's database"
    };
    // Compared by the file itself (device and inode, links followed), and by name for files that
    // come and go (a database's -wal and -shm).
    std::vector<Kept> kept;
    // Whether an existing regular file is one an earlier export of this kiosk wrote (empty: none
    // is), and remembering each file an export has just written.
    std::function<bool(const FileStamp&)> writtenByUs;
    std::function<void(const FileStamp&, const std::string& path)> remember;
};
// The kiosk's database with its -wal, -shm and -journal, and its config, as an export's kept files.
std::vector<ExportGuard::Kept> keptFiles(const std::string& dbPath, const std::string& configPath);

// Writes an export: refused (IoError naming the file, nothing written) onto a kept file under
// any name, or onto an existing file that no export of this kiosk wrote; otherwise as
// writeFileAtomically, and remembered.
void writeExport(const std::string& path, std::string_view data, const ExportGuard& guard, FileAccess access = FileAccess::AsUmask);

// Reads a whole regular file of at most `maxBytes`; throws IoError naming the path otherwise (a
// folder, a device, a pipe, or larger: `--config /dev/zero` is refused, not read for ever).
constexpr std::size_t kReadLimit = 64u * 1024 * 1024;
std::string readFile(const std::string& path, std::size_t maxBytes = kReadLimit);
// The same, read once per process and kept (thread-safe): the fonts, which the config check and
// the font atlas both need, the atlas again at each build. A file changed on disk since is read
// again; one that cannot be read is not kept: the next call tries again and throws the same way.
const std::string& readFileKept(const std::string& path, std::size_t maxBytes = kReadLimit);

}  // namespace wk::io
