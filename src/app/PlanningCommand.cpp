#include "app/PlanningCommand.h"

#include "service/Exports.h"

#include <iostream>

#include "domain/Planning.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "io/AtomicFile.h"
#include "io/Clock.h"
#include "io/I18n.h"
#include "export/Export.h"
#include "export/PlanningDocs.h"
#include "service/Planning.h"

namespace wk::app {
namespace {

constexpr int kOk = 0, kBadInput = 2;

// A field of a tab-separated line: nothing in it may break the line.
std::string field(const std::string& text) {
    std::string out;
    for (unsigned char ch : text) out += ch < 0x20 || ch == 0x7f ? ' ' : static_cast<char>(ch);
    return out;
}

int addPlanned(const Options& o, service::Planning& planning) {
    const auto added = planning.add({0, o.area, o.kind, o.date, o.owner, ""});
    if (const auto& wrong = added.wrong) {
        if (*wrong == "area") std::cerr << "wijkkiosk: planning add --area \"" << o.area << "\": not an area of the config's gebiedsindeling\n";
        else if (*wrong == "kind") {
            std::string kinds;
            for (const auto& k : planning.kinds()) kinds += (kinds.empty() ? "" : ", ") + k;
            std::cerr << "wijkkiosk: planning add --kind \"" << o.kind << "\": one of " << kinds << "\n";
        } else if (*wrong == "date") std::cerr << "wijkkiosk: planning add --date \"" << o.date << "\": a date like 2027-03-15 or a month like 2027-03\n";
        else std::cerr << "wijkkiosk: planning add --owner: no control characters\n";
        return kBadInput;
    }
    std::cout << added.id << "\n";
    return kOk;
}

}  // namespace

int planningCommand(const Options& o, const io::KioskConfig& config, store::Database* db) {
    service::Planning planning(db, config);
    if (o.planningAction == "add") return addPlanned(o, planning);
    if (o.planningAction == "remove") {
        if (!planning.remove(o.removeId)) {
            std::cerr << "wijkkiosk: nothing planned has number " << o.removeId << " (wijkkiosk planning lists them)\n";
            return kBadInput;
        }
        return kOk;
    }
    if (o.listPlanned) {  // what is planned, with the number to remove it by
        for (const auto& p : planning.planned())
            std::cout << p.id << '\t' << field(p.area) << '\t' << field(p.kind) << '\t' << p.date << '\t' << field(p.owner) << '\n';
        return kOk;
    }
    if (o.year) {
        if (!o.out.empty()) {
            try {
                service::Exports(db, config).yearPlanning(o.year, o.out);
            } catch (const io::IoError& e) {
                std::cerr << "wijkkiosk: " << e.what() << "\n";
                return kBadInput;
            }
            return kOk;
        }
        for (const auto& r : planning.year(o.year)) {
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
    for (const auto& d : planning.due(at))
        std::cout << field(d.gebied) << '\t' << field(d.area) << '\t' << toString(d.type) << '\t' << d.last << '\t' << d.due << '\t'
                  << d.planned << '\t' << (d.daysLate > 0 ? std::to_string(d.daysLate) : "") << '\n';
    return kOk;
}

int feedbackCommand(const Options& o, const io::KioskConfig& config, store::Database* db) {
    const std::string at = o.at.empty() ? io::localDate() : o.at;
    for (const auto& f : service::Planning(db, config).feedback(at)) {
        using K = FeedbackDue::Kind;
        const char* what = f.kind == K::Answer ? "feedback.answer" : f.kind == K::Action ? "feedback.action" : "feedback.report";
        const char* send = f.kind == K::Answer ? "feedback.send_letter" : f.kind == K::Action ? "feedback.send_owner" : "feedback.send_report";
        const char* how = f.kind == K::Answer ? " (export --format brieven)" : f.kind == K::Report ? " (export --format voortgang)" : "";
        const std::string when = f.daysLeft < 0   ? io::trn("feedback.late", -f.daysLeft)
                                 : f.daysLeft == 0 ? std::string(io::tr("feedback.today"))
                                                   : io::trn("feedback.soon", f.daysLeft);
        std::cout << f.date << '\t' << field(f.wijk) << '\t' << io::tr(what) << '\t' << field(f.reference) << '\t' << field(f.text) << '\t'
                  << when << '\t' << io::tr(send) << how << '\n';
    }
    return kOk;
}

}  // namespace wk::app
