#include "service/Preparation.h"

#include <filesystem>

#include "domain/Vocabulary.h"
#include "export/ContributionSheet.h"
#include "io/AtomicFile.h"
#include "io/I18n.h"
#include "service/EditService.h"
#include "service/Meetings.h"
#include "service/Words.h"

namespace wk::service {

Preparation::Made Preparation::prepare(const MeetingType& type, const std::string& wijk, const std::string& date, const std::string& time,
                                       const std::string& location, const std::string& folder, const std::string& at) {
    Made made;
    made.id = Meetings(db_, config_).prepare(type, wijk, date, time, location, at);
    const Session s = Meetings(db_, config_).load(made.id);
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    for (const auto& [party, label] : config_.parties) {
        const std::string file = (std::filesystem::path(folder) / (std::string(toString(party)) + ".xlsx")).string();
        io::writeFileAtomically(file, io::contributionSheet(s, party, config_, exportWords()));
        made.sheets.push_back(file);
    }
    return made;
}

std::vector<Preparation::Read> Preparation::read(std::int64_t sessionId, const std::vector<std::string>& files, const std::string& at) {
    EditService edits(db_, sessionId, config_.policy);
    std::vector<Read> out;
    for (const auto& file : files) {
        Read r{file, {}, 0};
        const std::string name = std::filesystem::path(file).filename().string();
        try {
            const io::ContributionRead sheet = io::readContributionSheet(io::readFile(file, 32u * 1024 * 1024), name, config_, exportWords());
            if (sheet.uid != edits.session().info.uid)
                throw io::SheetError(name + ": made for another meeting (" + sheet.uid + "), not for " + edits.session().info.title);
            const EditResult res = edits.submit({sheet.contributions, Role::System, at});
            if (res.problem && res.problem->code == "nothing_to_do") {  // returned as it came: nothing to add
                out.push_back(std::move(r));
                continue;
            }
            if (res.problem) throw io::SheetError(name + ": " + io::problemMessage(*res.problem));
            if (!res.ok()) throw io::SheetError(name + ": not saved: " + res.storeError);
            r.actions = sheet.contributions.actions.size();
        } catch (const io::SheetError& e) {
            r.error = e.what();
        } catch (const io::IoError& e) {
            r.error = e.what();
        }
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace wk::service
