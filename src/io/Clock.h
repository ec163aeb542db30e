// The wall clock, read here and nowhere below: the domain gets the time with each intent.
#pragma once
#include <string>

namespace wk::io {

// The local date (YYYY-MM-DD) and time (YYYY-MM-DDTHH:MM:SS) now.
std::string localDate();
std::string localDateTime();
// The time now in UTC as iCalendar writes it (YYYYMMDDTHHMMSSZ).
std::string utcStamp();

}  // namespace wk::io
