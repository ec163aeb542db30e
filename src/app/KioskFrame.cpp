// The frame: input, the screens, the requests they made, the room; and the loop that draws only
// when something happened.
#include "app/KioskApp.h"

#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include "domain/Agenda.h"
#include "domain/Rules.h"
#include "io/Clock.h"
#include "io/I18n.h"
#include "ui/FontAtlas.h"
#include "ui/widgets/Gesture.h"
#include "ui/widgets/Touch.h"

namespace wk::app {

void KioskApp::buildFrame(const platform::InputOverride* replay) {
    if (roomOnly_ || kiosk_->presentingNow()) ensureRoomFonts();
    // A text in a script the atlas lacked asked for its glyphs in the frame before: added now.
    if (ui::atlasWantsMore()) window_.addFonts([] { ui::growAtlas(); });
    pollOtherWriters();
    showArchiveStatus();
    loadMapIfShown();
    window_.newFrame(replay, [this] { kiosk_->keyboard().intercept(ImGui::GetIO()); });
    const platform::TwoFingers fingers = window_.takeGesture();
    ui::setGesture({fingers.active, {fingers.centreX, fingers.centreY}, {fingers.panX, fingers.panY}, fingers.zoom});
    requests_.clear();
    // Presenting on one screen (or --room): the console shows the room's picture, and of the
    // console only what brings it back.
    if (roomOnly_ || kiosk_->presentingNow()) drawRoomPicture();
    ui::traceBegin();
    status_.meetingRemovable = edits_ && kiosk_->mode() == ui::Mode::Facilitator && isRemovable(edits_->session());
    if (!roomOnly_)
        kiosk_->draw({edits_ ? edits_->session() : noMeeting(), edits_ ? edits_->revision() : 0, status_, sessions_, now(),
                      meetingTime(), around_.previous ? &*around_.previous : nullptr, &around_.wijkActions, map_.texture, map_.aspect, &exportFolders_,
                      &phones_, &planned_, &around_.wijkAnswers, !edits_, &words_, &feedback_,
                      edits_ ? &edits_->journal() : nullptr},
                     requests_);
    ui::traceEnd();
    window_.endFrame();
    // Handled after the frame is complete: the next frame draws the changed session.
    for (const auto& r : requests_) handle(r);
    // Locked or idle: back at the welcome screen, nothing goes on reading the last visitor's text.
    if (speaker_ && kiosk_->welcome() && !wasWelcome_) speaker_->stop();
    wasWelcome_ = kiosk_->welcome();
    // The room's own window is built after them: a phase switch reaches it in the same frame.
    if (roomWindow_) roomWindow_->build([this] { drawRoomPicture(); });
}

int KioskApp::frameIfChanged() {
    buildFrame();
    if (ui::atlasWantsMore()) buildFrame();  // no frame drawn with boxes where new glyphs belong
    if (window_.takeExposed()) consoleHash_ = roomHash_ = 0;  // uncovered: drawn again whatever it shows
    const auto& bg = config_.colours.background;
    int rendered = 0;
    if (const std::uint64_t h = platform::drawDataHash(); h != consoleHash_) {
        window_.render(bg.r, bg.g, bg.b);
        window_.present();
        consoleHash_ = h;
        ++rendered;
    }
    if (roomWindow_ && roomWindow_->lastHash() != roomHash_) {
        roomWindow_->render(bg.r, bg.g, bg.b);
        roomHash_ = roomWindow_->lastHash();
        ++rendered;
    }
    return rendered;
}

void KioskApp::frame(const platform::InputOverride* replay) {
    buildFrame(replay);
    if (ui::atlasWantsMore()) {
        // The same finger, but what was typed is typed once.
        platform::InputOverride again = replay ? *replay : platform::InputOverride{};
        again.chars.clear();
        again.key = -1;
        buildFrame(replay ? &again : nullptr);
    }
    const auto& bg = config_.colours.background;
    window_.render(bg.r, bg.g, bg.b);
    if (roomWindow_) roomWindow_->render(bg.r, bg.g, bg.b);
}

int KioskApp::run(bool fullscreen) {
    // ImGui settles a layout over a few frames; draw those, then sleep until an event.
    constexpr int kSettleFrames = 3;
    int pending = kSettleFrames;
    for (;;) {
        bool quit = false;
        const bool events = window_.pumpEvents(pending > 0 ? 0 : 500, quit);
        // A resident cannot close the full-screen kiosk; the facilitator and the system can.
        if (quit && (!fullscreen || kiosk_->mode() == ui::Mode::Facilitator)) return 0;
        if (quit) std::fputs("wijkkiosk: close request ignored: only the facilitator closes the kiosk\n", stderr);
        if (quit_ || platform::stopRequested()) return 0;
        // Timers (idle lock, the PIN wait) need frames with no input at all; so does an idea
        // another writer (a phone) stored.
        // The room's long lists turn their pages by themselves.
        const bool pageTurn = (roomWindow_ || kiosk_->presentingNow()) && roomNextTurn(roomState_, now()) == 0;
        if (events || !requests_.empty() || kiosk_->wantsFrame(now()) || pageTurn || pollOtherWriters()) pending = kSettleFrames;
        // A running agenda item or speaker counts down: a frame each wake-up (drawn only when
        // the minutes shown changed).
        if (edits_ && (currentItem(edits_->session().agenda) || speakingNow(edits_->session().turns))) pending = std::max(pending, 1);
        if (pending > 0) {
            frameIfChanged();
            --pending;
        }
    }
}

}  // namespace wk::app
