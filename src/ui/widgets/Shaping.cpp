#include "ui/widgets/Shaping.h"

#include <fribidi.h>
#include <imgui.h>

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "domain/Text.h"
#include "ui/FontAtlas.h"

namespace wk::ui {
namespace {

bool rightToLeftScript(FriBidiChar c) {
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

std::vector<FriBidiChar> toUnicode(std::string_view utf8) {
    std::vector<FriBidiChar> u(utf8.size() + 1);
    const FriBidiStrIndex n = fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, utf8.data(), static_cast<FriBidiStrIndex>(utf8.size()), u.data());
    u.resize(static_cast<std::size_t>(n));
    return u;
}

std::string toUtf8(const FriBidiChar* u, std::size_t n) {
    std::string out(n * 4 + 1, '\0');
    const FriBidiStrIndex len = fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, u, static_cast<FriBidiStrIndex>(n), out.data());
    out.resize(static_cast<std::size_t>(len));
    return out;
}

// One paragraph (no newline): joined in logical order, wrapped, each line in visual order.
std::string shapeParagraph(std::string_view utf8, float wrapWidth) {
    std::vector<FriBidiChar> u = toUnicode(utf8);
    bool rtl = false;
    for (FriBidiChar c : u) rtl = rtl || rightToLeftScript(c);
    if (!rtl || u.empty()) return std::string(utf8);
    const auto n = static_cast<FriBidiStrIndex>(u.size());
    std::vector<FriBidiCharType> types(u.size());
    std::vector<FriBidiBracketType> brackets(u.size());
    std::vector<FriBidiLevel> levels(u.size());
    std::vector<FriBidiArabicProp> joining(u.size());
    fribidi_get_bidi_types(u.data(), n, types.data());
    fribidi_get_bracket_types(u.data(), n, types.data(), brackets.data());
    FriBidiParType base = FRIBIDI_PAR_ON;  // the first strong letter decides the paragraph's direction
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &base, levels.data())) return std::string(utf8);
    fribidi_get_joining_types(u.data(), n, joining.data());
    fribidi_join_arabic(types.data(), n, levels.data(), joining.data());
    fribidi_shape(FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC, levels.data(), n, joining.data(), u.data());
    const std::string joined = toUtf8(u.data(), u.size());
    // Wrap the joined letters in logical order, where the width is what will be drawn.
    std::vector<std::string> lines;
    if (wrapWidth > 0 && ImGui::GetCurrentContext() && ImGui::GetFont()) {
        ImFont* font = ImGui::GetFont();
        const char* at = joined.c_str();
        const char* end = at + joined.size();
        while (at < end) {
            const char* cut = font->CalcWordWrapPositionA(ImGui::GetFontSize() / font->FontSize, at, end, wrapWidth);
            if (cut <= at) cut = at + 1;
            while (cut < end && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80) ++cut;  // never inside a letter
            std::string line(at, cut);
            while (!line.empty() && line.back() == ' ') line.pop_back();
            lines.push_back(line);
            at = cut;
            while (at < end && *at == ' ') ++at;
        }
    } else {
        lines.push_back(joined);
    }
    std::string out;
    for (const auto& line : lines) {
        std::vector<FriBidiChar> lu = toUnicode(line), visual(lu.size() + 1);
        FriBidiParType dir = base;
        fribidi_log2vis(lu.data(), static_cast<FriBidiStrIndex>(lu.size()), &dir, visual.data(), nullptr, nullptr, nullptr);
        if (!out.empty()) out += '\n';
        out += toUtf8(visual.data(), lu.size());
    }
    return out;
}

}  // namespace

bool needsShaping(std::string_view utf8) {
    // Every code point from U+0300 starts with a byte 0xCC or higher; below that the font has it.
    for (char c : utf8)
        if (static_cast<unsigned char>(c) >= 0xCC) return true;
    return false;
}

const Shown& shown(std::string_view utf8, float wrapWidth) {
    static thread_local Shown plain;
    if (!needsShaping(utf8)) {
        plain.text.assign(utf8);
        plain.rightToLeft = false;
        return plain;
    }
    // The wrap depends on the font, its size and its glyphs (the atlas's build) as much as on the width.
    ImFont* font = ImGui::GetCurrentContext() ? ImGui::GetFont() : nullptr;
    std::string key(utf8);
    key += '\x1f' + std::to_string(static_cast<long>(wrapWidth)) + '\x1f' + std::to_string(reinterpret_cast<std::uintptr_t>(font)) +
           '\x1f' + std::to_string(font ? static_cast<long>(ImGui::GetFontSize() * 10) : 0) + '\x1f' + std::to_string(atlasGeneration());
    static thread_local std::unordered_map<std::string, Shown> cache;
    if (const auto it = cache.find(key); it != cache.end()) {
        wantScripts(it->second.scripts);
        return it->second;
    }
    if (cache.size() > 4096) cache.clear();  // a meeting's worth; a long monkey run starts over
    Shown out;
    const std::string capped = capCombiningMarks(utf8);
    std::size_t from = 0;
    while (from <= capped.size()) {
        const std::size_t nl = capped.find('\n', from);
        const std::size_t to = nl == std::string::npos ? capped.size() : nl;
        if (from) out.text += '\n';
        out.text += shapeParagraph(std::string_view(capped).substr(from, to - from), wrapWidth);
        if (nl == std::string::npos) break;
        from = nl + 1;
    }
    out.text = toBmpProxy(out.text);
    out.scripts = scriptsOf(capped);
    wantScripts(out.scripts);
    const std::vector<FriBidiChar> u = toUnicode(capped);
    std::vector<FriBidiCharType> types(u.size());
    fribidi_get_bidi_types(u.data(), static_cast<FriBidiStrIndex>(u.size()), types.data());
    out.rightToLeft = fribidi_get_par_direction(types.data(), static_cast<FriBidiStrIndex>(types.size())) == FRIBIDI_PAR_RTL;
    return cache.emplace(std::move(key), std::move(out)).first->second;
}

}  // namespace wk::ui
