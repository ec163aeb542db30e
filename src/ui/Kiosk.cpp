#include "ui/Kiosk.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "domain/Polls.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "io/PinHash.h"
#include "ui/I18n.h"
#include "ui/screens/AgendaStrip.h"
#include "ui/screens/HomeScreen.h"
#include "ui/screens/IdeasScreen.h"
#include "ui/screens/MinutesScreen.h"
#include "ui/screens/PlanScreen.h"
#include "ui/screens/PlanningScreen.h"
#include "ui/screens/PublicReview.h"
#include "ui/screens/SlidersScreen.h"
#include "ui/screens/WelcomeScreen.h"
#include "ui/widgets/DragScroll.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

// Anything a person did this frame: a touch, a move, a key.
bool userActive() {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsAnyMouseDown() || io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.InputQueueCharacters.Size > 0)
        return true;
    for (bool k : io.KeysDown)
        if (k) return true;
    return false;
}

}  // namespace

const char* viewKey(View v) {
    switch (v) {
        case View::Home: return "home";
        case View::Sliders: return "sliders";
        case View::Ideas: return "ideas";
        case View::Plan: return "plan";
        case View::Minutes: return "minutes";
        case View::Planning: return "planning";
    }
    return "home";
}

bool parseView(const std::string& w, View& out) {
    for (View v : {View::Home, View::Sliders, View::Ideas, View::Plan, View::Minutes, View::Planning})
        if (w == viewKey(v)) {
            out = v;
            return true;
        }
    return false;
}

// The screens' states, each declared beside its screen.
struct ScreenStates {
    AgendaStripState agenda;
    IdeasState ideas;
    HomeState home;
    MinutesState minutes;
    PlanState plan;
    PlanningState planning;
    SlidersState sliders;
};

Kiosk::Kiosk(const io::KioskConfig& config, Fonts fonts, ImTextureID logo, float logoAspect)
    : config_(config), fonts_(fonts), logo_(logo), logoAspect_(logoAspect), guard_(), states_(std::make_unique<ScreenStates>()) {
    setPinHash(config.pinHash);
}

Kiosk::~Kiosk() = default;

PlanState& Kiosk::planState() { return states_->plan; }

void Kiosk::unlock() {
    mode_ = Mode::Facilitator;
    welcome_ = thanks_ = false;
    states_->ideas.showSaved = false;
    states_->ideas.savedId.clear();
}

void Kiosk::setPinHash(const std::string& hash) {
    if (hash.empty()) guard_.setMatcher(nullptr);
    else guard_.setMatcher([hash](const std::string& pin) { return io::verifyPin(hash, pin); });
}

void Kiosk::restorePinTries(int failures, double waitSeconds, double now) { guard_.restore(failures, waitSeconds, now); }

void Kiosk::forgetInput() {
    states_->agenda = {};  // the next visitor is a new visit: their request is their own
    states_->ideas = {};
    states_->home = {};
    states_->minutes = {};
    states_->plan.editingAction = states_->plan.editingOpgave = states_->plan.confirmRemove = false;
    states_->plan.dragging.clear();
    // The room's choices for the exercise stay; who was placing and what they typed do not.
    states_->sliders.placing = false;
    states_->sliders.participant.clear();
    states_->sliders.reasonKey.clear();
    states_->sliders.reasonDraft.clear();
    states_->sliders.selParticipant.clear();
    pin_ = {};
    pinPadOpen_ = false;
}

void Kiosk::closeClosedDrafts(const Session& shown, bool justTurnedPublic) {
    // A note being typed in the closed part belongs to the closed part, unless it was marked
    // public on purpose.
    if (justTurnedPublic && !states_->minutes.text.empty() && !(states_->minutes.visibilityChosen && states_->minutes.visibility == Visibility::Public))
        states_->minutes = {};
    // A draft of something the public may not see (opened in a closed part) closes as soon as
    // the screen turns public: its text field would otherwise show it to the room.
    const auto gone = [&](const auto* found, const std::string& id) { return !id.empty() && !found; };
    if (states_->plan.editingAction && ((states_->plan.newAction ? false : !find<Action>(shown, states_->plan.draft.id)) ||
                                states_->plan.draft.visibility == Visibility::Closed))
        states_->plan.reset();
    if ((!states_->minutes.editing.empty() && !find<Note>(shown, states_->minutes.editing)) ||
        (states_->minutes.visibilityChosen && states_->minutes.visibility == Visibility::Closed))
        states_->minutes = {};
    if (gone(find<Idea>(shown, states_->ideas.editing), states_->ideas.editing) || gone(find<Idea>(shown, states_->ideas.answering), states_->ideas.answering) ||
        gone(find<Idea>(shown, states_->ideas.hiding), states_->ideas.hiding) || gone(find<Idea>(shown, states_->ideas.merging), states_->ideas.merging) ||
        gone(find<Idea>(shown, states_->ideas.more), states_->ideas.more)) {
        states_->ideas = {};
    }
}

void Kiosk::lock() {
    mode_ = Mode::Resident;
    forgetInput();
    // While the room watches a presentation, locking leaves the picture as it is: the corner
    // control then asks for the PIN.
    if (room_.presenting) return;
    welcome_ = true;
    view_ = View::Home;
}

bool Kiosk::wantsFrame(double now) const {
    if (guard_.waitSeconds(now) > 0 && pinPadOpen_) return true;  // the countdown
    if (!lastInput_) return false;
    const bool idleMatters = mode_ == Mode::Facilitator || !welcome_;
    return idleMatters && now - *lastInput_ >= config_.idleSeconds;
}

void Kiosk::checkIdle(double now) {
    if (userActive() || !lastInput_) lastInput_ = now;
    if (now - *lastInput_ < config_.idleSeconds) return;
    if (mode_ == Mode::Facilitator || !welcome_) lock();
    lastInput_ = now;
}

bool Kiosk::publicView(const Session& s) const {
    return forcePublic_ || s.info.phase == Visibility::Public || mode_ == Mode::Resident;
}

const Session& Kiosk::shown(const Session& full, std::uint64_t revision, const ChangeJournal* journal) {
    // The facilitator in a closed part sees it all: no copy of 50,000 ideas; the public view
    // follows an edit's ideas.
    return publicView(full) ? shown_.of(full, revision, journal) : full;
}

void Kiosk::draw(const KioskInput& in, std::vector<Request>& out) {
    keyboard_.beginFrame();
    checkIdle(in.now);
    const Session& s = shown(in.session, in.revision, in.journal);
    // No meeting yet: the start screen to begin one (and the planning), nothing else.
    noMeeting_ = in.noMeeting;
    if (noMeeting_ && view_ != View::Planning) view_ = View::Home;
    // A poll opened or closed: the room turns to it (the facilitator may pin another picture).
    const std::string pollNow = in.session.polls.empty() ? "" : in.session.polls.back().id + "/" + in.session.polls.back().closed;
    if (pollSeen_ && *pollSeen_ != pollNow && !pollNow.empty()) {
        // A statement to the statements, a one-word question to its cloud, the rest to the poll.
        const Poll& last = in.session.polls.back();
        room_.pinned = last.evaluation                         ? RoomPage::Poll
                       : last.kind == PollKind::Statement      ? RoomPage::Statements
                       : last.kind == PollKind::Word           ? RoomPage::Words
                                                               : RoomPage::Poll;
        room_.blank = false;
    }
    pollSeen_ = pollNow;
    // What was put on the room belongs to its meeting: another meeting opened, the room shows all.
    if (in.session.info.uid != roomMeeting_) {
        room_.focus = {};
        roomMeeting_ = in.session.info.uid;
    }
    pollOpen_ = openPoll(in.session) != nullptr || !openEvaluation(in.session).empty();
    statementsOpen_ = !openStatements(in.session).empty();
    const bool isPublic = publicView(in.session);
    if (isPublic) closeClosedDrafts(s, !wasPublic_);
    wasPublic_ = isPublic;
    // Presenting on one screen: the app drew the room's picture; here only the way back.
    if (presentingNow()) {
        drawPresentingControl();
        return;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
    ImGui::Begin("##kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse |
                     // The screen is cleared in the background colour already: a full-screen quad
                     // less for a software rasteriser to shade in every frame.
                     ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar();

    if (welcome_) {
        const WelcomeTap tap = drawWelcomeScreen(s, config_, fonts_, logo_, logoAspect_, in.phones, noMeeting_, in.status.speech, thanks_);
        if (tap == WelcomeTap::Start) welcome_ = thanks_ = false;
        if (tap == WelcomeTap::ReadAloud) out.push_back(ReadAloud{{service::ReadKind::Welcome, {}}});
        ImGui::End();
        return;
    }
    const bool toolsBelow = drawTopBar(s, out);
    const float pad = em() * 0.8f;
    if (pinPadOpen_) {
        ImGui::SetCursorPos({pad, ImGui::GetCursorPosY() + em()});
        const PinPadResult r = drawPinPad(pin_, guard_, in.now, fonts_, mayChoosePin_);
        if (r == PinPadResult::Chosen) out.push_back(SetPin{pin_.chosen});  // the app keeps it, then opens
        if (r == PinPadResult::Accepted || r == PinPadResult::Tried) out.push_back(PinTries{guard_.failures(), guard_.waitSeconds(in.now)});
        if (r == PinPadResult::Accepted || r == PinPadResult::Chosen) {
            unlock();
            room_.presenting = false;  // the PIN from the corner control brings the console back
        }
        if (r != PinPadResult::Open && r != PinPadResult::Tried) {
            pinPadOpen_ = false;
            pin_ = {};
        }
        ImGui::End();
        return;
    }

    ScreenContext ctx{s, config_, fonts_, publicView(in.session), mode_, out, in.localTime, &in.sessions, in.previous,
                      in.wijkActions, in.exportFolders, in.map, in.mapAspect, in.revision, in.status.receipt, in.phones, tickets_,
                      in.planned, in.wijkAnswers, in.noMeeting, in.status.meetingRemovable, in.status.speech, in.words, in.feedback,
                      &room_.focus, in.journal};
    ImGui::SetCursorPos({pad, ImGui::GetCursorPosY()});
    ImGui::BeginGroup();
    drawNavigation(in.status, toolsBelow, forcePublic_ || in.session.info.phase == Visibility::Public, in.session.info, out);
    if (mode_ == Mode::Facilitator && room_.barOpen) drawRoomBar();
    if (!noMeeting_ && !reviewOpen_) drawAgendaStrip(ctx, states_->agenda);
    ImGui::EndGroup();

    // One line under the screen: the last refusal, else (for the facilitator) the archive's link.
    const bool archiveLine = in.status.message.empty() && mode_ == Mode::Facilitator && !in.status.archive.empty();
    const std::string& statusLine = archiveLine ? in.status.archive : in.status.message;
    // The take-over button beside the line, or on a line of its own when both do not fit.
    const bool takeButton = archiveLine && in.status.archiveHeldHere;
    const float lineW = ImGui::CalcTextSize(statusLine.c_str()).x + em() * 1.0f +
                        (takeButton ? ImGui::CalcTextSize(tr("archive.take")).x + em() * 2.6f : 0.0f);
    const float statusLines = statusLine.empty() ? 0.0f : lineW > ImGui::GetContentRegionAvail().x - pad * 2 && takeButton ? 2.0f : 1.0f;
    const float statusH = em() * 2.2f * statusLines + (keyboard_.open() ? keyboard_.height() + pad : 0.0f);
    ImGui::SetCursorPosX(pad);
    ImGui::Dummy({0, em() * 0.2f});
    ImGui::SetCursorPosX(pad);
    const ImVec2 area{ImGui::GetContentRegionAvail().x - pad, ImGui::GetContentRegionAvail().y - pad - statusH};
    // One scrolling area per screen: scrolling the minutes must not move the plan.
    ImGui::BeginChild(reviewOpen_ ? "review" : viewKey(view_), area, false, ImGuiWindowFlags_NoScrollWithMouse);
    if (reviewOpen_ && (mode_ != Mode::Facilitator || publicView(in.session) || noMeeting_)) reviewOpen_ = false;
    if (reviewOpen_) {
        const ReviewResult r = drawPublicReview(ctx);
        if (r == ReviewResult::Go) out.push_back(Edit{SwitchPhase{Visibility::Public}, ++tickets_});
        if (r != ReviewResult::Open) reviewOpen_ = false;
    } else switch (view_) {
        case View::Home: drawHomeScreen(ctx, states_->home); break;
        case View::Sliders: drawSlidersScreen(ctx, states_->sliders); break;
        case View::Ideas: drawIdeasScreen(ctx, states_->ideas); break;
        case View::Plan: drawPlanScreen(ctx, states_->plan); break;
        case View::Minutes: drawMinutesScreen(ctx, states_->minutes); break;
        case View::Planning:
            if (mode_ == Mode::Facilitator) drawPlanningScreen(ctx, states_->planning);
            else view_ = View::Home;  // the facilitator's: a resident never sees it
            break;
    }
    dragScroll();
    ImGui::EndChild();

    if (!statusLine.empty()) {
        ImGui::SetCursorPosX(pad);
        const bool bad = archiveLine ? in.status.archiveIsError : in.status.messageIsError;
        chip(statusLine, bad ? palette().bad : palette().ok, palette().onPrimary);
        // A clear choice, never a silent merge: edits here reach the archive once taken over.
        if (takeButton && flowButton(tr("archive.take"), Tone::Accent, "archive-take"))
            out.push_back(TakeOverSession{});
    }
    ImGui::SetCursorPosX(pad);
    ImGui::PushItemWidth(-pad);
    ImGui::BeginGroup();
    ImGui::Dummy({ImGui::GetContentRegionAvail().x - pad, 0});
    keyboard_.draw(fonts_);
    ImGui::EndGroup();
    ImGui::PopItemWidth();
    ImGui::End();
}

}  // namespace wk::ui
