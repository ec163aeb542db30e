#include "io/PinHash.h"

#include <sodium.h>

#include "io/AtomicFile.h"

namespace wk::io {
namespace {
void ready() {
    static const int once = sodium_init();  // thread-safe; < 0 only without a random source
    if (once < 0) throw IoError("libsodium cannot start (no random source)");
}
}  // namespace

std::string hashPin(const std::string& pin, PinCost cost) {
    ready();
    char out[crypto_pwhash_STRBYTES];
    const auto ops = cost == PinCost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const auto mem = cost == PinCost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    if (crypto_pwhash_str_alg(out, pin.data(), pin.size(), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw IoError("cannot hash the PIN (out of memory)");
    return out;
}

bool verifyPin(const std::string& hash, const std::string& pin) {
    if (!isPinHash(hash)) return false;
    ready();
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

bool isPinHash(const std::string& text) {
    return text.rfind("$argon2id$", 0) == 0 && text.size() < crypto_pwhash_STRBYTES;
}

}  // namespace wk::io
