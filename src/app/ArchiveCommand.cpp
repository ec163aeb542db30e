#include "app/ArchiveCommand.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "service/ArchiveSync.h"
#include "service/Exports.h"
#include "domain/Plan.h"
#include "domain/Purge.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "io/Clock.h"
#include "io/AtomicFile.h"
#include "export/Export.h"
#include "io/SessionJson.h"
#include "service/Meetings.h"
#include "service/Privacy.h"
#include "service/Publish.h"

namespace wk::app {
namespace {
constexpr int kOk = 0, kFailed = 1, kBadInput = 2;

std::string field(const std::string& text) {
    std::string out;
    for (unsigned char ch : text) out += ch < 0x20 || ch == 0x7f ? ' ' : static_cast<char>(ch);
    return out;
}

// Runs `body` against the archive, with one line and exit 1 when it cannot be reached or fails.
template <class F> int withArchive(const Options& o, const io::KioskConfig& config, F body) {
    const std::string url = archiveUrl(o, config);
    if (url.empty()) {
        std::cerr << "wijkkiosk: no archive: give --archive postgresql://... or set [archive] url in the config\n";
        return kBadInput;
    }
    try {
        io::Archive archive(url);
        archive.migrate();
        return body(archive);
    } catch (const io::ArchiveError& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return kFailed;
    } catch (const store::StoreError& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return kFailed;
    }
}

void printReport(const service::SyncReport& r) {
    std::cout << "sent " << r.sent << " session(s), " << r.unchanged << " already in the archive, received " << r.received << "\n";
    if (r.broughtIn) std::cout << "brought in what the other kiosk had sent\n";
    if (r.removed) std::cout << "told the archive of " << r.removed << " meeting(s) removed here\n";
    for (const auto& h : r.heldElsewhere)
        std::cout << "not sent: " << h << "; another kiosk holds it (wijkkiosk archive take --session UID takes it over)\n";
    for (const auto& [uid, file] : r.setAside) std::cout << "kept aside: the edits made here of " << uid << " are in " << file << "\n";
    if (r.updated) std::cout << "brought " << r.updated << " meeting(s) up to date\n";
    for (const auto& why : r.refused) std::cout << "not brought up to date, this kiosk keeps its copy: " << why << "\n";
}
}  // namespace

std::string archiveUrl(const Options& o, const io::KioskConfig& config) { return o.archive.empty() ? config.archiveUrl : o.archive; }

int archiveCommand(const Options& o, const io::KioskConfig& config, const std::string& dbPath) {
    if (o.archiveAction == "follow") return archiveFollow(o, config, dbPath);
    return withArchive(o, config, [&](io::Archive& archive) {
        if (o.archiveAction == "status") {
            const auto all = archive.list();
            std::cout << "archive " << io::Archive::redacted(archiveUrl(o, config)) << ": schema " << archive.version() << ", " << all.size()
                      << " session(s)\n";
            if (!std::filesystem::exists(dbPath)) return kOk;
            auto db = store::Database::open(dbPath, store::Database::Mode::ReadOnly);
            const auto meetings = service::standings(archive, *db);
            const auto waiting = std::count_if(meetings.begin(), meetings.end(), [](const service::MeetingStanding& m) { return m.waiting; });
            const std::string site = service::siteId(*db);
            std::cout << "this kiosk (" << site << "): " << waiting << " session(s) with edits not yet in the archive\n";
            // Per meeting, by position, not by count: uid, title, this kiosk's last edit here, the
            // last of its edits the archive has, and who holds the meeting there (this kiosk or
            // another); a copy of another kiosk's meeting that a pull would bring further says so.
            for (const auto& m : meetings)
                std::cout << m.uid << '\t' << field(m.title) << "\there " << m.here << "\tarchive " << m.archived << "\theld by "
                          << (m.holder.empty() ? "nobody (not in the archive)" : m.holder == site ? "this kiosk" : "another kiosk, " + m.holder)
                          << (m.waiting ? "\tnot yet sent" : "")
                          << (!m.holder.empty() && m.holder != site && m.copyRevision < m.revision
                                  ? "\tthis copy at change " + std::to_string(m.copyRevision) + " of " + std::to_string(m.revision)
                                  : "")
                          << '\n';
            return kOk;
        }
        if (o.archiveAction == "purge") {
            const std::string before = o.before.empty() ? service::purgeCutoff(config, io::localDate()) : o.before;
            // The same purge as a kiosk's (the domain's), on each stored session file.
            const int n = service::purgeArchive(archive, before, o.correct);
            if (o.correct) std::cout << "cut-offs after " << before << " taken back; what they purged stays purged\n";
            std::cout << "purged residents' personal data in the archive before " << before << ": " << n
                      << " session(s); the ideas themselves are kept\n";
            return kOk;
        }
        auto db = store::Database::open(dbPath, store::Database::Mode::ReadWrite);
        service::SyncReport r;
        if (o.archiveAction == "pull") {
            r = service::pull(archive, *db, config);
            printReport(r);
            std::cout << "read " << r.rows << " row(s) from the archive\n";
            return r.refused.empty() ? kOk : kFailed;
        } else if (o.archiveAction == "take") {
            if (!isUuid(*o.session) || !service::Meetings(*db, config).find(*o.session)) {
                std::cerr << "wijkkiosk: this kiosk has no session " << *o.session << " to take over (archive pull fetches it)\n";
                return kBadInput;
            }
            r = service::takeOver(archive, *db, *o.session);
        } else {
            r = service::push(archive, *db);
        }
        printReport(r);
        return kOk;
    });
}

int archiveSessions(const Options& o, const io::KioskConfig& config) {
    return withArchive(o, config, [&](io::Archive& archive) {
        for (const auto& e : archive.list())
            std::cout << e.uid << '\t' << e.date << '\t' << e.type << '\t' << field(e.wijk) << '\t' << field(e.title) << '\t' << e.holder << '\n';
        return kOk;
    });
}

int archiveExport(const Options& o, const io::KioskConfig& config, const std::string& dbPath) {
    return withArchive(o, config, [&](io::Archive& archive) {
        const auto body = archive.body(*o.session);
        if (!body) {
            std::cerr << "wijkkiosk: the archive has no session " << *o.session << " (wijkkiosk --archive URL sessions lists them)\n";
            return kBadInput;
        }
        auto format = io::parseExportFormat(o.format);
        if (o.format == "ideeen") format = io::ideasFormatFor(o.out);
        const bool package = o.format == "archief";
        if (!format && !package) {
            std::cerr << "wijkkiosk: from the archive, export takes md, html, pdf, odt, csv, xlsx, json, png, contacts, ideeen (FILE.xlsx or "
                         "FILE.csv) or archief\n";
            return kBadInput;
        }
        const Audience audience = o.audience == "public" ? Audience::Public : Audience::Internal;
        try {
            // The export is remembered in this kiosk's database when it has one.
            std::unique_ptr<store::Database> db;
            if (std::filesystem::exists(dbPath)) db = store::Database::open(dbPath, store::Database::Mode::ReadWrite);
            service::Exports exports(db.get(), config);
            if (package) {
                for (const auto& f : exports.package(io::sessionFromJson(*body), audience, o.out)) std::cout << f << "\n";
            } else {
                exports.document(io::sessionFromJson(*body), *format, audience, o.out);
            }
        } catch (const std::exception& e) {
            std::cerr << "wijkkiosk: " << e.what() << "\n";
            return kBadInput;
        }
        return kOk;
    });
}

int publishCommand(const Options& o, const io::KioskConfig& config, const std::string& dbPath) {
    std::vector<Session> meetings;
    try {
        if (!o.archive.empty()) {
            // As the website's reader: the public view only, no migration (that role may not).
            io::Archive archive(o.archive);
            for (const auto& body : archive.publicBodies()) meetings.push_back(io::sessionFromJson(body));
        } else if (std::filesystem::exists(dbPath)) {
            auto db = store::Database::open(dbPath, store::Database::Mode::ReadOnly);
            meetings = service::publicMeetings(*db);
        }
        const std::size_t n = service::publishSite(meetings, config, o.out, io::localDate());
        std::cout << "published " << meetings.size() << " meeting(s) in " << n << " file(s) into " << o.out << "\n";
        return kOk;
    } catch (const io::ArchiveError& e) {
        // PostgreSQL's message spans lines (the query, a caret): said on one.
        std::string said = e.what();
        std::replace(said.begin(), said.end(), '\n', ' ');
        while (said.find("  ") != std::string::npos) said.erase(said.find("  "), 1);
        std::cerr << "wijkkiosk: " << said << "; nothing written\n";
        return kFailed;
    } catch (const io::IoError& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return kBadInput;
    } catch (const std::exception& e) {
        std::cerr << "wijkkiosk: publish: " << e.what() << "\n";
        return kFailed;
    }
}

}  // namespace wk::app
