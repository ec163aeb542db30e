// Every export, assembled once: the kiosk's export button, `wijkkiosk export` and `wijkkiosk
// --archive URL export` all come here. The stored meeting is read anew, never the shown one, and
// the audience decides what goes out; each file passes the export guard (never over the
// database or the config, over an existing file only when this kiosk's export wrote it).
// Failures throw std::exception (io::IoError) naming what failed, for the door to say.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "export/Export.h"
#include "io/Config.h"
#include "store/Sqlite.h"

namespace wk::service {

class Exports {
public:
    // `db` may be null (exporting the archive's copy with no database here): then no existing
    // file is replaced and nothing is remembered.
    Exports(store::Database* db, const io::KioskConfig& config);

    // The kiosk's button: minutes, plan, session file (and for the internal audience the contact
    // list and the year's planning of every area) of meeting `id`, into `folder`.
    void meeting(std::int64_t id, Audience, const std::string& folder);
    // One document of meeting `id` to `file`.
    void document(std::int64_t id, io::ExportFormat, Audience, const std::string& file);
    // The same of a meeting not stored here (the archive's copy).
    void document(const Session& full, io::ExportFormat, Audience, const std::string& file);
    // The werkagenda of meeting `id`, or (`progress`) the wijk's progress report over its meetings
    // up to this one: HTML when `file` ends in .html, else Markdown.
    void cycleDocument(std::int64_t id, bool progress, Audience, const std::string& file);
    // The invitation to meeting `id` (issue 29): `folder`/uitnodiging.pdf, .odt and .ics for
    // `audience`; returns their paths.
    std::vector<std::string> invitation(std::int64_t id, Audience, const std::string& folder);
    // The answer letters of meeting `id` (issue 32, internal only): `folder`/NUMBER.pdf and .odt
    // for every resident with an address, and `folder`/brieven.csv for the mail merge; all
    // readable by their owner only (they hold names and contacts). The files written.
    std::vector<std::string> letters(std::int64_t id, const std::string& folder);
    // The archive package of meeting `id` (issue 35) into `folder`, which must be new or empty:
    // the files written. The same of a meeting not stored here (the archive's copy).
    std::vector<std::string> package(std::int64_t id, Audience, const std::string& folder);
    std::vector<std::string> package(const Session& full, Audience, const std::string& folder);
    // The planning of `year` for every area: HTML when `file` ends in .html, else Markdown.
    void yearPlanning(int year, const std::string& file);

private:
    std::vector<std::string> writePackage(const Session& full, Audience, const std::string& folder, const io::ExportContext&);
    store::Database* db_;
    const io::KioskConfig& config_;
};

// Where an export may write, for the doors that write a file of their own (the bench's reports).
io::ExportGuard exportGuard(store::Database* db, const io::KioskConfig& config);

}  // namespace wk::service
