// The wall clock, read here and nowhere below: the domain gets the time with each intent.
#pragma once
#include <string>

namespace wk::io {

// The local date (YYYY-MM-DD) and time (YYYY-MM-DDTHH:MM:SS) now.
std::string localDate();
std::string localDateTime();
// The same with the offset from UTC, as XML's dateTime writes it: "2026-12-07T11:17:48+01:00".
std::string localDateTimeZone();
// The time now in UTC as iCalendar writes it (YYYYMMDDTHHMMSSZ).
std::string utcStamp();

}  // namespace wk::io
