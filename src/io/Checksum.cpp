#include "io/Checksum.h"

#include <sodium.h>

#include "io/AtomicFile.h"

namespace wk::io {

std::string sha256Hex(std::string_view bytes) {
    static const int once = sodium_init();  // thread-safe; < 0 only without a random source
    if (once < 0) throw IoError("libsodium cannot start");
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

}  // namespace wk::io
