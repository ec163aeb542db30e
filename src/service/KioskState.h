// The kiosk's own state, kept in its database beside the meetings: the facilitator's PIN when
// the config names none (chosen at first start, or by IT with `set-pin`), and the wrong tries
// with the wait still to go, so a restart neither forgets the PIN nor ends the wait.
#pragma once
#include <optional>
#include <string>

#include "io/Config.h"
#include "store/Sqlite.h"

namespace wk::service {

class KioskState {
public:
    KioskState(store::Database& db, const io::KioskConfig& config) : db_(db), config_(config) {}

    // The PIN chosen at this kiosk (a hash); none when the config names one or none was chosen.
    std::optional<std::string> chosenPin() const;
    // Hashes `pin` at the config's cost and keeps it; returns the hash. Throws on failure.
    std::string choosePin(const std::string& pin);
    struct Tries {
        int failures = 0;
        double waitSeconds = 0;  // still to go, from now
    };
    std::optional<Tries> tries() const;
    void keepTries(int failures, double waitSeconds);

private:
    store::Database& db_;
    const io::KioskConfig& config_;
};

}  // namespace wk::service
