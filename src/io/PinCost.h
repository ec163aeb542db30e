// How much work (and memory) hashing the facilitator PIN takes, on its own so the config can
// name it without pulling in the hashing itself.
#pragma once

namespace wk::io {

// libsodium's interactive cost for a kiosk; the minimum for tests under a sanitizer.
enum class PinCost { Interactive, Minimal };

}  // namespace wk::io
