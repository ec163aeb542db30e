#include "io/AtomicFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace wk::io {
namespace {

[[noreturn]] void failWith(const std::string& what, const std::string& path, int err) {
    throw IoError(what + " " + path + ": " + std::strerror(err));
}

}  // namespace

void writeFileAtomically(const std::string& path, std::string_view data) {
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
    if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) abandon(errno);
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

std::string readFile(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw IoError("cannot read " + path + ": it is a folder");
    std::ifstream in(path, std::ios::binary);
    if (!in) failWith("cannot read", path, errno ? errno : ENOENT);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace wk::io
