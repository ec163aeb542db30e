#include "ui/widgets/Keyboard.h"

#include <algorithm>

#include <imgui_internal.h>

#include "ui/I18n.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

// Upper case for the letters on the keys (ASCII and the Dutch accented ones).
std::string upper(const std::string& s) {
    static const std::pair<const char*, const char*> kAccents[] = {
        {"é", "É"}, {"è", "È"}, {"ë", "Ë"}, {"ê", "Ê"}, {"á", "Á"}, {"à", "À"}, {"ä", "Ä"}, {"â", "Â"}, {"í", "Í"},
        {"ï", "Ï"}, {"ó", "Ó"}, {"ö", "Ö"}, {"ô", "Ô"}, {"ú", "Ú"}, {"ü", "Ü"}, {"û", "Û"}, {"ç", "Ç"}, {"ñ", "Ñ"},
        {"ĳ", "Ĳ"}};
    if (s.size() == 1 && s[0] >= 'a' && s[0] <= 'z') return std::string(1, static_cast<char>(s[0] - 'a' + 'A'));
    for (const auto& [lo, up] : kAccents)
        if (s == lo) return up;
    return s;
}

}  // namespace

void Keyboard::build() {
    const auto chars = [](std::initializer_list<const char*> cs) {
        std::vector<Key> row;
        for (const char* c : cs) row.push_back({c, Kind::Char, 1, 0, {}, {}});
        return row;
    };
    const auto special = [](const char* key, Kind kind, float w, int layer = 0) { return Key{tr(key), kind, w, layer, {}, {}}; };
    const auto bottom = [&](const char* layerKey, int layer, const char* otherKey, int other) {
        return std::vector<Key>{special(layerKey, Kind::Layer, 1.6f, layer), special(otherKey, Kind::Layer, 1.6f, other),
                                special("osk.space", Kind::Space, 5.2f), Key{".", Kind::Char, 1, 0, {}, {}},
                                Key{",", Kind::Char, 1, 0, {}, {}}, special("osk.close", Kind::Close, 2.0f)};
    };
    layers_.clear();
    // 0: letters
    auto r1 = chars({"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"});
    r1.push_back(special("osk.back", Kind::Back, 1.8f));
    auto r2 = chars({"a", "s", "d", "f", "g", "h", "j", "k", "l", "'"});
    r2.push_back(special("osk.enter", Kind::Enter, 1.8f));
    auto r3 = std::vector<Key>{special("osk.shift", Kind::Shift, 1.8f)};
    for (auto& k : chars({"z", "x", "c", "v", "b", "n", "m", "-", "?", "!"})) r3.push_back(k);
    layers_.push_back({r1, r2, r3, bottom("osk.digits", 1, "osk.accents", 2)});
    // 1: digits and punctuation
    auto d1 = chars({"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"});
    d1.push_back(special("osk.back", Kind::Back, 1.8f));
    auto d2 = chars({"€", "@", "#", "&", "(", ")", ":", ";", "\"", "/"});
    d2.push_back(special("osk.enter", Kind::Enter, 1.8f));
    auto d3 = chars({"+", "=", "%", "*", "_", "‘", "’", "–", "…", "°"});
    layers_.push_back({d1, d2, d3, bottom("osk.letters", 0, "osk.accents", 2)});
    // 2: accented letters Dutch needs (and a few neighbours' names)
    auto a1 = chars({"é", "è", "ë", "ê", "á", "à", "ä", "â", "ç", "ñ"});
    a1.push_back(special("osk.back", Kind::Back, 1.8f));
    auto a2 = chars({"í", "ï", "ó", "ö", "ô", "ú", "ü", "û", "ĳ", "ß"});
    a2.push_back(special("osk.enter", Kind::Enter, 1.8f));
    auto a3 = std::vector<Key>{special("osk.shift", Kind::Shift, 1.8f)};
    for (auto& k : chars({"€", "'", "-", "?", "!"})) a3.push_back(k);
    layers_.push_back({a1, a2, a3, bottom("osk.letters", 0, "osk.digits", 1)});
}

bool Keyboard::open() const {
    const ImGuiContext& g = *GImGui;
    return g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId;
}

// Four rows of keys a finger wide, but never more than about a third of a short screen.
float Keyboard::height() const { return std::min(em() * 12.4f, std::max(em() * 10.0f, ImGui::GetMainViewport()->Size.y * 0.36f)); }

void Keyboard::press(Key& k, ImGuiIO& io) {
    switch (k.kind) {
        case Kind::Char: {
            const std::string t = shift_ ? upper(k.label) : k.label;
            io.AddInputCharactersUTF8(t.c_str());
            shift_ = false;  // one capital, as on a phone
            break;
        }
        case Kind::Space: io.AddInputCharacter(' '); break;
        case Kind::Shift: shift_ = !shift_; break;
        case Kind::Layer: layer_ = k.layer; break;
        case Kind::Back:
            io.KeysDown[io.KeyMap[ImGuiKey_Backspace]] = true;
            releaseKey_ = ImGuiKey_Backspace;
            break;
        case Kind::Enter:
            io.KeysDown[io.KeyMap[ImGuiKey_Enter]] = true;
            releaseKey_ = ImGuiKey_Enter;
            break;
        case Kind::Close: closeRequested_ = true; break;
    }
}

void Keyboard::intercept(ImGuiIO& io) {
    if (releaseKey_ >= 0) {
        io.KeysDown[io.KeyMap[releaseKey_]] = false;
        releaseKey_ = -1;
    }
    const bool down = io.MouseDown[0];
    const bool pressedNow = down && !wasDown_;
    wasDown_ = down;
    // A press that began on the keyboard stays ours until the finger lifts, even when the key
    // closed the keyboard: otherwise whatever appears under the finger would be pressed too.
    if ((!drawnLastFrame_ || layers_.empty()) && !capturing_) return;
    const auto hit = [&](Key& k) {
        return io.MousePos.x >= k.min.x && io.MousePos.x < k.max.x && io.MousePos.y >= k.min.y && io.MousePos.y < k.max.y;
    };
    if (pressedNow && drawnLastFrame_) {
        for (auto& row : layers_[static_cast<std::size_t>(layer_)]) {
            for (auto& k : row) {
                if (!hit(k)) continue;
                capturing_ = true;
                pressedLabel_ = k.label;
                press(k, io);
                break;
            }
            if (capturing_) break;
        }
    }
    if (!down) {
        capturing_ = false;
        pressedLabel_.clear();
    }
    // A press that began on the keyboard never reaches ImGui: the text field keeps its focus.
    if (capturing_) io.MouseDown[0] = false;
}

void Keyboard::beginFrame() {
    if (!closeRequested_) return;
    closeRequested_ = false;
    if (open()) ImGui::ClearActiveID();
}

void Keyboard::draw(const Fonts& fonts) {
    if (layers_.empty()) build();
    drawnLastFrame_ = open();
    if (!drawnLastFrame_) return;
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    // Every key on screen, the right-hand ones too: the same margin on the right as on the left.
    const float w = ImGui::GetMainViewport()->Pos.x + ImGui::GetMainViewport()->Size.x - o.x - (o.x - ImGui::GetMainViewport()->Pos.x);
    const float h = height();
    dl->AddRectFilled({o.x - em(), o.y}, {o.x + w + em(), o.y + h + em()}, p.cardBorder);
    const float gap = em() * 0.3f, keyH = (h - gap * 5) / 4;
    float y = o.y + gap;
    ImGui::PushFont(fonts.large);
    for (auto& row : layers_[static_cast<std::size_t>(layer_)]) {
        float units = 0;
        for (const auto& k : row) units += k.width;
        const float unit = (w - gap * static_cast<float>(row.size() - 1)) / units;
        float x = o.x;
        for (auto& k : row) {
            k.min = {x, y};
            k.max = {x + unit * k.width, y + keyH};
            const bool lit = k.label == pressedLabel_ || (k.kind == Kind::Shift && shift_);
            const ImU32 fill = lit ? p.accent : (k.kind == Kind::Char ? p.card : p.background);
            dl->AddRectFilled(k.min, k.max, fill, em() * 0.3f);
            dl->AddRect(k.min, k.max, p.primary, em() * 0.3f, 0, 1.5f);
            const std::string label = k.kind == Kind::Char && shift_ ? upper(k.label) : k.label;
            ImFont* font = k.kind == Kind::Char ? fonts.large : fonts.body;
            const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str());
            dl->AddText(font, font->FontSize, {(k.min.x + k.max.x - ts.x) * 0.5f, (k.min.y + k.max.y - ts.y) * 0.5f}, p.text,
                        label.c_str());
            traceAdd(label, k.min, k.max, true);
            x += unit * k.width + gap;
        }
        y += keyH + gap;
    }
    ImGui::PopFont();
    ImGui::Dummy({w, h});
}

}  // namespace wk::ui
