#include "app/Commands.h"

#include <filesystem>
#include <iostream>

#include <pthread.h>
#include <unistd.h>

#include <csignal>

#include "app/ArchiveCommand.h"
#include "app/RunKiosk.h"
#include "service/Exports.h"
#include "app/PhoneDoor.h"
#include "app/PinCommand.h"
#include "app/PlanningCommand.h"
#include "net/HttpServer.h"
#include "app/Replay.h"
#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "io/PinHash.h"
#include "domain/Vocabulary.h"
#include "io/AtomicFile.h"
#include "io/Clock.h"
#include "export/CycleDocs.h"
#include "export/ArchivePackage.h"
#include "export/Export.h"
#include "export/PhoneStrings.h"
#include "export/PlanningDocs.h"
#include "io/SessionJson.h"
#include "export/SliderChart.h"
#include "io/I18n.h"
#include "app/PrepareCommand.h"
#include "service/Meetings.h"
#include "service/Privacy.h"
#include "service/Words.h"

namespace wk::app {

std::unique_ptr<store::Database> openDb(const Options& o, bool readOnly) {
    std::string path = o.db.empty() ? defaultDbPath() : o.db;
    if (o.db.empty()) std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    return store::Database::open(path, readOnly ? store::Database::Mode::ReadOnly : store::Database::Mode::ReadWrite);
}

// The meeting --session names (its number here or its uid), or a message and none.
std::optional<std::int64_t> findSession(const service::Meetings& meetings, const std::string& id) {
    const auto found = meetings.find(id);
    if (!found) std::cerr << "wijkkiosk: there is no session " << id << " (wijkkiosk sessions lists them)\n";
    return found;
}

namespace {

constexpr int kOk = 0, kFailed = 1, kBadInput = 2;

// One field of a tab-separated line: a tab, line break or escape in it (an older database, a
// hand-made file) would break the line for whoever reads it, so each becomes a space.
std::string field(const std::string& text) {
    std::string out;
    for (unsigned char ch : text) out += ch < 0x20 || ch == 0x7f ? ' ' : static_cast<char>(ch);
    return out;
}

int listSessions(const Options& o, const io::KioskConfig& config) {
    const std::string path = o.db.empty() ? defaultDbPath() : o.db;
    if (!std::filesystem::exists(path)) return kOk;  // no database yet: no sessions
    auto db = openDb(o, true);
    for (const auto& s : service::Meetings(*db, config).list())
        std::cout << s.id << '\t' << s.date << '\t' << toString(s.type) << '\t' << field(s.wijk) << '\t' << field(s.title)
                  << '\t' << s.uid << '\n';
    return kOk;
}

int printLog(const Options& o, const io::KioskConfig& config) {
    auto db = openDb(o, true);
    const service::Meetings meetings(*db, config);
    if (o.removed) {  // meetings removed by the facilitator: the log keeps that they were
        for (const auto& r : meetings.removed())
            std::cout << field(r.at) << '\t' << field(r.role) << '\t' << r.uid << '\t' << r.date << '\t' << r.type << '\t' << field(r.wijk)
                      << '\t' << field(r.title) << '\n';
        return kOk;
    }
    const auto id = findSession(meetings, *o.session);
    if (!id) return kBadInput;
    for (const auto& e : meetings.log(*id))
        std::cout << field(e.at) << '\t' << field(e.role) << '\t' << field(e.command) << '\t' << field(e.summary) << '\n';
    return kOk;
}

int importSession(const Options& o, const io::KioskConfig& config) {
    Session s;
    try {
        s = io::sessionFromJson(io::readFile(o.file, 512u * 1024 * 1024), &config.policy);  // a city's meeting, 100,000 ideas
    } catch (const io::ImportError& e) {
        std::cerr << "wijkkiosk: cannot import " << o.file << ": " << e.what() << "\n";
        return kBadInput;
    } catch (const io::IoError& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return kBadInput;
    }
    auto db = openDb(o, false);
    service::Meetings::Created made;
    try {
        made = service::Meetings(*db, config).import(
            s, {io::localDateTime(), "system", "import", "imported from " + std::filesystem::path(o.file).filename().string(), ""});
    } catch (const io::ImportError& e) {  // what only this kiosk's config can say: its meeting types
        std::cerr << "wijkkiosk: cannot import " << o.file << ": " << e.what() << "\n";
        return kBadInput;
    }
    if (made.copied)
        std::cerr << "wijkkiosk: this database already holds session " << s.info.uid << "; imported as a copy with uid "
                  << made.uid << "\n";
    std::cout << made.id << "\n";
    return kOk;
}

int exportSession(const Options& o, const io::KioskConfig& config) {
    // Read-write when it can be (the export is remembered, so a later one may replace it).
    std::unique_ptr<store::Database> db;
    try {
        db = openDb(o, false);
    } catch (const store::StoreError& e) {
        if (e.kind != store::StoreError::Kind::ReadOnly && e.kind != store::StoreError::Kind::CannotOpen) throw;
        db = openDb(o, true);
    }
    const auto id = findSession(service::Meetings(*db, config), *o.session);
    if (!id) return kBadInput;
    const Audience audience = o.audience == "public" ? Audience::Public : Audience::Internal;
    const bool cycle = o.format == "werkagenda" || o.format == "voortgang";
    const bool invitation = o.format == "uitnodiging", letters = o.format == "brieven", package = o.format == "archief";
    auto format = io::parseExportFormat(o.format);
    if (o.format == "ideeen") {
        format = io::ideasFormatFor(o.out);  // as werkagenda does: the file's extension says which
        if (!format) {
            std::cerr << "wijkkiosk: export --format ideeen writes FILE.xlsx or FILE.csv; " << o.out << " ends in neither\n";
            return kBadInput;
        }
    }
    if (!cycle && !invitation && !letters && !package && !format) {
        std::cerr << "wijkkiosk: export --format takes md, html, pdf, odt, csv, xlsx, json, png, contacts, werkagenda, voortgang, "
                     "uitnodiging, brieven or ideeen, not \"" << o.format << "\"\n";
        return kBadInput;
    }
    if (letters && audience != Audience::Internal) {
        std::cerr << "wijkkiosk: export --format brieven is internal only (residents' names and contacts): use --audience internal\n";
        return kBadInput;
    }
    if (format == io::ExportFormat::Contacts && audience != Audience::Internal) {
        std::cerr << "wijkkiosk: export --format contacts is internal only (residents' phone numbers and e-mail addresses): use --audience internal\n";
        return kBadInput;
    }
    try {
        service::Exports exports(db.get(), config);
        if (cycle) {
            exports.cycleDocument(*id, o.format == "voortgang", audience, o.out);
        } else if (package) {
            // --out is the package's folder, new or empty (issue 35).
            for (const auto& file : exports.package(*id, audience, o.out)) std::cout << file << "\n";
        } else if (invitation || letters) {
            // --out is a folder here: the letter(s) as PDF and ODT, with the event or the mail-merge list.
            std::error_code ec;
            std::filesystem::create_directories(o.out, ec);
            if (ec) throw io::IoError(o.out + ": cannot make this folder (" + ec.message() + ")");
            for (const auto& file : letters ? exports.letters(*id, o.out) : exports.invitation(*id, audience, o.out)) std::cout << file << "\n";
        } else {
            exports.document(*id, *format, audience, o.out);
        }
    } catch (const io::IoError& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return kBadInput;
    } catch (const io::ConfigError& e) {
        std::cerr << "wijkkiosk: bad config: " << e.what() << "\n";
        return kBadInput;
    }
    return kOk;
}

// An archive package checked against its manifest (issue 35): every changed, missing or
// unlisted file named; exit 1 when there is one.
int verifyCommand(const Options& o) {
    try {
        const auto problems = io::verifyPackage(o.file);
        for (const auto& p : problems) std::cout << p << "\n";
        if (!problems.empty()) return kFailed;
        std::cout << o.file << ": every file as packaged\n";
        return kOk;
    } catch (const io::IoError& e) {
        std::cerr << "wijkkiosk: " << o.file << " is no package: " << e.what() << "\n";
        return kBadInput;
    }
}

int purge(const Options& o, const io::KioskConfig& config) {
    const std::string before = o.before.empty() ? service::purgeCutoff(config, io::localDate()) : o.before;
    auto db = openDb(o, false);
    const auto p = service::purge(*db, before, io::localDateTime());
    std::cout << "purged residents' personal data before " << before << ": " << p.ideas << " idea(s), " << p.participants
              << " participant(s) in " << p.sessions << " session(s); the ideas themselves are kept\n";
    return kOk;
}

// The phone server without a window, on the database a running kiosk may have open.
int serve(const Options& o, const io::KioskConfig& config) {
    const std::string path = o.db.empty() ? defaultDbPath() : o.db;
    if (!std::filesystem::exists(path)) {  // a mistyped --db must not become an empty database
        std::cerr << "wijkkiosk: no database at " << path << " (serve serves a meeting a kiosk or import made)\n";
        return kBadInput;
    }
    std::optional<std::int64_t> id;
    {
        auto db = openDb(o, false);
        id = findSession(service::Meetings(*db, config), *o.session);
    }
    if (!id) return kBadInput;
    const std::string bind = o.bind.empty() ? config.phones.bind : o.bind;
    const int port = o.port >= 0 ? o.port : config.phones.port;
    // Blocked before the server's thread starts, so only sigwait below receives them.
    sigset_t stop;
    sigemptyset(&stop);
    for (int sig : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&stop, sig);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr);
    std::unique_ptr<app::PhoneDoor> phones;
    std::unique_ptr<io::HttpServer> server;
    try {
        phones = std::make_unique<app::PhoneDoor>(config, path, *id, app::PhoneDoor::newToken());
        server = io::HttpServer::start(bind, port, [&phones](const io::HttpRequest& r) { return phones->handle(r); },
                                       config.phones.connectionsPerAddress);
    } catch (const std::exception& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return kBadInput;
    }
    // The join address first, at once: scripts and the facilitator read it.
    std::cout << "http://" << io::joinHost(bind) << ":" << server->port() << "/j/" << phones->token() << std::endl;
    int sig = 0;
    sigwait(&stop, &sig);  // until stopped; the server thread answers meanwhile
    return kOk;
}

// The whole-file check after a crash or a power cut: every page and index, read only.
int checkDatabase(const Options& o) {
    auto db = openDb(o, true);
    const std::string result = service::integrity(*db);
    std::cout << result;
    return result == "ok\n" ? kOk : kFailed;
}

}  // namespace

int runMain(const Options& o) {
    switch (o.verb) {
        case Verb::Help: std::cout << usage(); return kOk;
        case Verb::Version: std::cout << "wijkkiosk " << WK_VERSION << "\n"; return kOk;
        case Verb::HashPin: return hashPinCommand(o);
        default: break;
    }
    io::KioskConfig config;
    try {
        config = io::loadConfig(o.config.empty() ? io::defaultConfigPath() : o.config);
        // The phone's translation tables are part of the config: a bad one stops the start.
        if (!config.phones.languages.empty()) io::PhoneStrings check(config.phones.languages);
    } catch (const io::ConfigError& e) {
        std::cerr << "wijkkiosk: bad config: " << e.what() << "\n";
        return kBadInput;
    }
    service::useLanguage(config);  // every verb's documents and messages in the config's language
    switch (o.verb) {
        case Verb::Sessions: return o.archive.empty() ? listSessions(o, config) : archiveSessions(o, config);
        case Verb::Import: return importSession(o, config);
        case Verb::Export: return o.archive.empty() ? exportSession(o, config) : archiveExport(o, config, o.db.empty() ? defaultDbPath() : o.db);
        case Verb::Archive: return archiveCommand(o, config, o.db.empty() ? defaultDbPath() : o.db);
        case Verb::Purge: return purge(o, config);
        case Verb::Check: return checkDatabase(o);
        case Verb::SetPin: return setPinCommand(o, config, o.db.empty() ? defaultDbPath() : o.db);
        case Verb::Log: return printLog(o, config);
        case Verb::Serve: return serve(o, config);
        case Verb::Prepare: return prepareCommand(o, config);
        case Verb::Feedback: {
            const std::string path = o.db.empty() ? defaultDbPath() : o.db;
            if (!std::filesystem::exists(path)) return feedbackCommand(o, config, nullptr);  // nothing held: nothing owed
            auto db = openDb(o, true);
            return feedbackCommand(o, config, db.get());
        }
        case Verb::Verify: return verifyCommand(o);
        case Verb::Publish: return publishCommand(o, config, o.db.empty() ? defaultDbPath() : o.db);
        case Verb::Planning: {
            const std::string path = o.db.empty() ? defaultDbPath() : o.db;
            const bool writes = !o.planningAction.empty();
            if (!writes && !std::filesystem::exists(path)) return planningCommand(o, config, nullptr);  // nothing yet
            auto db = openDb(o, !writes && o.out.empty());  // a table written out is remembered as an export
            return planningCommand(o, config, db.get());
        }
        default: return runKiosk(o, config);
    }
}

}  // namespace wk::app
