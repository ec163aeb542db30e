#include "domain/PinGuard.h"

#include "domain/Policy.h"

#include <algorithm>
#include <cmath>

namespace wk {

PinWeakness pinWeakness(const std::string& pin) {
    if (pin.find_first_not_of("0123456789") != std::string::npos) return PinWeakness::NotDigits;
    if (pin.size() < static_cast<std::size_t>(Policy::kPinDigits)) return PinWeakness::TooShort;
    bool same = true, up = true, down = true;
    for (std::size_t i = 1; i < pin.size(); ++i) {
        same = same && pin[i] == pin[0];
        up = up && pin[i] == pin[i - 1] + 1;
        down = down && pin[i] == pin[i - 1] - 1;
    }
    if (same) return PinWeakness::Repeated;
    if (up || down) return PinWeakness::Run;
    return PinWeakness::None;
}

bool PinGuard::attempt(const std::string& pin, double now) {
    if (waitSeconds(now) > 0) return false;
    if (matches_ && matches_(pin)) {
        failures_ = 0;
        lockedUntil_ = 0;
        return true;
    }
    ++failures_;
    if (failures_ >= kFreeTries)
        lockedUntil_ = now + std::min(kLongestWait, kFirstWait * std::pow(2.0, failures_ - kFreeTries));
    return false;
}

}  // namespace wk
