#include "service/Words.h"

#include "io/I18n.h"

namespace wk::service {

void useLanguage(const io::KioskConfig& config) { io::setLanguage(config.language == "en" ? io::Lang::En : io::Lang::Nl); }

io::Words exportWords() {
    return [](std::string_view key) { return std::string(io::tr(key)); };
}

io::ChartWords chartWords() {
    return {io::tr("chart.title"), io::tr("sliders.now"), io::tr("sliders.desired"),
            io::tr("chart.around"), io::tr("sliders.skipped_mark"), io::language() == io::Lang::Nl ? ',' : '.'};
}

}  // namespace wk::service
