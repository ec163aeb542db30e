// The meeting's running order on the room's screen: the agenda with the current item and its
// countdown in large figures (the warning colour in the last two minutes), and who has the
// floor. A band of the same words sits under every other picture while the agenda runs.
#include <imgui.h>

#include "domain/Agenda.h"
#include "ui/I18n.h"
#include "ui/room/Room.h"
#include "ui/screens/AgendaStrip.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

// Who has the floor and their time, and how many wait: one line.
std::string floorLine(const RoomFrame& f) {
    const Turn* speaking = speakingNow(f.session.turns);
    const auto waiting = waitingTurns(f.session.turns);
    std::string out;
    if (speaking)
        out = trf("agenda.speaking", speakerName(*speaking)) + "  ·  " +
              minutesLeftWords(f.config.policy.speakerMinutes * 60LL - turnSeconds(*speaking, f.clock));
    if (!waiting.empty()) out += (out.empty() ? "" : "  ·  ") + trn("agenda.waiting", static_cast<long long>(waiting.size()));
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
        const std::string item = trf("agenda.now", now.current->title);
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
    // The countdown: the largest words on the screen, right of the list.
    const bool right = now.current || roomAgendaRuns(f);
    const float clockW = right ? width * 0.38f : 0.0f;
    const float listW = width - clockW - (right ? em() : 0.0f);
    const float top = ImGui::GetCursorScreenPos().y;
    if (f.session.agenda.empty()) textIn(f.fonts.large, tr("agenda.not_started"), p.muted);
    float y = top;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const AgendaItem& item : f.session.agenda) {
        const bool current = now.current == &item;
        const bool held = !item.ended.empty();
        const float h = em() * 2.2f;
        if (current) dl->AddRectFilled({left, y}, {left + listW, y + h}, p.primary, em() * 0.3f);
        else dl->AddRect({left, y}, {left + listW, y + h}, p.cardBorder, em() * 0.3f);
        const ImU32 colour = current ? p.onPrimary : held ? p.muted : p.text;
        ImGui::PushFont(current ? f.fonts.bold : f.fonts.body);
        const std::string minutes = trf("agenda.minutes", std::to_string(item.minutes));
        const float mw = ImGui::CalcTextSize(minutes.c_str()).x;
        ImGui::SetCursorScreenPos({left + em() * 0.5f, y + (h - ImGui::GetTextLineHeight()) * 0.5f});
        text((held ? "✓ " : "") + item.title, colour, -1);
        ImGui::SetCursorScreenPos({left + listW - mw - em() * 0.5f, y + (h - ImGui::GetTextLineHeight()) * 0.5f});
        text(minutes, colour, -1);
        ImGui::PopFont();
        y += h + em() * 0.3f;
    }
    if (now.current) {
        const float cx = left + listW + em();
        ImGui::SetCursorScreenPos({cx, top});
        textIn(f.fonts.large, trf("agenda.now", now.current->title), p.text, clockW);
        const float by = ImGui::GetCursorScreenPos().y + em() * 0.3f;
        ImGui::PushFont(f.fonts.title);
        const float bh = ImGui::GetTextLineHeight() * 1.6f;
        ImGui::PopFont();
        // Big and coloured: green while there is time, orange in the last two minutes.
        const ImU32 fill = now.warning ? p.warn : p.ok;
        ImGui::GetWindowDrawList()->AddRectFilled({cx, by}, {cx + clockW, by + bh}, fill, em() * 0.4f);
        ImGui::PushFont(f.fonts.title);
        ImGui::SetCursorScreenPos({cx + em() * 0.6f, by + bh * 0.2f});
        text(minutesLeftWords(now.secondsLeft), p.onPrimary, -1);
        ImGui::PopFont();
        ImGui::SetCursorScreenPos({cx, by + bh + em() * 0.8f});
    }
    // Who has the floor, their time (orange once it is up) and how many wait: under the clock,
    // or beside the list when no item runs.
    const float fx = left + listW + em(), fw = clockW;
    if (!now.current) ImGui::SetCursorScreenPos({fx, top});
    if (const Turn* speaking = speakingNow(f.session.turns)) {
        ImGui::SetCursorPosX(fx - ImGui::GetWindowPos().x);
        textIn(f.fonts.large, trf("agenda.speaking", speakerName(*speaking)), p.text, fw);
        const long long rest = f.config.policy.speakerMinutes * 60LL - turnSeconds(*speaking, f.clock);
        ImGui::SetCursorPosX(fx - ImGui::GetWindowPos().x);
        chip(minutesLeftWords(rest), rest <= 30 ? p.warn : p.ok, p.onPrimary);
    }
    if (const auto waiting = waitingTurns(f.session.turns); !waiting.empty()) {
        ImGui::SetCursorPosX(fx - ImGui::GetWindowPos().x);
        text(trn("agenda.waiting", static_cast<long long>(waiting.size())), p.muted, fw);
    }
}

}  // namespace wk::ui
