// wijkkiosk-bench's figures at city scale (BenchCity.cpp).
#pragma once
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include <sys/types.h>

#include "domain/Types.h"
#include "io/Config.h"

namespace wk::app {
class KioskApp;
class PhoneDoor;
}
namespace wk::io {
class HttpServer;
}
namespace wk::platform {
class Window;
}

namespace wk::bench {

// CPU time of this process so far (user and system), in milliseconds.
double cpuMs();

using Clock = std::chrono::steady_clock;
// What something took: wall time and this process's CPU time, in milliseconds.
struct Cost {
    double wall = 0, cpu = 0;
};
template <class F> Cost measure(F f) {
    const auto t0 = Clock::now();
    const double c0 = cpuMs();
    f();
    return {std::chrono::duration<double, std::milli>(Clock::now() - t0).count(), cpuMs() - c0};
}
// The value at fraction `p` of the sorted values (0.5 the median's upper one, 1 the largest); 0 when none.
double percentile(std::vector<double> v, double p);
// Starts argv[0] with its standard output to `out` and its errors to `err` (else to `out`).
pid_t spawn(const std::vector<std::string>& argv, const std::string& out, const std::string& err = "");
// Runs a command, its output dropped, and waits: the wall time in ms, or -1 when it failed.
double timedRun(const std::vector<std::string>& argv);
// One `name: value unit` line; a cost as name_wall and name_cpu.
void figure(const std::string& name, double value, const char* unit);
void figure(const std::string& name, const Cost&);

// Headless Chromium's start to a 1920x1080 screenshot of `html` (a profile of its own under
// `dir`, named `name`): the wall time in ms, or -1.
double chromiumShot(const std::string& chromium, const std::string& dir, const std::string& name, const std::string& html);
// The bench's kiosk window: headless, 1920x1080.
std::unique_ptr<platform::Window> benchWindow();
// The phone server on loopback for `door` (any free port); none, said on stderr, when it cannot listen.
std::unique_ptr<io::HttpServer> phoneServer(app::PhoneDoor& door, const io::KioskConfig&);

// The demo grown to `ideas` ideas over every theme and `actions` actions.
Session citySession(const io::KioskConfig&, int ideas, int actions);
void importFigures(const io::KioskConfig&, const std::string& dir);
void editFigures(const io::KioskConfig&, const std::string& dir);
// The console's search per key typed at 50,000 ideas, and the public view of them.
void searchFigures(const io::KioskConfig&);
// Run in a process of their own (wijkkiosk-bench --wall N, --drag).
int wallChild(const io::KioskConfig&, const std::string& dir, int ideas);
int dragChild(const io::KioskConfig&, const std::string& dir);
// 200 phones answering a poll while the kiosk draws (BenchPhones.cpp).
void pollFigures(app::KioskApp&, platform::Window&, const io::KioskConfig&, const std::string& dbPath);
// Issue 36, with an archive of its own (tests/city.sh): `kiosks` kiosk processes following one
// another (wijkkiosk archive follow), and the office's list and export at 1,000 meetings.
int kiosksFigures(const io::KioskConfig&, const std::string& configPath, const std::string& kiosk, const std::string& archiveUrl,
                  const std::string& dir, int kiosks);
// One HTTP/1.1 request from `from` (a loopback address) to the phone server, the connection closed
// after it: the status, and the visit's cookie ("wkv=...") when the answer set one.
struct PhoneReply {
    int status = 0;
    std::string cookie;
};
PhoneReply phoneRequest(int port, const std::string& from, const std::string& method, const std::string& path, const std::string& cookie,
                        const std::string& body);
// Issue 37: 200 phones posting an idea at once (BenchSpeed.cpp).
void phonesAtOnce(app::KioskApp&, platform::Window&, const io::KioskConfig&, const std::string& dbPath);
// An edit through the UI at `ideas` ideas, room shown (wijkkiosk-bench --edit-ui N).
int editUiChild(const io::KioskConfig&, const std::string& dir, int ideas);
void startRatioImported(const std::string& kiosk, const std::string& configPath, const std::string& dir);
void startRatio(const std::string& self, const std::string& kiosk, const std::string& dir, const io::KioskConfig&);

}  // namespace wk::bench
