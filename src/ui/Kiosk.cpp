#include "ui/Kiosk.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
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
    }
    return "home";
}

bool parseView(const std::string& w, View& out) {
    for (View v : kViews)
        if (w == viewKey(v)) {
            out = v;
            return true;
        }
    return false;
}

Kiosk::Kiosk(const io::KioskConfig& config, Fonts fonts, ImTextureID logo, float logoAspect)
    : config_(config), fonts_(fonts), logo_(logo), logoAspect_(logoAspect), guard_(config.pinHash) {}

void Kiosk::forgetInput() {
    ideas_ = {};
    home_ = {};
    minutes_ = {};
    plan_.editingAction = plan_.editingOpgave = plan_.confirmRemove = false;
    plan_.dragging.clear();
    // The room's choices for the exercise stay; who was placing and what they typed do not.
    sliders_.placing = false;
    sliders_.participant.clear();
    sliders_.reasonKey.clear();
    sliders_.reasonDraft.clear();
    sliders_.selParticipant.clear();
    pin_ = {};
    pinPadOpen_ = false;
}

void Kiosk::closeClosedDrafts(const Session& shown, bool justTurnedPublic) {
    // A note being typed in the closed part belongs to the closed part, unless it was marked
    // public on purpose.
    if (justTurnedPublic && !minutes_.text.empty() && !(minutes_.visibilityChosen && minutes_.visibility == Visibility::Public))
        minutes_ = {};
    // A draft of something the public may not see (opened in a closed part) closes as soon as
    // the screen turns public: its text field would otherwise show it to the room.
    const auto gone = [&](const auto* found, const std::string& id) { return !id.empty() && !found; };
    if (plan_.editingAction && ((plan_.newAction ? false : !find<Action>(shown, plan_.draft.id)) ||
                                plan_.draft.visibility == Visibility::Closed))
        plan_.reset();
    if ((!minutes_.editing.empty() && !find<Note>(shown, minutes_.editing)) ||
        (minutes_.visibilityChosen && minutes_.visibility == Visibility::Closed))
        minutes_ = {};
    if (gone(find<Idea>(shown, ideas_.editing), ideas_.editing) || gone(find<Idea>(shown, ideas_.answering), ideas_.answering) ||
        gone(find<Idea>(shown, ideas_.hiding), ideas_.hiding) || gone(find<Idea>(shown, ideas_.merging), ideas_.merging) ||
        gone(find<Idea>(shown, ideas_.more), ideas_.more)) {
        ideas_ = {};
    }
}

void Kiosk::lock() {
    mode_ = Mode::Resident;
    welcome_ = true;
    view_ = View::Home;
    forgetInput();
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

const Session& Kiosk::shown(const Session& full, std::uint64_t revision) {
    const bool pub = publicView(full);
    if (shownRevision_ != revision || shownPublic_ != pub) {
        shown_ = visibleTo(full, pub ? Audience::Public : Audience::Internal);
        shownRevision_ = revision;
        shownPublic_ = pub;
    }
    return shown_;
}

void Kiosk::drawTopBar(const Session& s, std::vector<Request>& out) {
    const Palette& p = palette();
    const float h = em() * 4.0f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    dl->AddRectFilled(o, {o.x + w, o.y + h}, p.primary);

    float x = o.x + em() * 0.8f;
    if (logo_) {
        const float lh = h - em() * 0.8f;
        dl->AddImage(logo_, {x, o.y + em() * 0.4f}, {x + lh * logoAspect_, o.y + em() * 0.4f + lh});
        x += lh * logoAspect_ + em() * 0.8f;
    }
    // The phase banner: always visible, so nobody wonders whether the public can see this.
    const bool isPublic = forcePublic_ || s.info.phase == Visibility::Public;
    const char* phase = tr(isPublic ? "phase.public" : "phase.closed");
    const char* hint = tr(isPublic ? "phase.public_hint" : "phase.closed_hint");
    const float hintW = ImGui::CalcTextSize(hint).x;
    ImGui::PushFont(fonts_.large);
    const float pw = std::max(ImGui::CalcTextSize(phase).x, hintW) + em() * 1.2f;
    ImGui::PopFont();
    // The facilitator's tools sit left of the banner: switch phase, lock. A resident gets one
    // small way in for the facilitator.
    const char* toolLabels[2] = {nullptr, nullptr};
    if (mode_ == Mode::Facilitator) {
        toolLabels[0] = tr(isPublic ? "phase.to_closed" : "phase.to_public");
        toolLabels[1] = tr("mode.lock");
    } else {
        toolLabels[0] = tr("mode.facilitator");
    }
    float toolsW = 0;
    for (const char* t : toolLabels)
        if (t) toolsW += ImGui::CalcTextSize(t).x + em() * 2.0f + em() * 0.5f;

    const float textRight = o.x + w - pw - toolsW - em() * 1.6f;
    // Title and subtitle end in an ellipsis where the tools leave too little room: cut visibly.
    const auto line = [&](ImFont* font, const std::string& t, float y) {
        ImGui::PushFont(font);
        ImGui::PushStyleColor(ImGuiCol_Text, p.onPrimary);
        const ImVec2 a{x, y}, b{textRight, y + ImGui::GetFontSize() * 1.2f};
        ImGui::RenderTextEllipsis(dl, a, b, b.x, b.x, t.c_str(), t.c_str() + t.size(), nullptr);
        traceAdd(t, a, b, false);
        ImGui::PopStyleColor();
        ImGui::PopFont();
    };
    line(fonts_.large, s.info.title, o.y + em() * 0.35f);
    line(fonts_.body, config_.municipality + "  ·  " + tr("meeting." + std::string(toString(s.info.type))) + "  ·  " +
                          s.info.wijk + "  ·  " + s.info.date,
         o.y + em() * 2.1f);

    float tx = textRight + em() * 0.8f;
    for (int i = 0; i < 2; ++i) {
        if (!toolLabels[i]) continue;
        const float bw = ImGui::CalcTextSize(toolLabels[i]).x + em() * 2.0f;
        ImGui::SetCursorScreenPos({tx, o.y + (h - em() * 2.4f) * 0.5f});
        if (button(toolLabels[i], {bw, em() * 2.4f}, Tone::Secondary)) {
            if (mode_ == Mode::Resident) pinPadOpen_ = true;
            else if (i == 0) out.push_back(Edit{SwitchPhase{isPublic ? Visibility::Closed : Visibility::Public}, ++tickets_});
            else lock();
        }
        tx += bw + em() * 0.5f;
    }

    const ImVec2 b0{o.x + w - pw - em() * 0.6f, o.y + em() * 0.4f};
    const ImVec2 b1{o.x + w - em() * 0.6f, o.y + h - em() * 0.4f};
    dl->AddRectFilled(b0, b1, isPublic ? p.ok : p.closed, em() * 0.4f);
    ImGui::SetCursorScreenPos({b0.x + em() * 0.6f, b0.y + em() * 0.2f});
    ImGui::BeginGroup();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {0, em() * 0.1f});
    textIn(fonts_.large, phase, p.onPrimary, -1);
    text(hint, p.onPrimary, -1);
    ImGui::PopStyleVar();
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos({o.x, o.y + h});
    ImGui::Dummy({w, 0});
}

void Kiosk::drawNavigation(const KioskStatus& status, std::vector<Request>& out) {
    const float gap = em() * 0.4f;
    const float avail = ImGui::GetContentRegionAvail().x - em() * 0.8f;  // the right margin
    const bool tools = mode_ == Mode::Facilitator;
    // Undo says what it takes back: "Ongedaan maken: samenvoegen".
    const std::string undoLabel = status.undoName.empty() ? tr("nav.undo") : std::string(tr("nav.undo")) + ": " + tr("cmd." + status.undoName);
    const std::string redoLabel = status.redoName.empty() ? tr("nav.redo") : std::string(tr("nav.redo")) + ": " + tr("cmd." + status.redoName);
    const float undoW = tools ? ImGui::CalcTextSize(undoLabel.c_str()).x + em() * 1.6f : 0;
    const float redoW = tools ? ImGui::CalcTextSize(redoLabel.c_str()).x + em() * 1.6f : 0;
    const float bw = (avail - undoW - redoW - gap * (tools ? 6 : 4)) / 5.0f;
    ImGui::Dummy({0, gap});
    for (View v : kViews) {
        ImGui::SameLine(0, v == View::Home ? 0 : gap);
        const std::string key = std::string("nav.") + viewKey(v);
        if (button(tr(key), {bw, em() * 2.6f}, v == view_ ? Tone::Selected : Tone::Secondary)) view_ = v;
    }
    if (!tools) return;  // undo is the facilitator's
    ImGui::SameLine(0, gap * 2);
    ImGui::BeginDisabled(!status.canUndo);
    if (button(undoLabel, {undoW, em() * 2.6f}, Tone::Secondary, "undo")) out.push_back(Undo{});
    ImGui::EndDisabled();
    ImGui::SameLine(0, gap);
    ImGui::BeginDisabled(!status.canRedo);
    if (button(redoLabel, {redoW, em() * 2.6f}, Tone::Secondary, "redo")) out.push_back(Redo{});
    ImGui::EndDisabled();
}

void Kiosk::draw(const KioskInput& in, std::vector<Request>& out) {
    keyboard_.beginFrame();
    checkIdle(in.now);
    const Session& s = shown(in.session, in.revision);
    const bool isPublic = publicView(in.session);
    if (isPublic) closeClosedDrafts(s, !wasPublic_);
    wasPublic_ = isPublic;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
    ImGui::Begin("##kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();

    if (welcome_) {
        if (drawWelcomeScreen(s, config_, fonts_, logo_, logoAspect_)) welcome_ = false;
        ImGui::End();
        return;
    }
    drawTopBar(s, out);
    const float pad = em() * 0.8f;
    if (pinPadOpen_) {
        ImGui::SetCursorPos({pad, ImGui::GetCursorPosY() + em()});
        const PinPadResult r = drawPinPad(pin_, guard_, in.now, fonts_);
        if (r == PinPadResult::Accepted) unlock();
        if (r != PinPadResult::Open) {
            pinPadOpen_ = false;
            pin_ = {};
        }
        ImGui::End();
        return;
    }

    ImGui::SetCursorPos({pad, ImGui::GetCursorPosY()});
    ImGui::BeginGroup();
    drawNavigation(in.status, out);
    ImGui::EndGroup();

    const float statusH = (in.status.message.empty() ? 0.0f : em() * 2.2f) + (keyboard_.open() ? keyboard_.height() + pad : 0.0f);
    ImGui::SetCursorPosX(pad);
    ImGui::Dummy({0, em() * 0.2f});
    ImGui::SetCursorPosX(pad);
    const ImVec2 area{ImGui::GetContentRegionAvail().x - pad, ImGui::GetContentRegionAvail().y - pad - statusH};
    // One scrolling area per screen: scrolling the minutes must not move the plan.
    ImGui::BeginChild(viewKey(view_), area, false, ImGuiWindowFlags_NoScrollWithMouse);
    ScreenContext ctx{s, config_, fonts_, publicView(in.session), mode_, out, in.localTime, &in.sessions, in.previous,
                      in.wijkActions, in.exportFolders, in.map, in.mapAspect, in.revision, in.status.receipt, tickets_};
    switch (view_) {
        case View::Home: drawHomeScreen(ctx, home_); break;
        case View::Sliders: drawSlidersScreen(ctx, sliders_); break;
        case View::Ideas: drawIdeasScreen(ctx, ideas_); break;
        case View::Plan: drawPlanScreen(ctx, plan_); break;
        case View::Minutes: drawMinutesScreen(ctx, minutes_); break;
    }
    dragScroll();
    ImGui::EndChild();

    if (!in.status.message.empty()) {
        ImGui::SetCursorPosX(pad);
        chip(in.status.message, in.status.messageIsError ? palette().bad : palette().ok, palette().onPrimary);
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
