// Every character the screens can draw has a glyph in the kiosk's font atlas, so no "?" box
// ever stands where a dash, a minus or an arrow was meant (ImGui 1.86 ships Latin-1 only).
#include <imgui.h>

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "app/KioskApp.h"
#include "domain/Intent.h"
#include "domain/Text.h"
#include "io/AtomicFile.h"
#include "io/Config.h"
#include "platform/Window.h"
#include "store/Sqlite.h"
#include "ui/FontAtlas.h"
#include "ui/widgets/Shaping.h"
#include "ui/widgets/Touch.h"

namespace {

// The code points above ASCII inside the string literals of one source file (comments skipped).
std::set<unsigned> literalCodePoints(const std::string& text) {
    std::string literals;
    bool inString = false, inLineComment = false, inBlockComment = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (inLineComment) {
            inLineComment = c != '\n';
        } else if (inBlockComment) {
            if (c == '*' && next == '/') inBlockComment = false, ++i;
        } else if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') inString = false, literals += '\n';
            else literals += c;
        } else if (c == '/' && next == '/') {
            inLineComment = true;
        } else if (c == '/' && next == '*') {
            inBlockComment = true;
        } else if (c == '"') {
            inString = true;
        } else if (c == '\'' && next != '\0') {
            i += next == '\\' ? 3 : 2;  // a character literal such as '"' is not a string
        }
    }
    std::set<unsigned> out;
    for (char32_t cp : wk::codepoints(literals))
        if (cp >= 0x80) out.insert(static_cast<unsigned>(cp));
    return out;
}

}  // namespace

TEST_CASE("every character in the screens' text has a glyph in the font atlas") {
    std::set<unsigned> used;
    for (const auto& f : std::filesystem::recursive_directory_iterator(std::string(WK_SOURCE_DIR) + "/src/ui")) {
        if (f.path().extension() != ".cpp" && f.path().extension() != ".h") continue;
        std::ifstream in(f.path());
        std::stringstream ss;
        ss << in.rdbuf();
        for (unsigned cp : literalCodePoints(ss.str())) used.insert(cp);
    }
    // The scan itself must see the characters that once were missing: the minus and the arrow.
    REQUIRE(used.count(0x2212) == 1);
    REQUIRE(used.count(0x2195) == 1);
    REQUIRE(used.count(0x00EB) == 1);  // ë, from the translation table

    ImGui::CreateContext();
    const wk::io::KioskConfig config = wk::io::loadConfig(wk::io::defaultConfigPath());
    const wk::ui::Fonts fonts = wk::ui::loadFonts(config, 1.0f);
    REQUIRE(ImGui::GetIO().Fonts->Build());
    for (ImFont* font : {fonts.body, fonts.bold, fonts.large, fonts.title})
        for (unsigned cp : used) {
            INFO("U+" << std::hex << std::uppercase << cp);
            CHECK(font->FindGlyphNoFallback(static_cast<ImWchar>(cp)) != nullptr);
        }
    ImGui::DestroyContext();
}

TEST_CASE("residents' text in the wijk's languages is drawn with glyphs, not boxes: Turkish, Polish, Arabic joined, emoji") {
    ImGui::CreateContext();
    const wk::io::KioskConfig config = wk::io::loadConfig(wk::io::defaultConfigPath());
    REQUIRE_FALSE(config.symbolFont.empty());  // Debian's fonts-symbola, found by default
    const wk::ui::Fonts fonts = wk::ui::loadFonts(config, 1.0f);
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    // The atlas starts with the kiosk's own letters: no script a meeting may never see.
    const auto tree = static_cast<ImWchar>(wk::kEmojiProxy + (0x1F333 - wk::kEmojiFirst));
    for (ImWchar cp : {ImWchar(0x0646), ImWchar(0x0434), ImWchar(0x03B1), ImWchar(0x2600), tree})
        CHECK(fonts.body->FindGlyphNoFallback(cp) == nullptr);
    CHECK_FALSE(wk::ui::atlasWantsMore());
    // What no font has is a box, never a "?" that reads as text.
    for (ImFont* font : {fonts.body, fonts.bold, fonts.large, fonts.title}) {
        CHECK(font->FindGlyph(0x4E2D) == font->FindGlyphNoFallback(0x25A1));
        CHECK(font->FindGlyph(0x4E2D) != font->FindGlyphNoFallback('?'));
    }
    const std::string typed[] = {"Çocuklar için güvenli bir oyun alanı", "Więcej ławek przy placu zabaw", "نريد حديقة كبيرة للأطفال",
                                 "Meer bomen 🌳🌷 en een fietsenrek 🚲", "Сад для дітей", "café met e\xCC\x81", "Zon ☀ en regen"};
    // Shown once, they ask for their scripts; the atlas grows between frames, its fonts in place.
    for (const auto& t : typed) (void)wk::ui::shownText(t);
    REQUIRE(wk::ui::atlasWantsMore());
    const unsigned generation = wk::ui::atlasGeneration();
    REQUIRE(wk::ui::growAtlas());
    CHECK(wk::ui::atlasGeneration() == generation + 1);
    CHECK_FALSE(wk::ui::atlasWantsMore());
    CHECK_FALSE(wk::ui::growAtlas());
    CHECK(fonts.body->FindGlyphNoFallback(0x2600) != nullptr);  // ☀ from the symbol font, merged in
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    atlas->GetTexDataAsAlpha8(&px, &w, &h);  // built and painted by growAtlas: not built again
    for (const auto& t : typed) {
        const std::string shown = wk::ui::shownText(t);
        INFO(t);
        for (char32_t cp : wk::codepoints(shown)) {
            if (cp == ' ') continue;
            INFO("U+" << std::hex << std::uppercase << static_cast<unsigned>(cp));
            REQUIRE(cp <= 0xFFFF);
            for (ImFont* font : {fonts.body, fonts.bold}) CHECK(font->FindGlyphNoFallback(static_cast<ImWchar>(cp)) != nullptr);
        }
    }
    // Arabic is joined: the shown text holds Presentation Forms-B, in visual (right-to-left) order.
    const auto arabic = wk::codepoints(wk::ui::shownText("نريد"));
    REQUIRE(arabic.size() == 4);
    CHECK(arabic.front() >= 0xFE70);
    CHECK(arabic.front() == 0xFEAA);  // د, the last letter, final form, drawn first (leftmost)
    // An emoji's glyph is painted: ink in its rectangle, and not the fallback box's.
    const ImFontGlyph* treeGlyph = fonts.body->FindGlyphNoFallback(tree);
    REQUIRE(treeGlyph != nullptr);
    CHECK(treeGlyph != fonts.body->FallbackGlyph);
    int ink = 0;
    for (int y = static_cast<int>(treeGlyph->V0 * h); y < static_cast<int>(treeGlyph->V1 * h); ++y)
        for (int x = static_cast<int>(treeGlyph->U0 * w); x < static_cast<int>(treeGlyph->U1 * w); ++x) ink += px[y * w + x] > 128;
    CHECK(ink > 20);
    // 900 accents on one letter: two are kept, so one card cannot flood the room.
    std::string flood = "a";
    for (int i = 0; i < 900; ++i) flood += "\xCC\x81";
    CHECK(wk::codepoints(wk::ui::shownText(flood)).size() == 3);
    ImGui::DestroyContext();
}

TEST_CASE("a text in a script the atlas lacks is drawn with its glyphs in the first frame that shows it, never boxes first") {
    const std::string dir = std::filesystem::temp_directory_path() / ("wk-glyphs-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const wk::io::KioskConfig config = wk::io::loadConfig(wk::io::defaultConfigPath());
    auto db = wk::store::Database::open(":memory:");
    wk::platform::WindowOptions wo;
    wo.headless = true;
    wo.width = 1920;
    wo.height = 1080;
    auto window = wk::platform::Window::open(wo);
    {
        wk::app::KioskApp app(config, *db, *window);
        app.openRoomWindow(0);  // the room's picture too: its cards are laid out once per change
        app.openDemo();
        app.kiosk().unlock();
        app.kiosk().setView(wk::ui::View::Ideas);
        for (int i = 0; i < 3; ++i) app.frame();
        REQUIRE_FALSE(wk::ui::atlasWantsMore());
        const std::string text = "نريد حديقة كبيرة للأطفال 🌳 ☀ Сад для дітей";
        const auto made = app.issue(wk::SubmitIdea{text, "groen", "", "", false, {}}, wk::Role::Facilitator);
        REQUIRE(made.ok());
        app.frame();  // the first frame with the idea on the wall: the atlas grows before it is drawn
        const auto& seen = wk::ui::traceLast();
        REQUIRE(std::any_of(seen.begin(), seen.end(), [&](const wk::ui::Seen& s) { return s.visible && s.text == text; }));
        CHECK_FALSE(wk::ui::atlasWantsMore());
        window->savePng(dir + "/first.png");
        app.saveRoomPng(dir + "/room-first.png");
        for (int i = 0; i < 3; ++i) app.frame();
        window->savePng(dir + "/settled.png");
        app.saveRoomPng(dir + "/room-settled.png");
        CHECK(wk::io::readFile(dir + "/first.png") == wk::io::readFile(dir + "/settled.png"));
        CHECK(wk::io::readFile(dir + "/room-first.png") == wk::io::readFile(dir + "/room-settled.png"));
        // And the room's cards were measured with the glyphs: laid out again after an edit that
        // leaves them as they were (a support taken back), the picture is the same.
        REQUIRE(app.issue(wk::SupportIdea{made.createdId}, wk::Role::Facilitator).ok());
        REQUIRE(app.edits().undo(wk::Role::Facilitator, "2026-11-19T20:00:00").ok());
        for (int i = 0; i < 3; ++i) app.frame();
        app.saveRoomPng(dir + "/room-again.png");
        CHECK(wk::io::readFile(dir + "/room-again.png") == wk::io::readFile(dir + "/room-settled.png"));
    }
    window.reset();
    std::filesystem::remove_all(dir);
}
