// A PDF made archivable (PDF/A-2u, ISO 19005-2 level U) with qpdf's library: the XMP metadata
// packet agreeing with the Info dictionary (title, author, tool, producer, both dates), the
// document's language, an output intent carrying Debian's sRGB profile, a trailer ID and every
// annotation printable, the structure tree cairo wrote declared (/MarkInfo), images not
// interpolated and every TrueType CID font's CIDToGIDMap named. What cairo already gives (fonts embedded as subsets with Unicode maps, no
// encryption, no scripts) it keeps. Structure tags come from the writer, not from here.
#pragma once
#include <string>

namespace wk::io {

// The sRGB profile every PDF/A the kiosk makes carries (colord-data's).
constexpr const char* kSrgbProfile = "/usr/share/color/icc/colord/sRGB.icc";

// `pdf` rewritten as PDF/A-2u in language `lang` ("nl" becomes nl-NL). Throws IoError when the
// profile is missing and std::runtime_error when `pdf` is no PDF qpdf can read.
std::string toPdfA(const std::string& pdf, const std::string& lang);

// An Info dictionary's date ("D:20261207105500+01'00'") as XMP writes it
// ("2026-12-07T10:55:00+01:00"); empty when it is no such date. For the tests too.
std::string xmpDate(const std::string& pdfDate);

}  // namespace wk::io
