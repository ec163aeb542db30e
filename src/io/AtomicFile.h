// Writing a file so that a reader, or a power cut, sees either the old file or the whole new one.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

namespace wk::io {

struct IoError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Writes to a temporary file beside `path`, syncs it, then renames it over `path`.
// Throws IoError naming the path; on failure no temporary file is left behind.
void writeFileAtomically(const std::string& path, std::string_view data);

// Reads a whole file; throws IoError naming the path.
std::string readFile(const std::string& path);

}  // namespace wk::io
