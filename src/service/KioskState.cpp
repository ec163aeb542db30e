#include "service/KioskState.h"

#include <cmath>
#include <cstdlib>
#include <ctime>

#include "io/PinHash.h"
#include "store/Repository.h"

namespace wk::service {

std::optional<std::string> KioskState::chosenPin() const {
    if (!config_.pinHash.empty()) return std::nullopt;
    if (const auto hash = store::Repository(db_).state("pin_hash"); hash && io::isPinHash(*hash)) return hash;
    return std::nullopt;
}

std::string KioskState::choosePin(const std::string& pin) {
    const std::string hash = io::hashPin(pin, config_.pinCost);
    store::Repository(db_).setState("pin_hash", hash);
    return hash;
}

std::optional<KioskState::Tries> KioskState::tries() const {
    store::Repository repo(db_);
    const auto failures = repo.state("pin_failures");
    if (!failures) return std::nullopt;
    const auto until = repo.state("pin_locked_until");
    const double left = until ? std::atof(until->c_str()) - static_cast<double>(std::time(nullptr)) : 0;
    return Tries{std::atoi(failures->c_str()), left};
}

void KioskState::keepTries(int failures, double waitSeconds) {
    store::Repository repo(db_);
    repo.setState("pin_failures", std::to_string(failures));
    repo.setState("pin_locked_until", std::to_string(static_cast<long long>(std::time(nullptr) + std::ceil(waitSeconds))));
}

}  // namespace wk::service
