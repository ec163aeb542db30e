// The kiosk's whole screen: the huisstijl bar with the live phase, the navigation, and the
// current screen. It holds only view state; the session comes in, requests go out.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/Types.h"
#include "io/Config.h"
#include "ui/Screen.h"
#include "ui/Theme.h"

namespace wk::ui {

struct KioskStatus {
    bool canUndo = false, canRedo = false;
    std::string message;  // the last refusal or failure, shown until the next edit
    bool messageIsError = false;
};

class Kiosk {
public:
    Kiosk(const io::KioskConfig& config, Fonts fonts, ImTextureID logo, float logoAspect);

    void setView(View v) { view_ = v; }
    View view() const { return view_; }
    void setPublicPhase(bool p) { publicPhase_ = p; }
    bool publicPhase() const { return publicPhase_; }

    // Draws one frame of the whole screen. `revision` changes whenever `session` does.
    void draw(const Session& session, std::uint64_t revision, const KioskStatus& status, std::vector<Request>& out);

private:
    const Session& shown(const Session& full, std::uint64_t revision);
    void drawTopBar(const Session& s);
    void drawNavigation(const KioskStatus& status, std::vector<Request>& out);

    const io::KioskConfig& config_;
    Fonts fonts_;
    ImTextureID logo_;
    float logoAspect_;
    View view_ = View::Home;
    bool publicPhase_ = false;
    IdeasState ideas_;
    // The filtered session is rebuilt only when the session or the phase changes.
    Session shown_;
    std::optional<std::uint64_t> shownRevision_;
    bool shownPublic_ = false;
};

}  // namespace wk::ui
