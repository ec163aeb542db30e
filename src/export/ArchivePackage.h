// One meeting as the municipality's archive keeps it (issue 35): the minutes (PDF and ODT), the
// plan and the ideas (CSV), the session file, MDTO metadata for the meeting and for every file,
// and `manifest-sha256.txt` (as sha256sum writes it) over all of them. No file holds a contact; a
// public package holds nothing closed and no name without consent.
#pragma once
#include <string>
#include <vector>

#include "export/Export.h"

namespace wk::io {

struct PackageFile {
    std::string name, bytes;
};

constexpr const char* kManifest = "manifest-sha256.txt";

// The package's files, the manifest last. Throws ConfigError naming the key the config lacks
// (gemeente.archiefvormer, meetings.TYPE.waardering or .bewaartermijn): then nothing is made.
std::vector<PackageFile> archivePackage(const Session& full, Audience, const KioskConfig&, const Words&, const ChartWords&,
                                        const std::string& stamp, const ExportContext& = {});

// What is wrong with a package folder: every file the manifest names that is missing or whose
// checksum differs, and every file there that the manifest does not name; empty when intact.
// Throws IoError when the folder has no readable manifest.
std::vector<std::string> verifyPackage(const std::string& folder);

}  // namespace wk::io
