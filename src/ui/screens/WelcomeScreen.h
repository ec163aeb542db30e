// The welcome a resident sees first.
#pragma once

#include "ui/Screen.h"

namespace wk::ui {

enum class WelcomeTap { None, Start, ReadAloud };
// What was tapped: anywhere starts; "Lees voor" (when `speech`) asks for the welcome aloud.
// `noMeeting`: the database holds none yet, so nothing invites an idea.
WelcomeTap drawWelcomeScreen(const Session&, const io::KioskConfig&, const Fonts&, ImTextureID logo, float logoAspect,
                             const PhoneJoin* phones = nullptr, bool noMeeting = false, bool speech = false,
                             bool thanks = false);  // thanks: a visit just ended ("Bedankt!")

}  // namespace wk::ui
