#include "io/Clock.h"

#include <ctime>

namespace wk::io {
namespace {
std::string localNow(const char* format, bool utc = false) {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    if (utc) gmtime_r(&t, &tm);
    else localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, format, &tm);
    return buf;
}
}  // namespace

std::string localDate() { return localNow("%Y-%m-%d"); }
std::string localDateTime() { return localNow("%Y-%m-%dT%H:%M:%S"); }
std::string localDateTimeZone() {
    std::string t = localNow("%Y-%m-%dT%H:%M:%S%z");  // +0100: XML's dateTime writes +01:00
    if (t.size() > 2 && (t[t.size() - 5] == '+' || t[t.size() - 5] == '-')) t.insert(t.size() - 2, ":");
    return t;
}
std::string utcStamp() { return localNow("%Y%m%dT%H%M%SZ", true); }

}  // namespace wk::io
