// libFuzzer target: the replay script parser. Any input is either a list of steps or a
// ScriptError naming the line; nothing else may escape.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "app/Replay.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        wk::app::parseScript(text, "fuzz.wks");
    } catch (const wk::app::ScriptError&) {
    }
    return 0;
}
