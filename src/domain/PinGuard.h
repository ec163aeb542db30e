// The facilitator PIN's guard: after three wrong PINs in a row the pad waits, 30 seconds at
// first and twice as long after every further miss, up to five minutes. Whether a PIN is right
// is asked of a matcher the app gives (a slow password hash, outside the domain); the count and
// the wait can be restored, so a restart does not reset them.
#pragma once
#include <functional>
#include <string>

namespace wk {

// Why a PIN may not be chosen: fewer than 4 digits, anything but digits, one digit repeated
// (1111), or a run of consecutive digits up or down (1234, 4321, 0123): the first ones anyone
// would try. 2468 is fine. The same rule for the pad, `set-pin` and `hash-pin`.
enum class PinWeakness { None, TooShort, NotDigits, Repeated, Run };
PinWeakness pinWeakness(const std::string& pin);

class PinGuard {
public:
    static constexpr int kFreeTries = 3;
    static constexpr double kFirstWait = 30, kLongestWait = 300;
    using Matcher = std::function<bool(const std::string& pin)>;

    PinGuard() = default;
    explicit PinGuard(Matcher matches) : matches_(std::move(matches)) {}
    void setMatcher(Matcher matches) { matches_ = std::move(matches); }
    // Without a PIN there is nothing to guard yet: the facilitator sets one first.
    bool hasPin() const { return static_cast<bool>(matches_); }
    // Seconds until a PIN may be tried again; 0 when it may be tried now.
    double waitSeconds(double now) const { return now < lockedUntil_ ? lockedUntil_ - now : 0; }
    // False when the PIN is wrong or the pad is waiting (a try then does not count).
    bool attempt(const std::string& pin, double now);
    int failures() const { return failures_; }
    // After a restart: the misses so far and the seconds still to wait from `now`.
    void restore(int failures, double waitSeconds, double now) {
        failures_ = failures < 0 ? 0 : failures;
        lockedUntil_ = waitSeconds > 0 ? now + (waitSeconds < kLongestWait ? waitSeconds : kLongestWait) : 0;
    }

private:
    Matcher matches_;
    int failures_ = 0;
    double lockedUntil_ = 0;
};

}  // namespace wk
