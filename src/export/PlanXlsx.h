// The action plan as a spreadsheet (XLSX, libxlsxwriter): one row per action with its number,
// deadlines as real date cells, a frozen header with a filter, columns wide enough to read.
#pragma once
#include <string>

#include "domain/Types.h"
#include "io/Config.h"
#include "export/Minutes.h"

namespace wk::io {

// `session` already filtered for its audience. The file's bytes; throws IoError when the
// temporary file it is built in cannot be written.
std::string planXlsx(const Session&, const KioskConfig&, const Words&);

}  // namespace wk::io
