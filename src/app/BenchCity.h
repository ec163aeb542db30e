// wijkkiosk-bench's figures at city scale (BenchCity.cpp).
#pragma once
#include <string>

#include "domain/Types.h"
#include "io/Config.h"

namespace wk::app {
class KioskApp;
}
namespace wk::platform {
class Window;
}

namespace wk::bench {

// CPU time of this process so far (user and system), in milliseconds.
double cpuMs();

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
void startRatio(const std::string& self, const std::string& kiosk, const std::string& dir, const io::KioskConfig&);

}  // namespace wk::bench
