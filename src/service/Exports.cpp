#include "service/Exports.h"

#include <cstdio>
#include <filesystem>

#include "domain/Planning.h"
#include "domain/Rules.h"
#include "export/ArchivePackage.h"
#include "export/CycleDocs.h"
#include "export/Invitation.h"
#include "export/Letters.h"
#include "io/I18n.h"
#include "export/OdtWriter.h"
#include "export/PdfWriter.h"
#include "export/PlanningDocs.h"
#include "io/Clock.h"
#include "service/Words.h"
#include "store/Repository.h"

namespace wk::service {
namespace {

bool endsWithHtml(const std::string& file) { return file.size() > 5 && file.compare(file.size() - 5, 5, ".html") == 0; }

}  // namespace

Exports::Exports(store::Database* db, const io::KioskConfig& config) : db_(db), config_(config) {}

void Exports::meeting(std::int64_t id, Audience audience, const std::string& folder) {
    store::Repository repo(*db_);
    const Session full = repo.load(id);
    const SessionInfo& info = full.info;
    // The wijk's meetings up to this one, for the progress report beside the minutes.
    const std::vector<Session> meetings = repo.meetingsOfWijk(info.wijk, info.date);
    const std::vector<Planned> planned = repo.planned();
    const io::ExportContext context{&meetings, io::localDate(), io::nextMeeting(config_, planned, info)};
    const io::ExportGuard guard = exportGuard(db_, config_);
    io::exportAll(full, audience, folder, config_, exportWords(), chartWords(), context, guard);
    // With the plan goes the year's planning of every area (Stadskanaal's table), internal: it
    // names who picks what up.
    if (audience == Audience::Internal) {
        const int year = std::atoi(io::localDate().substr(0, 4).c_str());
        const auto rows = yearTable(io::planningAreas(config_), io::heldMeetings(repo.list()), planned, year);
        const std::string title = exportWords()("planning.year_title") + " " + std::to_string(year);
        io::writeExport((std::filesystem::path(folder) / (title + ".html")).string(),
                        io::toHtml(io::yearDocument(rows, year, config_, exportWords()), io::htmlLook(config_, title, config_.municipality)),
                        guard);
    }
}

void Exports::document(std::int64_t id, io::ExportFormat format, Audience audience, const std::string& file) {
    store::Repository repo(*db_);
    const Session full = repo.load(id);
    const io::ExportContext context{nullptr, "", io::nextMeeting(config_, repo.planned(), full.info)};
    io::writeExport(file, io::renderExport(full, format, audience, config_, exportWords(), chartWords(), context),
                    exportGuard(db_, config_), io::accessFor(format, audience));
}

void Exports::document(const Session& full, io::ExportFormat format, Audience audience, const std::string& file) {
    io::writeExport(file, io::renderExport(full, format, audience, config_, exportWords(), chartWords()), exportGuard(db_, config_),
                    io::accessFor(format, audience));
}

void Exports::cycleDocument(std::int64_t id, bool progress, Audience audience, const std::string& file) {
    store::Repository repo(*db_);
    const Session focus = visibleTo(repo.load(id), audience);
    io::Document doc;
    if (!progress) {
        doc = io::werkagendaDocument(focus, audience, config_, exportWords());
    } else {
        std::vector<Session> meetings;
        for (const auto& m : repo.meetingsOfWijk(focus.info.wijk, focus.info.date)) meetings.push_back(visibleTo(m, audience));
        doc = io::voortgangDocument(meetings, focus, audience, config_, exportWords(), io::localDate());
    }
    std::string bytes;
    if (endsWithHtml(file)) {
        const std::string title = doc.blocks.empty() ? focus.info.title : std::get<io::Heading>(doc.blocks.front()).text;
        const io::HtmlLook look = io::htmlLook(
            config_, title, title + " · " + exportWords()(audience == Audience::Public ? "export.public_version" : "export.internal_version"));
        bytes = io::toHtml(doc, look);
    } else {
        bytes = io::toMarkdown(doc) + "\n";
    }
    io::writeExport(file, bytes, exportGuard(db_, config_));
}

std::vector<std::string> Exports::invitation(std::int64_t id, Audience audience, const std::string& folder) {
    store::Repository repo(*db_);
    const Session full = repo.load(id);
    const io::Words& w = exportWords();
    // Made whole before anything is written: a meeting with nothing to invite to leaves no file.
    const io::Document letter = io::invitationDocument(full, audience, config_, w, io::localDate());
    const std::string title = io::invitationTitle(full.info, config_, w);
    io::HtmlLook look = io::htmlLook(config_, title, config_.municipality + " · " + title);
    if (audience == Audience::Public) look.textScale = 1.4;  // residents' letter: text at 13 to 14 pt, for older eyes
    const std::string ics = io::invitationIcs(full, audience, config_, w, io::utcStamp());
    const io::ExportGuard guard = exportGuard(db_, config_);
    std::vector<std::string> written;
    for (const auto& [name, bytes] : {std::pair<std::string, std::string>{"uitnodiging.pdf", io::toPdf(letter, look)},
                                      {"uitnodiging.odt", io::toOdt(letter, look)},
                                      {"uitnodiging.ics", ics}}) {
        written.push_back((std::filesystem::path(folder) / name).string());
        io::writeExport(written.back(), bytes, guard);
    }
    return written;
}

std::vector<std::string> Exports::letters(std::int64_t id, const std::string& folder) {
    store::Repository repo(*db_);
    const Session full = repo.load(id);
    const io::Words& w = exportWords();
    const auto all = io::answerLetters(full, config_, w, io::localDate());
    const io::ExportGuard guard = exportGuard(db_, config_);
    std::vector<std::string> written;
    const auto write = [&](const std::string& name, const std::string& bytes) {
        written.push_back((std::filesystem::path(folder) / name).string());
        io::writeExport(written.back(), bytes, guard, io::FileAccess::OwnerOnly);
    };
    for (const auto& l : all) {
        if (l.letter.blocks.empty()) continue;
        const std::string title = io::fillIn(w("letter.your_number"), l.number);
        io::HtmlLook look = io::htmlLook(config_, title, config_.municipality + " · " + title);
        look.textScale = 1.4;  // a letter to a resident: text at 13 to 14 pt, for older eyes
        write(l.number + ".pdf", io::toPdf(l.letter, look));
        write(l.number + ".odt", io::toOdt(l.letter, look));
    }
    write("brieven.csv", io::lettersCsv(all, w));
    return written;
}

std::vector<std::string> Exports::package(std::int64_t id, Audience audience, const std::string& folder) {
    store::Repository repo(*db_);
    const Session full = repo.load(id);
    return writePackage(full, audience, folder, {nullptr, "", io::nextMeeting(config_, repo.planned(), full.info)});
}

std::vector<std::string> Exports::package(const Session& full, Audience audience, const std::string& folder) {
    return writePackage(full, audience, folder, {});
}

std::vector<std::string> Exports::writePackage(const Session& full, Audience audience, const std::string& folder, const io::ExportContext& context) {
    namespace fs = std::filesystem;
    // Made whole before anything is written: a config that lacks a key leaves no folder behind.
    const auto files = io::archivePackage(full, audience, config_, exportWords(), chartWords(), io::localDateTimeZone(), context);
    std::error_code ec;
    if (fs::exists(folder, ec) && !(fs::is_directory(folder, ec) && fs::is_empty(folder, ec)))
        throw io::IoError(folder + ": a package goes into a new or empty folder; this one is not empty");
    fs::create_directories(folder, ec);
    if (ec) throw io::IoError(folder + ": cannot make this folder (" + ec.message() + ")");
    const io::ExportGuard guard = exportGuard(db_, config_);
    std::vector<std::string> written;
    for (const auto& f : files) {
        written.push_back((fs::path(folder) / f.name).string());
        io::writeExport(written.back(), f.bytes, guard, audience == Audience::Internal ? io::FileAccess::OwnerOnly : io::FileAccess::AsUmask);
    }
    return written;
}

void Exports::yearPlanning(int year, const std::string& file) {
    std::vector<SessionSummary> sessions;
    std::vector<Planned> planned;
    if (db_) {
        store::Repository repo(*db_);
        sessions = repo.list();
        planned = repo.planned();
    }
    const auto rows = yearTable(io::planningAreas(config_), io::heldMeetings(sessions), planned, year);
    const io::Document doc = io::yearDocument(rows, year, config_, exportWords());
    const io::HtmlLook look = io::htmlLook(config_, config_.municipality, config_.municipality);
    io::writeExport(file, endsWithHtml(file) ? io::toHtml(doc, look) : io::toMarkdown(doc) + "\n", exportGuard(db_, config_));
}

// Never over the kiosk's database (under any name), its -wal or -shm, or its config; over an
// existing file only when an earlier export of this kiosk wrote it, as the database remembers.
io::ExportGuard exportGuard(store::Database* db, const io::KioskConfig& config) {
    io::ExportGuard guard;
    guard.kept = io::keptFiles(db ? db->path() : "", config.file);
    if (!db) return guard;
    const auto stamp = [](const io::FileStamp& f) { return store::Repository::FileStamp{f.dev, f.ino, f.size, f.mtimeNs}; };
    guard.writtenByUs = [db, stamp](const io::FileStamp& f) {
        try {
            return store::Repository(*db).exportedHere(stamp(f));
        } catch (const store::StoreError&) {
            return false;  // not known: left alone
        }
    };
    guard.remember = [db, stamp](const io::FileStamp& f, const std::string& path) {
        try {
            store::Repository(*db).rememberExport(stamp(f), path, io::localDateTime());
        } catch (const store::StoreError& e) {
            // A read-only database: the file is written, only a later export will not replace it.
            std::fprintf(stderr, "wijkkiosk: %s: not remembered as an export (%s)\n", path.c_str(), e.what());
        }
    };
    return guard;
}

}  // namespace wk::service
