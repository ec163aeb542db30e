// libFuzzer target: the session import. Any input is either a session or an ImportError; a
// session that imports must export and import again to the same JSON (the round trip).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "io/SessionJson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    wk::Session s;
    try {
        s = wk::io::sessionFromJson(text);
    } catch (const wk::io::ImportError&) {
        return 0;
    }
    const std::string once = wk::io::sessionToJson(s);
    if (wk::io::sessionToJson(wk::io::sessionFromJson(once)) != once) std::abort();  // the round trip broke
    return 0;
}
