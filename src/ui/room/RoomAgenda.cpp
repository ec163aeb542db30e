// The meeting's running order on the room's screen: the agenda with the current item and its
// countdown in large figures (the warning colour in the last two minutes), and who has the
// floor. A band of the same words sits under every other picture while the agenda runs.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "domain/Agenda.h"
#include "ui/I18n.h"
#include "ui/room/Room.h"
#include "ui/screens/AgendaStrip.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

// Who has the floor and their own time, and who is next: one line, for the band.
std::string floorLine(const RoomFrame& f) {
    const Turn* speaking = speakingNow(f.session.turns);
    const auto waiting = waitingTurns(f.session.turns);
    std::string out;
    if (speaking)
        out = trf("agenda.speaking", speakerName(*speaking)) + "  ·  " +
              speakerTimeWords(speakerSecondsLeft(*speaking, f.config.policy.speakerMinutes, f.clock));
    if (!waiting.empty()) out += (out.empty() ? "" : "  ·  ") + trf("agenda.next_up", speakerName(*waiting.front()));
    return out;
}

// A filled box with text centred vertically, traced for the tests that read the screen.
void box(ImVec2 a, ImVec2 b, ImU32 fill, ImFont* font, const std::string& words, ImU32 colour) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, fill, em() * 0.3f);
    ImGui::PushFont(font);
    ImGui::SetCursorScreenPos({a.x + em() * 0.5f, a.y + (b.y - a.y - ImGui::GetTextLineHeight()) * 0.5f});
    text(words, colour, -1);
    ImGui::PopFont();
}

}  // namespace

bool roomAgendaRuns(const RoomFrame& f) {
    return currentItem(f.session.agenda) || speakingNow(f.session.turns) || !waitingTurns(f.session.turns).empty();
}

float roomAgendaBandHeight() { return em() * 2.4f; }

void drawRoomAgendaBand(const RoomFrame& f, ImVec2 at, float width) {
    const Palette& p = palette();
    const AgendaNow now = agendaNow(f.session.agenda, f.clock);
    const float h = roomAgendaBandHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(at, {at.x + width, at.y + h}, p.card);
    float x = at.x + em() * 0.4f;
    const float top = at.y + em() * 0.25f, bottom = at.y + h - em() * 0.25f;
    if (now.current) {
        ImGui::PushFont(f.fonts.bold);
        const std::string item = askGlyphs(trf("agenda.now", now.current->title));
        const std::string left = minutesLeftWords(now.secondsLeft);
        const float iw = ImGui::CalcTextSize(item.c_str()).x + em(), lw = ImGui::CalcTextSize(left.c_str()).x + em();
        ImGui::PopFont();
        box({x, top}, {x + iw, bottom}, p.primary, f.fonts.bold, item, p.onPrimary);
        x += iw + em() * 0.3f;
        box({x, top}, {x + lw, bottom}, now.warning ? p.warn : p.ok, f.fonts.bold, left, p.onPrimary);
        x += lw + em() * 0.8f;
    }
    if (const std::string floor = floorLine(f); !floor.empty()) {
        ImGui::SetCursorScreenPos({x, at.y + (h - ImGui::GetTextLineHeight()) * 0.5f});
        text(floor, p.text, -1);
    }
}

void drawRoomAgenda(const RoomFrame& f) {
    const Palette& p = palette();
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    const float left = ImGui::GetCursorScreenPos().x;
    const float width = wp.x + ws.x - em() * 0.6f - left;
    const AgendaNow now = agendaNow(f.session.agenda, f.clock);
    // The list on the left; on the right, large, what matters now: the item, its minutes, who
    // speaks and who is next.
    const bool right = now.current || roomAgendaRuns(f);
    const float sideW = right ? width * 0.45f : 0.0f;
    const float listW = width - sideW - (right ? em() : 0.0f);
    const float top = ImGui::GetCursorScreenPos().y;
    if (f.session.agenda.empty()) textIn(f.fonts.large, tr("agenda.not_started"), p.muted);
    float y = top;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushFont(f.fonts.large);
    const float rowH = ImGui::GetTextLineHeight() * 1.6f;
    for (const AgendaItem& item : f.session.agenda) {
        const bool current = now.current == &item;
        const bool held = !item.ended.empty();
        if (current) dl->AddRectFilled({left, y}, {left + listW, y + rowH}, p.primary, em() * 0.3f);
        else dl->AddRect({left, y}, {left + listW, y + rowH}, p.cardBorder, em() * 0.3f);
        // Held items stay readable (dark grey, ticked): the room keeps its place in the list.
        const ImU32 colour = current ? p.onPrimary : held ? p.muted : p.text;
        const std::string minutes = trf("agenda.minutes", std::to_string(item.minutes));
        const float mw = ImGui::CalcTextSize(minutes.c_str()).x;
        const float ty = y + (rowH - ImGui::GetTextLineHeight()) * 0.5f;
        // A long title ends in "..." before the minutes rather than running into them.
        const std::string title = askGlyphs((held ? "✓ " : "") + item.title);
        const ImVec2 a{left + em() * 0.4f, ty}, b{left + listW - mw - em() * 0.9f, ty + ImGui::GetTextLineHeight()};
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::RenderTextEllipsis(dl, a, b, b.x, b.x, title.c_str(), title.c_str() + title.size(), nullptr);
        ImGui::PopStyleColor();
        traceAdd(title, a, b, false);
        ImGui::SetCursorScreenPos({left + listW - mw - em() * 0.4f, ty});
        text(minutes, colour, -1);
        y += rowH + em() * 0.25f;
    }
    ImGui::PopFont();
    if (!right) return;
    const float cx = left + listW + em();
    ImGui::SetCursorScreenPos({cx, top});
    if (now.current) {
        textIn(f.fonts.large, trf("agenda.now", ""), p.muted, sideW);
        ImGui::SetCursorPosX(cx - wp.x);
        textIn(f.fonts.title, now.current->title, p.text, sideW);
        // The countdown: the largest words on the screen, dark on a light tint of green, of
        // orange in the last two minutes, underlined in the colour.
        const float by = ImGui::GetCursorScreenPos().y + em() * 0.3f;
        ImGui::PushFont(f.fonts.title);
        const std::string countdown = minutesLeftWords(now.secondsLeft);
        // As large as fits beside the list: up to 1.35 times the title's size.
        const float natural = ImGui::CalcTextSize(countdown.c_str()).x;
        const float pad = ImGui::GetFontSize() * 0.9f;
        ImGui::SetWindowFontScale(std::clamp((sideW - pad) / std::max(1.0f, natural), 0.6f, 1.35f));
        const float bh = ImGui::GetTextLineHeight() * 1.5f;
        const ImU32 colour = now.warning ? p.warn : p.ok;
        dl->AddRectFilled({cx, by}, {cx + sideW, by + bh}, (colour & 0x00FFFFFFu) | 0x30000000u, em() * 0.2f);
        dl->AddRectFilled({cx, by + bh - em() * 0.3f}, {cx + sideW, by + bh}, colour);
        ImGui::SetCursorScreenPos({cx + pad * 0.7f, by + (bh - ImGui::GetTextLineHeight()) * 0.5f});
        text(countdown, p.text, -1);
        ImGui::SetWindowFontScale(1.0f);
        ImGui::PopFont();
        ImGui::SetCursorScreenPos({cx, by + bh + em() * 0.8f});
    }
    if (const Turn* speaking = speakingNow(f.session.turns)) {
        ImGui::SetCursorPosX(cx - wp.x);
        textIn(f.fonts.title, trf("agenda.speaking", speakerName(*speaking)), p.text, sideW);
        const long long rest = speakerSecondsLeft(*speaking, f.config.policy.speakerMinutes, f.clock);
        ImGui::SetCursorPosX(cx - wp.x);
        ImGui::PushFont(f.fonts.large);
        chip(speakerTimeWords(rest), rest <= 30 ? p.warn : p.ok, p.onPrimary);
        ImGui::PopFont();
    }
    if (const auto waiting = waitingTurns(f.session.turns); !waiting.empty()) {
        ImGui::SetCursorPosX(cx - wp.x);
        textIn(f.fonts.large, trf("agenda.next_up", speakerName(*waiting.front())), p.text, sideW);
        if (waiting.size() > 1) {
            ImGui::SetCursorPosX(cx - wp.x);
            textIn(f.fonts.large, trn("agenda.waiting", static_cast<long long>(waiting.size() - 1)), p.text, sideW);
        }
    }
}

}  // namespace wk::ui
