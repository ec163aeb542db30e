// One entry for every export, used by `wijkkiosk export` and the facilitator's export button:
// the session filtered for its audience, rendered in one format.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/Minutes.h"
#include "io/SliderChart.h"

namespace wk::io {

enum class ExportFormat { Markdown, Html, Csv, Json, Png, Xlsx, Pdf };
std::optional<ExportFormat> parseExportFormat(std::string_view word);  // md, html, csv, json, png, xlsx, pdf

// The file's bytes. `full` is the stored session; what the audience may not see is left out here.
std::string renderExport(const Session& full, ExportFormat, Audience, const KioskConfig&, const Words&, const ChartWords&);

// The municipality's look for an HTML document: colours, logo (left out when it cannot be read),
// language, title and the footer on every printed page.
HtmlLook htmlLook(const KioskConfig&, const std::string& title, const std::string& footer);

// A file name that says what is in it, e.g. "2026-11-19 Brouwhuis verslag openbaar.html".
std::string exportFileName(const SessionInfo&, ExportFormat, Audience, const Words&);

// Folders an advisor may export to: mounted removable media first (a USB stick under /media or
// /run/media), then the home folder. Only folders that exist and can be written.
std::vector<std::string> exportFolders();
// The same under other roots and another home folder (for tests).
std::vector<std::string> exportFolders(const std::vector<std::string>& mediaRoots, const std::string& home);

// Writes the minutes (md, html), the plan (csv) and the session (json) for `audience` into
// `folder`, each atomically; returns the file names. Throws IoError naming what failed.
// Also the werkagenda (HTML), and the wijk's progress report as of `today` when `wijkMeetings`
// (every meeting of the wijk up to this one, stored as they are) is given.
std::vector<std::string> exportAll(const Session& full, Audience, const std::string& folder, const KioskConfig&,
                                   const Words&, const ChartWords&, const std::vector<Session>* wijkMeetings = nullptr,
                                   const std::string& today = "");

}  // namespace wk::io
