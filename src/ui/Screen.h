// What a screen gets to draw with, and what it may send back. Screens read the session they
// are given (already filtered for the phase) and emit requests; they never change the model.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "domain/Feedback.h"
#include "domain/Intent.h"
#include "domain/Journal.h"
#include "domain/Plan.h"
#include "domain/Planning.h"
#include "io/Config.h"
#include "service/Matching.h"
#include "service/ReadAloud.h"
#include "ui/Theme.h"
#include "ui/widgets/QrCode.h"
#include "ui/widgets/WijkMap.h"

namespace wk::ui {

// Planning is the facilitator's, opened from the start screen; the others are in the navigation.
enum class View { Home, Sliders, Ideas, Plan, Minutes, Planning };
constexpr View kViews[] = {View::Home, View::Sliders, View::Ideas, View::Plan, View::Minutes};
const char* viewKey(View);  // "home", "sliders", ...
bool parseView(const std::string& word, View& out);

// What a person did, sent as an intent; the ticket lets the screen find out how it went (the
// receipt), e.g. to keep typed text until it is safely stored.
struct Edit {
    Intent intent;
    std::uint64_t ticket = 0;
};
struct Undo {};
struct Redo {};
struct StartSession {
    MeetingType type = MeetingType::Wijktafel;
    std::string wijk;
    std::optional<ResponseScheme> scheme;  // the answers this meeting gives; unset: its type's
};
struct OpenSession { std::int64_t id = 0; };
struct Quit {};
// Minutes, plan and session; the invitation (letter and calendar event); the answer letters to
// residents (internal only); or the wijk's progress report. Of the shown meeting, or of
// `meeting` (a uid) when the planning's terugkoppeling asks.
struct ExportFiles {
    std::string folder;
    Audience audience = Audience::Public;
    enum class What { Meeting, Invitation, Letters, Progress, Package } what = What::Meeting;
    std::string meeting = {};
};
struct ListExportFolders {};  // the export card opened: look for a USB stick now
struct SetPhones { bool on = false; };  // residents may join from their phones (the server runs)
struct PurgePersonalData {};  // AVG: residents' data older than the retention period
struct ShowPlanning {};       // the facilitator opens the planning overview (the planning is read anew)
struct AddPlanned { Planned item; };          // a meeting or the year's other work, planned ahead
struct RemovePlanned { std::int64_t id = 0; };
struct TakeOverSession {};
struct ReadAloud { service::ReadRequest what; };  // "Lees voor": the app finds the words in the session
struct RemoveMeeting {};  // the shown meeting, which nothing was brought into: confirmed, then removed
struct SetPin { std::string pin; };  // the facilitator's first PIN, chosen at the kiosk (kept in its database)
struct PinTries { int failures = 0; double waitSeconds = 0; };  // wrong PINs so far: kept over a restart  // this kiosk takes the shown meeting over from the one holding it in the archive
// A resident at the kiosk (issue 30): "Ik ben er", or an answer to the open poll. The app stores
// it under this kiosk visit (the answer under its pseudonym for the poll), then the visit ends
// with "Bedankt" and the next person starts fresh.
struct CheckInHere { std::string kind = "resident"; };
struct AnswerHere {
    std::string poll;
    std::vector<long long> values;
    std::string text = {};  // a word or an open question
    bool more = false;      // a round (statements, the evaluation) goes on: the visit does not end yet
};
// The resident stops a round of statements halfway: the visit ends, the next person starts anew.
struct EndVisitHere {};
// The app handles every one of these (a visitor with no case for a new one does not compile).
using Request = std::variant<Edit, Undo, Redo, StartSession, OpenSession, Quit, ExportFiles, ListExportFolders, PurgePersonalData,
                             SetPhones, ShowPlanning, AddPlanned, RemovePlanned, TakeOverSession, SetPin, PinTries, RemoveMeeting, ReadAloud,
                             CheckInHere, AnswerHere, EndVisitHere>;

// How the last edit went, for the screen that sent it.
struct Receipt {
    std::uint64_t ticket = 0;
    bool ok = false;
    std::string createdId;  // the new idea's (action's, ...) id, taken by the store
};

// What the facilitator put on the room's ideas page (issue 34): one idea alone, or one theme.
struct RoomFocus {
    std::string idea, theme;
};

// Who is at the screen: a resident (the default, locked) or the facilitator (after the PIN).
enum class Mode { Resident, Facilitator };

struct ScreenContext {
    const Session& session;  // what this phase may show, nothing more
    const io::KioskConfig& config;
    const Fonts& fonts;
    bool publicPhase = false;
    Mode mode = Mode::Resident;
    std::vector<Request>& out;
    std::string now;  // local time, ISO 8601, from the app's clock
    const std::vector<SessionSummary>* sessions = nullptr;  // for reopening, newest last
    const Session* previous = nullptr;  // the last session of this wijk with placements, if any
    // The actions of the wijk's other meetings, for the monitoring overview (all audiences:
    // the overview filters them).
    const std::vector<TrackedAction>* wijkActions = nullptr;
    // Folders an export may go to (a USB stick first), found by the app when the card opened.
    const std::vector<std::string>* exportFolders = nullptr;
    ImTextureID map = nullptr;  // the wijk's map, or none
    float mapAspect = 1.0f;
    std::uint64_t revision = 0;  // changes whenever the stored session does (any session)
    const Receipt& receipt;      // how the last edit went
    const PhoneJoin* phones = nullptr;  // residents joining from their phones
    std::uint64_t& tickets;      // the last ticket handed out
    const std::vector<Planned>* planned = nullptr;  // meetings and work planned ahead, every area
    const std::vector<OpenAnswer>* wijkAnswers = nullptr;  // ooit / ja-mits answers of the wijk's other meetings
    bool noMeeting = false;  // no meeting yet: the start screen offers beginning one, nothing else
    bool removable = false;  // nothing was brought into the meeting: the facilitator may remove it
    bool speech = false;     // "Lees voor" is offered
    service::WordMatcher* words = nullptr;  // stems for "lijkt op" and the word cloud
    const std::vector<FeedbackDue>* feedback = nullptr;  // who is owed an update, read with the planning
    RoomFocus* roomFocus = nullptr;  // the facilitator's pin on the room (null: no room to pin on)
    const ChangeJournal* journal = nullptr;  // what the last edits did to the ideas (null: derive anew)
    bool facilitator() const { return mode == Mode::Facilitator; }
    // Sends what the person did; returns the ticket its receipt will carry.
    std::uint64_t send(Intent intent) {
        out.push_back(Edit{std::move(intent), ++tickets});
        return tickets;
    }
    // The receipt of `ticket`, once the app has handled it.
    const Receipt* receiptOf(std::uint64_t ticket) const { return ticket && receipt.ticket == ticket ? &receipt : nullptr; }
};

}  // namespace wk::ui
