#include "ui/widgets/Touch.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <unordered_map>

#include "domain/Text.h"
#include "ui/Theme.h"
#include "ui/widgets/ContextState.h"
#include "ui/widgets/Shaping.h"

namespace wk::ui {
ContextState& contextState() {
    // Keyed by the context itself: two contexts never share one, and none outlives the process.
    static std::unordered_map<const ImGuiContext*, ContextState> states;
    return states[ImGui::GetCurrentContext()];
}

void setTrace(Trace* t) { contextState().trace = t ? t : &contextState().console; }
Trace& consoleTrace() { return contextState().console; }
void traceBegin() { contextState().trace->building.clear(); }
void traceEnd() { contextState().trace->last.swap(contextState().trace->building); }
const std::vector<Seen>& traceLast() { return contextState().trace->last; }

void traceAdd(std::string_view s, ImVec2 min, ImVec2 max, bool tappable) {
    if (s.empty()) return;
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    const ImRect clip = w->ClipRect;
    Seen seen{std::string(s), min, max, tappable, ImGui::IsRectVisible(min, max), clip.Min, clip.Max};
    if (seen.visible) {  // only the part the window lets through is on screen
        seen.min = {ImMax(min.x, clip.Min.x), ImMax(min.y, clip.Min.y)};
        seen.max = {ImMin(max.x, clip.Max.x), ImMin(max.y, clip.Max.y)};
    }
    contextState().trace->building.push_back(std::move(seen));
}

float em() { return ImGui::GetFontSize(); }
bool typing() {
    const ImGuiContext& g = *GImGui;
    return g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId;
}

void textIn(ImFont* font, std::string_view s, ImU32 colour, float wrapWidth) {
    if (font) ImGui::PushFont(font);
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
    // 0: wrap where the enclosing card wraps, or at the window edge; > 0: at that width.
    const bool inherit = wrapWidth == 0 && ImGui::GetCurrentWindow()->DC.TextWrapPos >= 0;
    const bool push = wrapWidth >= 0 && !inherit;
    if (push) ImGui::PushTextWrapPos(wrapWidth == 0 ? 0.0f : ImGui::GetCursorPosX() + wrapWidth);
    if (wrapWidth < 0) ImGui::PushTextWrapPos(-1.0f);
    // Residents' text in any script: shaped for drawing, wrapped first where it runs right to left.
    std::string_view draw = s;
    std::string_view shaped;
    float width = 0;
    bool rightToLeft = false;
    if (needsShaping(s)) {
        const float wrapPos = ImGui::GetCurrentWindow()->DC.TextWrapPos;
        width = wrapWidth < 0 ? 0 : wrapPos > 0 ? wrapPos - ImGui::GetCursorPosX() : ImGui::GetContentRegionAvail().x;
        const Shown& shown = ui::shown(s, width);
        shaped = draw = shown.text;
        rightToLeft = shown.rightToLeft;
    }
    if (width > 0 && rightToLeft) {
        // Arabic and Hebrew read from the right: each line ends at the right edge of the column.
        const ImVec2 start = ImGui::GetCursorScreenPos();
        ImGui::BeginGroup();
        for (std::size_t from = 0; from <= shaped.size();) {
            const std::size_t nl = std::min(shaped.find('\n', from), shaped.size());
            const char* a = shaped.data() + from;
            const char* b = shaped.data() + nl;
            ImGui::SetCursorScreenPos({start.x + std::max(0.0f, width - ImGui::CalcTextSize(a, b).x), ImGui::GetCursorScreenPos().y});
            ImGui::TextUnformatted(a, b);
            from = nl + 1;
        }
        ImGui::EndGroup();
    } else {
        ImGui::TextUnformatted(draw.data(), draw.data() + draw.size());
    }
    if (push || wrapWidth < 0) ImGui::PopTextWrapPos();
    traceAdd(s, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), false);
    if (colour) ImGui::PopStyleColor();
    if (font) ImGui::PopFont();
}

void text(std::string_view s, ImU32 colour, float wrapWidth) { textIn(nullptr, s, colour, wrapWidth); }

bool button(std::string_view label, ImVec2 size, Tone tone, std::string_view id) {
    const Palette& p = palette();
    ImU32 fill = p.primary, fg = p.onPrimary;
    switch (tone) {
        case Tone::Primary: break;
        case Tone::Secondary: fill = p.card; fg = p.primary; break;
        case Tone::Accent: fill = p.accent; fg = p.text; break;
        case Tone::Danger: fill = p.bad; break;
        case Tone::Selected: fill = p.accent; fg = p.text; break;
    }
    const ImVec4 f = ImGui::ColorConvertU32ToFloat4(fill);
    const ImVec4 pressed{f.x * 0.7f, f.y * 0.7f, f.z * 0.7f, 1.0f};
    ImGui::PushStyleColor(ImGuiCol_Button, fill);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, fill);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, pressed);
    ImGui::PushStyleColor(ImGuiCol_Text, fg);
    ImGui::PushStyleColor(ImGuiCol_Border, tone == Tone::Secondary ? p.primary : fill);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, tone == Tone::Secondary ? 2.0f : 0.0f);
    if (size.y == 0) size.y = em() * 2.2f;
    std::string full = shownText(label);
    full += "##";
    full += id.empty() ? label : id;
    const bool clicked = ImGui::Button(full.c_str(), size);
    traceAdd(label, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), true);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(5);
    return clicked;
}

bool textField(std::string_view label, std::string* value, float height, float fieldWidth) {
    const std::string id = "##" + std::string(label);
    const float width = fieldWidth > 0 ? fieldWidth : ImGui::GetContentRegionAvail().x - em() * 1.4f;
    // The field edits a proxy ImGui's 16-bit characters can hold, so no emoji is lost.
    std::string proxy = toBmpProxy(*value);
    if (needsShaping(*value)) wantScripts(scriptsOf(*value));  // typed in a script the atlas lacks: added next frame
    const bool changed = height > 0 ? ImGui::InputTextMultiline(id.c_str(), &proxy, {width, height})
                                    : (ImGui::SetNextItemWidth(width), ImGui::InputText(id.c_str(), &proxy));
    if (changed) *value = fromBmpProxy(proxy);
    if (changed && needsShaping(*value)) wantScripts(scriptsOf(*value));  // typed now: drawn again with it (KioskApp::frame)
    // The on-screen keyboard opens over the lower part of the screen: bring the field up into
    // the top third of its scrolling area, so the person sees what they type.
    if (ImGui::IsItemActivated())
        ImGui::SetScrollFromPosY(ImGui::GetItemRectMin().y - ImGui::GetWindowPos().y, 0.25f);
    traceAdd(label, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), true);
    // What is typed is on screen too, so replay can see it.
    if (!value->empty()) traceAdd(*value, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), false);
    return changed;
}

bool fitsOnLine(float width) {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    const float right = w->DC.TextWrapPos > 0 ? w->Pos.x + w->DC.TextWrapPos - w->Scroll.x
                                              : w->Pos.x + ImGui::GetWindowContentRegionMax().x;
    return ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width <= right;
}

bool flowButton(std::string_view label, Tone tone, std::string_view id) {
    const float w = ImGui::CalcTextSize(label.data(), label.data() + label.size()).x + em() * 1.6f;
    if (fitsOnLine(w)) ImGui::SameLine();
    return button(label, {w, em() * 2.2f}, tone, id);
}

int chooser(const std::vector<std::string>& labels, const std::string& selected, std::string_view idPrefix, bool continueRow) {
    int tapped = -1;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    for (std::size_t k = 0; k < labels.size(); ++k) {
        const float w = ImGui::CalcTextSize(labels[k].c_str()).x + em() * 1.6f;
        if (k == 0 && continueRow && ImGui::GetItemRectMax().x + em() + w + em() < right) ImGui::SameLine(0, em());
        else if (k && ImGui::GetItemRectMax().x + w + em() < right) ImGui::SameLine();
        if (button(labels[k], {w, 0}, labels[k] == selected ? Tone::Selected : Tone::Secondary, std::string(idPrefix) + labels[k]))
            tapped = static_cast<int>(k);
    }
    return tapped;
}

void chip(std::string_view label, ImU32 fill, ImU32 textColour) {
    const ImVec2 pad{em() * 0.5f, em() * 0.15f};
    const std::string shown = shownText(label);
    const ImVec2 ts = ImGui::CalcTextSize(shown.c_str());
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size{ts.x + pad.x * 2, ts.y + pad.y * 2};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, {pos.x + size.x, pos.y + size.y}, fill, size.y * 0.5f);
    dl->AddText({pos.x + pad.x, pos.y + pad.y}, textColour, shown.c_str());
    ImGui::Dummy(size);
    traceAdd(label, pos, {pos.x + size.x, pos.y + size.y}, false);
}

void cardBegin(std::string_view id, float width, ImU32 border) {
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    ImGui::PushID(id.data(), id.data() + id.size());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ContextState& st = contextState();
    if (st.splitters.size() <= st.cards.size()) st.splitters.emplace_back();
    ImDrawListSplitter& split = st.splitters[st.cards.size()];
    split.Split(dl, 2);
    split.SetCurrentChannel(dl, 1);  // content above, the card's fill drawn behind it at the end
    // An outer group makes the whole card one item, so a row of cards is as tall as its tallest.
    ImGui::BeginGroup();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    contextState().cards.push_back({start, width, border});
    const float pad = em() * 0.7f;
    ImGui::SetCursorScreenPos({start.x + pad, start.y + pad});
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * pad);
}

void cardEnd() {
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ContextState& st = contextState();
    const ContextState::Card c = st.cards.back();
    st.cards.pop_back();
    const float pad = em() * 0.7f;
    const ImVec2 end{c.start.x + c.width, ImGui::GetItemRectMax().y + pad};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImDrawListSplitter& split = st.splitters[st.cards.size()];
    split.SetCurrentChannel(dl, 0);
    dl->AddRectFilled(c.start, end, palette().card, em() * 0.4f);
    if (c.border) dl->AddRect(c.start, end, c.border, em() * 0.4f, 0, em() * 0.2f);
    else dl->AddRect(c.start, end, palette().cardBorder, em() * 0.4f, 0, 1.5f);
    split.Merge(dl);
    ImGui::SetCursorScreenPos(c.start);
    ImGui::Dummy({c.width, end.y - c.start.y});
    ImGui::EndGroup();
    ImGui::PopID();
}

}  // namespace wk::ui
