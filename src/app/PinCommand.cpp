#include "app/PinCommand.h"

#include <termios.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "domain/PinGuard.h"
#include "domain/Policy.h"
#include "io/PinHash.h"
#include "service/KioskState.h"

namespace wk::app {
namespace {
constexpr int kOk = 0, kBadInput = 2;

// One line why a PIN may not be chosen, or "" when it may.
std::string refusal(const std::string& pin) {
    switch (pinWeakness(pin)) {
        case PinWeakness::None: return "";
        case PinWeakness::TooShort:
        case PinWeakness::NotDigits: return "a PIN is " + std::to_string(Policy::kPinDigits) + " or more digits";
        case PinWeakness::Repeated: return "a PIN of one digit repeated (like 1111) is the first anyone tries: choose another";
        case PinWeakness::Run: return "a PIN of digits in a row (like 1234 or 4321) is the first anyone tries: choose another";
    }
    return "";
}

// One line from standard input, without echo when it is a terminal; at most 64 characters.
bool readPin(const char* prompt, std::string& pin) {
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::cerr << prompt << std::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    pin.clear();
    char c = 0;
    bool any = false;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        any = true;
        if (c == '\n') break;
        if (c != '\r' && pin.size() <= 64) pin += c;
    }
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::cerr << "\n";
    }
    return any;
}
}  // namespace

int hashPinCommand(const Options& o) {
    if (const std::string why = refusal(o.pin); !why.empty()) {
        std::cerr << "wijkkiosk: " << why << "\n";
        return kBadInput;
    }
    std::cout << io::hashPin(o.pin) << "\n";
    return kOk;
}

int setPinCommand(const Options&, const io::KioskConfig& config, const std::string& dbPath) {
    std::string pin, again;
    if (!readPin("New PIN for the facilitator: ", pin) || !readPin("The same PIN again: ", again)) {
        std::cerr << "wijkkiosk: set-pin reads the PIN twice, one line each, from the terminal or standard input\n";
        return kBadInput;
    }
    if (const std::string why = refusal(pin); !why.empty()) {
        std::cerr << "wijkkiosk: " << why << "; nothing changed\n";
        return kBadInput;
    }
    if (pin != again) {
        std::cerr << "wijkkiosk: the two PINs differ; nothing changed\n";
        return kBadInput;
    }
    std::filesystem::create_directories(std::filesystem::path(dbPath).parent_path());
    auto db = store::Database::open(dbPath);
    service::KioskState(*db, config).choosePin(pin);
    std::cout << "the facilitator's PIN is set in " << dbPath << "\n";
    if (!config.pinHash.empty())
        std::cerr << "wijkkiosk: note: " << config.file << " names kiosk.pin_hash, which the kiosk uses while it is there\n";
    return kOk;
}

}  // namespace wk::app
