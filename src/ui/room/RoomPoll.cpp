// A poll for the room (issue 30): while it is open, the question and its answers to choose from,
// how many answered and how to answer, never how they answered (unless the facilitator shows
// the results live); once closed, large bars with the count beside each answer.
#include <algorithm>

#include "domain/Polls.h"
#include "domain/Text.h"
#include "ui/I18n.h"
#include "ui/room/Room.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

void drawRoomPoll(const RoomFrame& f) {
    const Palette& p = palette();
    const Session& s = f.session;  // filtered: no closed question in a public part
    // The evaluation while it runs: how to take part and how many did, never what they said (the
    // internal minutes keep that).
    if (const auto evaluation = openEvaluation(s); !evaluation.empty()) {
        long long answered = 0;
        for (const Poll* q : evaluation) answered = std::max(answered, q->phoneAnswers + q->kioskAnswers);
        const float w = ImGui::GetContentRegionAvail().x - em() * 0.6f, x = ImGui::GetCursorScreenPos().x;
        textIn(f.fonts.title, tr("room.evaluation_how"), 0, w * (f.phones && f.phones->on ? 0.72f : 1.0f));
        ImGui::SetCursorScreenPos({x, ImGui::GetCursorScreenPos().y});  // from the page's edge, not the window's
        textIn(f.fonts.large, trn("room.evaluation_answered", answered), p.primary, w);
        if (f.phones && f.phones->on && f.phones->qr.size > 0) {
            const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
            const float q = std::min(size.y * 0.3f, size.x * 0.2f);
            drawQr(f.phones->qr, {o.x + size.x - q - em() * 0.6f, o.y + size.y - q - em() * 0.6f}, q, tr("phones.qr"));
        }
        return;
    }
    const Poll* poll = openPoll(s);
    // The last one closed: a question of its own (statements, words and the evaluation have
    // their own pictures; the evaluation's result is for the internal minutes only).
    if (!poll)
        for (const auto& x : s.polls)
            if (!x.closed.empty() && !x.evaluation && x.kind != PollKind::Statement && !isTextKind(x.kind) &&
                (!poll || x.closed >= poll->closed))
                poll = &x;
    if (!poll) {
        textIn(f.fonts.large, tr("room.no_poll"), p.muted);
        return;
    }
    const float width = ImGui::GetContentRegionAvail().x - em() * 0.6f;
    // Every line from the page's left edge (a new line would start at the window's).
    const float left = ImGui::GetCursorScreenPos().x;
    const auto line = [&] { ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y}); };
    textIn(f.fonts.title, poll->question, 0, width);
    ImGui::Dummy({0, em() * 0.3f});
    const bool open = isOpen(*poll);
    const Tally t = resultOf(s, *poll);
    const auto label = [&](std::size_t i) {
        if (poll->kind != PollKind::Scale) return poll->options[i];
        const std::string& words = poll->options[i];
        return std::to_string(i + 1) + (words.empty() ? "" : " " + words);
    };
    if (open && !poll->live) {
        // The answers to choose from, nothing of how anyone chose.
        for (std::size_t i = 0; i < t.values.size(); ++i) {
            line();
            textIn(f.fonts.large, "•  " + label(i), 0, width);
        }
        ImGui::Dummy({0, em() * 0.5f});
        line();
        textIn(f.fonts.large, trn("room.poll_answered", t.answered()), p.primary, width);
        line();
        textIn(f.fonts.large, tr("room.poll_how"), 0, width);  // black and large: read from the back
        // Phones on: the code to scan, large, where the page has room for it.
        if (f.phones && f.phones->on && f.phones->qr.size > 0) {
            const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
            // As large as the room below the text allows, up to a third of the height.
            const float below = o.y + size.y - em() * 0.6f - ImGui::GetCursorScreenPos().y;
            const float q = std::min({size.y * 0.3f, size.x * 0.2f, below});
            if (q > em() * 4) drawQr(f.phones->qr, {o.x + size.x - q - em() * 0.6f, o.y + size.y - q - em() * 0.6f}, q, tr("phones.qr"));
        }
        return;
    }
    // Bars: each answer with its count (points, euros) read first, then its bar; the longest bar
    // is the widest.
    const long long most = std::max<long long>(1, t.values.empty() ? 1 : *std::max_element(t.values.begin(), t.values.end()));
    const auto valueOf = [&](std::size_t i) {
        return poll->kind == PollKind::Budget ? formatEuros(t.values[i], ',')
               : poll->kind == PollKind::Ranking ? trn("voice.points", t.values[i])
                                                 : std::to_string(t.values[i]);
    };
    line();
    textIn(f.fonts.large, tr("voice.result"), p.primary, width);  // closed: this is the outcome
    // Each answer and its count on a line, its bar under it: read first, then seen.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float barH = em() * 0.7f;
    for (std::size_t i = 0; i < t.values.size(); ++i) {
        ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y});
        textIn(f.fonts.large, label(i) + "   " + valueOf(i), 0, width);
        const float y = ImGui::GetItemRectMax().y + em() * 0.1f;
        const float w = std::max(em() * 0.3f, width * static_cast<float>(t.values[i]) / static_cast<float>(most));
        dl->AddRectFilled({left, y}, {left + w, y + barH}, p.primary, em() * 0.2f);
        ImGui::SetCursorScreenPos({left, y + barH + em() * 0.5f});
    }
    ImGui::Dummy({0, em() * 0.3f});
    line();
    std::string how = trn("room.poll_answered", t.answered());
    if (poll->kind == PollKind::Ranking) how += "  ·  " + std::string(tr("room.poll_borda"));
    if (poll->kind == PollKind::Budget) how += "  ·  " + std::string(tr(poll->adopted ? "voice.adopted" : "room.poll_advice"));
    text(how, p.muted, width);
}

}  // namespace wk::ui
