// One entry for every export, used by `wijkkiosk export` and the facilitator's export button:
// the session filtered for its audience, rendered in one format.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/AtomicFile.h"
#include "export/Minutes.h"
#include "export/SliderChart.h"

namespace wk::io {

// Contacts is the facilitator's list for following up ideas: internal only, never in minutes.
enum class ExportFormat { Markdown, Html, Csv, Json, Png, Xlsx, Pdf, Odt, Contacts, IdeasXlsx, IdeasCsv };
// md, html, pdf, odt, csv, xlsx, json, png, contacts; "ideeen" is IdeasXlsx or IdeasCsv by the
// file's extension (ideasFormatFor).
std::optional<ExportFormat> parseExportFormat(std::string_view word);
// The ideas spreadsheet a file name asks for: .xlsx or .csv (any case), else none.
std::optional<ExportFormat> ideasFormatFor(const std::string& file);

// What an export knows beyond the session: the wijk's meetings up to this one (for the progress
// report), today, and the wijk's next planned meeting (for the minutes' end).
struct ExportContext {
    const std::vector<Session>* wijkMeetings = nullptr;
    std::string today, nextMeeting;
};

// The file's bytes. `full` is the stored session; what the audience may not see is left out here.
// Throws IoError for the contact list asked for a public audience.
std::string renderExport(const Session& full, ExportFormat, Audience, const KioskConfig&, const Words&, const ChartWords&,
                         const ExportContext& = {});

// The municipality's look for an HTML document: colours, logo (left out when it cannot be read),
// language, title and the footer on every printed page.
HtmlLook htmlLook(const KioskConfig&, const std::string& title, const std::string& footer);

// A file name that says what is in it, e.g. "2026-11-19 Brouwhuis verslag openbaar.html".
std::string exportFileName(const SessionInfo&, ExportFormat, Audience, const Words&);
// `name` with what a file system or a USB stick's FAT would refuse replaced by "-".
std::string fileSafe(std::string name);

// Folders an advisor may export to: mounted removable media first (a USB stick under /media or
// /run/media), then the home folder. Only folders that exist and can be written.
std::vector<std::string> exportFolders();
// The same under other roots and another home folder (for tests).
std::vector<std::string> exportFolders(const std::vector<std::string>& mediaRoots, const std::string& home);

// Whether an export holds residents' contacts (the contact list, the internal session file):
// written for its owner alone.
FileAccess accessFor(ExportFormat, Audience);

// Writes the minutes (html, md, pdf, odt), the plan (csv, xlsx) and the session (json) for
// `audience` into `folder`, each atomically, and for the internal audience the contact list;
// returns the file names. Throws IoError naming what failed. Also the werkagenda (HTML), and the
// wijk's progress report as of `context.today` when `context.wijkMeetings` (every meeting of the
// wijk up to this one, stored as they are) is given. Each file through `guard`: an earlier
// export's file of the same name is replaced, anything else there is left alone (IoError).
std::vector<std::string> exportAll(const Session& full, Audience, const std::string& folder, const KioskConfig&,
                                   const Words&, const ChartWords&, const ExportContext& = {}, const ExportGuard& = {});

}  // namespace wk::io
