// The parties' contribution sheets (issue 29): an XLSX per party to fill in at the office (the
// opgaven, rows for the party's actions with drop-down lists, the meeting's uid in a hidden
// sheet), and reading one back, filled in by whatever program, all or nothing.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/Intent.h"
#include "domain/Types.h"
#include "export/Minutes.h"
#include "io/Config.h"

namespace wk::io {

// "gemeente.xlsx: Bijdragen, rij 4, kolom Budget: ..." : where, then what.
struct SheetError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The sheet for `party`, as XLSX bytes.
std::string contributionSheet(const Session&, Party, const KioskConfig&, const Words&);

// A filled-in sheet as the intent that files it: its party, the opgaven it names and its rows.
struct ContributionRead {
    std::string uid;  // the meeting it was made for
    AddContributions contributions;
};
// Reads `bytes` (the file `name`); throws SheetError naming the file, sheet, row and column.
ContributionRead readContributionSheet(const std::string& bytes, const std::string& name, const KioskConfig&, const Words&);

}  // namespace wk::io
