// SHA-256 (FIPS 180-4), for the facilitator PIN: the config keeps only its hash.
#pragma once
#include <string>
#include <string_view>

namespace wk {

std::string sha256Hex(std::string_view data);

// The hash the config stores for a PIN; the salt makes a leaked config less useful.
inline std::string pinHash(std::string_view pin) { return sha256Hex(std::string("wijkkiosk-pin:") + std::string(pin)); }

}  // namespace wk
