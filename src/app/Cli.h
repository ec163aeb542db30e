// The command line of INTERFACES.md, parsed into one value. Bad arguments: exit 2, one line.
#pragma once
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace wk::app {

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

enum class Verb { Kiosk, Sessions, Import, Export, Purge, Check, Log, Serve, HashPin, SetPin, Planning, Archive, Prepare, Feedback, Publish, Verify, Help, Version };

struct Options {
    Verb verb = Verb::Kiosk;
    std::string config, db;  // empty: the defaults
    bool demo = false;
    // A session's number in this database, or its uid (a UUID), as `sessions` lists them.
    std::optional<std::string> session;
    // kiosk
    bool windowed = false;
    int width = 1280, height = 800;
    bool sizeGiven = false;
    bool headless = false;
    std::string view = "home";
    bool publicPhase = false;
    bool room = false;      // --headless --room: the room's picture
    int roomPage = 1;       // --page N: the room picture's Nth page (a long wall turns its pages)
    int roomDisplay = -1;   // --room-display N
    // serve: where the phone server listens (empty / -1: the config's [phones])
    std::string bind;
    int port = -1;
    std::string screenshot, script;
    // import / export / hash-pin
    std::string file, format, audience, out, pin;
    std::string before;  // purge: personal data of sessions before this date (not after today)
    bool correct = false;  // archive purge --correct: cut-offs after `before` taken back
    bool removed = false;  // log --removed: the meetings removed, not one meeting's log
    // planning: the day it is asked about (default today), or the year table of a year; `add`
    // or `remove ID` a planned meeting or activity.
    std::string at, area, kind, date, owner, planningAction;
    // prepare: a meeting made at the office (--type, --wijk, --date, --time, --location) and its
    // parties' sheets written to --sheets; `prepare read` reads filled-in `files` back.
    std::string type, wijk, time, location, sheets;
    bool prepareRead = false;
    std::vector<std::string> files;
    int year = 0;
    bool listPlanned = false;  // planning --planned
    std::int64_t removeId = 0;
    // The municipal archive: --archive URL (else the config's [archive] url); `archive status`,
    // `push`, `pull` or `take` (with --session: this kiosk takes a session over).
    std::string archive, archiveAction;
    // archive follow: a kiosk without a window that follows the archive, and (for the bench's 20
    // kiosks) edits its own meeting: --edits N ideas, one each --every MS, then waits until it has
    // seen --expect M of the other kiosks' ideas, at most --for S seconds.
    int followEdits = 0, followEveryMs = 1000, followExpect = 0, followSeconds = 120;
};

Options parseArgs(const std::vector<std::string>& args);
std::string usage();
// The per-user database: $XDG_DATA_HOME/wijkkiosk/wijkkiosk.db, else ~/.local/share/...
std::string defaultDbPath();

}  // namespace wk::app
