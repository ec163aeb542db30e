// "Lees voor": what the kiosk says aloud when a resident taps the button on the welcome screen,
// an idea (with its answer) or an action. The text comes from the session as this phase shows
// it, never from the screen: a request for something closed in a public part gets nothing.
#pragma once
#include <optional>
#include <string>

#include "domain/Types.h"
#include "io/Config.h"

namespace wk::service {

enum class ReadKind { Welcome, Idea, Action };
struct ReadRequest {
    ReadKind kind = ReadKind::Welcome;
    std::string id;  // the idea's or the action's; none for the welcome
};

// The words to speak, in the kiosk's language; nullopt when this phase does not show it (closed
// in a public part, hidden, waiting for the facilitator) or it is not there.
std::optional<std::string> readAloudText(const Session& full, bool publicPhase, const ReadRequest&, const io::KioskConfig&);

}  // namespace wk::service
