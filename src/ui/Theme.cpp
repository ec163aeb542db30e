#include "ui/Theme.h"

namespace wk::ui {
namespace {

Palette g_palette{};

ImVec4 v4(const io::Rgb& c, float a = 1.0f) { return {c.r, c.g, c.b, a}; }
io::Rgb mix(const io::Rgb& a, const io::Rgb& b, float t) {
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}

}  // namespace

ImU32 toU32(const io::Rgb& c, float alpha) { return ImGui::ColorConvertFloat4ToU32(v4(c, alpha)); }

void applyStyle(const io::KioskConfig& c) {
    io::Colours col = c.colours;
    if (c.highContrast) col = {{0.0f, 0.2f, 0.6f}, {0.75f, 0.35f, 0.0f}, {1, 1, 1}, {0, 0, 0}};
    const io::Rgb white{1, 1, 1};
    g_palette.primary = toU32(col.primary);
    g_palette.accent = toU32(col.accent);
    g_palette.background = toU32(col.background);
    g_palette.text = toU32(col.text);
    // Secondary text at 5:1 or better on the background (WCAG AA asks 4.5:1): readable at 75.
    g_palette.muted = toU32(mix(col.text, col.background, c.highContrast ? 0.2f : 0.35f));
    g_palette.card = toU32(white);
    g_palette.cardBorder = toU32(mix(col.text, col.background, c.highContrast ? 0.0f : 0.8f));
    g_palette.onPrimary = toU32(white);
    g_palette.closed = toU32({0.45f, 0.18f, 0.55f});
    g_palette.ok = toU32({0.1f, 0.5f, 0.2f});
    g_palette.warn = toU32({0.64f, 0.37f, 0.0f});  // white text on it at 5:1
    g_palette.bad = toU32({0.75f, 0.1f, 0.1f});

    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    const float em = c.fontSize;  // the style is scaled with the fonts by the caller
    s.WindowPadding = {em * 0.8f, em * 0.8f};
    s.FramePadding = {em * 0.6f, em * 0.45f};
    s.ItemSpacing = {em * 0.5f, em * 0.5f};
    s.ItemInnerSpacing = {em * 0.4f, em * 0.4f};
    s.ScrollbarSize = em * 0.9f;  // wide enough for a finger
    s.GrabMinSize = em * 1.2f;
    s.WindowRounding = 0;
    s.ChildRounding = em * 0.3f;
    s.FrameRounding = em * 0.3f;
    s.GrabRounding = em * 0.3f;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 0;
    s.FrameBorderSize = c.highContrast ? 2.0f : 1.0f;
    s.TouchExtraPadding = {em * 0.15f, em * 0.15f};

    ImVec4* k = s.Colors;
    k[ImGuiCol_Text] = v4(col.text);
    k[ImGuiCol_TextDisabled] = v4(mix(col.text, col.background, 0.5f));
    k[ImGuiCol_WindowBg] = v4(col.background);
    k[ImGuiCol_ChildBg] = {0, 0, 0, 0};
    k[ImGuiCol_PopupBg] = v4(white);
    k[ImGuiCol_Border] = v4(mix(col.text, col.background, 0.7f));
    k[ImGuiCol_FrameBg] = v4(white);
    k[ImGuiCol_FrameBgHovered] = v4(white);
    k[ImGuiCol_FrameBgActive] = v4(mix(white, col.primary, 0.08f));
    k[ImGuiCol_Button] = v4(col.primary);
    k[ImGuiCol_ButtonHovered] = v4(col.primary);  // no hover on touch: hovered looks the same
    k[ImGuiCol_ButtonActive] = v4(mix(col.primary, {0, 0, 0}, 0.35f));
    k[ImGuiCol_Header] = v4(mix(white, col.primary, 0.15f));
    k[ImGuiCol_HeaderHovered] = k[ImGuiCol_Header];
    k[ImGuiCol_HeaderActive] = v4(mix(white, col.primary, 0.3f));
    k[ImGuiCol_ScrollbarBg] = v4(mix(col.background, col.text, 0.05f));
    k[ImGuiCol_ScrollbarGrab] = v4(mix(col.background, col.text, 0.35f));
    k[ImGuiCol_ScrollbarGrabHovered] = k[ImGuiCol_ScrollbarGrab];
    k[ImGuiCol_ScrollbarGrabActive] = v4(col.primary);
    k[ImGuiCol_CheckMark] = v4(col.primary);
    k[ImGuiCol_SliderGrab] = v4(col.primary);
    k[ImGuiCol_SliderGrabActive] = v4(col.accent);
    k[ImGuiCol_TextSelectedBg] = v4(col.accent, 0.35f);
    k[ImGuiCol_NavHighlight] = v4(col.accent);
}

const Palette& palette() { return g_palette; }

}  // namespace wk::ui
