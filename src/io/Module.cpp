#include "io/Module.h"

#include <dlfcn.h>
#include <unistd.h>

#include <map>
#include <mutex>

#include <cstring>

#include "BuildId.h"
#include "io/AtomicFile.h"

namespace wk::io {

std::string modulePath(const std::string& name) {
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    const std::string exe = n > 0 ? std::string(self, static_cast<std::size_t>(n)) : std::string();
    const std::string build = WK_BUILD_DIR;
    if (!build.empty() && exe.compare(0, build.size() + 1, build + "/") == 0) return build + "/" + name + ".so";
    return std::string(WK_MODULE_DIR) + "/" + name + ".so";
}

const void* moduleTable(const std::string& name, const char* entry, const std::string& what, int abi, std::size_t size) {
    static std::mutex mutex;
    static std::map<std::string, const void*> loaded;
    const std::lock_guard<std::mutex> lock(mutex);
    if (const auto it = loaded.find(name); it != loaded.end()) return it->second;
    const std::string path = modulePath(name);
    // Its libraries bound now: a broken install fails here, with its reason, not in mid-export.
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* error = ::dlerror();  // once: a second call returns nothing
        std::string why = error ? error : "unknown reason";
        if (why.compare(0, path.size() + 2, path + ": ") == 0) why.erase(0, path.size() + 2);  // dlerror names the file again
        throw IoError("cannot " + what + ": " + path + " cannot be loaded (" + why + "); reinstall wijkkiosk");
    }
    using Entry = const void* (*)();
    const auto get = reinterpret_cast<Entry>(::dlsym(handle, entry));
    const void* table = get ? get() : nullptr;
    if (!table) {
        ::dlclose(handle);
        throw IoError("cannot " + what + ": " + path + " is not a wijkkiosk module; reinstall wijkkiosk");
    }
    const auto* head = static_cast<const ModuleHead*>(table);
    if (head->abi != abi || head->size != size || !head->build || std::strcmp(head->build, WK_BUILD_ID) != 0) {
        ::dlclose(handle);
        throw IoError("cannot " + what + ": " + path + " is from another build of wijkkiosk (" + (head->build ? head->build : "?") +
                      ", this program " WK_BUILD_ID "): restart the kiosk after an upgrade, or reinstall wijkkiosk");
    }
    // Kept loaded for the life of the program: its functions are called from now on.
    return loaded.emplace(name, table).first->second;
}

}  // namespace wk::io
