// The kiosk's whole screen: the huisstijl bar with the live phase, the navigation, and the
// current screen; the welcome screen and the PIN pad. It holds only view state: the session
// comes in, requests go out.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/PublicView.h"
#include "domain/PinGuard.h"
#include "domain/Types.h"
#include "io/Config.h"
#include "ui/Screen.h"
#include "ui/Theme.h"
#include "ui/room/Room.h"
#include "ui/widgets/Keyboard.h"
#include "ui/widgets/PinPad.h"

namespace wk::ui {

struct PlanState;
struct ScreenStates;

// What the room's screen shows: the screen the facilitator is on, or what they pinned; or only
// the logo on black. The room's picture is this kiosk's, so this is view state, not stored.
struct RoomControl {
    std::optional<RoomPage> pinned;
    bool blank = false;
    bool barOpen = false;    // the facilitator's room bar is open
    bool presenting = false;  // one screen: the console shows the room's picture
    RoomFocus focus;  // one idea or one theme on the room's ideas page
};

struct KioskStatus {
    bool canUndo = false, canRedo = false;
    std::string undoName, redoName;  // the command each would take back: "merge"
    Receipt receipt;                 // how the last edit went
    std::string message;  // the last refusal or failure, shown until the next edit
    bool messageIsError = false;
    std::string archive;  // how the link to the municipal archive is, for the facilitator; or empty
    bool archiveIsError = false;
    bool archiveHeldHere = false;  // the shown meeting is held by another kiosk: offer to take it over
    bool meetingRemovable = false;  // nothing brought in yet (isRemovable of the stored meeting)
    bool speech = false;  // "Lees voor" can speak (a voice and a sound device, or a WAV file)
};

struct KioskInput {
    const Session& session;
    std::uint64_t revision;  // changes whenever `session` does
    const KioskStatus& status;
    const std::vector<SessionSummary>& sessions;
    double now;            // seconds on a steady clock
    std::string localTime;  // the wall clock, ISO 8601, for what is made now
    const Session* previous = nullptr;  // the last session of this wijk with placements
    const std::vector<TrackedAction>* wijkActions = nullptr;  // the wijk's other meetings' actions
    ImTextureID map = nullptr;          // the wijk's map, if the config has one
    float mapAspect = 1.0f;
    const std::vector<std::string>* exportFolders = nullptr;  // found when the export card opened
    const PhoneJoin* phones = nullptr;                          // residents joining from their phones
    const std::vector<Planned>* planned = nullptr;              // meetings and work planned ahead
    const std::vector<OpenAnswer>* wijkAnswers = nullptr;       // the wijk's other meetings' open answers
    bool noMeeting = false;  // the database holds no meeting yet: only the start screen, to begin one
    service::WordMatcher* words = nullptr;  // stems for "lijkt op"
    const std::vector<FeedbackDue>* feedback = nullptr;  // who is owed an update (the planning's)
    const ChangeJournal* journal = nullptr;  // what the last edits did to the ideas
};

class Kiosk {
public:
    Kiosk(const io::KioskConfig& config, Fonts fonts, ImTextureID logo, float logoAspect);
    ~Kiosk();

    void setView(View v) { view_ = v; }
    View view() const { return view_; }
    // What the room shows now: the pinned page, or the one that goes with the console's screen
    // (the start screen, the welcome and the PIN pad show the meeting's title).
    RoomPage roomPage() const;
    RoomControl& room() { return room_; }
    // Whether a separate room window exists (else "Presenteren" offers the console for it).
    void setRoomWindow(bool has) { roomWindow_ = has; }
    // Whether this frame's console picture was the room's (presenting), not the controls.
    bool presentingNow() const { return room_.presenting && !pinPadOpen_; }
    // Renders as the public phase shows it, whatever the session's phase (--public).
    void setForcePublic(bool p) { forcePublic_ = p; }
    bool forcePublic() const { return forcePublic_; }
    Mode mode() const { return mode_; }
    // The facilitator takes over: the last visitor's thanks and card are not theirs to see.
    void unlock();
    // Back to a resident at the welcome screen; half-typed input of the last visitor is dropped.
    void lock();
    // A resident's visit ended by what they did (checked in, answered the poll): "Bedankt" on the
    // welcome screen, and the next person starts fresh.
    void thank() {
        lock();
        thanks_ = true;
    }
    bool welcome() const { return welcome_; }
    // True while a timer (idle, PIN wait) needs frames although nothing happens.
    bool wantsFrame(double now) const;

    void draw(const KioskInput& in, std::vector<Request>& out);
    Keyboard& keyboard() { return keyboard_; }
    PlanState& planState();  // for the bench and scripts

    // The facilitator PIN's hash (the config's, or the one chosen at this kiosk); empty: none yet.
    void setPinHash(const std::string& hash);
    bool hasPin() const { return guard_.hasPin(); }
    // Without a PIN, the pad offers choosing one only while this holds (no meeting yet).
    void setMayChoosePin(bool may) { mayChoosePin_ = may; }
    // After a restart: the wrong PINs so far and the wait still to go.
    void restorePinTries(int failures, double waitSeconds, double now);
    // Whether the screen shows `s` as the public sees it (a public part, --public, or a resident).
    bool publicView(const Session& s) const;

private:
    const Session& shown(const Session& full, std::uint64_t revision, const ChangeJournal* journal);
    // Returns whether the facilitator's tools go to a row of their own (a narrow screen).
    bool drawTopBar(const Session& s, std::vector<Request>& out);
    void drawNavigation(const KioskStatus& status, bool toolsBelow, bool isPublic, const SessionInfo& info, std::vector<Request>& out);
    // Whether a resident sees this screen's tab in this meeting (its type's resident_views).
    bool residentSees(View v, const SessionInfo& info) const;
    std::vector<std::pair<std::string, int>> toolLabels(bool isPublic) const;
    void tool(int what, bool isPublic, std::vector<Request>& out);
    // The facilitator's choice of what the room shows, as a row of chips.
    void drawRoomBar();
    // Presenting on one screen: a small control in the corner brings the console back.
    void drawPresentingControl();
    void checkIdle(double now);
    void forgetInput();
    void closeClosedDrafts(const Session& shown, bool justTurnedPublic);

    const io::KioskConfig& config_;
    Fonts fonts_;
    ImTextureID logo_;
    float logoAspect_;
    View view_ = View::Home;
    bool forcePublic_ = false;
    Mode mode_ = Mode::Resident;
    bool welcome_ = true;
    bool thanks_ = false;  // the welcome screen says "Bedankt!" first
    std::optional<std::string> pollSeen_;
    bool pollOpen_ = false;  // a poll is open: the room follows it between the screens  // the newest poll and whether it closed, as last drawn
    bool statementsOpen_ = false;  // statements are open: the room shows them between screens
    bool pinPadOpen_ = false;
    PinPadState pin_;
    PinGuard guard_;
    bool mayChoosePin_ = true;
    bool noMeeting_ = false;  // this frame: the database holds no meeting yet
    bool reviewOpen_ = false;  // the review before the public part
    std::optional<double> lastInput_;
    // Each screen's state, declared beside its screen: changing one rebuilds that screen and
    // Kiosk.cpp, not every file that includes this header.
    std::unique_ptr<ScreenStates> states_;
    bool wasPublic_ = false;  // the last frame was drawn as the public sees it
    Keyboard keyboard_;
    std::uint64_t tickets_ = 0;  // the last edit's ticket
    RoomControl room_;
    std::string roomMeeting_;  // the meeting room_.focus was set in
    bool roomWindow_ = false;
    // The filtered session is rebuilt only when the session or the audience changes.
    PublicView shown_;
};

}  // namespace wk::ui
