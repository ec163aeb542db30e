// The session file of INTERFACES.md ("format": "wijkkiosk-session", "version": 1), both ways.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

#include "domain/Policy.h"
#include "domain/Types.h"

namespace wk::io {

// Names the JSON path of the first problem, e.g. "$.session.ideas[2].text: must not be empty".
struct ImportError : std::runtime_error {
    ImportError(std::string p, const std::string& what) : std::runtime_error(p + ": " + what), path(std::move(p)) {}
    std::string path;
};

constexpr int kSessionFormatVersion = 1;

// The whole session as given; filter it with visibleTo() first for a public export.
std::string sessionToJson(const Session&);
// Parses and checks everything, by the same rules as edits; the session's id stays 0. A file
// without a phase starts in its meeting type's (`policy`'s startPhase), or closed without one.
Session sessionFromJson(std::string_view json, const Policy* policy = nullptr);

}  // namespace wk::io
