// What the room agrees on (issue 31), for the room: the statements sorted into where the room
// agrees, where it is divided and what is not clear yet (only live or closed ones show how people
// answered); and the word cloud, each word as large as it is frequent.
#include <algorithm>
#include <cmath>

#include "domain/Agreement.h"
#include "domain/Polls.h"
#include "io/I18n.h"
#include "ui/I18n.h"
#include "ui/room/Room.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

// One statement: its words, then a bar of eens against oneens (weet niet is not in it: it is not
// in the share either) and the counts in words, so the colours need no key.
void statementRow(const RoomFrame& f, const StatementResult& r, float left, float width, bool compact) {
    const Palette& p = palette();
    ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y});
    textIn(compact ? f.fonts.bold : f.fonts.large, r.poll->question, 0, width);
    if (r.count.decided() > 0) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float y = ImGui::GetCursorScreenPos().y + em() * 0.05f, h = em() * 0.6f, w = width * 0.6f;
        const float eens = w * static_cast<float>(r.count.eens) / static_cast<float>(r.count.decided());
        dl->AddRectFilled({left, y}, {left + eens, y + h}, p.ok);
        dl->AddRectFilled({left + eens, y}, {left + w, y + h}, p.bad);
        ImGui::SetCursorScreenPos({left, y + h + em() * 0.15f});
    }
    std::string line = io::fillIn(io::fillIn(io::fillIn(tr("room.statement_counts"), std::to_string(r.count.eens)), std::to_string(r.count.oneens)),
                                  std::to_string(r.count.weetNiet));
    // The share of the side the room chose: "85 % oneens" under agreement, not "15 % eens".
    if (r.count.decided() > 0)
        line += "  ·  " + (r.verdict == Verdict::AgreeOneens ? trf("agree.percent_oneens", std::to_string(100 - r.count.eensPercent()))
                                                             : trf("agree.percent_eens", std::to_string(r.count.eensPercent())));
    ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y});
    text(line, p.text, width);
    ImGui::Dummy({0, em() * (compact ? 0.1f : 0.3f)});
}

}  // namespace

std::string verdictWord(Verdict v) { return tr("agree.verdict_" + std::string(toString(v))); }

void drawRoomStatements(const RoomFrame& f) {
    const Palette& p = palette();
    const Session& s = f.session;  // filtered: in a public part only public statements
    const auto results = statementResults(s, f.publicPhase);
    const float left = ImGui::GetCursorScreenPos().x, top = ImGui::GetCursorScreenPos().y;
    const float width = ImGui::GetContentRegionAvail().x - em() * 0.6f;
    const float bottom = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y;
    if (results.empty()) {
        textIn(f.fonts.large, tr("room.no_statements"), p.muted);
        return;
    }
    // Shown by how people answered only once the statement is live or closed.
    const auto shows = [](const StatementResult& r) { return r.poll->live || !r.poll->closed.empty(); };
    const auto agreed = [&](const StatementResult& r) { return shows(r) && (r.verdict == Verdict::AgreeEens || r.verdict == Verdict::AgreeOneens); };
    const auto divided = [&](const StatementResult& r) { return shows(r) && r.verdict == Verdict::Divided; };
    const auto unclear = [&](const StatementResult& r) { return !agreed(r) && !divided(r); };
    const auto rows = [&](auto&& belongs) { return static_cast<float>(std::count_if(results.begin(), results.end(), belongs)); };
    // One column, read top to bottom; smaller type when the full size would run off the page.
    const float rowFull = f.fonts.large->FontSize * 1.2f + em() * 1.0f + f.fonts.body->FontSize * 1.2f;
    const float needed = 3 * f.fonts.title->FontSize * 1.2f + (rows(agreed) + rows(divided)) * rowFull +
                         rows(unclear) * f.fonts.large->FontSize * 1.3f + f.fonts.large->FontSize * 2.5f;
    const bool compact = needed > bottom - top;
    const auto heading = [&](const char* key) {
        ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y});
        textIn(compact ? f.fonts.large : f.fonts.title, tr(key), p.primary, width);
    };
    const auto group = [&](const char* key, auto&& belongs) {
        bool first = true;
        for (const auto& r : results) {
            if (!belongs(r)) continue;
            if (first) heading(key);
            first = false;
            statementRow(f, r, left, width, compact);
        }
    };
    group("room.agreed", agreed);
    group("room.divided", divided);
    // Not clear yet: a line each, the statement and how many answered.
    bool first = true;
    for (const auto& r : results) {
        if (!unclear(r)) continue;
        if (first) heading("room.unclear");
        first = false;
        ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y});
        textIn(compact ? f.fonts.bold : f.fonts.large, r.poll->question, 0, width);
        const std::string n = trn("room.statement_answers", r.count.decided() + r.count.weetNiet);
        if (fitsOnLine(ImGui::CalcTextSize(n.c_str()).x + em())) ImGui::SameLine(0, em());
        else ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y});
        text(n, p.muted, -1);
    }
    if (!openStatements(s).empty()) {
        const bool qr = f.phones && f.phones->on && f.phones->qr.size > 0;
        ImGui::SetCursorScreenPos({left, ImGui::GetCursorScreenPos().y + em() * 0.3f});
        textIn(f.fonts.large, tr("room.statements_how"), 0, qr ? width * 0.7f : width);
        if (qr) {
            const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
            const float q = std::min(size.y * 0.25f, size.x * 0.16f);
            drawQr(f.phones->qr, {o.x + size.x - q - em() * 0.6f, bottom - q - em() * 0.6f}, q, tr("phones.qr"));
        }
    }
}

void drawRoomWords(const RoomFrame& f, bool heading) {
    const Palette& p = palette();
    const float left = ImGui::GetCursorScreenPos().x;
    const float width = ImGui::GetContentRegionAvail().x - em() * 0.6f;
    if (heading) textIn(f.fonts.large, f.cloudQuestion.empty() ? std::string(tr("room.words_ideas")) : f.cloudQuestion, p.muted, width);
    if (!f.cloud || f.cloud->empty()) {
        textIn(f.fonts.large, tr("room.no_words"), p.muted);
        return;
    }
    // Sizes from the body's to the title's, by the square root of the count (areas, not lengths,
    // grow with it): never beyond the font's own size, so the largest word stays sharp; lines
    // filled most frequent first, each centred.
    const auto& words = *f.cloud;
    const double most = static_cast<double>(words.front().count), least = static_cast<double>(words.back().count);
    ImFont* font = f.fonts.title;
    const float base = f.fonts.body->FontSize, top = ImGui::GetCursorScreenPos().y + em() * 0.4f;
    const float bottom = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y - em() * 0.5f;
    const auto sizeOf = [&](long long n) {
        const double t = most > least ? (std::sqrt(static_cast<double>(n)) - std::sqrt(least)) / (std::sqrt(most) - std::sqrt(least)) : 1.0;
        return base + (font->FontSize - base) * static_cast<float>(t);
    };
    struct Placed {
        const CloudWord* w;
        float size, width;
    };
    std::vector<std::vector<Placed>> lines(1);
    float lineW = 0, y = top;
    std::vector<float> heights{0};
    const float gap = em() * 0.8f;
    for (const auto& w : words) {
        const float size = sizeOf(w.count);
        const float ww = font->CalcTextSizeA(size, FLT_MAX, 0, askGlyphs(w.written).c_str()).x;
        if (lineW > 0 && lineW + gap + ww > width) {
            y += heights.back() + em() * 0.2f;
            lines.emplace_back();
            heights.push_back(0);
            lineW = 0;
        }
        if (y + size > bottom) break;  // what does not fit stays off: the smallest words
        lines.back().push_back({&w, size, ww});
        lineW += (lineW > 0 ? gap : 0) + ww;
        heights.back() = std::max(heights.back(), size);
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    y = top;
    for (std::size_t l = 0; l < lines.size(); ++l) {
        float used = 0;
        for (const auto& pl : lines[l]) used += (used > 0 ? gap : 0) + pl.width;
        float x = left + (width - used) * 0.5f;
        for (std::size_t k = 0; k < lines[l].size(); ++k) {
            const Placed& pl = lines[l][k];
            const ImVec2 at{x, y + heights[l] - pl.size};
            const ImU32 colour = p.primary;  // one colour: a second would seem to mean something
            dl->AddText(font, pl.size, at, colour, pl.w->written.c_str());
            traceAdd(pl.w->written, at, {at.x + pl.width, at.y + pl.size}, false);
            x += pl.width + gap;
        }
        y += heights[l] + em() * 0.2f;
    }
    ImGui::SetCursorScreenPos({left, y});
}

}  // namespace wk::ui
