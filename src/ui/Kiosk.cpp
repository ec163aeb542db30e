#include "ui/Kiosk.h"

#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/widgets/DragScroll.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
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
    : config_(config), fonts_(fonts), logo_(logo), logoAspect_(logoAspect) {}

const Session& Kiosk::shown(const Session& full, std::uint64_t revision) {
    if (shownRevision_ != revision || shownPublic_ != publicPhase_) {
        shown_ = visibleTo(full, publicPhase_ ? Audience::Public : Audience::Internal);
        shownRevision_ = revision;
        shownPublic_ = publicPhase_;
    }
    return shown_;
}

void Kiosk::drawTopBar(const Session& s) {
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
    ImGui::SetCursorScreenPos({x, o.y + em() * 0.35f});
    ImGui::BeginGroup();
    textIn(fonts_.large, s.info.title, p.onPrimary, -1);
    std::string sub = config_.municipality + "  ·  " + std::string(tr(std::string("meeting.") + std::string(toString(s.info.type)))) +
                      "  ·  " + s.info.wijk + "  ·  " + s.info.date;
    text(sub, p.onPrimary, -1);
    ImGui::EndGroup();

    // The phase banner: always visible, so nobody wonders whether the public can see this.
    const char* phase = tr(publicPhase_ ? "phase.public" : "phase.closed");
    const char* hint = tr(publicPhase_ ? "phase.public_hint" : "phase.closed_hint");
    const float hintW = ImGui::CalcTextSize(hint).x;
    ImGui::PushFont(fonts_.large);
    const float pw = std::max(ImGui::CalcTextSize(phase).x, hintW) + em() * 1.2f;
    ImGui::PopFont();
    const ImVec2 b0{o.x + w - pw - em() * 0.6f, o.y + em() * 0.4f};
    const ImVec2 b1{o.x + w - em() * 0.6f, o.y + h - em() * 0.4f};
    dl->AddRectFilled(b0, b1, publicPhase_ ? p.ok : p.closed, em() * 0.4f);
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
    const float undoW = ImGui::CalcTextSize(tr("nav.undo")).x + em() * 1.6f;
    const float redoW = ImGui::CalcTextSize(tr("nav.redo")).x + em() * 1.6f;
    const float tools = undoW + redoW;
    const float bw = (avail - tools - gap * 6) / 5.0f;
    ImGui::Dummy({0, gap});
    for (View v : kViews) {
        ImGui::SameLine(0, v == View::Home ? 0 : gap);
        const std::string key = std::string("nav.") + viewKey(v);
        if (button(tr(key), {bw, em() * 2.6f}, v == view_ ? Tone::Selected : Tone::Secondary)) view_ = v;
    }
    ImGui::SameLine(0, gap * 2);
    ImGui::BeginDisabled(!status.canUndo);
    if (button(tr("nav.undo"), {undoW, em() * 2.6f}, Tone::Secondary)) out.push_back(Undo{});
    ImGui::EndDisabled();
    ImGui::SameLine(0, gap);
    ImGui::BeginDisabled(!status.canRedo);
    if (button(tr("nav.redo"), {redoW, em() * 2.6f}, Tone::Secondary)) out.push_back(Redo{});
    ImGui::EndDisabled();
}

void Kiosk::draw(const Session& full, std::uint64_t revision, const KioskStatus& status, std::vector<Request>& out) {
    const Session& s = shown(full, revision);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
    ImGui::Begin("##kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    drawTopBar(s);

    const float pad = em() * 0.8f;
    ImGui::SetCursorPos({pad, ImGui::GetCursorPosY()});
    ImGui::BeginGroup();
    ImGui::PushItemWidth(-pad);
    drawNavigation(status, out);
    ImGui::PopItemWidth();
    ImGui::EndGroup();

    const float statusH = status.message.empty() ? 0.0f : em() * 2.2f;
    ImGui::SetCursorPosX(pad);
    ImGui::Dummy({0, em() * 0.2f});
    ImGui::SetCursorPosX(pad);
    const ImVec2 area{ImGui::GetContentRegionAvail().x - pad, ImGui::GetContentRegionAvail().y - pad - statusH};
    ImGui::BeginChild("##content", area, false, ImGuiWindowFlags_NoScrollWithMouse);
    ScreenContext ctx{s, config_, fonts_, publicPhase_, out, localDateTime(), [&full](char prefix) { return freshId(full, prefix); }};
    switch (view_) {
        case View::Home: drawHomeScreen(ctx); break;
        case View::Sliders: drawSlidersScreen(ctx); break;
        case View::Ideas: drawIdeasScreen(ctx, ideas_); break;
        case View::Plan: drawPlanScreen(ctx); break;
        case View::Minutes: drawMinutesScreen(ctx); break;
    }
    dragScroll();
    ImGui::EndChild();

    if (!status.message.empty()) {
        ImGui::SetCursorPosX(pad);
        chip(status.message, status.messageIsError ? palette().bad : palette().ok, palette().onPrimary);
    }
    ImGui::End();
}

}  // namespace wk::ui
