#include "io/Clock.h"

#include <ctime>

namespace wk::io {
namespace {
std::string localNow(const char* format) {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, format, &tm);
    return buf;
}
}  // namespace

std::string localDate() { return localNow("%Y-%m-%d"); }
std::string localDateTime() { return localNow("%Y-%m-%dT%H:%M:%S"); }

}  // namespace wk::io
