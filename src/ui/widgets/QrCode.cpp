#include "ui/widgets/QrCode.h"

#include "ui/widgets/Touch.h"

namespace wk::ui {

void drawQr(const io::QrCode& qr, ImVec2 at, float size, const std::string& label) {
    if (qr.size <= 0) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int quiet = 2;  // modules of white around it, so a camera finds its edges
    const float m = size / static_cast<float>(qr.size + quiet * 2);
    dl->AddRectFilled(at, {at.x + size, at.y + size}, IM_COL32_WHITE);
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            if (qr.dark(x, y)) {
                const ImVec2 a{at.x + (static_cast<float>(x + quiet)) * m, at.y + (static_cast<float>(y + quiet)) * m};
                dl->AddRectFilled(a, {a.x + m + 0.5f, a.y + m + 0.5f}, IM_COL32_BLACK);
            }
    traceAdd(label, at, {at.x + size, at.y + size}, false);
}

std::string shortAddress(const std::string& url) {
    return url.rfind("http://", 0) == 0 ? url.substr(7) : url;
}

}  // namespace wk::ui
