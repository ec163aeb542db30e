#include "ui/room/Room.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "domain/Policy.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

const char* roomPageKey(RoomPage p) {
    switch (p) {
        case RoomPage::Title: return "title";
        case RoomPage::Blank: return "blank";
        case RoomPage::Sliders: return "sliders";
        case RoomPage::Ideas: return "ideas";
        case RoomPage::Plan: return "plan";
        case RoomPage::Minutes: return "minutes";
        case RoomPage::Agenda: return "agenda";
        case RoomPage::Poll: return "poll";
        case RoomPage::Statements: return "statements";
        case RoomPage::Words: return "words";
    }
    return "title";
}

namespace {

float headerHeight() { return em() * 1.6f; }

// The band on top: the logo, what is shown, the page, and whether this is the public part.
// Drawn after the page itself, which decides how many pages there are.
void header(const RoomFrame& f, const RoomState& st, const char* titleKey) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetWindowPos();
    const float w = ImGui::GetWindowWidth();
    const float h = headerHeight();
    // The band turns the closed part's colour when a meeting open to all is in a closed part.
    const bool closedOfPublic = !f.publicPhase && startPhase(f.config.policy, f.session.info.type) == Visibility::Public;
    dl->AddRectFilled(o, {o.x + w, o.y + h}, closedOfPublic ? p.closed : p.primary);
    float x = o.x + em() * 0.5f;
    if (f.logo) {
        const float lh = h - em() * 0.3f;
        dl->AddImage(f.logo, {x, o.y + em() * 0.15f}, {x + lh * f.logoAspect, o.y + em() * 0.15f + lh});
        x += lh * f.logoAspect + em() * 0.5f;
    }
    const float ty = o.y + (h - ImGui::GetTextLineHeight()) * 0.5f;
    // The phase in words, as on the console: nobody wonders whether the public is watching.
    const char* phase = tr(f.publicPhase ? "phase.public" : "phase.closed");
    const float pw = ImGui::CalcTextSize(phase).x + em();
    const ImVec2 b0{o.x + w - pw - em() * 0.3f, o.y + em() * 0.12f}, b1{o.x + w - em() * 0.3f, o.y + h - em() * 0.12f};
    dl->AddRectFilled(b0, b1, f.publicPhase ? p.ok : p.closed, em() * 0.3f);
    ImGui::SetCursorScreenPos({b0.x + em() * 0.5f, ty});
    text(phase, p.onPrimary, -1);
    float right = b0.x - em() * 0.5f;
    // Which page of a long list is up: "1 / 3".
    if (st.pageCount > 1) {
        const std::string page = trf("room.page", std::to_string(st.pageIndex + 1) + " / " + std::to_string(st.pageCount));
        const float pgw = ImGui::CalcTextSize(page.c_str()).x;
        ImGui::SetCursorScreenPos({right - pgw, ty});
        text(page, p.onPrimary, -1);
        right -= pgw + em() * 0.6f;
    }
    // Phones on: the address to join, where everyone reads the page's title.
    if (f.phones && f.phones->on && (f.page == RoomPage::Ideas || f.page == RoomPage::Poll || f.page == RoomPage::Statements)) {
        std::string join = tr("phones.join_short") + std::string(" ") + shortAddress(f.phones->url);
        if (ImGui::CalcTextSize(join.c_str()).x >= right - x - em() * 8) join = shortAddress(f.phones->url);
        const float jw = ImGui::CalcTextSize(join.c_str()).x;
        if (jw < right - x - em() * 8) {
            ImGui::SetCursorScreenPos({right - jw, ty});
            text(join, p.onPrimary, -1);
            right -= jw + em() * 0.6f;
        }
    }
    // The title of what is shown, ellipsised if the window is narrow.
    const std::string title = tr(titleKey);
    const ImVec2 a{x, ty}, b{right, ty + em() * 1.2f};
    ImGui::PushStyleColor(ImGuiCol_Text, p.onPrimary);
    ImGui::RenderTextEllipsis(dl, a, b, b.x, b.x, title.c_str(), title.c_str() + title.size(), nullptr);
    ImGui::PopStyleColor();
    traceAdd(title, a, b, false);
}

const char* titleKeyOf(RoomPage p) {
    switch (p) {
        case RoomPage::Sliders: return "sliders.title";
        case RoomPage::Ideas: return "ideas.title";
        case RoomPage::Plan: return "plan.title";
        case RoomPage::Minutes: return "room.minutes_title";
        case RoomPage::Agenda: return "agenda.title";
        case RoomPage::Poll: return "voice.poll_title";
        case RoomPage::Statements: return "room.statements_title";
        case RoomPage::Words: return "room.words_title";
        default: return "";
    }
}

}  // namespace

double roomNextTurn(const RoomState& st, double now) {
    if (st.pageCount <= 1) return -1;
    return std::max(0.0, st.pageSince + kRoomPageSeconds - now);
}

void drawRoom(const RoomFrame& f, RoomState& st) {
    // A new picture starts at its first page; a long one turns its pages by itself.
    if (st.page != f.page) {
        st.page = f.page;
        st.pageIndex = 0;
        st.pageSince = f.now;
    } else if (st.pageCount > 1 && f.now - st.pageSince >= kRoomPageSeconds) {
        // Every period that passed turns a page, also when the room was drawn late (it is drawn
        // when something changes or a page is due): the round keeps to the clock.
        const auto turns = static_cast<long long>((f.now - st.pageSince) / kRoomPageSeconds);
        st.pageIndex = static_cast<int>((st.pageIndex + turns) % st.pageCount);
        st.pageSince += static_cast<double>(turns) * kRoomPageSeconds;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // While the agenda runs, its band takes the bottom: the picture above is laid out without it.
    const bool band = f.page != RoomPage::Blank && f.page != RoomPage::Agenda && roomAgendaRuns(f);
    ImGui::PushFont(f.fonts.body);
    const float bandH = band ? roomAgendaBandHeight() : 0.0f;
    ImGui::PopFont();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize({vp->Size.x, vp->Size.y - bandH});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
    const bool blank = f.page == RoomPage::Blank;
    ImGui::PushStyleColor(ImGuiCol_WindowBg, blank ? IM_COL32(0, 0, 0, 255) : palette().background);
    // Nothing here takes input: the room's picture is for looking at.
    ImGui::Begin("##room", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     (blank ? 0 : ImGuiWindowFlags_NoBackground));  // cleared in the background colour already
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    ImGui::PushFont(f.fonts.body);
    if (f.page == RoomPage::Title || blank) {
        st.pageCount = 1;
        drawRoomTitle(f, blank);
    } else {
        const float margin = em() * 0.6f;
        ImGui::SetCursorScreenPos({ImGui::GetWindowPos().x + margin, ImGui::GetWindowPos().y + headerHeight() + em() * 0.25f});
        ImGui::PushTextWrapPos(ImGui::GetWindowWidth() - margin);
        switch (f.page) {
            case RoomPage::Sliders: st.pageCount = 1; drawRoomSliders(f); break;
            case RoomPage::Ideas: drawRoomIdeas(f, st); break;
            case RoomPage::Plan: drawRoomPlan(f, st); break;
            case RoomPage::Minutes: st.pageCount = 1; drawRoomMinutes(f); break;
            case RoomPage::Agenda: st.pageCount = 1; drawRoomAgenda(f); break;
            case RoomPage::Poll: st.pageCount = 1; drawRoomPoll(f); break;
            case RoomPage::Statements: st.pageCount = 1; drawRoomStatements(f); break;
            case RoomPage::Words: st.pageCount = 1; drawRoomWords(f); break;
            default: break;
        }
        ImGui::PopTextWrapPos();
        st.pageIndex = std::min(st.pageIndex, std::max(0, st.pageCount - 1));
        header(f, st, titleKeyOf(f.page));
    }
    ImGui::PopFont();
    ImGui::End();
    if (!band) return;
    ImGui::SetNextWindowPos({vp->Pos.x, vp->Pos.y + vp->Size.y - bandH});
    ImGui::SetNextWindowSize({vp->Size.x, bandH});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
    ImGui::Begin("##room-agenda", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar();
    ImGui::PushFont(f.fonts.body);
    drawRoomAgendaBand(f, ImGui::GetWindowPos(), vp->Size.x);
    ImGui::PopFont();
    ImGui::End();
}

}  // namespace wk::ui
