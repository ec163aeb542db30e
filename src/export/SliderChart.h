// The five-slider comparison as a PNG, drawn in software (no GL), so the minutes and exports
// have the chart on any machine: per slider every placement of now (ring) and desired (dot),
// the medians as bars, and an arrow from the median now to the median desired.
#pragma once
#include <string>

#include "domain/Types.h"
#include "io/Config.h"
#include "export/Picture.h"

namespace wk::io {

// The words on the chart, in the kiosk's language (the caller's translation table).
struct ChartWords {
    std::string title, now, desired, median, skipped;
    char decimalMark = ',';
};

// The chart as shapes, `width` pixels wide (its height follows from the sliders). A narrower
// chart has the same words larger on paper. Throws IoError when the config's font cannot be read.
Picture sliderChart(const Session&, const KioskConfig&, const ChartWords&, int width = 1600);
// The shapes rasterised in software with the config's fonts.
std::string pictureToPng(const Picture&, const KioskConfig&);
// PNG bytes of the 1600-pixel chart.
std::string sliderChartPng(const Session&, const KioskConfig&, const ChartWords&);

}  // namespace wk::io
