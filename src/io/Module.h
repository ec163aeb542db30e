// Modules: parts of the program with big libraries of their own (the document writers, the
// archive's PostgreSQL client), built as shared objects and loaded the first time they are
// needed, so a kiosk starts without mapping libraries most starts never use. The package still
// depends on those libraries; only when they are loaded changes.
#pragma once
#include <cstddef>
#include <string>

namespace wk::io {

// The first member of every module's table: which shape of table, its size, and which build
// (WK_BUILD_ID), as the module was built. A program calls only into a module of its own build: one
// upgraded under a running kiosk would pass Sessions and configs of another layout.
struct ModuleHead {
    int abi;
    std::size_t size;
    const char* build;
};

// Where the module `name` ("wijkkiosk-documents") is: beside the build's programs when this
// program runs from its build tree, else in the installed library folder (/usr/lib/<arch>/wijkkiosk).
std::string modulePath(const std::string& name);

// Loads the module once (later calls return the same) and returns what its C entry `entry`
// returns: its table of functions, which starts with a ModuleHead of `abi`, `size` and this
// program's build. Throws IoError for `what` ("make or read this document") naming the file when
// it is missing, broken or of another build; a failed load is tried again the next time.
const void* moduleTable(const std::string& name, const char* entry, const std::string& what, int abi, std::size_t size);

}  // namespace wk::io
