// The welcome a resident sees first.
#pragma once

#include "ui/Screen.h"

namespace wk::ui {

// Returns true when tapped.
// `noMeeting`: the database holds none yet, so nothing invites an idea.
bool drawWelcomeScreen(const Session&, const io::KioskConfig&, const Fonts&, ImTextureID logo, float logoAspect,
                       const PhoneJoin* phones = nullptr, bool noMeeting = false);

}  // namespace wk::ui
