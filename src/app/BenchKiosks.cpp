// wijkkiosk-bench --kiosks N --archive URL (issue 36; tests/city.sh starts the PostgreSQL): N kiosk
// processes without a window (`wijkkiosk archive follow`), each editing its own meeting and
// following the others' through one archive; then the office's list and export of a meeting
// with 1,000 meetings and 200,000 ideas in the archive.
#include "app/BenchCity.h"

#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "domain/Rules.h"
#include "domain/Vocabulary.h"
#include "io/Clock.h"
#include "io/SessionJson.h"
#include "net/Archive.h"
#include "service/ArchiveSync.h"
#include "service/Meetings.h"

namespace wk::bench {
namespace {

double childrenCpuMs() {
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

std::string uidFor(const char* kind, int n) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s-0000-4000-8000-%012d", kind, n);
    return buf;
}

// What the followers said: each one's ideas sent, and for each idea of another kiosk it has,
// after how long it saw it (or that it caught it up, made before it was connected).
struct Followed {
    int sent = 0, failed = 0;
    std::map<std::string, int> havers;  // idea -> how many kiosks have it
    std::vector<double> seenMs;
};

void readFollower(const std::string& file, Followed& f) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("sent ", 0) == 0) f.sent += std::atoi(line.c_str() + 5);
        else if (line.rfind("caught ", 0) == 0) ++f.havers[line.substr(7)];
        else if (line.rfind("seen ", 0) == 0) {
            const auto tab = line.find('\t');
            ++f.havers[line.substr(5, tab - 5)];
            f.seenMs.push_back(std::atof(line.c_str() + tab + 1));
        }
    }
}

void kioskFigures(const io::KioskConfig& config, const std::string& configPath, const std::string& kiosk, const std::string& url,
                  const std::string& dir, io::Archive& archive, int n) {
    constexpr int kEdits = 20, kEveryMs = 500;
    const std::string tag = "kiosks_" + std::to_string(n);
    // Each kiosk a meeting of its own, in the archive, and the others' taken, as after a day's use.
    std::vector<std::string> dbs, uids;
    for (int k = 1; k <= n; ++k) {
        dbs.push_back(dir + "/kiosk-" + std::to_string(k) + ".db");
        uids.push_back(uidFor("20202020", k));
        auto db = store::Database::open(dbs.back());
        Session s = citySession(config, 40, 4);
        s.info.uid = uids.back();
        s.info.title = "Wijktafel van kiosk " + std::to_string(k);
        service::Meetings(*db, config).import(s, {io::localDateTime(), "system", "import", "bench meeting", ""});
        service::push(archive, *db);
    }
    for (const auto& path : dbs) service::pull(archive, *store::Database::open(path), config);

    const double c0 = childrenCpuMs();
    const auto t0 = Clock::now();
    std::vector<pid_t> pids;
    for (int k = 0; k < n; ++k)
        pids.push_back(spawn({kiosk, "--config", configPath, "--db", dbs[k], "--archive", url, "archive", "follow", "--session", uids[k], "--edits",
                              std::to_string(kEdits), "--every", std::to_string(kEveryMs), "--expect", std::to_string((n - 1) * kEdits), "--for", "300"},
                             dbs[k] + ".out", dbs[k] + ".err"));
    Followed f;
    for (int k = 0; k < n; ++k) {
        int status = 0;
        waitpid(pids[k], &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            ++f.failed;
            std::ifstream err(dbs[k] + ".err");
            std::string line, last;
            while (std::getline(err, line)) last = line;
            std::printf("# kiosk %d: did not see every idea in 5 minutes: %s\n", k + 1, last.c_str());
        }
        readFollower(dbs[k] + ".out", f);
    }
    const double wall = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    const auto everywhere = std::count_if(f.havers.begin(), f.havers.end(), [&](const auto& h) { return h.second == n - 1; });
    figure(tag + "_edits_sent", f.sent, "ideas");
    figure(tag + "_edits_received", static_cast<double>(everywhere), "ideas (each at every other kiosk)");
    figure(tag + "_edit_seen_p50", percentile(f.seenMs, 0.5), "ms");
    figure(tag + "_edit_seen_p99", percentile(f.seenMs, 0.99), "ms");
    figure(tag + "_edit_seen_max", percentile(f.seenMs, 1.0), "ms");
    figure(tag + "_run", {wall, childrenCpuMs() - c0});
    // Everything seen: one more pull finds nothing to read.
    auto db = store::Database::open(dbs.front());
    service::SyncReport r;
    const Cost idle = measure([&] { r = service::pull(archive, *db, config); });
    figure("pull_rows_when_nothing_changed", r.rows, "rows");
    figure("pull_when_nothing_changed", idle);
}

void officeFigures(const io::KioskConfig& config, const std::string& configPath, const std::string& kiosk, const std::string& url,
                   const std::string& dir, io::Archive& archive) {
    // Years of meetings from 20 kiosks: 1,000 meetings of 200 ideas, each sent as its kiosk does.
    constexpr int kMeetings = 1000;
    Session s = citySession(config, 200, 6);
    const Cost fill = measure([&] {
        for (int m = 0; m < kMeetings; ++m) {
            s.info.uid = uidFor("0ff1ce00", m);
            s.info.wijk = config.areas.empty() ? s.info.wijk : config.areas[static_cast<std::size_t>(m) % config.areas.size()].name;
            char date[16];
            std::snprintf(date, sizeof date, "20%02d-%02d-%02d", 22 + m / 250, 1 + (m / 21) % 12, 1 + m % 28);
            s.info.date = date;
            s.info.title = "Wijktafel " + s.info.wijk + " " + s.info.date;
            io::ArchivedSession a = service::asArchived(s, "bench-kiosk-" + std::to_string(m % 20));
            a.edits.push_back({1, io::localDateTime(), "system", "import", "meeting", ""});
            archive.send(a);
        }
    });
    figure("archive_1000_meetings_fill", fill);
    // The office: the list of sessions, and one meeting's minutes as PDF/A, as the advisor runs them
    // (each to a file of its own: an export never overwrites a file it did not write).
    const double c0 = childrenCpuMs();
    std::vector<double> list, pdf;
    for (int k = 0; k < 3; ++k) {
        list.push_back(timedRun({kiosk, "--config", configPath, "--archive", url, "sessions"}));
        pdf.push_back(timedRun({kiosk, "--config", configPath, "--db", dir + "/office.db", "--archive", url, "export", "--session", uidFor("0ff1ce00", 500),
                                "--format", "pdf", "--audience", "public", "--out", dir + "/office-" + std::to_string(k) + ".pdf"}));
    }
    const double cpu = (childrenCpuMs() - c0) / 3;
    figure("archive_1000_meetings_sessions", percentile(list, 0.5), "ms (median of 3, the whole command)");
    figure("archive_1000_meetings_export", percentile(pdf, 0.5), "ms (median of 3, the whole command, PDF/A)");
    figure("archive_1000_meetings_commands_cpu", cpu, "ms (both commands, a run)");
}

}  // namespace

int kiosksFigures(const io::KioskConfig& config, const std::string& configPath, const std::string& kiosk, const std::string& url,
                  const std::string& dir, int kiosks) {
    try {
        io::Archive archive(url);
        archive.migrate();
        kioskFigures(config, configPath, kiosk, url, dir, archive, kiosks);
        officeFigures(config, configPath, kiosk, url, dir, archive);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "wijkkiosk-bench: kiosks: %s\n", e.what());
        return 1;
    }
}

}  // namespace wk::bench
