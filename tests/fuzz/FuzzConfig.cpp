// libFuzzer target: the config parser. Any input either parses or is refused with a
// ConfigError; nothing else may escape, crash or trip a sanitizer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/Config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        wk::io::parseConfig(text, "fuzz.toml");
    } catch (const wk::io::ConfigError&) {
    }
    return 0;
}
