// Preparing a meeting at the office (issue 29): the meeting "in voorbereiding" with its type's
// agenda, a contribution sheet per party, and the filled-in sheets read back into its plan as
// discussion and decision points, each sheet all or nothing, as the system's intent.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "io/Config.h"
#include "store/Sqlite.h"

namespace wk::service {

class Preparation {
public:
    Preparation(store::Database& db, const io::KioskConfig& config) : db_(db), config_(config) {}

    struct Made {
        std::int64_t id = 0;
        std::vector<std::string> sheets;  // the files written, one per party
    };
    // Throws io::IoError when a sheet cannot be written (the meeting is made already then).
    Made prepare(const MeetingType& type, const std::string& wijk, const std::string& date, const std::string& time,
                 const std::string& location, const std::string& sheetsFolder, const std::string& at);

    struct Read {
        std::string file;
        std::string error;   // one line naming the file, sheet, row and column; empty when read
        std::size_t actions = 0;
    };
    // Every file on its own: a bad one is named and nothing of it is stored; the others are.
    std::vector<Read> read(std::int64_t sessionId, const std::vector<std::string>& files, const std::string& at);

private:
    store::Database& db_;
    const io::KioskConfig& config_;
};

}  // namespace wk::service
