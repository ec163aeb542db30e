// A file of our own in the temporary folder, removed when it goes: for libraries that write to
// a path (libxlsxwriter), whose bytes the caller then reads.
#pragma once
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "io/AtomicFile.h"

namespace wk::io {

struct TempFile {
    std::string path;
    explicit TempFile(const char* what = "file") {
        const char* dir = std::getenv("TMPDIR");
        const std::string folder = dir && *dir ? dir : "/tmp";
        std::string tmpl = folder + "/wijkkiosk-" + what + "-XXXXXX";
        const int fd = ::mkstemp(tmpl.data());
        if (fd < 0) throw IoError("cannot make a temporary file in " + folder);
        ::close(fd);
        path = tmpl;
    }
    ~TempFile() { ::unlink(path.c_str()); }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
};

}  // namespace wk::io
