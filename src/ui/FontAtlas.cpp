#include "ui/FontAtlas.h"

#include <array>
#include <cmath>
#include <map>
#include <stdexcept>
#include <vector>

#include "domain/Text.h"
#include "io/AtomicFile.h"
#include "stb_truetype.h"

namespace wk::ui {
namespace {

// Sorted pairs of first and last code point, zero-terminated; must outlive the atlas.
// The kiosk's own words need these only: Latin, dashes, quotes, euro, arrows, marks.
const ImWchar kLatin[] = {
    0x0020, 0x024F,  // Basic Latin to Latin Extended-B (é ë ĳ ł ş ğ ı ș ț)
    0x2010, 0x205E,  // dashes, quotes, bullets, ellipsis
    0x20AC, 0x20AC,  // euro
    0x2190, 0x2195,  // arrows
    0x2212, 0x2212,  // minus sign
    0x25A1, 0x25A1,  // the white square drawn for a character no font has
    0x25CB, 0x25CF,  // circles
    0x2610, 0x2612,  // ballot boxes
    0x2713, 0x2717,  // check marks and crosses
    0,
};
constexpr ImWchar kMissing = 0x25A1;
// Headings and titles hold the kiosk's words only: no Latin Extended-B.
const ImWchar kHeadings[] = {0x0020, 0x017F, 0x2010, 0x205E, 0x20AC, 0x20AC, 0x2190, 0x2195, 0x2212, 0x2212, 0x25A1, 0x25A1,
                             0x25CB, 0x25CF, 0x2610, 0x2612, 0x2713, 0x2717, 0};

// Residents write in the wijk's languages too: each script is added when a text shows it.
enum Script : unsigned {
    kCombining = 1u << 0,
    kGreek = 1u << 1,
    kCyrillic = 1u << 2,
    kHebrew = 1u << 3,
    kArabic = 1u << 4,
    kLatinMore = 1u << 5,
    kSymbolsScript = 1u << 6,
    kEmojiScript = 1u << 7,
    kReplacement = 1u << 8,  // U+FFFD: alone it would stretch every font's glyph index to 64K entries
};
struct ScriptRange {
    ImWchar first, last;
    unsigned script;
};
// From the text font; the symbol font adds kSymbols and the emoji on top.
constexpr ScriptRange kScriptRanges[] = {
    {0x0300, 0x036F, kCombining},      {0x0370, 0x03FF, kGreek},          {0x0400, 0x04FF, kCyrillic},
    {0x0590, 0x05FF, kHebrew},         {0x0600, 0x06FF, kArabic},         {0x1E00, 0x1EFF, kLatinMore},
    {0x2190, 0x21FF, kSymbolsScript},  {0x25A0, 0x25FF, kSymbolsScript},  {0xFB50, 0xFDFF, kArabic},
    {0xFE70, 0xFEFF, kArabic},  // Presentation Forms-B: the joined letters FriBidi gives
    {0xFFFD, 0xFFFD, kReplacement},
};
const ImWchar kSymbols[] = {0x2600, 0x27BF, 0x2B00, 0x2BFF, 0};

// A font file's bytes for stb_truetype, read once and kept (the config check read them first):
// the painter needs them at each build.
struct FontFile {
    std::string_view bytes;
    stbtt_fontinfo info{};
    bool ok = false;
};
const FontFile& fontFile(const std::string& path) {
    static std::map<std::string, FontFile> files;
    auto [it, fresh] = files.try_emplace(path);
    if (fresh) {
        try {
            it->second.bytes = io::readFileKept(path);  // in one read: Symbola is 2.8 MB
        } catch (const io::IoError&) {
            it->second.bytes = {};
        }
        const auto* d = reinterpret_cast<const unsigned char*>(it->second.bytes.data());
        const int offset = it->second.bytes.size() >= 12 ? stbtt_GetFontOffsetForIndex(d, 0) : -1;
        it->second.ok = offset >= 0 && stbtt_InitFont(&it->second.info, d, offset);
    }
    return it->second;
}

// Adds a font made of kept bytes without the copy ImGui makes of bytes it does not own: handed
// over as its own so it does not copy them, then taken back so it never frees them.
ImFont* addKept(const FontFile& font, float px, ImFontConfig cfg, const ImWchar* glyphs) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    cfg.FontDataOwnedByAtlas = true;
    ImFont* f = atlas->AddFontFromMemoryTTF(const_cast<char*>(font.bytes.data()), static_cast<int>(font.bytes.size()), px, &cfg, glyphs);
    atlas->ConfigData.back().FontDataOwnedByAtlas = false;
    return f;
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


// What the atlas has and what the texts shown asked for; the resident fonts' glyph ranges are
// rewritten in place (their configs point here) when a script is added.
struct Atlas {
    unsigned have = 0;
    unsigned want = 0;
    unsigned generation = 0;
    std::array<ImWchar, 2 * (std::size(kLatin) / 2 + std::size(kScriptRanges)) + 1> ranges{};
    struct Resident {
        ImFont* font;
        std::string file;
        float px;
        bool symbols = false;
        bool emoji = false;
    };
    std::vector<Resident> residents;
    std::string symbolFont;
};
Atlas g_atlas;

void writeRanges() {
    std::size_t n = 0;
    for (std::size_t i = 0; kLatin[i]; i += 2) g_atlas.ranges[n++] = kLatin[i], g_atlas.ranges[n++] = kLatin[i + 1];
    for (const auto& r : kScriptRanges)
        if (g_atlas.have & r.script) g_atlas.ranges[n++] = r.first, g_atlas.ranges[n++] = r.last;
    g_atlas.ranges[n] = 0;
}

// The symbol font's symbols and emoji for one resident font, as far as the atlas has them.
void addSymbols(Atlas::Resident& r) {
    // Symbola (2.8 MB) is read only once a text shows a symbol or an emoji.
    if (g_atlas.symbolFont.empty() || !(g_atlas.have & (kSymbolsScript | kEmojiScript))) return;
    const FontFile& sym = fontFile(g_atlas.symbolFont);
    if (!sym.ok) return;
    if ((g_atlas.have & kSymbolsScript) && !r.symbols) {
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.DstFont = r.font;  // into this font, wherever it stands in the atlas
        merge.OversampleH = merge.OversampleV = 1;
        addKept(sym, r.px, merge, kSymbols);
        r.symbols = true;
    }
    if ((g_atlas.have & kEmojiScript) && !r.emoji) {
        addEmoji(r.font, r.file, g_atlas.symbolFont, r.px);
        r.emoji = true;
    }
}

ImFont* addFont(const std::string& file, float px, const ImWchar* glyphs = kHeadings) {
    ImFontConfig cfg;
    // At kiosk sizes (26 px and up) oversampling adds little sharpness and costs start-up time.
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    // Each file read once for every size and style made of it, and kept (not the atlas's to free).
    const FontFile& font = fontFile(file);
    ImFont* f = font.ok ? addKept(font, px, cfg, glyphs) : nullptr;
    if (!f) throw std::runtime_error("cannot load the font " + file + " (set display.font in the config)");
    // A character no font of the kiosk's has shows as a box, never as a "?" that reads as text
    // (ImGui takes U+FFFD or "?", and U+FFFD is only in the atlas once a text holds one).
    f->FallbackChar = kMissing;
    return f;
}

// A font for residents' text: the scripts asked for so far, the symbol font's symbols and emoji.
ImFont* addResidentFont(const io::KioskConfig& c, const std::string& file, float px) {
    g_atlas.symbolFont = c.symbolFont;
    ImFont* f = addFont(file, px, g_atlas.ranges.data());
    g_atlas.residents.push_back({f, file, px});
    addSymbols(g_atlas.residents.back());
    return f;
}

// A new atlas (a new ImGui context: the tests make several) starts from the kiosk's own words.
void startIfNew() {
    if (!ImGui::GetIO().Fonts->Fonts.empty()) return;
    g_emoji.clear();
    g_shares.clear();
    g_emojiBySize.clear();
    g_atlas.residents.clear();
    g_atlas.have = g_atlas.want = 0;
    writeRanges();
    // As tall as the glyphs need, not the next power of two: less memory to fill and upload.
    ImGui::GetIO().Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight | ImFontAtlasFlags_NoMouseCursors;
}

unsigned scriptOf(char32_t cp) {
    if (cp < 0x0300) return 0;
    if ((cp >= kEmojiFirst && cp <= kEmojiLast) || (cp >= kEmojiProxy && cp <= kEmojiProxy + (kEmojiLast - kEmojiFirst))) return kEmojiScript;
    for (std::size_t i = 0; kLatin[i]; i += 2)
        if (cp >= kLatin[i] && cp <= kLatin[i + 1]) return 0;
    for (const auto& r : kScriptRanges)
        if (cp >= r.first && cp <= r.last) return r.script;
    for (std::size_t i = 0; kSymbols[i]; i += 2)
        if (cp >= kSymbols[i] && cp <= kSymbols[i + 1]) return kSymbolsScript;
    return 0;  // no font of the kiosk's has it: the fallback box either way
}

}  // namespace

Fonts loadFonts(const io::KioskConfig& c, float scale) {
    startIfNew();
    const float px = c.fontSize * scale;
    Fonts f;
    f.body = addResidentFont(c, c.font, px);  // the first font added is ImGui's default
    f.bold = addResidentFont(c, c.fontBold, px);
    f.large = addFont(c.fontBold, px * 1.4f);
    f.title = addFont(c.fontBold, px * 1.9f);
    finishAtlas();
    return f;
}

Fonts loadRoomFonts(const io::KioskConfig& c, float px) {
    startIfNew();
    Fonts f;
    f.body = addResidentFont(c, c.font, px);
    f.bold = addResidentFont(c, c.fontBold, px);
    f.large = addFont(c.fontBold, px * 1.25f);
    f.title = addFont(c.fontBold, px * 1.6f);
    finishAtlas();
    return f;
}

unsigned scriptsOf(std::string_view utf8) {
    unsigned scripts = 0;
    // Every code point from U+0300 starts with a byte 0xCC or higher; below that the atlas has it.
    for (std::size_t i = 0; i < utf8.size(); ++i)
        if (static_cast<unsigned char>(utf8[i]) >= 0xCC) {
            for (char32_t cp : codepoints(utf8.substr(i))) scripts |= scriptOf(cp);
            break;
        }
    return scripts;
}

void wantScripts(unsigned scripts) { g_atlas.want |= scripts; }

bool atlasWantsMore() { return (g_atlas.want & ~g_atlas.have) != 0; }

bool growAtlas() {
    if (!atlasWantsMore()) return false;
    g_atlas.have |= g_atlas.want;
    writeRanges();
    for (auto& r : g_atlas.residents) addSymbols(r);
    finishAtlas();
    ++g_atlas.generation;
    return true;
}

unsigned atlasGeneration() { return g_atlas.generation; }

}  // namespace wk::ui
