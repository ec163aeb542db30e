// What a screen gets to draw with, and what it may send back. Screens read the session they
// are given (already filtered for the phase) and emit requests; they never change the model.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "domain/Intent.h"
#include "domain/Plan.h"
#include "domain/Planning.h"
#include "io/Config.h"
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
struct ExportFiles { std::string folder; Audience audience = Audience::Public; };  // minutes, plan, session
struct ListExportFolders {};  // the export card opened: look for a USB stick now
struct SetPhones { bool on = false; };  // residents may join from their phones (the server runs)
struct PurgePersonalData {};  // AVG: residents' data older than the retention period
struct ShowPlanning {};       // the facilitator opens the planning overview (the planning is read anew)
struct AddPlanned { Planned item; };          // a meeting or the year's other work, planned ahead
struct RemovePlanned { std::int64_t id = 0; };
struct TakeOverSession {};
struct RemoveMeeting {};  // the shown meeting, which nothing was brought into: confirmed, then removed
struct SetPin { std::string pin; };  // the facilitator's first PIN, chosen at the kiosk (kept in its database)
struct PinTries { int failures = 0; double waitSeconds = 0; };  // wrong PINs so far: kept over a restart  // this kiosk takes the shown meeting over from the one holding it in the archive
// The app handles every one of these (a visitor with no case for a new one does not compile).
using Request = std::variant<Edit, Undo, Redo, StartSession, OpenSession, Quit, ExportFiles, ListExportFolders, PurgePersonalData,
                             SetPhones, ShowPlanning, AddPlanned, RemovePlanned, TakeOverSession, SetPin, PinTries, RemoveMeeting>;

// How the last edit went, for the screen that sent it.
struct Receipt {
    std::uint64_t ticket = 0;
    bool ok = false;
    std::string createdId;  // the new idea's (action's, ...) id, taken by the store
};

// Who is at the screen: a resident (the default, locked) or the facilitator (after the PIN).
enum class Mode { Resident, Facilitator };

// Per-screen state that lives between frames (text being typed, what is open).
struct IdeasState {
    bool composing = false;
    bool focusText = false;
    std::string text, theme;
    std::uint64_t pendingTicket = 0;  // sent to be saved; the composer closes once it is stored
    bool pendingEdit = false;         // that was a change to an idea, not a new one: no thanks
    std::string savedId;    // the visitor's idea just saved, shown under the thanks
    bool showEmpty = false;  // "type something first"
    bool saveOnTop = false;  // the keyboard was up: "Opslaan" also by the title
    bool showSaved = false;
    std::string name, contact;  // optional; a name is public only with consent
    bool consent = false;
    std::string filter;  // "" all, "open" unanswered, "incomplete", or an answer value
    std::vector<std::string> supported;  // ideas this visitor supported (one each, a few per visit)
    std::optional<MapPin> pin;  // where the new idea is on the map, if anywhere
    bool mapView = false;       // the wall as pins on the map instead of cards by theme
    std::string mapSelected;    // the pin tapped on the map view
    MapView wallMap, composerMap;  // zoomed in with two fingers, or the whole map
    std::string more;       // the card whose moderation buttons are open
    std::string editing;    // the idea being changed in the composer
    std::string hiding, hideReason;  // the idea being hidden, and why
    std::string merging;    // the duplicate waiting for the idea it merges into
    bool showHidden = false;
    std::string answering;  // the idea the facilitator is answering
    Response draft;
    // Card heights as last drawn, so rows off screen are skipped with a spacer of their height.
    std::unordered_map<std::string, float> cardHeights;
    float cardWidth = 0;
    // The wall's order, kept until the session, the filter or the visitor's card changes.
    struct Wall {
        std::uint64_t revision = 0;
        std::string filter, above;
        const Session* session = nullptr;
        std::vector<const Idea*> order;
        const Idea* newest = nullptr;
    } wall;
};

struct HomeState {
    bool choosing = false;  // the new-meeting picker is open
    MeetingType type = MeetingType::Wijktafel;
    std::string wijk;
    std::optional<ResponseScheme> scheme;  // chosen for the new meeting; unset: its type's
    bool addingPerson = false;
    std::string name, role, organisation;
    bool consent = false;
    bool editingInfo = false;
    std::string title, location, chair, dossier;
    bool rating = false;     // the bouwstenen card is open
    bool exporting = false;  // the export card is open
    std::string folder;
    Audience audience = Audience::Public;
    bool confirmPurge = false;
    bool confirmRemove = false;  // "remove this meeting?" is asked
};

// Planning ahead from the planning overview: what, where, when and who, as the form holds it.
struct PlanningState {
    bool adding = false;
    Planned draft;
};

struct MinutesState {
    std::string text, editing;  // editing: the id of the note being changed, or empty
    std::uint64_t pendingTicket = 0;  // sent to be saved: the draft stays until it is stored
    NoteKind kind = NoteKind::Note;
    Visibility visibility = Visibility::Closed;
    bool visibilityChosen = false;
};

struct SlidersState {
    bool placing = false;  // placing markers, or comparing them
    std::string participant;  // who is placing
    bool anonymous = false;
    bool compareLast = false, differences = false;
    std::string selParticipant, selSlider;  // the marker tapped, whose reason shows
    std::string reasonKey, reasonDraft;     // the reason being typed, saved when the field is left
};

// How the plan is shown: by opgave (as it is built), by party (who committed to what), or the
// monitoring overview of what is overdue or due soon in the wijk.
enum class PlanGrouping { Opgave, Party, Monitor };

struct PlanState {
    PlanGrouping grouping = PlanGrouping::Opgave;
    // An action or opgave being edited, as a draft saved as a whole; a new one has no id yet.
    bool editingAction = false, newAction = false;
    Action draft;
    std::string amountText, kansText;  // the amount and a koppelkans of its own, as typed
    bool editingOpgave = false, newOpgave = false;
    Opgave opgaveDraft;
    bool confirmRemove = false;
    std::uint64_t pendingTicket = 0;  // a saved draft on its way: the editor closes once it is stored
    bool scrollTop = false;  // an editor just opened: show it from its top
    float listScroll = 0;    // where the list was, to return there when the editor closes
    bool restoreScroll = false;
    // Reordering by drag: the action held by its handle, and where each card was last drawn.
    std::string dragging, dropTarget;
    struct CardRect { std::string id; ImVec2 min, max; };
    std::vector<CardRect> cards, lastCards;
    std::unordered_map<std::string, int> numbers;  // each action's number in the plan, this frame
    // Card heights as last drawn, so rows off screen are skipped with a spacer of their height.
    std::unordered_map<std::string, float> cardHeights;
    float cardWidth = 0;
    // The monitoring overview, rebuilt only when the session, the phase or the day changes.
    struct Monitor {
        std::uint64_t revision = 0;
        bool publicPhase = false;
        std::string today;
        std::vector<TrackedAction> all;
        std::vector<DueAction> due;  // points into `all`
        std::vector<OpenAnswer> answers;  // every open answer of the wijk this audience may see, overdue first
    } monitor;
    // Closes any editor and drag; the grouping the room chose stays.
    void reset() {
        const PlanGrouping g = grouping;
        const float scroll = listScroll;
        const bool wasEditing = editingAction || editingOpgave;
        *this = PlanState();
        grouping = g;
        listScroll = scroll;
        restoreScroll = wasEditing;
    }
};

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
    bool facilitator() const { return mode == Mode::Facilitator; }
    // Sends what the person did; returns the ticket its receipt will carry.
    std::uint64_t send(Intent intent) {
        out.push_back(Edit{std::move(intent), ++tickets});
        return tickets;
    }
    // The receipt of `ticket`, once the app has handled it.
    const Receipt* receiptOf(std::uint64_t ticket) const { return ticket && receipt.ticket == ticket ? &receipt : nullptr; }
};

// The review before "Naar openbaar deel" (the facilitator's): Go switches, Back returns.
enum class ReviewResult { Open, Go, Back };
ReviewResult drawPublicReview(ScreenContext& c);
void drawHomeScreen(ScreenContext&, HomeState&);
void drawSlidersScreen(ScreenContext&, SlidersState&);
void drawIdeasScreen(ScreenContext&, IdeasState&);
// The facilitator's answer to one idea, in the session's scheme (IdeasAnswer.cpp).
void drawAnswerPanel(ScreenContext&, IdeasState&);
void drawPlanScreen(ScreenContext&, PlanState&);
void drawMinutesScreen(ScreenContext&, MinutesState&);
// Which meeting is due next in which area, and the year table (PlanningScreen.cpp).
void drawPlanningScreen(ScreenContext&, PlanningState&);
// Returns true when tapped.
// `noMeeting`: the database holds none yet, so nothing invites an idea.
bool drawWelcomeScreen(const Session&, const io::KioskConfig&, const Fonts&, ImTextureID logo, float logoAspect,
                       const PhoneJoin* phones = nullptr, bool noMeeting = false);

}  // namespace wk::ui
