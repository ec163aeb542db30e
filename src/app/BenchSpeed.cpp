// wijkkiosk-bench's figures for issue 37 (quick on the weakest kiosk): an edit through the UI at
// 1,000 and 100,000 ideas with the memory after 1,000 of them (each size in a process of its
// own), 200 phones posting an idea at the same moment, and start-up from a real imported meeting
// beside headless Chromium.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/BenchCity.h"
#include "app/KioskApp.h"
#include "app/PhoneDoor.h"
#include "io/AtomicFile.h"
#include "io/SessionJson.h"
#include "net/HttpServer.h"
#include "platform/Window.h"
#include "service/Meetings.h"

namespace wk::bench {
namespace {

double median(std::vector<double> v) { return percentile(std::move(v), 0.5); }

double rssMb() {
    long pages = 0, resident = 0;
    if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        std::fclose(f);
    }
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1048576.0;
}

}  // namespace

int editUiChild(const io::KioskConfig& config, const std::string& dir, int ideas) {
    // The kiosk as a meeting runs it: the console on the ideas wall, the room's picture on its
    // own window showing the ideas; a support tapped, then the frame that shows it (built,
    // rendered only where it changed, as the loop does). The CPU is this process's.
    setenv("LP_NUM_THREADS", "0", 0);
    auto db = store::Database::open(dir + "/edit-ui-" + std::to_string(ideas) + ".db");
    const auto id = service::Meetings(*db, config).import(citySession(config, ideas, 0), {"", "system", "import", "bench", ""}).id;
    auto window = benchWindow();
    app::KioskApp app(config, *db, *window);
    app.kiosk().unlock();
    app.openSession(id);
    app.openRoomWindow(0);
    app.kiosk().setView(ui::View::Ideas);
    for (int k = 0; k < 5; ++k) app.frameIfChanged();
    const double before = rssMb();
    std::vector<double> cpu;
    // WK_BENCH_EDITS: fewer, to profile one step; the figures are for 1,000.
    const int edits = std::getenv("WK_BENCH_EDITS") ? std::atoi(std::getenv("WK_BENCH_EDITS")) : 1000;
    for (int k = 0; k < edits; ++k) {
        const Cost c = measure([&] {
            app.issue(SupportIdea{"i" + std::to_string(k % std::min(ideas, 50) + 1)}, Role::Facilitator);
            app.frameIfChanged();
        });
        cpu.push_back(c.cpu);
    }
    const std::string n = "edit_ui_" + std::to_string(ideas) + "_ideas";
    figure(n + "_cpu", median(cpu), "ms");
    figure(n + "_cpu_p95", percentile(cpu, 0.95), "ms");
    if (ideas >= 100000) {
        figure("rss_after_1000_edits", rssMb(), "MB");
        figure("rss_growth_over_1000_edits", rssMb() - before, "MB");
    }
    return 0;
}

void phonesAtOnce(app::KioskApp& app, platform::Window& window, const io::KioskConfig& config, const std::string& dbPath) {
    // 200 phones, each from a loopback address of its own, load the page; then all post an idea
    // at the same moment. Each answer is timed from its own send; the kiosk draws meanwhile.
    constexpr int kPhones = 200;
    const std::int64_t sid = app.edits().session().info.id;
    app::PhoneDoor door(config, dbPath, sid, app::PhoneDoor::newToken());
    std::unique_ptr<io::HttpServer> server = phoneServer(door, config);
    if (!server) return;
    const int port = server->port();
    const std::string base = "/j/" + door.token();
    std::mutex lock;
    std::condition_variable ready;
    int loaded = 0;
    bool go = false;
    std::vector<double> posts;
    std::atomic<int> done{0}, confirmed{0};
    const std::size_t ideasBefore = app.edits().session().ideas.size();
    std::vector<std::thread> phones;
    for (int p = 0; p < kPhones; ++p)
        phones.emplace_back([&, p] {
            const std::string from = "127.0.1." + std::to_string(10 + p);
            const PhoneReply page = phoneRequest(port, from, "GET", base, "", "");
            {
                std::unique_lock<std::mutex> guard(lock);
                ++loaded;
                ready.notify_all();
                ready.wait(guard, [&] { return go; });
            }
            const Clock::time_point t0 = Clock::now();
            const PhoneReply a = phoneRequest(port, from, "POST", base + "/api/ideas", page.cookie,
                                              "{\"text\": \"Tegelijk gestuurd idee " + std::to_string(p) + "\", \"theme\": \"" +
                                                  config.policy.themes.front() + "\"}");
            const double t = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
            std::lock_guard<std::mutex> guard(lock);
            if (a.status == 201) {
                posts.push_back(t);
                ++confirmed;
            }
            ++done;
        });
    {
        std::unique_lock<std::mutex> guard(lock);
        while (loaded < kPhones) {  // the kiosk draws while the phones load the page
            guard.unlock();
            app.frame();
            window.present();
            guard.lock();
        }
        go = true;
        ready.notify_all();
    }
    while (done.load() < kPhones) {
        app.frame();
        window.present();
    }
    for (auto& t : phones) t.join();
    server.reset();
    app.edits().refresh();
    const long long stored = static_cast<long long>(app.edits().session().ideas.size() - ideasBefore);
    figure("phones_200_at_once_post_p50", percentile(posts, 0.5), "ms");
    figure("phones_200_at_once_post_p99", percentile(posts, 0.99), "ms");
    figure("phones_200_at_once_confirmed", confirmed.load(), "ideas");
    figure("phones_200_at_once_stored", static_cast<double>(stored), "ideas");
    // Written in how many transactions (each one fsync): the group commit's work.
    figure("phones_200_at_once_transactions", static_cast<double>(door.groups().groups), "commits");
}

void startRatioImported(const std::string& kiosk, const std::string& configPath, const std::string& dir) {
    // Start to a picture from a meeting as an advisor imports it (1,000 ideas, on the wall), beside
    // Chromium showing the same meeting's minutes; interleaved.
    const char* chromium = std::getenv("CHROMIUM") ? std::getenv("CHROMIUM") : "/usr/bin/chromium";
    if (access(chromium, X_OK) != 0 || access(kiosk.c_str(), X_OK) != 0) {
        std::printf("# start_ratio_imported_session: skipped (no %s or no %s)\n", chromium, kiosk.c_str());
        return;
    }
    const io::KioskConfig config = io::loadConfig(configPath);
    const std::string json = dir + "/imported.json", db = dir + "/imported.db", html = dir + "/imported.html";
    io::writeFileAtomically(json, io::sessionToJson(citySession(config, 1000, 200)));
    if (timedRun({kiosk, "--config", configPath, "--db", db, "import", json}) < 0 ||
        timedRun({kiosk, "--config", configPath, "--db", db, "export", "--session", "1", "--format", "html", "--audience", "public", "--out", html}) < 0) {
        std::printf("# start_ratio_imported_session: the import or the export failed\n");
        return;
    }
    std::vector<double> k, c;
    for (int i = 0; i < 5; ++i) {
        k.push_back(timedRun({kiosk, "--config", configPath, "--db", db, "--headless", "--session", "1", "--view", "ideas", "--screenshot",
                              dir + "/imported.png"}));
        c.push_back(chromiumShot(chromium, dir, "chromium-imported", html));
    }
    figure("start_to_screenshot_imported_kiosk_median", median(k), "ms");
    figure("start_to_screenshot_imported_chromium_median", median(c), "ms");
    figure("start_ratio_imported_session", median(k) / std::max(median(c), 1.0), "x");
}

}  // namespace wk::bench
