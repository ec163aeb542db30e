// The on-screen keyboard: large Dutch keys with é ë ï ó ü, capitals, digits, punctuation and
// €. It opens whenever a text field is active and types into it the way a hardware keyboard
// would: a press on a key is taken away from ImGui's mouse before the frame starts and turned
// into characters, so the field never loses focus. A physical keyboard keeps working.
#pragma once
#include <imgui.h>

#include <string>
#include <vector>

#include "ui/Theme.h"

namespace wk::ui {

class Keyboard {
public:
    // Before ImGui::NewFrame, after the platform's input (and replay's) reached io.
    void intercept(ImGuiIO& io);
    // At the start of the frame, before any widget: a tap on "Sluiten" deactivates the field
    // now, so the field itself sees it was left (IsItemDeactivatedAfterEdit) this frame.
    void beginFrame();
    // Whether it shows this frame: a text field is active.
    bool open() const;
    float height() const;  // what it takes at the bottom of the screen when open
    // Draws it at the cursor, the full width; call after the content when open().
    void draw(const Fonts& fonts);

private:
    enum class Kind { Char, Shift, Layer, Back, Space, Enter, Close };
    struct Key {
        std::string label;  // also what it types, for Kind::Char
        Kind kind = Kind::Char;
        float width = 1;  // in key units
        int layer = 0;    // for Kind::Layer: the layer it switches to
        ImVec2 min, max;  // where it was drawn last
    };
    void build();
    const std::vector<std::vector<Key>>& rows() const { return layers_[static_cast<std::size_t>(layer_)]; }
    void press(Key& k, ImGuiIO& io);

    std::vector<std::vector<std::vector<Key>>> layers_;
    int layer_ = 0;
    bool shift_ = false;
    bool capturing_ = false, wasDown_ = false;
    int releaseKey_ = -1;
    bool closeRequested_ = false;
    bool drawnLastFrame_ = false;
    std::string pressedLabel_;
};

}  // namespace wk::ui
