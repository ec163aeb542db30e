// The words documents are written in: the one nl/en table, in the kiosk's language. Every door
// that exports (the button, `export`, the archive, the bench) takes them from here.
#pragma once
#include "export/Minutes.h"
#include "export/SliderChart.h"
#include "io/Config.h"

namespace wk::service {

// Sets the table's language to the config's (nl unless it says en): once, when a door has read
// its config (runMain, the kiosk, the bench), not per export.
void useLanguage(const io::KioskConfig&);
io::Words exportWords();
io::ChartWords chartWords();

}  // namespace wk::service
