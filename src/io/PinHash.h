// The facilitator PIN as a slow, salted password hash (libsodium's Argon2id), so reading the
// config or the database does not give the PIN away: 10,000 four-digit PINs take hours to try
// at the interactive cost instead of a blink.
#pragma once
#include <string>

#include "io/PinCost.h"

namespace wk::io {

// "$argon2id$v=19$m=...,t=...,p=1$salt$hash". Throws IoError when libsodium cannot (out of memory).
std::string hashPin(const std::string& pin, PinCost = PinCost::Interactive);
// Whether `pin` is the one `hash` was made from (false for anything that is not such a hash).
bool verifyPin(const std::string& hash, const std::string& pin);
// Whether `text` is a hash hashPin makes (Argon2id, libsodium's string form).
bool isPinHash(const std::string& text);

}  // namespace wk::io
