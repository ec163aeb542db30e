// wijkkiosk-bench: the figures the README keeps, one "name: value unit" line each.
// Run from the build folder: ./wijkkiosk-bench [--config FILE]
// `--session-out FILE` only writes the 1,000-idea, 200-action session the exports are measured on
// (to time `wijkkiosk export` of two builds side by side with farm-bench).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <limits>
#include <thread>
#include <string>
#include <vector>

#include <unistd.h>

#include "app/BenchCity.h"
#include "service/ArchiveSync.h"
#include "app/KioskApp.h"
#include "ui/screens/PlanScreen.h"
#include "io/Config.h"
#include "io/DemoSession.h"
#include "io/AtomicFile.h"
#include "export/Export.h"
#include "io/SessionJson.h"
#include "service/EditService.h"
#include "service/Meetings.h"
#include "service/Words.h"

using namespace wk;
using Clock = std::chrono::steady_clock;

namespace {

const auto kProcessStart = Clock::now();

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

void figure(const char* name, double value, const char* unit) { std::printf("%s: %.3f %s\n", name, value, unit); }

// The resident set now, to find what holds memory (WK_BENCH_TRACE=1).
void rssNote(const char* where) {
    if (!std::getenv("WK_BENCH_TRACE")) return;
    long pages = 0, resident = 0;
    if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        std::fclose(f);
    }
    std::fprintf(stderr, "  rss at %s: %.1f MB\n", where, static_cast<double>(resident) * 4096 / 1048576.0);
}

// The demo, grown to `ideas` ideas over every theme, with answers, authors and map pins.
Session bigSession(const io::KioskConfig& config, int ideas) {
    Session s = io::demoSession();
    const auto base = s.ideas;
    s.ideas.clear();
    for (int k = 0; k < ideas; ++k) {
        Idea i = base[static_cast<std::size_t>(k) % base.size()];
        i.id = "i" + std::to_string(k + 1);
        i.theme = config.policy.themes[static_cast<std::size_t>(k) % config.policy.themes.size()];
        i.text = "Idee " + std::to_string(k + 1) + ": " + i.text;
        i.seq = k + 1;
        s.ideas.push_back(std::move(i));
    }
    for (auto& a : s.actions) a.ideas.clear();
    return s;
}

// 200 actions over eight opgaven, every party, status and deadline mix, some carried over.
void growPlan(Session& s, int actions) {
    const auto base = s.actions;
    s.actions.clear();
    s.opgaven.clear();
    for (int k = 0; k < 8; ++k)
        s.opgaven.push_back({"o" + std::to_string(k + 1), "Opgave " + std::to_string(k + 1), "Toelichting bij de opgave", k + 1});
    for (int k = 0; k < actions; ++k) {
        Action a = base[static_cast<std::size_t>(k) % base.size()];
        a.id = "a" + std::to_string(k + 1);
        a.opgave = "o" + std::to_string(k % 8 + 1);
        a.what = "Actie " + std::to_string(k + 1) + ": " + a.what;
        a.status = static_cast<ActionStatus>(k % 4);
        a.deadline = "2026-" + std::string(k % 12 < 9 ? "0" : "") + std::to_string(k % 12 + 1) + "-15";
        if (k % 5 == 0) a.origin = ActionOrigin{"5f0c1d2e-0000-4000-8000-000000000001", a.id, "2024-11-12"};
        a.history = {{"2024-11-12", ActionStatus::Gepland}, {"2025-03-01", a.status}};
        a.ideas.clear();
        a.seq = k + 1;
        a.number = k + 1;
        s.actions.push_back(std::move(a));
    }
}

// Frame build times on the CPU, each frame then rasterised and presented as the kiosk would.
std::vector<double> frameBuildTimes(app::KioskApp& app, platform::Window& window, int frames) {
    for (int i = 0; i < 5; ++i) {  // settle, each frame presented as the kiosk does (unpresented
        app.frame();                 // frames pile up in llvmpipe's scene: 18 MB for five)
        window.present();
    }
    std::vector<double> t;
    for (int i = 0; i < frames; ++i) {
        const auto t0 = Clock::now();
        app.buildFrame();
        t.push_back(ms(Clock::now() - t0));
        window.render(0, 0, 0);
        window.present();
    }
    return t;
}

}  // namespace

// Runs this program again with `args`; its figures go to our stdout as its own.
void child(const char* self, const std::string& args) {
    std::fflush(stdout);
    const std::string cmd = std::string("'") + self + "' " + args;
    if (std::FILE* p = popen(cmd.c_str(), "r")) {
        char line[512];
        while (std::fgets(line, sizeof line, p)) std::fputs(line, stdout);
        if (pclose(p) != 0) std::printf("# %s: failed\n", args.c_str());
    }
}

int main(int argc, char** argv) {
    std::string configPath = io::defaultConfigPath(), mode, modeArg, parentDir, archiveUrl;
    for (int i = 1; i + 1 < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--config") configPath = argv[i + 1];
        if (a == "--wall" || a == "--drag") mode = a, modeArg = argv[i + 1];
        if (a == "--dir") parentDir = argv[i + 1];
        if (a == "--archive") archiveUrl = argv[i + 1];
        if (a == "--session-out") mode = a, modeArg = argv[i + 1];
        if (a == "--kiosks") mode = a, modeArg = argv[i + 1];
        if (a == "--edit-ui") mode = a, modeArg = argv[i + 1];
        if (a == "--phones") mode = a, modeArg = argv[i + 1];
        if (a == "--start") mode = a, modeArg = argv[i + 1];
    }
    const io::KioskConfig config = io::loadConfig(configPath);
    if (mode == "--session-out") {
        Session big = bigSession(config, 1000);
        growPlan(big, 200);
        io::writeFileAtomically(modeArg, io::sessionToJson(big));
        return 0;
    }
    if (mode == "--wall") return bench::wallChild(config, parentDir, std::atoi(modeArg.c_str()));
    if (mode == "--drag") return bench::dragChild(config, parentDir);
    if (mode == "--edit-ui") return bench::editUiChild(config, parentDir, std::atoi(modeArg.c_str()));
    // A folder of this run's own: any number of benches may run at once.
    std::string tmpl = (std::filesystem::temp_directory_path() / "wijkkiosk-bench-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) {
        std::fprintf(stderr, "wijkkiosk-bench: cannot make a temporary folder in %s\n", tmpl.c_str());
        return 1;
    }
    const std::string dir = tmpl;
    if (mode == "--start") {  // only start-up beside Chromium (wijkkiosk-bench --start 1), to try a change quickly
        const std::string kiosk = (std::filesystem::path(argv[0]).parent_path() / "wijkkiosk").string();
        bench::startRatio(argv[0], kiosk, dir, config);
        bench::startRatioImported(kiosk, configPath, dir);
        std::filesystem::remove_all(dir);
        return 0;
    }
    if (mode == "--kiosks") {  // issue 36's figures only: tests/city.sh gives the archive
        if (archiveUrl.empty()) {
            std::fprintf(stderr, "wijkkiosk-bench: --kiosks N needs --archive URL (tests/city.sh starts a PostgreSQL of its own)\n");
            return 2;
        }
        const std::string kiosk = (std::filesystem::path(argv[0]).parent_path() / "wijkkiosk").string();
        const int rc = bench::kiosksFigures(config, configPath, kiosk, archiveUrl, dir, std::max(2, std::atoi(modeArg.c_str())));
        std::filesystem::remove_all(dir);
        return rc;
    }

    // Mesa's llvmpipe rasterises on helper threads that would compete with frame building for
    // the two cores; rendering on the main thread keeps the CPU figures about the UI alone.
    setenv("LP_NUM_THREADS", "0", 0);
    // Start to first frame: window, GL, fonts, database, the demo, one frame drawn and finished.
    auto db = store::Database::open(dir + "/bench.db");
    auto window = bench::benchWindow();
    app::KioskApp app(config, *db, *window);
    app.kiosk().unlock();  // measure the screens the facilitator sees, not the welcome screen
    app.openDemo();
    app.frame();
    window->present();  // headless, present waits for the GPU to finish
    figure("start_to_first_frame", ms(Clock::now() - kProcessStart), "ms");
    rssNote("first frame");
    if (mode == "--phones") {  // only the phones' figures (wijkkiosk-bench --phones 1), to try a change quickly
        app.openSession(service::Meetings(*db, config).import(bigSession(config, 1000), {"", "system", "import", "bench", ""}).id);
        bench::pollFigures(app, *window, config, dir + "/bench.db");
        bench::phonesAtOnce(app, *window, config, dir + "/bench.db");
        std::filesystem::remove_all(dir);
        return 0;
    }

    // Frame build on the CPU with 1,000 ideas, on the ideas wall and on every other screen.
    Session big = bigSession(config, 1000);
    growPlan(big, 200);
    app.openSession(service::Meetings(*db, config).import(big, {"", "system", "import", "bench", ""}).id);
    rssNote("1000 ideas loaded");
    const char* names[] = {"home", "sliders", "ideas", "plan", "minutes"};
    for (ui::View v : ui::kViews) {
        app.kiosk().setView(v);
        const std::vector<double> t = frameBuildTimes(app, *window, 200);
        const std::string n = std::string("frame_build_1000_ideas_") + names[static_cast<int>(v)];
        figure((n + "_median").c_str(), percentile(t, 0.5), "ms");
        figure((n + "_p99").c_str(), percentile(t, 0.99), "ms");
        rssNote(n.c_str());
    }
    // The room's picture beside the console: what building it adds to a frame, and what drawing
    // the second window costs (llvmpipe; the room at 1920x1080 too).
    {
        app.openRoomWindow(0);
        for (ui::View v : {ui::View::Sliders, ui::View::Ideas, ui::View::Plan}) {
            app.kiosk().setView(v);
            const std::vector<double> with = frameBuildTimes(app, *window, 100);
            const std::string n = std::string("frame_build_with_room_1000_ideas_") + names[static_cast<int>(v)];
            figure((n + "_median").c_str(), percentile(with, 0.5), "ms");
            std::vector<double> render;
            for (int i = 0; i < 30; ++i) {
                app.buildFrame();
                const auto t0 = Clock::now();
                app.renderRoom();
                render.push_back(ms(Clock::now() - t0));
            }
            figure((std::string("room_render_1000_ideas_") + names[static_cast<int>(v)] + "_median").c_str(), percentile(render, 0.5), "ms");
        }
        rssNote("room drawn");
        app.closeRoomWindow();
        rssNote("room closed");
    }
    // The plan with 200 actions, in each of its three groupings (drag handles shown).
    app.kiosk().setView(ui::View::Plan);
    const char* groupings[] = {"by_opgave", "by_party", "monitor"};
    for (int g = 0; g < 3; ++g) {
        app.kiosk().planState().grouping = static_cast<ui::PlanGrouping>(g);
        const std::vector<double> t = frameBuildTimes(app, *window, 200);
        const std::string n = std::string("frame_build_plan_200_actions_") + groupings[g];
        figure((n + "_median").c_str(), percentile(t, 0.5), "ms");
        figure((n + "_p99").c_str(), percentile(t, 0.99), "ms");
    }
    app.kiosk().planState().grouping = ui::PlanGrouping::Opgave;
    rssNote("plan groupings");

    // The five-slider comparison with 40 participants, every one placing now and desired.
    {
        Session forty = io::demoSession();
        forty.participants.clear();
        forty.placements.clear();
        std::int64_t seq = 0;
        for (int k = 1; k <= 40; ++k) {
            const std::string id = "p" + std::to_string(k);
            forty.participants.push_back({id, "Deelnemer " + std::to_string(k), "vakambtenaar", "Gemeente", true, k});
            for (const auto& sl : forty.sliders)
                forty.placements.push_back({id, sl.key, (k * 37 + static_cast<int>(seq)) % 101, (k * 53 + 40) % 101,
                                            "Toelichting van deelnemer " + std::to_string(k), ++seq});
        }
        app.openSession(service::Meetings(*db, config).import(forty, {"", "system", "import", "bench", ""}).id);
        rssNote("forty opened");
        app.kiosk().setView(ui::View::Sliders);
        const std::vector<double> t = frameBuildTimes(app, *window, 200);
        figure("frame_build_sliders_40_participants_median", percentile(t, 0.5), "ms");
        figure("frame_build_sliders_40_participants_p99", percentile(t, 0.99), "ms");
        rssNote("forty drawn");
        app.openSession(service::Meetings(*db, config).list().at(1).id);  // back to the 1,000-idea session
        rssNote("back to 1000");
    }

    // One edit saved durably: validated, committed with synchronous=FULL, applied.
    {
        service::EditService& edits = app.edits();
        std::vector<double> t;
        const std::string first = edits.session().ideas.front().id;
        for (int k = 0; k < 300; ++k) {
            const auto t0 = Clock::now();
            if (!edits.submit({SupportIdea{first}, Role::Facilitator, "2026-11-23T20:00:00"}).ok()) return 1;
            t.push_back(ms(Clock::now() - t0));
        }
        figure("durable_edit_median", percentile(t, 0.5), "ms");
        figure("durable_edit_p99", percentile(t, 0.99), "ms");
        // A resident's new idea on the 1,000-idea wall, stored durably.
        std::vector<double> add;
        for (int k = 0; k < 100; ++k) {
            SubmitIdea idea;
            idea.text = "Nieuw idee " + std::to_string(k) + " met een é";
            idea.theme = "groen";
            const auto t0 = Clock::now();
            if (!edits.submit({idea, Role::Resident, "2026-11-23T20:00:00"}).ok()) return 1;
            add.push_back(ms(Clock::now() - t0));
        }
        figure("add_idea_durable_median", percentile(add, 0.5), "ms");
        figure("add_idea_durable_p99", percentile(add, 0.99), "ms");
        rssNote("edits");
    }

    // Export of the whole 1,000-idea, 200-action session to each format, written atomically
    // (with fsync) as `wijkkiosk export` does; the internal audience, so nothing is left out. The
    // minutes list every idea (a config with no summary threshold), as a meeting of under
    // `[minutes] summary_above` ideas would get them: the PDF is the PDF/A-2u as delivered.
    {
        io::KioskConfig full = config;
        full.summaries.minutesAbove = std::numeric_limits<int>::max();
        const io::Words words = service::exportWords();
        const io::ChartWords chart = service::chartWords();
        const struct { io::ExportFormat format; const char* name; } formats[] = {
            {io::ExportFormat::Markdown, "md"}, {io::ExportFormat::Html, "html"}, {io::ExportFormat::Csv, "csv"}, {io::ExportFormat::Json, "json"},
            {io::ExportFormat::Pdf, "pdf"}, {io::ExportFormat::Odt, "odt"}, {io::ExportFormat::Xlsx, "xlsx"}};
        for (const auto& f : formats) {
            std::vector<double> t, cpu;
            for (int k = 0; k < 10; ++k) {
                const auto t0 = Clock::now();
                const double c0 = bench::cpuMs();
                io::writeFileAtomically(dir + "/export." + f.name,
                                        io::renderExport(app.edits().session(), f.format, Audience::Internal, full, words, chart));
                t.push_back(ms(Clock::now() - t0));
                cpu.push_back(bench::cpuMs() - c0);
            }
            const std::string n = std::string("export_") + f.name + "_1000_ideas_200_actions";
            figure(n.c_str(), percentile(t, 0.5), "ms");
            if (f.format == io::ExportFormat::Html || f.format == io::ExportFormat::Pdf || f.format == io::ExportFormat::Odt ||
                f.format == io::ExportFormat::Xlsx)
                figure((n + "_cpu").c_str(), percentile(cpu, 0.5), "ms");
            rssNote(f.name);
        }
        // The same meeting as a big one's minutes (above `[minutes] summary_above`): the summary.
        std::vector<double> t;
        for (int k = 0; k < 10; ++k) {
            const auto t0 = Clock::now();
            io::writeFileAtomically(dir + "/summary.pdf",
                                    io::renderExport(app.edits().session(), io::ExportFormat::Pdf, Audience::Internal, config, words, chart));
            t.push_back(ms(Clock::now() - t0));
        }
        figure("export_pdf_summary_1000_ideas_200_actions", percentile(t, 0.5), "ms");
    }

    rssNote("exports");

    // The archive (only with --archive URL, a PostgreSQL of one's own: tests/pg.sh starts one):
    // a 10,000-idea session pushed from scratch, and one edit from its commit to the archive
    // through the kiosk's own link.
    if (!archiveUrl.empty()) {
        try {
            io::Archive archive(archiveUrl);
            archive.migrate();
            auto adb = store::Database::open(dir + "/archive-bench.db");
            Session huge = bigSession(config, 10000);
            // A meeting of its own: with the demo's uid the archive held it for this other
            // database, refused the kiosk's sends below, and the wait for them never ended.
            huge.info.uid = "b0b0b0b0-0000-4000-8000-000000010000";
            const std::int64_t hid = service::Meetings(*adb, config).import(huge, {"", "system", "import", "bench", ""}).id;
            const auto t0 = Clock::now();
            const double c0 = bench::cpuMs();
            archive.send(service::archivedSession(*adb, hid));
            figure("archive_push_10000_ideas", ms(Clock::now() - t0), "ms");
            figure("archive_push_10000_ideas_cpu", bench::cpuMs() - c0, "ms");
            // The same again with nothing new (issue 37): where the archive stands, one query.
            const bench::Cost idle = bench::measure([&] { service::push(archive, *adb); });
            figure("archive_push_nothing_new", idle.wall, "ms");
            figure("archive_push_nothing_new_cpu", idle.cpu, "ms");
            // One edit at a kiosk whose link is up: from the commit to the archive having it.
            const std::string uid = app.edits().session().info.uid;
            service::ArchiveLink link(archiveUrl, dir + "/bench.db", config);
            // Waits for the archive, a minute at most: a send refused must end the figure, not the bench.
            const auto waitFor = [&](const std::function<bool()>& done, const char* what) {
                const auto deadline = Clock::now() + std::chrono::minutes(1);
                while (!done()) {
                    if (Clock::now() > deadline) throw std::runtime_error(std::string("no ") + what + " in a minute: " + link.status().detail);
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
            };
            waitFor([&] { return archive.editCount(uid) > 0; }, "first send of the kiosk's meeting");
            std::vector<double> reach;
            for (int k = 0; k < 10; ++k) {
                const std::int64_t before = archive.editCount(uid);
                const auto e0 = Clock::now();
                const auto made = app.issue(SubmitIdea{"Naar het archief " + std::to_string(k), "groen", "", "", false, std::nullopt}, Role::Facilitator);
                if (!made.ok()) throw std::runtime_error("the edit was refused: " + (made.problem ? made.problem->code + " " + made.problem->field : made.storeError));
                waitFor([&] { return archive.editCount(uid) > before; }, "edit in the archive");
                reach.push_back(ms(Clock::now() - e0));
            }
            figure("archive_edit_reaches_median", percentile(reach, 0.5), "ms");
            figure("archive_edit_reaches_max", percentile(reach, 1.0), "ms");
        } catch (const std::exception& e) {
            std::fprintf(stderr, "wijkkiosk-bench: archive: %s\n", e.what());
        }
    }
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    figure("peak_rss", static_cast<double>(ru.ru_maxrss) / 1024.0, "MB");
    // A poll answered by 200 phones while the kiosk draws (the 1,000-idea session open): after
    // the peak above, which is the kiosk's own, not 200 client threads'.
    bench::pollFigures(app, *window, config, dir + "/bench.db");
    bench::phonesAtOnce(app, *window, config, dir + "/bench.db");

    // City scale.
    bench::importFigures(config, dir);
    bench::editFigures(config, dir);
    bench::searchFigures(config);
    child(argv[0], "--config '" + configPath + "' --dir '" + dir + "' --wall 50000");
    child(argv[0], "--config '" + configPath + "' --dir '" + dir + "' --drag 1");
    const std::string kiosk = (std::filesystem::path(argv[0]).parent_path() / "wijkkiosk").string();
    bench::startRatio(argv[0], kiosk, dir, config);
    bench::startRatioImported(kiosk, configPath, dir);
    child(argv[0], "--config '" + configPath + "' --dir '" + dir + "' --edit-ui 1000");
    child(argv[0], "--config '" + configPath + "' --dir '" + dir + "' --edit-ui 100000");
    std::filesystem::remove_all(dir);
    return 0;
}
