// A file's fingerprint for the archive (issue 35): SHA-256 through libsodium, as lower-case hex,
// the form sha256sum prints and MDTO's checksumWaarde holds.
#pragma once
#include <string>
#include <string_view>

namespace wk::io {

std::string sha256Hex(std::string_view bytes);

}  // namespace wk::io
