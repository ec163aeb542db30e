// The kiosk's chrome: the huisstijl bar with the live phase, the navigation and the facilitator's
// tools, and what the room's screen shows. On a narrow screen the tools move from the bar to a
// row of their own, so the bar keeps the meeting's type, wijk and date in full.
#include <algorithm>
#include <imgui.h>
#include <imgui_internal.h>

#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/Kiosk.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

namespace {
float labelW(const char* label) { return ImGui::CalcTextSize(label).x + em() * 2.0f; }
}  // namespace

std::vector<std::pair<std::string, int>> Kiosk::toolLabels(bool isPublic) const {
    // Each tool with what it does: 0 switch phase, 1 room, 2 lock, 3 ask for the facilitator.
    if (mode_ != Mode::Facilitator) return {{tr("mode.facilitator"), 3}};
    if (noMeeting_) return {{tr("mode.lock"), 2}};  // no phase and no room without a meeting
    return {{tr(isPublic ? "phase.to_closed" : "phase.to_public"), 0}, {tr("room.button"), 1}, {tr("mode.lock"), 2}};
}

void Kiosk::tool(int what, bool isPublic, std::vector<Request>& out) {
    switch (what) {
        // To the public part only after a look at what becomes visible (the review); back to
        // closed at once.
        case 0:
            if (isPublic) out.push_back(Edit{SwitchPhase{Visibility::Closed}, ++tickets_});
            else reviewOpen_ = true;
            break;
        case 1: room_.barOpen = !room_.barOpen; break;
        case 2: lock(); break;
        default: pinPadOpen_ = true; break;
    }
}

bool Kiosk::drawTopBar(const Session& s, std::vector<Request>& out) {
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
    // A meeting open to all in a closed part: said in the banner, so nobody forgets the hall.
    const bool publicMeeting = !noMeeting_ && startPhase(config_.policy, s.info.type) == Visibility::Public;
    const char* hint = tr(isPublic ? "phase.public_hint" : publicMeeting ? "phase.closed_public_meeting" : "phase.closed_hint");
    ImGui::PushFont(fonts_.large);
    const float phaseW = ImGui::CalcTextSize(phase).x;
    const std::string title = s.info.title;
    const float titleW = ImGui::CalcTextSize(title.c_str()).x;
    ImGui::PopFont();
    // The meeting's type, wijk and date come first: they must never be cut off.
    std::string sub = noMeeting_ ? "" : meetingName(config_, s.info.type);
    if (!s.info.wijk.empty()) sub += "  ·  " + s.info.wijk;
    if (!s.info.date.empty()) sub += "  ·  " + dateWords(s.info.date, true);
    const std::string essential = sub;
    sub += (sub.empty() ? "" : "  ·  ") + config_.municipality;
    const float needText = std::max(titleW, ImGui::CalcTextSize(essential.c_str()).x) + em();
    const float pw = std::max(phaseW, ImGui::CalcTextSize(hint).x) + em() * 1.2f;
    float toolsW = 0;
    const auto tools = toolLabels(isPublic);
    for (const auto& t : tools) toolsW += labelW(t.first.c_str()) + em() * 0.5f;
    // The facilitator's tools leave the bar when they would cut the meeting's words.
    const bool toolsBelow = mode_ == Mode::Facilitator && x + needText + toolsW + pw + em() * 1.6f > o.x + w;
    if (toolsBelow) toolsW = 0;
    const float textRight = o.x + w - pw - toolsW - em() * 1.6f;
    const auto line = [&](ImFont* font, const std::string& t, float y) {
        ImGui::PushFont(font);
        ImGui::PushStyleColor(ImGuiCol_Text, p.onPrimary);
        const ImVec2 a{x, y}, b{textRight, y + ImGui::GetFontSize() * 1.2f};
        ImGui::RenderTextEllipsis(dl, a, b, b.x, b.x, askGlyphs(t).c_str(), t.c_str() + t.size(), nullptr);
        traceAdd(t, a, b, false);
        ImGui::PopStyleColor();
        ImGui::PopFont();
    };
    line(fonts_.large, title, o.y + em() * 0.35f);
    line(fonts_.body, sub, o.y + em() * 2.1f);

    if (!toolsBelow) {
        float tx = textRight + em() * 0.8f;
        for (const auto& [label, what] : tools) {
            const float bw = labelW(label.c_str());
            ImGui::SetCursorScreenPos({tx, o.y + (h - em() * 2.4f) * 0.5f});
            if (button(label, {bw, em() * 2.4f}, what == 1 && room_.barOpen ? Tone::Selected : Tone::Secondary, "tool" + std::to_string(what)))
                tool(what, isPublic, out);
            tx += bw + em() * 0.5f;
        }
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
    return toolsBelow;
}

bool Kiosk::residentSees(View v, const SessionInfo& info) const {
    if (v == View::Home) return true;
    if (v == View::Sliders && info.settings.residentsPlace) return true;
    const MeetingDefaults* m = config_.meeting(info.type);
    if (!m) return true;
    return std::find(m->residentViews.begin(), m->residentViews.end(), viewKey(v)) != m->residentViews.end();
}

void Kiosk::drawNavigation(const KioskStatus& status, bool toolsBelow, bool isPublic, const SessionInfo& info,
                           std::vector<Request>& out) {
    const float gap = em() * 0.4f;
    const float avail = ImGui::GetContentRegionAvail().x - em() * 0.8f;  // the right margin
    const bool tools = mode_ == Mode::Facilitator;
    // Undo says what it takes back: "Ongedaan maken: samenvoegen".
    const std::string undoLabel = status.undoName.empty() ? tr("nav.undo") : std::string(tr("nav.undo")) + ": " + tr("cmd." + status.undoName);
    const std::string redoLabel = status.redoName.empty() ? tr("nav.redo") : std::string(tr("nav.redo")) + ": " + tr("cmd." + status.redoName);
    const float undoW = ImGui::CalcTextSize(undoLabel.c_str()).x + em() * 1.6f;
    const float redoW = ImGui::CalcTextSize(redoLabel.c_str()).x + em() * 1.6f;
    // Undo and redo share the navigation's row where it has room, else the tools' row.
    const bool undoInNav = tools && !toolsBelow;
    // Residents see the screens their meeting type is for (a visit has no slider tab, a closed
    // wijkwerkoverleg no empty minutes), and the sliders whenever placing is opened to them.
    std::vector<View> views;
    for (View v : kViews)
        if ((tools || residentSees(v, info)) && (!noMeeting_ || v == View::Home)) views.push_back(v);
    if (std::find(views.begin(), views.end(), view_) == views.end() && view_ != View::Planning) view_ = View::Home;
    const float navW = (avail - (undoInNav ? undoW + redoW + gap * 2 : 0) - gap * 4) / 5.0f;
    ImGui::Dummy({0, gap});
    float right = 0;
    for (View v : views) {
        ImGui::SameLine(0, v == View::Home ? 0 : gap);
        const std::string key = std::string("nav.") + viewKey(v);
        if (button(tr(key), {navW, em() * 2.6f}, v == view_ ? Tone::Selected : Tone::Secondary)) view_ = v;
        right = ImGui::GetItemRectMax().x;
    }
    if (!tools || noMeeting_) return;  // undo is the facilitator's, and there is nothing to undo yet
    const auto undoRedo = [&] {
        ImGui::BeginDisabled(!status.canUndo);
        if (button(undoLabel, {undoW, em() * 2.6f}, Tone::Secondary, "undo")) out.push_back(Undo{});
        ImGui::EndDisabled();
        ImGui::SameLine(0, gap);
        ImGui::BeginDisabled(!status.canRedo);
        if (button(redoLabel, {redoW, em() * 2.6f}, Tone::Secondary, "redo")) out.push_back(Redo{});
        ImGui::EndDisabled();
    };
    if (undoInNav) {
        ImGui::SameLine(0, gap * 2);
        undoRedo();
        return;
    }
    // The tools' own row, on a narrow screen: the bar's tools, then undo and redo on the right.
    ImGui::Dummy({0, 0});
    bool first = true;
    for (const auto& [label, what] : toolLabels(isPublic)) {
        if (!first) ImGui::SameLine(0, gap);
        first = false;
        if (button(label, {labelW(label.c_str()), em() * 2.4f}, what == 1 && room_.barOpen ? Tone::Selected : Tone::Secondary,
                   "tool" + std::to_string(what)))
            tool(what, isPublic, out);
    }
    // Right-aligned under the navigation, or on a line of their own when the tools fill the row.
    const float undoX = std::max(ImGui::GetItemRectMax().x + gap * 3, right - undoW - redoW - gap);
    if (undoX + undoW + redoW + gap <= right + 1) {
        const float rowY = ImGui::GetItemRectMin().y;
        ImGui::SameLine();
        ImGui::SetCursorScreenPos({undoX, rowY});
    }
    undoRedo();
}

RoomPage Kiosk::roomPage() const {
    if (room_.blank) return RoomPage::Blank;
    if (room_.pinned) return *room_.pinned;
    // While a poll is open the room shows it between the screens: it is what the room is doing.
    if (pollOpen_ && (welcome_ || view_ == View::Home)) return RoomPage::Poll;
    if (statementsOpen_ && (welcome_ || view_ == View::Home)) return RoomPage::Statements;
    if (welcome_ || (pinPadOpen_ && !room_.presenting)) return RoomPage::Title;
    switch (view_) {
        case View::Home: return RoomPage::Title;
        case View::Sliders: return RoomPage::Sliders;
        case View::Ideas: return RoomPage::Ideas;
        case View::Plan: return RoomPage::Plan;
        case View::Minutes: return RoomPage::Minutes;
        case View::Planning: return RoomPage::Title;  // the municipality's own planning, not the room's
    }
    return RoomPage::Title;
}

void Kiosk::drawPresentingControl() {
    // Small, in the corner, on top of the picture: the room hardly notices it.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const char* label = tr("room.back");
    const ImVec2 size{ImGui::CalcTextSize(label).x + em() * 1.2f, em() * 2.2f};
    ImGui::SetNextWindowPos({vp->Pos.x + vp->Size.x - size.x - em() * 0.4f, vp->Pos.y + vp->Size.y - size.y - em() * 0.4f});
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
    ImGui::Begin("##presenting", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar();
    if (button(label, size, Tone::Secondary, "present-back")) {
        if (mode_ == Mode::Facilitator) room_.presenting = false;
        else pinPadOpen_ = true;  // locked meanwhile: the PIN first
    }
    ImGui::End();
}

void Kiosk::drawRoomBar() {
    // Follow the console, or pin one picture; or only the logo on black.
    const std::pair<const char*, std::optional<RoomPage>> choices[] = {
        {"room.follow", std::nullopt},          {"room.show_title", RoomPage::Title}, {"room.only_sliders", RoomPage::Sliders},
        {"room.only_ideas", RoomPage::Ideas},   {"room.only_plan", RoomPage::Plan},   {"room.only_minutes", RoomPage::Minutes},
        {"room.only_agenda", RoomPage::Agenda}, {"room.only_poll", RoomPage::Poll},     {"room.only_statements", RoomPage::Statements},
        {"room.only_words", RoomPage::Words}};
    ImGui::AlignTextToFramePadding();
    text(tr("room.bar"), palette().muted, -1);
    for (const auto& [key, page] : choices) {
        const std::string label = tr(key);
        const float w = ImGui::CalcTextSize(label.c_str()).x + em() * 1.6f;
        if (fitsOnLine(w)) ImGui::SameLine();
        const bool on = !room_.blank && room_.pinned == page;
        if (button(label, {w, 0}, on ? Tone::Selected : Tone::Secondary, std::string("room-") + key)) {
            room_.pinned = page;
            room_.blank = false;
        }
    }
    const std::string blank = tr("room.blank");  // lit while the room sees black
    const float bw = ImGui::CalcTextSize(blank.c_str()).x + em() * 1.6f;
    if (fitsOnLine(bw)) ImGui::SameLine(0, em());
    if (button(blank, {bw, 0}, room_.blank ? Tone::Selected : Tone::Secondary, "room-blank")) room_.blank = !room_.blank;
    {  // the console itself becomes the room's picture (one screen, or turned to the room)
        const char* present = tr("room.present");
        const float pw = ImGui::CalcTextSize(present).x + em() * 1.6f;
        if (fitsOnLine(pw)) ImGui::SameLine(0, em());
        if (button(present, {pw, 0}, Tone::Accent, "room-present")) {
            room_.presenting = true;
            room_.barOpen = false;
        }
    }
}

}  // namespace wk::ui
