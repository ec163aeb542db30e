// The five sliders: placing, comparing, the reasons.
#pragma once
#include <string>

#include "ui/Screen.h"

namespace wk::ui {

struct SlidersState {
    bool placing = false;  // placing markers, or comparing them
    std::string participant;  // who is placing
    bool anonymous = false;
    bool compareLast = false, differences = false;
    std::string selParticipant, selSlider;  // the marker tapped, whose reason shows
    std::string reasonKey, reasonDraft;     // the reason being typed, saved when the field is left
};


void drawSlidersScreen(ScreenContext&, SlidersState&);

}  // namespace wk::ui
