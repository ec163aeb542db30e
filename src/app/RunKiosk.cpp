// `wijkkiosk` itself: the kiosk's window (or a headless one for screenshots and scripts) on
// its database, the room's window, the archive's link; then the frame loop.
#include "app/RunKiosk.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "app/ArchiveCommand.h"
#include "app/KioskApp.h"
#include "app/Replay.h"
#include "io/AtomicFile.h"
#include "service/Meetings.h"
#include "ui/room/Room.h"

namespace wk::app {
namespace {

constexpr int kOk = 0, kBadInput = 2;

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

}  // namespace

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
        const auto id = service::Meetings(*db, config).find(*o.session);
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
    if (!o.headless || !config.speech.wav.empty()) app.startSpeech();
    // Screenshots and scripts start as the facilitator sees the screen; a script locks with
    // tap "Vergrendelen". The kiosk itself starts locked, at the welcome screen.
    if (o.headless) app.kiosk().unlock();
    if (!o.script.empty()) return runScript(app, steps, o.script, std::cerr);
    if (!o.screenshot.empty()) {
        for (int i = 0; i < 3; ++i) app.buildFrame();  // a few frames for the layout to settle...
        for (int page = 1; page < o.roomPage; ++page) {  // the room turns a long wall's pages by itself
            app.advanceClock(ui::kRoomPageSeconds);
            app.buildFrame();
        }
        app.frame();                                    // ...and only the last one drawn
        window->savePng(o.screenshot);
        return kOk;
    }
    if (!app.hasSession()) app.openLatest();
    return app.run(wo.fullscreen);
}

}  // namespace wk::app
