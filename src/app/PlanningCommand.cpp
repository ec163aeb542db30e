#include "app/PlanningCommand.h"

#include "service/ExportTargets.h"

#include <iostream>

#include "app/KioskApp.h"
#include "domain/Planning.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "io/AtomicFile.h"
#include "io/Clock.h"
#include "export/Export.h"
#include "export/PlanningDocs.h"
#include "store/Repository.h"

namespace wk::app {
namespace {

constexpr int kOk = 0, kBadInput = 2;

// A field of a tab-separated line: nothing in it may break the line.
std::string field(const std::string& text) {
    std::string out;
    for (unsigned char ch : text) out += ch < 0x20 || ch == 0x7f ? ' ' : static_cast<char>(ch);
    return out;
}

int addPlanned(const Options& o, const io::KioskConfig& config, store::Database& db) {
    const Planned p{0, o.area, o.kind, o.date, o.owner, ""};
    if (const auto wrong = checkPlanned(p, io::planningAreas(config), io::plannableKinds(config))) {
        if (*wrong == "area") std::cerr << "wijkkiosk: planning add --area \"" << o.area << "\": not an area of the config's gebiedsindeling\n";
        else if (*wrong == "kind") {
            std::string kinds;
            for (const auto& k : io::plannableKinds(config)) kinds += (kinds.empty() ? "" : ", ") + k;
            std::cerr << "wijkkiosk: planning add --kind \"" << o.kind << "\": one of " << kinds << "\n";
        } else if (*wrong == "date") std::cerr << "wijkkiosk: planning add --date \"" << o.date << "\": a date like 2027-03-15 or a month like 2027-03\n";
        else std::cerr << "wijkkiosk: planning add --owner: no control characters\n";
        return kBadInput;
    }
    std::cout << store::Repository(db).addPlanned(p) << "\n";
    return kOk;
}

}  // namespace

int planningCommand(const Options& o, const io::KioskConfig& config, store::Database* db) {
    if (o.planningAction == "add") return addPlanned(o, config, *db);
    if (o.planningAction == "remove") {
        if (!store::Repository(*db).removePlanned(o.removeId)) {
            std::cerr << "wijkkiosk: nothing planned has number " << o.removeId << " (wijkkiosk planning lists them)\n";
            return kBadInput;
        }
        return kOk;
    }
    std::vector<SessionSummary> sessions;
    std::vector<Planned> planned;
    if (db) {
        store::Repository repo(*db);
        sessions = repo.list();
        planned = repo.planned();
    }
    if (o.listPlanned) {  // what is planned, with the number to remove it by
        for (const auto& p : planned)
            std::cout << p.id << '\t' << field(p.area) << '\t' << field(p.kind) << '\t' << p.date << '\t' << field(p.owner) << '\n';
        return kOk;
    }
    if (o.year) {
        const auto rows = yearTable(io::planningAreas(config), io::heldMeetings(sessions), planned, o.year);
        if (!o.out.empty()) {
            const io::Document doc = io::yearDocument(rows, o.year, config, exportWords());
            const bool html = o.out.size() > 5 && o.out.substr(o.out.size() - 5) == ".html";
            const io::HtmlLook look = io::htmlLook(config, config.municipality, config.municipality);
            try {
                io::writeExport(o.out, html ? io::toHtml(doc, look) : io::toMarkdown(doc) + "\n", service::exportGuard(db, config));
            } catch (const io::IoError& e) {
                std::cerr << "wijkkiosk: " << e.what() << "\n";
                return kBadInput;
            }
            return kOk;
        }
        for (const auto& r : rows) {
            std::cout << field(r.gebied) << '\t' << field(r.area);
            for (const auto& items : r.months) {
                std::string cell;
                for (const auto& i : items)
                    cell += (cell.empty() ? "" : ", ") + io::kindShort(config, i.kind) + (i.held ? " (held)" : "") +
                            (i.owner.empty() ? "" : " " + i.owner);
                std::cout << '\t' << field(cell);
            }
            std::cout << '\n';
        }
        return kOk;
    }
    const std::string at = o.at.empty() ? io::localDate() : o.at;
    // gebied, area, type, last, due; then, as extensions, the next planned date and the days overdue.
    for (const auto& d : meetingsDue(io::planningAreas(config), io::meetingFrequencies(config), config.councilTerms,
                                     io::heldMeetings(sessions), planned, at))
        std::cout << field(d.gebied) << '\t' << field(d.area) << '\t' << toString(d.type) << '\t' << d.last << '\t' << d.due << '\t'
                  << d.planned << '\t' << (d.daysLate > 0 ? std::to_string(d.daysLate) : "") << '\n';
    return kOk;
}

}  // namespace wk::app
