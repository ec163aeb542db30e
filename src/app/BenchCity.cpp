// wijkkiosk-bench's figures at city scale: importing 10,000 and 50,000 ideas, a durable edit
// on a small and a huge session beside a bare SQLite commit, the wall of 50,000 ideas (in a
// process of its own, so its peak memory is its own), a whole frame while a finger drags, a
// screenshot, and start-up beside a browser showing the same meeting.
#include "app/BenchCity.h"

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "app/KioskApp.h"

#include <imgui.h>
#include "io/AtomicFile.h"
#include "io/DemoSession.h"
#include "export/Export.h"
#include "io/SessionJson.h"
#include "domain/IdeaSearch.h"
#include "domain/Rules.h"
#include "service/EditService.h"
#include "service/Meetings.h"
#include "service/Words.h"

namespace wk::bench {

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

pid_t spawn(const std::vector<std::string>& argv, const std::string& out, const std::string& err) {
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        if (std::FILE* o = std::fopen(out.c_str(), "w")) dup2(fileno(o), 1);
        if (std::FILE* e = std::fopen((err.empty() ? out : err).c_str(), err.empty() ? "a" : "w")) dup2(fileno(e), 2);
        execvp(args[0], args.data());
        _exit(127);
    }
    return pid;
}

double timedRun(const std::vector<std::string>& argv) {
    const auto t0 = Clock::now();
    int status = 0;
    waitpid(spawn(argv, "/dev/null"), &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double chromiumShot(const std::string& chromium, const std::string& dir, const std::string& name, const std::string& html) {
    return timedRun({chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir + "/" + name, "--window-size=1920,1080",
                     "--screenshot=" + dir + "/" + name + ".png", "file://" + html});
}

std::unique_ptr<platform::Window> benchWindow() {
    platform::WindowOptions wo;
    wo.headless = true;
    wo.width = 1920;
    wo.height = 1080;
    return platform::Window::open(wo);
}

void figure(const std::string& name, double value, const char* unit) { std::printf("%s: %.3f %s\n", name.c_str(), value, unit); }
void figure(const std::string& name, const Cost& c) {
    figure(name + "_wall", c.wall, "ms");
    figure(name + "_cpu", c.cpu, "ms");
}

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Runs a command, waits, returns the wall time in ms (or a negative number when it failed).

}  // namespace

double cpuMs() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return (static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000.0 +
            static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000.0);
}

Session citySession(const io::KioskConfig& config, int ideas, int actions) {
    Session s = io::demoSession();
    const auto base = s.ideas;
    const auto baseActions = s.actions;
    s.ideas.clear();
    s.actions.clear();
    for (int k = 0; k < ideas; ++k) {
        Idea i = base[static_cast<std::size_t>(k) % base.size()];
        i.id = "i" + std::to_string(k + 1);
        i.theme = config.policy.themes[static_cast<std::size_t>(k) % config.policy.themes.size()];
        i.text = "Idee " + std::to_string(k + 1) + ": " + i.text;
        i.seq = k + 1;
        s.ideas.push_back(std::move(i));
    }
    for (int k = 0; k < actions; ++k) {
        Action a = baseActions[static_cast<std::size_t>(k) % baseActions.size()];
        a.id = "a" + std::to_string(k + 1);
        a.what = "Actie " + std::to_string(k + 1) + ": " + a.what;
        a.ideas = {"i" + std::to_string(k % ideas + 1)};
        a.seq = k + 1;
        a.number = k + 1;
        s.actions.push_back(std::move(a));
    }
    return s;
}

void importFigures(const io::KioskConfig& config, const std::string& dir) {
    // The file as an advisor would import it: parsed, checked by the edit rules, stored whole.
    double cpu10 = 0, cpu50 = 0;
    for (const auto& [ideas, actions, name] : {std::tuple{10000, 400, "import_10000_ideas_400_actions"},
                                               std::tuple{50000, 2000, "import_50000_ideas_2000_actions"}}) {
        const std::string json = io::sessionToJson(citySession(config, ideas, actions));
        const std::string path = dir + "/import-" + std::to_string(ideas) + ".db";
        auto db = store::Database::open(path);
        const Cost c = measure([&] {
            const Session s = io::sessionFromJson(json);
            service::Meetings(*db, config).import(s, {"", "system", "import", "bench", ""});
        });
        figure(name, c);
        (ideas == 10000 ? cpu10 : cpu50) = c.cpu;
    }
    figure("import_50000_over_10000_cpu_ratio", cpu50 / std::max(cpu10, 0.001), "x");
}

void editFigures(const io::KioskConfig& config, const std::string& dir) {
    auto db = store::Database::open(dir + "/edits.db");
    service::Meetings repo(*db, config);
    const auto small = repo.import(citySession(config, 100, 20), {"", "system", "import", "bench", ""}).id;
    const auto huge = repo.import(citySession(config, 50000, 2000), {"", "system", "import", "bench", ""}).id;
    for (const auto& [id, name] : {std::pair{small, "durable_edit_100_ideas"}, std::pair{huge, "durable_edit_50000_ideas"}}) {
        service::EditService edits(*db, id, config.policy);
        std::vector<double> wall, cpu;
        for (int k = 0; k < 200; ++k) {
            const Cost c = measure([&] { edits.submit({SupportIdea{"i" + std::to_string(k % 50 + 1)}, Role::Resident, "2026-11-25T20:00:00"}); });
            wall.push_back(c.wall);
            cpu.push_back(c.cpu);
        }
        figure(std::string(name) + "_median_wall", median(wall), "ms");
        figure(std::string(name) + "_median_cpu", median(cpu), "ms");
    }
    // The floor: one row updated per transaction, WAL with synchronous=FULL, nothing else.
    sqlite3* raw = nullptr;
    sqlite3_open((dir + "/bare.db").c_str(), &raw);
    sqlite3_exec(raw, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE t(x INTEGER); INSERT INTO t VALUES(0);", nullptr, nullptr, nullptr);
    std::vector<double> wall, cpu;
    for (int k = 0; k < 200; ++k) {
        const Cost c = measure([&] { sqlite3_exec(raw, "BEGIN IMMEDIATE; UPDATE t SET x = x + 1; COMMIT;", nullptr, nullptr, nullptr); });
        wall.push_back(c.wall);
        cpu.push_back(c.cpu);
    }
    sqlite3_close(raw);
    figure("sqlite_wal_full_commit_median_wall", median(wall), "ms");
    figure("sqlite_wal_full_commit_median_cpu", median(cpu), "ms");
}

void searchFigures(const io::KioskConfig& config) {
    // The console's search at 50,000 ideas: the index made once per edit, then a key typed at a
    // time ("bankjes vijver"), each finding, filtering and ordering the wall as the screen does.
    const Session s = citySession(config, 50000, 0);
    IdeaIndex index;
    figure("search_index_50000_ideas", measure([&] { index.update(s, 1); }));
    const std::string typed = "bankjes vijver";
    std::vector<double> wall, cpu;
    std::size_t found = 0;
    for (std::size_t n = 1; n <= typed.size(); ++n) {
        const Cost c = measure([&] {
            index.update(s, 1);  // as every frame asks: nothing changed
            auto hits = index.find(s, searchWords(typed.substr(0, n)), [](const Idea& i) { return !i.hidden && !i.pending; });
            orderIdeas(hits, IdeaOrder::Theme, config.policy.themes);
            found = hits.size();
        });
        wall.push_back(c.wall);
        cpu.push_back(c.cpu);
    }
    figure("search_keystroke_50000_ideas_median_wall", median(wall), "ms");
    figure("search_keystroke_50000_ideas_median_cpu", median(cpu), "ms");
    figure("search_keystroke_50000_ideas_max_wall", *std::max_element(wall.begin(), wall.end()), "ms");
    figure("search_50000_ideas_found", static_cast<double>(found), "ideas");
    // What the public may see of it: names without consent dropped from every free text too.
    figure("public_view_50000_ideas", measure([&] { (void)visibleTo(s, Audience::Public); }));
}

int wallChild(const io::KioskConfig& config, const std::string& dir, int ideas) {
    // A kiosk of its own with a wall of `ideas` ideas: the first view, then frames being built.
    setenv("LP_NUM_THREADS", "0", 0);
    auto db = store::Database::open(dir + "/wall.db");
    const auto id = service::Meetings(*db, config).import(citySession(config, ideas, 0), {"", "system", "import", "bench", ""}).id;
    auto window = benchWindow();
    app::KioskApp app(config, *db, *window);
    app.kiosk().unlock();
    app.openSession(id);
    app.frame();  // the start screen, fonts uploaded
    window->present();
    app.kiosk().setView(ui::View::Ideas);
    const Cost first = measure([&] { app.buildFrame(); });
    figure("wall_" + std::to_string(ideas) + "_ideas_first_view", first);
    std::vector<double> build;
    for (int k = 0; k < 100; ++k) {
        const auto t0 = Clock::now();
        app.buildFrame();
        build.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (k % 10 == 0) {
            window->render(0, 0, 0);
            window->present();
        }
    }
    figure("wall_" + std::to_string(ideas) + "_ideas_frame_build_median", median(build), "ms");
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    figure("wall_" + std::to_string(ideas) + "_ideas_peak_rss", static_cast<double>(ru.ru_maxrss) / 1024.0, "MB");
    return 0;
}

int dragChild(const io::KioskConfig& config, const std::string& dir) {
    // The kiosk as it runs (llvmpipe with its helper threads), a finger dragging the wall at
    // 1920x1080: every frame built, rendered and presented; then the finger held still.
    unsetenv("LP_NUM_THREADS");  // as the kiosk runs: llvmpipe rasterises on both cores
    auto db = store::Database::open(dir + "/drag.db");
    auto window = benchWindow();
    app::KioskApp app(config, *db, *window);
    app.kiosk().unlock();
    app.openSession(service::Meetings(*db, config).import(citySession(config, 1000, 0), {"", "system", "import", "bench", ""}).id);
    app.kiosk().setView(ui::View::Ideas);
    for (int k = 0; k < 5; ++k) app.frameIfChanged();
    std::vector<double> frames, cpu;
    platform::InputOverride in{960, 900, true, {}, -1};
    app.frame(&in);
    window->present();
    for (int k = 0; k < 120; ++k) {
        in.y = 900.0f - static_cast<float>(k % 60) * 10.0f;  // up and up, then a new stroke
        const Cost c = measure([&] {
            app.frame(&in);
            window->present();
        });
        frames.push_back(c.wall);
        cpu.push_back(c.cpu);
    }
    figure("frame_whole_during_drag_1920x1080_median_wall", median(frames), "ms");
    figure("frame_whole_during_drag_1920x1080_median_cpu", median(cpu), "ms");
    figure("frame_whole_during_drag_1920x1080_p95_wall", percentile(frames, 0.95), "ms");
    // The floor on this stack: a frame of nothing but one full-screen rectangle, the least any
    // screen draws, rendered and presented the same way.
    {
        std::vector<double> bare;
        const auto& bg = config.colours.background;
        for (int k = 0; k < 60; ++k)
            bare.push_back(measure([&] {
                               window->newFrame(nullptr, {});
                               ImGui::GetBackgroundDrawList()->AddRectFilled({0, 0}, {1920, 1080}, IM_COL32(200, 200, 200, 255));
                               window->endFrame();
                               window->render(bg.r, bg.g, bg.b);
                               window->present();
                           }).wall);
        figure("bare_fullscreen_frame_median_wall", median(bare), "ms");
        figure("frame_whole_during_drag_over_bare", median(frames) / std::max(median(bare), 0.001), "x");
    }
    // The room's picture (its ideas page, 1920x1080) while the finger drags on the console: its
    // own frame (it follows the console to the ideas), rendered and presented.
    {
        app.openRoomWindow(0);
        for (int k = 0; k < 5; ++k) app.frame(&in);
        std::vector<double> room;
        for (int k = 0; k < 60; ++k) {
            in.y = 900.0f - static_cast<float>(k % 60) * 10.0f;
            app.buildFrame(&in);
            window->render(0, 0, 0);
            window->present();
            room.push_back(measure([&] { app.renderRoom(); }).wall);
        }
        figure("room_frame_during_drag_median_wall", median(room), "ms");
        app.closeRoomWindow();
    }
    // Still: the same input for 60 frames. The first may differ; after that nothing is drawn.
    in.down = false;
    int rendered = 0;
    std::uint64_t last = 0;
    for (int k = 0; k < 60; ++k) {
        app.buildFrame(&in);
        const std::uint64_t h = platform::drawDataHash();
        if (k > 0 && h != last) ++rendered;  // what the loop would render (frameIfChanged)
        last = h;
    }
    figure("frames_rendered_of_60_with_the_finger_still", rendered, "frames");
    // A screenshot: read back and written as PNG.
    const Cost shot = measure([&] {
        app.frame();
        window->savePng(dir + "/shot.png");
    });
    figure("headless_screenshot_1920x1080", shot);
    return 0;
}

void startRatio(const std::string& self, const std::string& kiosk, const std::string& dir, const io::KioskConfig& config) {
    // Start to a picture: the kiosk headless on the demo's start screen, beside Chromium headless
    // showing the same meeting's HTML minutes; interleaved, so load falls on both alike.
    const char* chromium = std::getenv("CHROMIUM") ? std::getenv("CHROMIUM") : "/usr/bin/chromium";
    if (access(chromium, X_OK) != 0 || access(kiosk.c_str(), X_OK) != 0) {
        std::printf("# start_ratio: skipped (no %s or no %s)\n", chromium, kiosk.c_str());
        return;
    }
    (void)self;
    const std::string html = dir + "/minutes.html";
    io::writeFileAtomically(html, io::renderExport(io::demoSession(), io::ExportFormat::Html, Audience::Public, config,
                                                   service::exportWords(), service::chartWords()));
    std::vector<double> k, c;
    for (int i = 0; i < 5; ++i) {
        k.push_back(timedRun({kiosk, "--headless", "--demo", "--view", "home", "--screenshot", dir + "/start.png"}));
        c.push_back(chromiumShot(chromium, dir, "chromium", html));
    }
    figure("start_to_screenshot_kiosk_median", median(k), "ms");
    figure("start_to_screenshot_chromium_median", median(c), "ms");
    figure("start_ratio_kiosk_over_chromium", median(k) / std::max(median(c), 1.0), "x");
}

}  // namespace wk::bench
