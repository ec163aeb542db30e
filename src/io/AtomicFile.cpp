#include "io/AtomicFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

namespace wk::io {
namespace {

[[noreturn]] void failWith(const std::string& what, const std::string& path, int err) {
    throw IoError(what + " " + path + ": " + std::strerror(err));
}

// The process's umask, read without changing it (umask() can only be read by setting it, which
// another thread could see half-way): Linux shows it in /proc/self/status.
mode_t currentUmask() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Umask:", 0) == 0) return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
    return 022;
}

}  // namespace

void writeFileAtomically(const std::string& path, std::string_view data, FileAccess access) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    // Only a regular file is replaced, or a new one made: renaming over a device (run as root,
    // /dev/full would become a file), a folder or a link would destroy what it is.
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
        const char* what = S_ISDIR(st.st_mode) ? "a folder" : S_ISLNK(st.st_mode) ? "a link" : "a device or other special file";
        throw IoError(path + " is " + what + ", not a file: nothing written (name a new file or a regular one)");
    }
    fs::path dir = target.parent_path();
    if (dir.empty()) dir = ".";
    std::string name = ".";  // appended piecewise: GCC 12 warns falsely (-Wrestrict) on "." + string
    name += target.filename().string();
    name += ".tmp-XXXXXX";
    std::string tmpl = (dir / name).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) failWith("cannot write", path, errno);
    const auto abandon = [&](int err) {
        ::close(fd);
        ::unlink(tmpl.c_str());
        failWith("cannot write", path, err);
    };
    for (std::size_t done = 0; done < data.size();) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            abandon(errno);
        }
        done += static_cast<std::size_t>(n);
    }
    // mkstemp made it 0600; a new file gets what the umask allows (a unit's UMask=0027 keeps the
    // world out), one with contacts stays its owner's.
    const mode_t mode = access == FileAccess::OwnerOnly ? 0600 : (0666 & ~currentUmask());
    if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) abandon(errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpl.c_str());
        failWith("cannot write", path, err);
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmpl.c_str());
        failWith("cannot write", path, err);
    }
    // The rename itself is durable only once the folder is synced.
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

std::optional<FileStamp> stampOf(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    return FileStamp{static_cast<std::int64_t>(st.st_dev), static_cast<std::int64_t>(st.st_ino), static_cast<std::int64_t>(st.st_size),
                     static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

std::vector<ExportGuard::Kept> keptFiles(const std::string& dbPath, const std::string& configPath) {
    std::vector<ExportGuard::Kept> out;
    if (!dbPath.empty() && dbPath != ":memory:") {
        out.push_back({dbPath, "the kiosk's database"});
        for (const char* end : {"-wal", "-shm", "-journal"}) out.push_back({dbPath + end, "a file of the kiosk's database"});
    }
    if (!configPath.empty()) out.push_back({configPath, "the kiosk's config"});
    return out;
}

void writeExport(const std::string& path, std::string_view data, const ExportGuard& guard, FileAccess access) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path named = fs::weakly_canonical(path, ec);
    const auto target = stampOf(path);
    for (const auto& k : guard.kept) {
        const auto kept = stampOf(k.path);
        const bool same = (target && kept && target->dev == kept->dev && target->ino == kept->ino) ||
                          (!named.empty() && named == fs::weakly_canonical(k.path, ec));
        if (same) throw IoError("cannot export to " + path + ": it is " + k.what + " (" + k.path + "); nothing written, name another file");
    }
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && !(guard.writtenByUs && target && guard.writtenByUs(*target)))
        throw IoError("cannot export to " + path +
                      ": the file exists and no export of this kiosk wrote it; nothing written (name a new file, or remove that one first)");
    writeFileAtomically(path, data, access);
    if (guard.remember)
        if (const auto made = stampOf(path)) guard.remember(*made, fs::absolute(path, ec).string());
}

std::string readFile(const std::string& path, std::size_t maxBytes) {
    // Non-blocking open: a FIFO named as a file must not hang the reader (or its SIGTERM).
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) failWith("cannot read", path, errno);
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        failWith("cannot read", path, err);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        throw IoError("cannot read " + path + ": " + (S_ISDIR(st.st_mode) ? "it is a folder" : "it is not a regular file (a device or a pipe)"));
    }
    if (static_cast<std::uint64_t>(st.st_size) > maxBytes) {
        ::close(fd);
        throw IoError("cannot read " + path + ": larger than " + std::to_string(maxBytes / (1024 * 1024)) + " MiB");
    }
    std::string out;
    // One byte more than the file: the read that finds its end needs room, and growing the
    // string there would copy all of it (a font is 700 KB, each page of it a page fault).
    out.resize(static_cast<std::size_t>(st.st_size) + 1);
    std::size_t done = 0;
    for (;;) {
        if (done == out.size()) out.resize(out.size() + 4096);  // it grew while read: up to the cap
        const ssize_t n = ::read(fd, out.data() + done, out.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            failWith("cannot read", path, err);
        }
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
        if (done > maxBytes) {
            ::close(fd);
            throw IoError("cannot read " + path + ": larger than " + std::to_string(maxBytes / (1024 * 1024)) + " MiB");
        }
    }
    ::close(fd);
    out.resize(done);
    return out;
}

const std::string& readFileKept(const std::string& path, std::size_t maxBytes) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<const std::string>> kept;  // node addresses stay put
    // By name and by what stat says of it: a file replaced since (a new font installed) is read again.
    struct stat st {};
    std::string key = path;
    if (::stat(path.c_str(), &st) == 0)
        key += '\0' + std::to_string(st.st_ino) + '.' + std::to_string(st.st_size) + '.' + std::to_string(st.st_mtim.tv_sec) + '.' +
               std::to_string(st.st_mtim.tv_nsec);
    const std::lock_guard<std::mutex> lock(mutex);
    auto& slot = kept[key];
    if (!slot) slot = std::make_unique<const std::string>(readFile(path, maxBytes));
    if (slot->size() > maxBytes) throw IoError("cannot read " + path + ": larger than " + std::to_string(maxBytes / (1024 * 1024)) + " MiB");
    return *slot;
}

}  // namespace wk::io
