#include "app/Cli.h"

#include <cctype>
#include <cstdlib>
#include <filesystem>

#include "domain/Text.h"
#include "io/Clock.h"
#include "io/Config.h"
#include "export/Export.h"

namespace wk::app {
namespace {

void parseSize(const std::string& flag, const std::string& v, int& w, int& h) {
    const auto x = v.find('x');
    try {
        if (x == std::string::npos) throw std::invalid_argument(v);
        std::size_t a = 0, b = 0;
        w = std::stoi(v.substr(0, x), &a);
        h = std::stoi(v.substr(x + 1), &b);
        if (a != x || b != v.size() - x - 1) throw std::invalid_argument(v);
    } catch (const std::exception&) {
        throw UsageError(flag + " takes a size like 1280x800, not \"" + v + "\"");
    }
    if (w < 320 || h < 240 || w > 16384 || h > 16384)
        throw UsageError(flag + " " + v + ": the size must be from 320x240 to 16384x16384");
}


std::string parseId(const std::string& v) {
    try {
        std::size_t n = 0;
        const long long id = std::stoll(v, &n);
        if (n == v.size() && id > 0) return v;
    } catch (const std::exception&) {
    }
    if (isUuid(v)) return v;
    throw UsageError("--session takes a session's number or uid (see 'wijkkiosk sessions'), not \"" + v + "\"");
}

}  // namespace

std::string usage() {
    return std::string("usage:\n"
           "  wijkkiosk [--demo | --session ID] [--window WxH]           the kiosk\n"
           "  wijkkiosk sessions                                          list sessions\n"
           "  wijkkiosk import FILE.json                                  import a session\n"
           "  wijkkiosk export --session ID --format md|html|pdf|odt|csv|xlsx|json|png|contacts|werkagenda|voortgang|uitnodiging|brieven|ideeen|archief --audience public|internal --out PATH\n"
           "                                          (contacts: the facilitator's list for following up ideas, internal only)\n"
           "                                          (ideeen: every idea as a row, XLSX or CSV by PATH's extension)\n"
           "                                          (archief: PATH is a new or empty folder for the meeting's archive package)\n"
           "  wijkkiosk verify DIR                                        check an archive package against its manifest\n"
           "                                          (werkagenda and voortgang: Markdown, or HTML when PATH ends in .html;\n"
           "                                          uitnodiging: PATH is a folder for uitnodiging.pdf, .odt and .ics;\n"
           "                                          brieven (internal): a folder for a letter per resident and brieven.csv)\n"
           "  wijkkiosk terugkoppeling [--at YYYY-MM-DD]                who is owed an update: answers near or past their date,\n"
           "                                          actions past their deadline, progress reports due (tab-separated)\n"
           "  wijkkiosk [--archive URL] publish --out DIR                  the public website per wijk (static files; no resident's name;\n"
           "                                          DIR empty or an earlier publication, replaced whole)\n"
           "  wijkkiosk [--room-display N] ...                            the room's picture on display N (a projector)\n"
           "  wijkkiosk --headless --session ID|--demo --view home|sliders|ideas|plan|minutes [--room [--page N]] [--public] --screenshot OUT.png [--size WxH]\n"
           "  wijkkiosk --headless --script FILE [--size WxH]\n"
           "  wijkkiosk purge [--before YYYY-MM-DD]                        remove residents' personal data older than the retention period\n"
           "  wijkkiosk check                                              PRAGMA integrity_check of the database\n"
           "  wijkkiosk log --session ID                                   the edit log: time, role, command, summary\n"
           "  wijkkiosk log --removed                                      meetings removed: when, by whom, uid, date, type, wijk, title\n"
           "  wijkkiosk serve --session ID [--port N] [--bind ADDR]        the phone server; its first line is the join address\n"
           "  wijkkiosk planning [--at YYYY-MM-DD]                          per area: gebied, area, meeting type, last, next due\n"
           "  wijkkiosk planning --year YYYY [--out FILE.md|.html]           the year table: areas down, months across\n"
           "  wijkkiosk planning add --area NAME --kind KIND --date YYYY-MM[-DD] [--owner WHO]   plan a meeting or activity ahead\n"
           "  wijkkiosk planning --planned                                  what is planned ahead: id, area, kind, date, who\n"
           "  wijkkiosk planning remove ID                                  take a planned one out\n"
           "  wijkkiosk prepare --type T --wijk W --date YYYY-MM-DD [--time HH:MM] [--location L] --sheets DIR\n"
           "                                                                 a meeting in preparation; one sheet per party in DIR\n"
           "  wijkkiosk prepare read --session ID FILE.xlsx...              the parties' filled-in sheets into the plan\n"
           "  wijkkiosk archive status|push|pull [--archive URL]          the municipal archive (PostgreSQL): what it holds, send, receive\n"
           "  wijkkiosk archive purge [--before YYYY-MM-DD] [--correct]  AVG in the archive: residents' names and contacts out of older meetings\n"
           "  wijkkiosk archive take --session UID                      this kiosk takes over a meeting another kiosk holds\n"
           "  wijkkiosk archive follow [--session ID --edits N --every MS] [--expect M] [--for S]\n"
           "                                                                 a kiosk without a window following the archive (the bench's)\n"
           "  wijkkiosk --archive URL sessions | export ...               list or export the archive's sessions (at the office)\n"
           "  wijkkiosk hash-pin PIN                                      the value for kiosk.pin_hash (Argon2id)\n"
           "  wijkkiosk set-pin                                           the facilitator's PIN, typed twice (terminal or standard input)\n"
           "ID is a session's number or its uid; every call takes --db FILE and --config FILE\n") +
           "\nwithout --config and --db: " + std::string(io::installed() ? "installed" : "build tree") + ", config " + io::defaultConfigPath() +
           ", data " + defaultDbPath() + "\n";
}

std::string defaultDbPath() {
    namespace fs = std::filesystem;
    if (io::installed()) return (fs::path(io::installedDataFolder()) / "wijkkiosk.db").string();
    fs::path base;
    if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x) base = x;
    else if (const char* h = std::getenv("HOME"); h && *h) base = fs::path(h) / ".local" / "share";
    else base = fs::current_path();
    return (base / "wijkkiosk" / "wijkkiosk.db").string();
}

Options parseArgs(const std::vector<std::string>& args) {
    Options o;
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0) throw UsageError(a + " needs a value");
            return args[++i];
        };
        if (a == "--config") o.config = value();
        else if (a == "--db") o.db = value();
        else if (a == "--demo") o.demo = true;
        else if (a == "--session") o.session = parseId(value());
        else if (a == "--window") { o.windowed = true; parseSize(a, value(), o.width, o.height); o.sizeGiven = true; }
        else if (a == "--size") { parseSize(a, value(), o.width, o.height); o.sizeGiven = true; }
        else if (a == "--headless") o.headless = true;
        else if (a == "--view") o.view = value();
        else if (a == "--public") o.publicPhase = true;
        else if (a == "--room") o.room = true;
        else if (a == "--page") {
            const std::string v = value();
            if (v.empty() || v.size() > 3 || v.find_first_not_of("0123456789") != std::string::npos || std::stoi(v) < 1)
                throw UsageError("--page takes a page number from 1, not \"" + v + "\"");
            o.roomPage = std::stoi(v);
        }
        else if (a == "--bind") o.bind = value();
        else if (a == "--port") {
            const std::string v = value();
            if (v.empty() || v.size() > 5 || v.find_first_not_of("0123456789") != std::string::npos || std::stoi(v) > 65535)
                throw UsageError("--port takes a port number from 0 (any free one) to 65535, not \"" + v + "\"");
            o.port = std::stoi(v);
        }
        else if (a == "--room-display") {
            const std::string v = value();
            if (v.empty() || v.size() > 2 || v.find_first_not_of("0123456789") != std::string::npos)
                throw UsageError("--room-display takes a display number (0 is the first), not \"" + v + "\"");
            o.roomDisplay = std::stoi(v);
        }
        else if (a == "--edits" || a == "--every" || a == "--expect" || a == "--for") {
            const std::string v = value();
            if (v.empty() || v.size() > 6 || v.find_first_not_of("0123456789") != std::string::npos)
                throw UsageError(a + " takes a whole number, not \"" + v + "\"");
            (a == "--edits" ? o.followEdits : a == "--every" ? o.followEveryMs : a == "--expect" ? o.followExpect : o.followSeconds) = std::stoi(v);
        }
        else if (a == "--screenshot") o.screenshot = value();
        else if (a == "--script") o.script = value();
        else if (a == "--format") o.format = value();
        else if (a == "--audience") o.audience = value();
        else if (a == "--out") o.out = value();
        else if (a == "--before") o.before = value();
        else if (a == "--correct") o.correct = true;
        else if (a == "--removed") o.removed = true;
        else if (a == "--archive") o.archive = value();
        else if (a == "--at") o.at = value();
        else if (a == "--planned") o.listPlanned = true;
        else if (a == "--area") o.area = value();
        else if (a == "--kind") o.kind = value();
        else if (a == "--date") o.date = value();
        else if (a == "--owner") o.owner = value();
        else if (a == "--type") o.type = value();
        else if (a == "--wijk") o.wijk = value();
        else if (a == "--time") o.time = value();
        else if (a == "--location") o.location = value();
        else if (a == "--sheets") o.sheets = value();
        else if (a == "--year") {
            const std::string v = value();
            if (v.size() != 4 || v.find_first_not_of("0123456789") != std::string::npos || v < "1900")
                throw UsageError("--year takes a year like 2027, not \"" + v + "\"");
            o.year = std::stoi(v);
        }
        else if (a == "--help" || a == "-h") o.verb = Verb::Help;
        else if (a == "--version") o.verb = Verb::Version;
        else if (a.rfind("--", 0) == 0) throw UsageError("unknown option " + a + " (wijkkiosk --help lists them)");
        else positional.push_back(a);
    }
    if (o.verb == Verb::Help || o.verb == Verb::Version) return o;
    if (!positional.empty()) {
        const std::string& v = positional[0];
        if (v == "sessions") o.verb = Verb::Sessions;
        else if (v == "import") o.verb = Verb::Import;
        else if (v == "export") o.verb = Verb::Export;
        else if (v == "hash-pin") o.verb = Verb::HashPin;
        else if (v == "set-pin") o.verb = Verb::SetPin;
        else if (v == "purge") o.verb = Verb::Purge;
        else if (v == "check") o.verb = Verb::Check;
        else if (v == "log") o.verb = Verb::Log;
        else if (v == "serve") o.verb = Verb::Serve;
        else if (v == "planning") o.verb = Verb::Planning;
        else if (v == "archive") o.verb = Verb::Archive;
        else if (v == "prepare") o.verb = Verb::Prepare;
        else if (v == "terugkoppeling") o.verb = Verb::Feedback;
        else if (v == "publish") o.verb = Verb::Publish;
        else if (v == "verify") o.verb = Verb::Verify;
        else throw UsageError("unknown command \"" + v + "\" (wijkkiosk --help lists them)");
        std::size_t wanted = (o.verb == Verb::Import || o.verb == Verb::HashPin || o.verb == Verb::Verify) ? 2 : 1;
        if (o.verb == Verb::Planning && positional.size() >= 2) {
            o.planningAction = positional[1];
            if (o.planningAction != "add" && o.planningAction != "remove")
                throw UsageError("planning takes add or remove, not \"" + o.planningAction + "\"");
            wanted = o.planningAction == "remove" ? 3 : 2;
            if (o.planningAction == "remove" && positional.size() == 3) {
                const std::string& id = positional[2];
                if (id.empty() || id.size() > 15 || id.find_first_not_of("0123456789") != std::string::npos)
                    throw UsageError("planning remove takes the number 'planning' lists, not \"" + id + "\"");
                o.removeId = std::stoll(id);
            }
        }
        if (o.verb == Verb::Archive) {
            if (positional.size() != 2) throw UsageError("archive takes status, push, pull, take, purge or follow");
            o.archiveAction = positional[1];
            if (o.archiveAction != "status" && o.archiveAction != "push" && o.archiveAction != "pull" && o.archiveAction != "take" &&
                o.archiveAction != "purge" && o.archiveAction != "follow")
                throw UsageError("archive takes status, push, pull, take, purge or follow, not \"" + o.archiveAction + "\"");
            if (o.archiveAction == "take" && !o.session) throw UsageError("archive take needs --session UID");
            wanted = 2;
        }
        if (o.verb == Verb::Prepare && positional.size() >= 2) {
            if (positional[1] != "read") throw UsageError("prepare takes read FILE.xlsx..., not \"" + positional[1] + "\"");
            if (positional.size() < 3) throw UsageError("prepare read needs the filled-in sheets: prepare read --session ID FILE.xlsx...");
            o.prepareRead = true;
            o.files.assign(positional.begin() + 2, positional.end());
            wanted = positional.size();
        }
        if (positional.size() != wanted)
            throw UsageError(v + (wanted == 2 ? " takes one argument" : " takes no argument"));
        if (o.verb == Verb::Import || o.verb == Verb::Verify) o.file = positional[1];
        if (o.verb == Verb::HashPin) o.pin = positional[1];
    }
    if (o.verb == Verb::Export) {
        if (!o.session) throw UsageError("export needs --session ID");
        if (!io::parseExportFormat(o.format) && o.format != "werkagenda" && o.format != "voortgang" && o.format != "uitnodiging" &&
            o.format != "brieven" && o.format != "ideeen" && o.format != "archief")
            throw UsageError(
                "export needs --format md, html, pdf, odt, csv, xlsx, json, png (the slider chart), contacts, werkagenda, voortgang, uitnodiging, "
                "brieven, ideeen or archief");
        if (o.audience != "public" && o.audience != "internal") throw UsageError("export needs --audience public or internal");
        if (o.out.empty()) throw UsageError("export needs --out PATH");
    }
    if (o.verb == Verb::Publish && o.out.empty()) throw UsageError("publish needs --out DIR (a folder for the website)");
    if (!o.out.empty() && o.verb != Verb::Export && o.verb != Verb::Planning && o.verb != Verb::Publish)
        throw UsageError("--out belongs to export, publish and planning --year");
    if (o.verb == Verb::Log && !o.session && !o.removed) throw UsageError("log needs --session ID, or --removed");
    if (o.removed && o.verb != Verb::Log) throw UsageError("--removed belongs to log");
    if (!o.archive.empty() && o.verb != Verb::Archive && o.verb != Verb::Sessions && o.verb != Verb::Export && o.verb != Verb::Kiosk &&
        o.verb != Verb::Publish)
        throw UsageError("--archive belongs to archive, sessions, export, publish and the kiosk");
    if (!o.archive.empty() && o.archive.rfind("postgresql://", 0) != 0 && o.archive.rfind("postgres://", 0) != 0)
        throw UsageError("--archive takes a PostgreSQL URL, like postgresql://kiosk@archief/wijkkiosk");
    if (o.verb == Verb::Serve && !o.session) throw UsageError("serve needs --session ID");
    if (o.verb != Verb::Serve && (!o.bind.empty() || o.port >= 0)) throw UsageError("--bind and --port belong to serve");
    if (!o.before.empty() && o.verb != Verb::Purge && !(o.verb == Verb::Archive && o.archiveAction == "purge"))
        throw UsageError("--before belongs to purge and archive purge");
    if (o.verb == Verb::Prepare) {
        if (o.prepareRead) {
            if (!o.session) throw UsageError("prepare read needs --session ID");
        } else {
            if (o.type.empty() || o.wijk.empty() || o.date.empty() || o.sheets.empty())
                throw UsageError("prepare needs --type T --wijk W --date YYYY-MM-DD --sheets DIR (and may take --time HH:MM, --location L)");
            if (!isIsoDate(o.date)) throw UsageError("--date takes a date like 2027-03-15, not \"" + o.date + "\"");
            if (!o.time.empty() && !isClockTime(o.time)) throw UsageError("--time takes a time like 19:30, not \"" + o.time + "\"");
        }
    } else if (!o.type.empty() || !o.wijk.empty() || !o.time.empty() || !o.location.empty() || !o.sheets.empty()) {
        throw UsageError("--type, --wijk, --time, --location and --sheets belong to prepare");
    }
    const bool dateForPrepare = o.verb == Verb::Prepare && !o.prepareRead;
    const bool planningFlags = o.listPlanned || !o.at.empty() || !o.area.empty() || !o.kind.empty() || (!o.date.empty() && !dateForPrepare) ||
                               !o.owner.empty() || o.year;
    const bool feedbackAt = o.verb == Verb::Feedback && !o.at.empty() && !o.listPlanned && o.area.empty() && o.kind.empty() &&
                            o.date.empty() && o.owner.empty() && !o.year;
    if (o.verb == Verb::Feedback && !o.at.empty() && !isIsoDate(o.at)) throw UsageError("--at takes a date like 2027-04-02, not \"" + o.at + "\"");
    if (planningFlags && o.verb != Verb::Planning && !feedbackAt)
        throw UsageError("--at, --year, --planned, --area, --kind, --date and --owner belong to planning (--at also to terugkoppeling)");
    if (o.verb == Verb::Planning) {
        if (!o.at.empty() && !isIsoDate(o.at)) throw UsageError("--at takes a date like 2026-11-23, not \"" + o.at + "\"");
        if (o.planningAction == "add" && (o.area.empty() || o.kind.empty() || o.date.empty()))
            throw UsageError("planning add needs --area NAME, --kind KIND and --date YYYY-MM-DD (or a month, YYYY-MM)");
        if (o.planningAction.empty() && (!o.area.empty() || !o.kind.empty() || !o.date.empty() || !o.owner.empty()))
            throw UsageError("--area, --kind, --date and --owner belong to planning add");
        if (!o.out.empty() && !o.year) throw UsageError("planning --out goes with --year (the year table)");
    }
    if ((o.verb == Verb::Purge || o.verb == Verb::Archive) && !o.before.empty() && !isIsoDate(o.before))
        throw UsageError("--before takes a date like 2025-11-23, not \"" + o.before + "\"");
    // A cut-off after today would purge meetings yet to come (and the archive keeps it).
    if (!o.before.empty() && o.before > io::localDate())
        throw UsageError("--before " + o.before + " is after today: a purge takes what is older than a day that has been");
    if (o.correct && !(o.verb == Verb::Archive && o.archiveAction == "purge" && !o.before.empty()))
        throw UsageError("--correct belongs to archive purge --before DATE");
    if (o.verb == Verb::Kiosk) {
        if (o.demo && o.session) throw UsageError("--demo and --session exclude each other");
        if (o.headless) {
            if (o.script.empty() && o.screenshot.empty())
                throw UsageError("--headless needs --screenshot OUT.png (with --view) or --script FILE");
            if (!o.script.empty() && !o.screenshot.empty()) throw UsageError("--script and --screenshot exclude each other");
            if (!o.screenshot.empty() && !o.demo && !o.session) throw UsageError("--screenshot needs --session ID or --demo");
            if (o.room && o.screenshot.empty()) throw UsageError("--room belongs to --screenshot (scripts use room-screenshot)");
            if (o.roomPage > 1 && !o.room) throw UsageError("--page belongs to --room: the room's picture turns pages, the console scrolls");
        } else if (o.room) {
            throw UsageError("--room needs --headless --screenshot (a room window: --room-display N)");
        } else if (!o.script.empty() || !o.screenshot.empty()) {
            throw UsageError("--script and --screenshot need --headless");
        }
        if (!o.headless && !o.windowed) o.sizeGiven = false;
    }
    return o;
}

}  // namespace wk::app
