#include "ui/Theme.h"

#include <cmath>
#include <map>
#include <stdexcept>
#include <vector>

#include "domain/Text.h"
#include "io/AtomicFile.h"
#include "stb_truetype.h"

namespace wk::ui {
namespace {

Palette g_palette{};

// Sorted pairs of first and last code point, zero-terminated; must outlive the atlas.
// The kiosk's own words need Latin only; residents write in the wijk's languages too.
const ImWchar kLatin[] = {
    0x0020, 0x017F,  // Basic Latin, Latin-1, Latin Extended-A (é ë ĳ ł ş ğ ı)
    0x2010, 0x205E,  // dashes, quotes, bullets, ellipsis
    0x20AC, 0x20AC,  // euro
    0x2190, 0x2195,  // arrows
    0x2212, 0x2212,  // minus sign
    0x2713, 0x2717,  // check marks and crosses
    0x25CB, 0x25CF,  // circles
    0x2610, 0x2612,  // ballot boxes
    0xFFFD, 0xFFFD,  // replacement character
    0,
};
const ImWchar kResidents[] = {
    0x0020, 0x024F,  // Latin up to Extended-B (Turkish, Polish, Romanian, ...)
    0x0300, 0x036F,  // combining accents
    0x0370, 0x03FF,  // Greek
    0x0400, 0x04FF,  // Cyrillic (Ukrainian, Russian, Bulgarian)
    0x0590, 0x05FF,  // Hebrew
    0x0600, 0x06FF,  // Arabic letters and digits
    0x1E00, 0x1EFF,  // Latin Extended Additional
    0x2010, 0x205E, 0x20AC, 0x20AC, 0x2190, 0x21FF, 0x2212, 0x2212, 0x25A0, 0x25FF,
    0xFB50, 0xFDFF,  // Arabic Presentation Forms-A
    0xFE70, 0xFEFF,  // Arabic Presentation Forms-B: the joined letters FriBidi gives
    0xFFFD, 0xFFFD,
    0,
};
// From the symbol font, where the text font has none: weather, stars, hearts, dingbats.
const ImWchar kSymbols[] = {0x2600, 0x27BF, 0x2B00, 0x2BFF, 0};

// A font file's bytes for stb_truetype, read once and kept: the painter needs them at each build.
struct FontFile {
    std::string bytes;
    stbtt_fontinfo info{};
    bool ok = false;
};
const FontFile& fontFile(const std::string& path) {
    static std::map<std::string, FontFile> files;
    auto [it, fresh] = files.try_emplace(path);
    if (fresh) {
        try {
            it->second.bytes = io::readFile(path);  // in one read: Symbola is 2.8 MB
        } catch (const io::IoError&) {
            it->second.bytes.clear();
        }
        const auto* d = reinterpret_cast<const unsigned char*>(it->second.bytes.data());
        const int offset = it->second.bytes.size() >= 12 ? stbtt_GetFontOffsetForIndex(d, 0) : -1;
        it->second.ok = offset >= 0 && stbtt_InitFont(&it->second.info, d, offset);
    }
    return it->second;
}

// Emoji as glyphs: ImGui's 16-bit characters cannot hold U+1F300 and up, so each is drawn at its
// stand-in (toBmpProxy: U+3400 up) from a rectangle of the atlas painted after every build.
struct EmojiGlyph {
    int rect;
    int codepoint;
    float scale;
    const FontFile* font;
    ImFont* owner;
    ImWchar proxy;
    float advance;
    ImVec2 offset;
};
std::vector<EmojiGlyph> g_emoji;
// A font of the same size (bold beside body) draws the same emoji pixels: painted once, not twice.
struct EmojiShare {
    ImFont* from;
    ImFont* to;
};
std::vector<EmojiShare> g_shares;
std::map<float, ImFont*> g_emojiBySize;

void addEmoji(ImFont* into, const std::string& textFont, const std::string& symbolFont, float px) {
    const FontFile& sym = fontFile(symbolFont);
    const FontFile& text = fontFile(textFont);
    if (!sym.ok || !text.ok) return;
    if (const auto same = g_emojiBySize.find(px); same != g_emojiBySize.end()) {
        g_shares.push_back({same->second, into});
        return;
    }
    g_emojiBySize[px] = into;
    // Where ImGui puts the baseline: its Ascent, computed as it does from the text font.
    int ascent = 0, descent = 0, gap = 0;
    stbtt_GetFontVMetrics(&text.info, &ascent, &descent, &gap);
    const float textScale = stbtt_ScaleForPixelHeight(&text.info, px);
    const float baseline = std::floor(static_cast<float>(ascent) * textScale + 1.0f);
    const float scale = stbtt_ScaleForPixelHeight(&sym.info, px);
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    for (int cp = static_cast<int>(kEmojiFirst); cp <= static_cast<int>(kEmojiLast); ++cp) {
        if (!stbtt_FindGlyphIndex(&sym.info, cp)) continue;
        int x0 = 0, y0 = 0, x1 = 0, y1 = 0, advance = 0, bearing = 0;
        stbtt_GetCodepointBitmapBox(&sym.info, cp, scale, scale, &x0, &y0, &x1, &y1);
        stbtt_GetCodepointHMetrics(&sym.info, cp, &advance, &bearing);
        if (x1 <= x0 || y1 <= y0) continue;
        const auto proxy = static_cast<ImWchar>(kEmojiProxy + (static_cast<char32_t>(cp) - kEmojiFirst));
        const ImVec2 offset{static_cast<float>(x0), baseline + static_cast<float>(y0)};
        const float advanceX = static_cast<float>(advance) * scale;
        const int id = atlas->AddCustomRectFontGlyph(into, proxy, x1 - x0, y1 - y0, advanceX, offset);
        g_emoji.push_back({id, cp, scale, &sym, into, proxy, advanceX, offset});
    }
}

// Builds the atlas (every font added so far) and paints the emoji into it; the upload that
// follows finds the pixels ready and does not build again.
void finishAtlas() {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Build();
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    atlas->GetTexDataAsAlpha8(&px, &w, &h);
    for (const auto& e : g_emoji) {
        const ImFontAtlasCustomRect* r = atlas->GetCustomRectByIndex(e.rect);
        if (!r || !r->IsPacked()) continue;
        stbtt_MakeCodepointBitmap(&e.font->info, px + r->Y * w + r->X, r->Width, r->Height, w, e.scale, e.scale, e.codepoint);
    }
    for (const auto& share : g_shares) {
        for (const auto& e : g_emoji) {
            const ImFontAtlasCustomRect* r = atlas->GetCustomRectByIndex(e.rect);
            if (e.owner != share.from || !r || !r->IsPacked()) continue;
            ImVec2 uv0, uv1;
            atlas->CalcCustomRectUV(r, &uv0, &uv1);
            share.to->AddGlyph(nullptr, e.proxy, e.offset.x, e.offset.y, e.offset.x + r->Width, e.offset.y + r->Height, uv0.x, uv0.y,
                               uv1.x, uv1.y, e.advance);
        }
        share.to->BuildLookupTable();
    }
}

ImFont* addFont(const std::string& file, float px, const ImWchar* glyphs = kLatin) {
    ImFontConfig cfg;
    // At kiosk sizes (26 px and up) oversampling adds little sharpness and costs start-up time.
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    // Each file read once for every size and style made of it, and kept (not the atlas's to free).
    const FontFile& font = fontFile(file);
    cfg.FontDataOwnedByAtlas = false;
    ImFont* f = font.ok ? ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(font.bytes.data()), static_cast<int>(font.bytes.size()), px, &cfg, glyphs)
                        : nullptr;
    if (!f) throw std::runtime_error("cannot load the font " + file + " (set display.font in the config)");
    return f;
}

// A font for residents' text: their scripts, the symbol font's symbols merged in, and emoji.
ImFont* addResidentFont(const io::KioskConfig& c, const std::string& file, float px) {
    ImFont* f = addFont(file, px, kResidents);
    if (!c.symbolFont.empty()) {
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.OversampleH = merge.OversampleV = 1;
        // The bytes the emoji painter keeps anyway: Symbola (2.8 MB) read once, not once per font.
        const FontFile& sym = fontFile(c.symbolFont);
        if (!sym.ok) return f;
        merge.FontDataOwnedByAtlas = false;
        ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(sym.bytes.data()), static_cast<int>(sym.bytes.size()), px, &merge,
                                                   kSymbols);
        addEmoji(f, file, c.symbolFont, px);
    }
    return f;
}

ImVec4 v4(const io::Rgb& c, float a = 1.0f) { return {c.r, c.g, c.b, a}; }
io::Rgb mix(const io::Rgb& a, const io::Rgb& b, float t) {
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}

}  // namespace

ImU32 toU32(const io::Rgb& c, float alpha) { return ImGui::ColorConvertFloat4ToU32(v4(c, alpha)); }

Fonts loadFonts(const io::KioskConfig& c, float scale) {
    const float px = c.fontSize * scale;
    // A new atlas (a new ImGui context: the tests make several): the emoji of an old one are gone.
    if (ImGui::GetIO().Fonts->Fonts.empty()) {
        g_emoji.clear();
        g_shares.clear();
        g_emojiBySize.clear();
    }
    Fonts f;
    f.body = addResidentFont(c, c.font, px);  // the first font added is ImGui's default
    f.bold = addResidentFont(c, c.fontBold, px);
    f.large = addFont(c.fontBold, px * 1.4f);
    f.title = addFont(c.fontBold, px * 1.9f);
    finishAtlas();
    return f;
}

Fonts loadRoomFonts(const io::KioskConfig& c, float px) {
    Fonts f;
    f.body = addResidentFont(c, c.font, px);
    f.bold = addResidentFont(c, c.fontBold, px);
    f.large = addFont(c.fontBold, px * 1.25f);
    f.title = addFont(c.fontBold, px * 1.6f);
    finishAtlas();
    return f;
}

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
