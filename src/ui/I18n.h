// The screens' words: the one nl/en table (io/I18n.h), named in the UI's namespace.
#pragma once
#include "io/Config.h"
#include "io/I18n.h"

namespace wk::ui {
using io::dateWords;
using io::decimal;
using io::entries;
using io::Entry;
using io::Lang;
using io::language;
using io::problemMessage;
using io::promiseWords;
using io::setLanguage;
using io::sliderWords;
using io::tr;
using io::trf;
using io::trn;

// A meeting type's name: the table's for DOMAIN.md's five, the config's label for a form it adds.
inline std::string meetingName(const io::KioskConfig& c, const MeetingType& t) {
    const std::string key = "meeting." + t.key;
    const std::string word = tr(key);
    if (word != key) return word;
    const MeetingDefaults* m = c.meeting(t);
    return m ? m->label : t.key;
}
}  // namespace wk::ui
