#include "app/PrepareCommand.h"

#include <iostream>

#include "app/Commands.h"
#include "app/RunKiosk.h"
#include "domain/Vocabulary.h"
#include "io/AtomicFile.h"
#include "io/Clock.h"
#include "service/Meetings.h"
#include "service/Preparation.h"

namespace wk::app {
namespace {

constexpr int kOk = 0, kBadInput = 2;

}  // namespace

int prepareCommand(const Options& o, const io::KioskConfig& config) {
    auto db = openDb(o, false);
    service::Preparation preparation(*db, config);
    if (o.prepareRead) {
        const auto id = findSession(service::Meetings(*db, config), *o.session);
        if (!id) return kBadInput;
        int bad = 0;
        for (const auto& r : preparation.read(*id, o.files, io::localDateTime())) {
            if (r.error.empty()) {
                std::cout << r.file << ": " << r.actions << " contribution(s) in the plan\n";
            } else {
                std::cerr << "wijkkiosk: " << r.error << " (nothing of this sheet was read)\n";
                ++bad;
            }
        }
        return bad ? kBadInput : kOk;
    }
    const auto type = parse<MeetingType>(o.type);
    if (!type || !config.meeting(*type)) {
        std::string known;
        for (const auto& m : config.policy.meetings) known += (known.empty() ? "" : ", ") + m.type.key;
        std::cerr << "wijkkiosk: prepare --type \"" << o.type << "\": one of " << known << "\n";
        return kBadInput;
    }
    if (!config.area(o.wijk)) {
        std::cerr << "wijkkiosk: prepare --wijk \"" << o.wijk << "\": not an area of the config's gebiedsindeling\n";
        return kBadInput;
    }
    try {
        const auto made = preparation.prepare(*type, o.wijk, o.date, o.time, o.location, o.sheets, io::localDateTime());
        std::cout << made.id << "\n";
        for (const auto& f : made.sheets) std::cerr << "wijkkiosk: wrote " << f << "\n";
    } catch (const io::IoError& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return kBadInput;
    }
    return kOk;
}

}  // namespace wk::app
