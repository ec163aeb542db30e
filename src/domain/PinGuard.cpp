#include "domain/PinGuard.h"

#include <algorithm>
#include <cmath>

namespace wk {

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
