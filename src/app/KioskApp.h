// The running kiosk: the database, the edit service for the open session, the UI, and the
// frame that joins them. Requests from the UI are handled here, between frames.
#pragma once
#include "service/ArchiveSync.h"
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "io/Config.h"
#include "export/Export.h"
#include "app/PhoneDoor.h"
#include "net/HttpServer.h"
#include "platform/RoomWindow.h"
#include "platform/Speech.h"
#include "platform/Window.h"
#include "service/EditService.h"
#include "service/Matching.h"
#include "service/KioskState.h"
#include "service/Meetings.h"
#include "service/Privacy.h"
#include "service/ReadAloud.h"
#include "ui/Kiosk.h"
#include "ui/room/Room.h"
#include "ui/widgets/Touch.h"

namespace wk::app {

class KioskApp {
public:
    // `roomHeight`: the height of the room's picture, which sizes its fonts (0: the console's).
    KioskApp(const io::KioskConfig& config, store::Database& db, platform::Window& window, int roomHeight = 0);
    ~KioskApp();

    // Opens the room's window on display `display` (headless: an offscreen one of the console's
    // size); the touchscreen stays the console.
    void openRoomWindow(int display);
    bool hasRoomWindow() const { return roomWindow_ != nullptr; }
    void closeRoomWindow();
    // Draws the room's window from the frame last built (the bench times it on its own).
    void renderRoom();
    // Headless --room: the console's window shows only the room's picture.
    void setRoomOnly(bool on) { roomOnly_ = on; }
    // "Lees voor" through the speakers, or into the config's WAV file (a headless run speaks
    // only there: no sound card is opened for a screenshot).
    void startSpeech();
    // A "Lees voor" request, as the buttons send it (and replay's read-aloud).
    void readAloud(const service::ReadRequest&);
    // What the room showed in the last frame, and a photograph of it.
    const std::vector<ui::Seen>& roomTrace() const { return roomTrace_.last; }
    void saveRoomPng(const std::string& path);
    // Residents joining from their phones: the server runs in this process, on its own
    // connection to the database; a fresh token each time. Off again: the token ends.
    void setPhones(bool on);
    const ui::PhoneJoin& phones() const { return phones_; }

    void openSession(std::int64_t id);
    // Imports the embedded demo into the database and opens it.
    std::int64_t openDemo();
    // Opens the newest session, or starts a new one from the config's defaults.
    // Removes the shown meeting when nothing was brought into it (after the facilitator confirmed).
    void removeMeeting();
    // Opens the newest meeting, if there is one; makes none.
    void openLatest();
    bool hasSession() const { return edits_ != nullptr; }

    // One whole frame: input, UI, requests, render. The caller presents it (or saves it first).
    void frame(const platform::InputOverride* replay = nullptr);
    // A frame as the interactive loop draws it: built, then rendered and shown only where the
    // picture changed (a finger held still, a move over nothing draws nothing). Returns how
    // many windows were rendered.
    int frameIfChanged();
    // The CPU half of a frame: input, UI, requests, ImGui::Render. frame() = build + GL.
    void buildFrame(const platform::InputOverride* replay = nullptr);
    // The interactive loop: draws only when something happened, so an idle kiosk uses no CPU.
    // The window's close button ends it only for the facilitator, or in a window: a visitor
    // cannot close a full-screen kiosk.
    int run(bool fullscreen);

    ui::Kiosk& kiosk() { return *kiosk_; }
    service::EditService& edits() { return *edits_; }
    store::Database& db() { return db_; }
    service::Meetings& meetings() { return meetings_; }
    platform::Window& window() { return window_; }
    const ui::KioskStatus& status() const { return status_; }
    // The kiosk's clock; replay moves it forward to test idle time without waiting.
    double now() const;
    void advanceClock(double seconds) {
        clockOffset_ += seconds;
        scriptSeconds_ += seconds;
    }
    // The time intents carry and the agenda counts by: the wall clock, or a replay's own once it
    // set one (`clock`), which only `idle` moves, so countdowns in tests are exact.
    std::string meetingTime() const;
    void setClock(const std::string& iso) {
        scriptClock_ = iso;
        scriptSeconds_ = 0;
    }
    // Issues an intent as the person at the screen (the replay's `phase` is the facilitator's).
    service::EditResult issue(Intent intent, Role role);
    // Picks up what other writers committed (at most twice a second unless `now`); true when
    // the shown session changed.
    bool pollOtherWriters(bool now = false);
    // Links the kiosk to the municipal archive on a thread of its own (the database at `dbPath`
    // opened again there); the facilitator sees how the link is.
    void linkArchive(const std::string& url, const std::string& dbPath);

private:
    void showArchiveStatus();
    void restorePin();
    void readLists();  // the meetings and the planning, read anew
    // Runs `act`; a failure (the disk, the database) becomes the status line's message.
    void attempt(const std::function<void()>& act);
    void say(const std::string& message, bool isError);
    void handle(const ui::Request& r);
    void report(const service::EditResult& r);
    void startSession(const ui::StartSession& n);
    void exportFiles(const ui::ExportFiles& e);
    // Plans `add` ahead, or takes planned item `remove` out; the planning is read anew.
    void changePlanning(const Planned* add, std::int64_t remove);
    void purgePersonalData();
    // A resident at the kiosk checks in or answers the open poll, under this kiosk's visit; a
    // stored one ends the visit ("Bedankt") and the next person is a new visit.
    void voiceHere(const ui::Request& r);
    // Who is at the screen decides the role every intent from it carries.
    Role role() const;

    const io::KioskConfig& config_;
    store::Database& db_;
    platform::Window& window_;
    std::unique_ptr<ui::Kiosk> kiosk_;
    service::Meetings meetings_;
    service::KioskState state_;
    std::unique_ptr<service::EditService> edits_;
    ui::KioskStatus status_;
    std::unique_ptr<service::ArchiveLink> archive_;
    std::string kioskVisit_;  // the resident now at the kiosk: random, new after each check-in or answer
    std::string rescued_;  // the session file written when the database was found damaged
    std::vector<ui::Request> requests_;
    std::vector<SessionSummary> sessions_;
    std::vector<Planned> planned_;  // the planning's entries, read with the sessions
    std::vector<FeedbackDue> feedback_;  // who is owed an update, read when the planning opens
    service::Meetings::Surroundings around_;  // last time's placements, the wijk's other actions and answers
    std::vector<std::string> exportFolders_;  // looked for when the export card opened
    double lastPoll_ = 0;                     // when other writers' commits were last looked for
    struct Map { ImTextureID texture = nullptr; float aspect = 1.0f; };
    std::map<std::string, Map> maps_;  // by file, loaded once
    Map map_;                          // the open session's wijk map, once shown
    std::string mapFile_;              // the map still to load, when the ideas screen shows
    void loadMapIfShown();
    // The session as the room may see it: filtered by the phase alone.
    const Session& roomSession();
    // Draws the room's picture into the current ImGui context, recorded in the room's trace.
    void drawRoomPicture();
    ui::PhoneJoin phones_;
    std::unique_ptr<app::PhoneDoor> phoneDoor_;
    std::unique_ptr<io::HttpServer> phoneServer_;
    ImTextureID logo_ = nullptr;
    float logoAspect_ = 1.0f;
    ui::Fonts roomFonts_;  // added to the atlas the first time a room picture is drawn
    float roomPx_ = 39;
    void ensureRoomFonts();
    ui::RoomState roomState_;
    ui::Trace roomTrace_;
    bool roomOnly_ = false;
    std::unique_ptr<platform::RoomWindow> roomWindow_;
    std::unique_ptr<platform::Speaker> speaker_;  // "Lees voor"; none when switched off
    bool wasWelcome_ = true;  // the kiosk locked or idled since the last frame: stop reading aloud
    service::AudienceView roomView_;
    service::WordMatcher words_{config_.policy.stopWords};  // "lijkt op" and the room's word cloud
    std::vector<CloudWord> roomCloud_;                      // the room's cloud, for roomCloudKey_
    std::string roomCloudKey_;
    std::uint64_t roomCloudRevision_ = 0;
    // What the screens show while the database holds no meeting yet (its title says so).
    Session noMeeting_;
    double lastPinLook_ = -1;
    const Session& noMeeting();
    bool roomPublic_ = false;
    std::uint64_t consoleHash_ = 0, roomHash_ = 0;  // what each window shows now
    double clockOffset_ = 0;
    std::optional<std::string> scriptClock_;
    double scriptSeconds_ = 0;
    bool quit_ = false;
};

}  // namespace wk::app
