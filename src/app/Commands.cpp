#include "app/Commands.h"

#include <filesystem>
#include <iostream>

#include <pthread.h>
#include <unistd.h>

#include <csignal>

#include "app/ArchiveCommand.h"
#include "app/KioskApp.h"
#include "service/ExportTargets.h"
#include "service/PhoneService.h"
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
#include "export/Export.h"
#include "export/PlanningDocs.h"
#include "io/SessionJson.h"
#include "export/SliderChart.h"
#include "io/I18n.h"
#include "store/Repository.h"

namespace wk::app {
namespace {

constexpr int kOk = 0, kFailed = 1, kBadInput = 2;

std::unique_ptr<store::Database> openDb(const Options& o, bool readOnly) {
    std::string path = o.db.empty() ? defaultDbPath() : o.db;
    if (o.db.empty()) std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    return store::Database::open(path, readOnly ? store::Database::Mode::ReadOnly : store::Database::Mode::ReadWrite);
}

// One field of a tab-separated line: a tab, line break or escape in it (an older database, a
// hand-made file) would break the line for whoever reads it, so each becomes a space.
std::string field(const std::string& text) {
    std::string out;
    for (unsigned char ch : text) out += ch < 0x20 || ch == 0x7f ? ' ' : static_cast<char>(ch);
    return out;
}

// --session takes the number in this database or the uid.
std::optional<std::int64_t> resolveSession(store::Repository& repo, const std::string& id) {
    if (id.find('-') != std::string::npos) return isUuid(id) ? repo.findUid(id) : std::nullopt;
    const std::int64_t n = std::stoll(id);
    if (repo.exists(n)) return n;
    return std::nullopt;
}

int listSessions(const Options& o) {
    const std::string path = o.db.empty() ? defaultDbPath() : o.db;
    if (!std::filesystem::exists(path)) return kOk;  // no database yet: no sessions
    auto db = openDb(o, true);
    for (const auto& s : store::Repository(*db).list())
        std::cout << s.id << '\t' << s.date << '\t' << toString(s.type) << '\t' << field(s.wijk) << '\t' << field(s.title)
                  << '\t' << s.uid << '\n';
    return kOk;
}

int printLog(const Options& o) {
    auto db = openDb(o, true);
    store::Repository repo(*db);
    if (o.removed) {  // meetings removed by the facilitator: the log keeps that they were
        for (const auto& r : repo.removedMeetings())
            std::cout << field(r.at) << '\t' << field(r.role) << '\t' << r.uid << '\t' << r.date << '\t' << r.type << '\t' << field(r.wijk)
                      << '\t' << field(r.title) << '\n';
        return kOk;
    }
    const auto id = resolveSession(repo, *o.session);
    if (!id) {
        std::cerr << "wijkkiosk: there is no session " << *o.session << " (wijkkiosk sessions lists them)\n";
        return kBadInput;
    }
    for (const auto& e : repo.log(*id))
        std::cout << field(e.at) << '\t' << field(e.role) << '\t' << field(e.command) << '\t' << field(e.summary) << '\n';
    return kOk;
}

int importSession(const Options& o) {
    Session s;
    try {
        s = io::sessionFromJson(io::readFile(o.file, 512u * 1024 * 1024));  // a city's meeting, 100,000 ideas
    } catch (const io::ImportError& e) {
        std::cerr << "wijkkiosk: cannot import " << o.file << ": " << e.what() << "\n";
        return kBadInput;
    } catch (const io::IoError& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return kBadInput;
    }
    auto db = openDb(o, false);
    const auto made = store::Repository(*db).create(
        s, {io::localDateTime(), "system", "import", "imported from " + std::filesystem::path(o.file).filename().string(), ""});
    if (made.copied)
        std::cerr << "wijkkiosk: this database already holds session " << s.info.uid << "; imported as a copy with uid "
                  << made.uid << "\n";
    std::cout << made.id << "\n";
    return kOk;
}

// The werkagenda of one meeting, or the wijk's progress report over all its meetings up to this
// one: Markdown, or HTML when the file's name ends in .html.
int exportCycleDocument(const Options& o, const io::KioskConfig& config, store::Database& db, std::int64_t id, Audience audience) {
    store::Repository repo(db);
    io::setLanguage(config.language == "en" ? io::Lang::En : io::Lang::Nl);
    const Session focus = visibleTo(repo.load(id), audience);
    io::Document doc;
    if (o.format == "werkagenda") {
        doc = io::werkagendaDocument(focus, audience, config, exportWords());
    } else {
        std::vector<Session> meetings;
        for (const auto& m : repo.meetingsOfWijk(focus.info.wijk, focus.info.date)) meetings.push_back(visibleTo(m, audience));
        doc = io::voortgangDocument(meetings, focus, audience, config, exportWords(), io::localDate());
    }
    const bool html = o.out.size() > 5 && o.out.compare(o.out.size() - 5, 5, ".html") == 0;
    std::string bytes;
    if (html) {
        const std::string title = doc.blocks.empty() ? focus.info.title : std::get<io::Heading>(doc.blocks.front()).text;
        const io::HtmlLook look = io::htmlLook(
            config, title, title + " · " + exportWords()(audience == Audience::Public ? "export.public_version" : "export.internal_version"));
        bytes = io::toHtml(doc, look);
    } else {
        bytes = io::toMarkdown(doc) + "\n";
    }
    try {
        io::writeExport(o.out, bytes, service::exportGuard(&db, config));
    } catch (const io::IoError& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return kBadInput;
    }
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
    store::Repository repo(*db);
    const auto id = resolveSession(repo, *o.session);
    if (!id) {
        std::cerr << "wijkkiosk: there is no session " << *o.session << " (wijkkiosk sessions lists them)\n";
        return kBadInput;
    }
    const Audience audience = o.audience == "public" ? Audience::Public : Audience::Internal;
    if (o.format == "werkagenda" || o.format == "voortgang") return exportCycleDocument(o, config, *db, *id, audience);
    const auto format = io::parseExportFormat(o.format);
    if (!format) {
        std::cerr << "wijkkiosk: export --format takes md, html, pdf, odt, csv, xlsx, json, png or contacts, not \"" << o.format << "\"\n";
        return kBadInput;
    }
    if (*format == io::ExportFormat::Contacts && audience != Audience::Internal) {
        std::cerr << "wijkkiosk: export --format contacts is internal only (residents' phone numbers and e-mail addresses): use --audience internal\n";
        return kBadInput;
    }
    try {
        io::setLanguage(config.language == "en" ? io::Lang::En : io::Lang::Nl);
        const Session s = repo.load(*id);
        const io::ExportContext context{nullptr, "", io::nextMeeting(config, repo.planned(), s.info)};
        io::writeExport(o.out, io::renderExport(s, *format, audience, config, exportWords(), chartWords(), context), service::exportGuard(db.get(), config),
                        io::accessFor(*format, audience));
    } catch (const io::IoError& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return kBadInput;
    }
    return kOk;
}

int purge(const Options& o, const io::KioskConfig& config) {
    const std::string before = o.before.empty() ? monthsBefore(io::localDate(), config.policy.retentionMonths) : o.before;
    auto db = openDb(o, false);
    const auto p = store::Repository(*db).purgePersonalData(before, io::localDateTime());
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
        store::Repository repo(*db);
        id = resolveSession(repo, *o.session);
    }
    if (!id) {
        std::cerr << "wijkkiosk: there is no session " << *o.session << " (wijkkiosk sessions lists them)\n";
        return kBadInput;
    }
    const std::string bind = o.bind.empty() ? config.phones.bind : o.bind;
    const int port = o.port >= 0 ? o.port : config.phones.port;
    // Blocked before the server's thread starts, so only sigwait below receives them.
    sigset_t stop;
    sigemptyset(&stop);
    for (int sig : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&stop, sig);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr);
    std::unique_ptr<service::PhoneService> phones;
    std::unique_ptr<io::HttpServer> server;
    try {
        phones = std::make_unique<service::PhoneService>(config, path, *id, service::PhoneService::newToken());
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
    auto& st = db->prepare("PRAGMA integrity_check");
    std::string result;
    while (st.step()) result += st.text(0) + "\n";
    st.reset();
    std::cout << result;
    return result == "ok\n" ? kOk : kFailed;
}

// A folder under the system's temporary one, removed with everything in it when done.
class TempFolder {
public:
    std::string make() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "wijkkiosk-demo-XXXXXX").string();
        if (::mkdtemp(tmpl.data())) path_ = tmpl;
        return path_;
    }
    ~TempFolder() {
        std::error_code ec;
        if (!path_.empty()) std::filesystem::remove_all(path_, ec);
    }

private:
    std::string path_;
};

int runKiosk(const Options& o, const io::KioskConfig& config) {
    platform::WindowOptions wo;
    wo.headless = o.headless;
    wo.fullscreen = !o.windowed && !o.headless;
    wo.touchRotation = config.touchRotation;
    if (o.headless && !o.sizeGiven) wo.width = 1920, wo.height = 1080;
    else wo.width = o.width, wo.height = o.height;
    ui::View view = ui::View::Home;
    if (!ui::parseView(o.view, view)) {
        std::cerr << "wijkkiosk: --view takes home, sliders, ideas, plan or minutes, not \"" << o.view << "\"\n";
        return kBadInput;
    }
    std::vector<ReplayStep> steps;
    if (!o.script.empty()) {
        try {
            steps = parseScript(io::readFile(o.script, 16u * 1024 * 1024), o.script);
        } catch (const std::exception& e) {
            std::cerr << "wijkkiosk: " << e.what() << "\n";
            return kBadInput;
        }
    }
    // A demo with no --db named runs on a database of its own, removed at the end: it leaves
    // the real data alone. A file, not memory: the phone server, a second connection, sees it;
    // a one-off screenshot starts no phone server and keeps it in memory (no fsync to wait for).
    Options dbOptions = o;
    TempFolder demoFolder;
    const bool oneOffScreenshot = !o.screenshot.empty() && o.script.empty();
    if (o.demo && o.db.empty() && oneOffScreenshot) {
        dbOptions.db = ":memory:";
    } else if (o.demo && o.db.empty()) {
        const std::string folder = demoFolder.make();
        dbOptions.db = folder.empty() ? ":memory:" : folder + "/demo.db";
    }
    // The window first: with no display the kiosk stops before it touches any data.
    auto window = platform::Window::open(wo);
    auto db = dbOptions.db == ":memory:" ? store::Database::open(":memory:") : openDb(dbOptions, false);
    // The room's window: on the display the command line or the config names. Headless scripts
    // always have one (offscreen), so they can read the room's picture.
    const int roomDisplay = o.roomDisplay >= 0 ? o.roomDisplay : config.roomDisplay;
    int roomHeight = 0;
    if (!o.headless && roomDisplay >= 0) roomHeight = platform::displayHeight(roomDisplay);
    KioskApp app(config, *db, *window, roomHeight);
    if (!o.script.empty() || (!o.headless && roomDisplay >= 0)) app.openRoomWindow(std::max(roomDisplay, 0));
    if (o.demo) {
        app.openDemo();
    } else if (o.session) {
        store::Repository repo(*db);
        const auto id = resolveSession(repo, *o.session);
        if (!id) {
            std::cerr << "wijkkiosk: there is no session " << *o.session << " (wijkkiosk sessions lists them)\n";
            return kBadInput;
        }
        app.openSession(*id);
    }
    // The archive only for a kiosk on a database of its own (not a one-off screenshot's).
    const std::string archive = archiveUrl(o, config);
    if (!archive.empty() && dbOptions.db != ":memory:") app.linkArchive(archive, dbOptions.db.empty() ? defaultDbPath() : dbOptions.db);
    app.kiosk().setView(view);
    app.kiosk().setForcePublic(o.publicPhase);
    app.setRoomOnly(o.room);
    // Screenshots and scripts start as the facilitator sees the screen; a script locks with
    // tap "Vergrendelen". The kiosk itself starts locked, at the welcome screen.
    if (o.headless) app.kiosk().unlock();
    if (!o.script.empty()) return runScript(app, steps, o.script, std::cerr);
    if (!o.screenshot.empty()) {
        for (int i = 0; i < 3; ++i) app.buildFrame();  // a few frames for the layout to settle...
        app.frame();                                    // ...and only the last one drawn
        window->savePng(o.screenshot);
        return kOk;
    }
    if (!app.hasSession()) app.openLatest();
    return app.run(wo.fullscreen);
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
    } catch (const io::ConfigError& e) {
        std::cerr << "wijkkiosk: bad config: " << e.what() << "\n";
        return kBadInput;
    }
    switch (o.verb) {
        case Verb::Sessions: return o.archive.empty() ? listSessions(o) : archiveSessions(o, config);
        case Verb::Import: return importSession(o);
        case Verb::Export: return o.archive.empty() ? exportSession(o, config) : archiveExport(o, config, o.db.empty() ? defaultDbPath() : o.db);
        case Verb::Archive: return archiveCommand(o, config, o.db.empty() ? defaultDbPath() : o.db);
        case Verb::Purge: return purge(o, config);
        case Verb::Check: return checkDatabase(o);
        case Verb::SetPin: return setPinCommand(o, config, o.db.empty() ? defaultDbPath() : o.db);
        case Verb::Log: return printLog(o);
        case Verb::Serve: return serve(o, config);
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
