// A touch date picker: day, month and year each with large − and + buttons, so no date is
// ever typed. Works on ISO dates (YYYY-MM-DD); an empty value starts from `fallback`.
#pragma once
#include <string>
#include <string_view>

#include "domain/Text.h"

namespace wk::ui {

// Returns true when the date changed; `date` is then a valid ISO date.
bool datePicker(std::string_view id, std::string& date, const std::string& fallback);

using wk::addToDate;  // the calendar arithmetic lives in the domain (domain/Text.h)

}  // namespace wk::ui
