// The screens' words: the one nl/en table (io/I18n.h), named in the UI's namespace.
#pragma once
#include "io/I18n.h"

namespace wk::ui {
using io::dateWords;
using io::decimal;
using io::entries;
using io::Entry;
using io::Lang;
using io::language;
using io::problemMessage;
using io::setLanguage;
using io::sliderWords;
using io::tr;
using io::trf;
using io::trn;
}  // namespace wk::ui
