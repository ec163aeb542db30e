// The room's picture: its window, its fonts, the session as the room may see it, the wijk map.
#include "app/KioskApp.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "domain/Rules.h"
#include "io/Clock.h"
#include "io/I18n.h"
#include "ui/widgets/Gesture.h"
#include "ui/widgets/Touch.h"

namespace wk::app {

void KioskApp::ensureRoomFonts() {
    // Only when a room picture is first drawn: a kiosk without one starts quicker.
    if (!roomFonts_.body) window_.addFonts([this] { roomFonts_ = ui::loadRoomFonts(config_, roomPx_); });
}

void KioskApp::openRoomWindow(int display) {
    ensureRoomFonts();
    int w = 0, h = 0;
    window_.size(w, h);
    roomWindow_ = platform::RoomWindow::open(window_, display, w, h);
    kiosk_->setRoomWindow(true);
}

void KioskApp::closeRoomWindow() {
    roomWindow_.reset();
    kiosk_->setRoomWindow(false);
}

void KioskApp::renderRoom() {
    const auto& bg = config_.colours.background;
    if (roomWindow_) roomWindow_->render(bg.r, bg.g, bg.b);
}

const Session& KioskApp::roomSession() {
    // The room obeys the phase like the console: in a public part nothing closed, no name
    // without consent. Who stands at the console does not change what the room may see.
    if (!edits_) return noMeeting();
    const Session& full = edits_->session();
    const bool pub = full.info.phase == Visibility::Public || kiosk_->forcePublic();
    roomPublic_ = pub;
    return roomView_.of(full, edits_->revision(), pub ? Audience::Public : Audience::Internal, &edits_->journal());
}

void KioskApp::drawRoomPicture() {
    const Session& s = roomSession();
    const ui::RoomPage page = kiosk_->roomPage();
    // The word cloud: of the last one-word question when there is one, else of the ideas the room
    // may see; made again only when the session or the phase changed.
    std::string cloudQuestion;
    // A big meeting's ideas page turns through the cloud too (its summary).
    const bool summary = page == ui::RoomPage::Ideas && s.ideas.size() > static_cast<std::size_t>(config_.summaries.roomAbove);
    if (page == ui::RoomPage::Words || summary) {
        const Poll* wordPoll = nullptr;
        if (!summary)
            for (const auto& q : s.polls)
                if (q.kind == PollKind::Word && !q.opened.empty()) wordPoll = &q;
        if (wordPoll) cloudQuestion = wordPoll->question;
        const std::string key = std::string(roomPublic_ ? "p" : "c") + (summary ? "s" : "w") + (wordPoll ? wordPoll->id : "");
        const std::uint64_t revision = edits_ ? edits_->revision() : 0;
        if (key != roomCloudKey_ || revision != roomCloudRevision_) {
            // Supports and answers leave the words as they were: no stemming 100,000 ideas again.
            const auto since = edits_ && key == roomCloudKey_ ? edits_->journal().ideasSince(roomCloudRevision_) : std::nullopt;
            const bool same = since && std::all_of(since->begin(), since->end(), [](const auto* c) { return sameForCloud(*c); });
            if (!same) roomCloud_ = wordPoll ? words_.pollCloud(s, *wordPoll) : words_.ideaCloud(s, roomPublic_);
            roomCloudKey_ = key;
            roomCloudRevision_ = revision;
        }
    }
    ui::setTrace(&roomTrace_);
    ui::traceBegin();
    ui::drawRoom({s, config_, roomFonts_, logo_, logoAspect_, page, roomPublic_, true, now(), edits_ ? edits_->revision() : 0,
                  &phones_, meetingTime(), &roomCloud_, cloudQuestion, kiosk_->room().focus.idea, kiosk_->room().focus.theme,
                  edits_ ? &edits_->journal() : nullptr},
                 roomState_);
    ui::traceEnd();
    ui::setTrace(nullptr);
}

void KioskApp::saveRoomPng(const std::string& path) {
    const auto& bg = config_.colours.background;
    if (roomWindow_) {
        roomWindow_->savePng(path, bg.r, bg.g, bg.b);
    } else {  // --room: the console's window shows the room
        window_.render(bg.r, bg.g, bg.b);
        window_.savePng(path);
    }
}

void KioskApp::loadMapIfShown() {
    // Loaded the first time the ideas screen shows, not at start: start-up stays quick.
    if (mapFile_.empty() || kiosk_->view() != ui::View::Ideas) return;
    auto it = maps_.find(mapFile_);
    if (it == maps_.end()) {
        Map m;
        int w = 0, h = 0;
        // A map that cannot be read leaves the kiosk without a map, not without a meeting.
        if (const unsigned tex = platform::loadTexture(mapFile_, w, h)) {
            m.texture = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(tex));
            m.aspect = static_cast<float>(w) / static_cast<float>(h);
        }
        it = maps_.emplace(mapFile_, m).first;
    }
    map_ = it->second;
    mapFile_.clear();
}

}  // namespace wk::app
