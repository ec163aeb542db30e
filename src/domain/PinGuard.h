// The facilitator PIN's guard: after three wrong PINs in a row the pad waits, 30 seconds at
// first and twice as long after every further miss, up to five minutes.
#pragma once
#include <string>

namespace wk {

class PinGuard {
public:
    static constexpr int kFreeTries = 3;
    static constexpr double kFirstWait = 30, kLongestWait = 300;

    explicit PinGuard(std::string pinHash) : hash_(std::move(pinHash)) {}
    // Seconds until a PIN may be tried again; 0 when it may be tried now.
    double waitSeconds(double now) const { return now < lockedUntil_ ? lockedUntil_ - now : 0; }
    // False when the PIN is wrong or the pad is waiting (a try then does not count).
    bool attempt(const std::string& pin, double now);
    int failures() const { return failures_; }

private:
    std::string hash_;
    int failures_ = 0;
    double lockedUntil_ = 0;
};

}  // namespace wk
