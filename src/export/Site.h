// The public website per wijk (issue 33), as static files for the municipality's own web server:
// per wijk its meetings' public minutes, the plan with each action's status and history, every
// public idea under its number with its answer, the ideas on the wijk's map; a page per idea
// number; a toegankelijkheidsverklaring to fill in. No program runs on the server, no script
// runs in the page. Pure: the caller reads the maps and writes the files.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "export/Export.h"

namespace wk::io {

struct SiteFile {
    std::string path;  // relative, with "/" between folders
    std::string bytes;
};

// `meetings`: public sessions (visibleTo's, as the archive's public role reads them), any wijk;
// the site shows them as webSession() leaves them, with no resident's name. `maps`: a wijk's map
// (PNG bytes) by the wijk's name, where the config gives one.
std::vector<SiteFile> publicSite(const std::vector<Session>& meetings, const KioskConfig&, const Words&, const std::string& today,
                                 const std::map<std::string, std::string>& maps);

// The folder name of a wijk: lower case letters and digits, "-" between words ("t-hout").
std::string siteSlug(const std::string& name);

}  // namespace wk::io
