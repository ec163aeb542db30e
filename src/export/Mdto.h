// MDTO (the Nationaal Archief's Metagegevens voor Duurzaam Toegankelijke Overheidsinformatie,
// XML schema 1.0.1) for a meeting's archive package (issue 35): one informatieobject for the
// meeting, one bestand per file in it. The values come from the session and the config; the
// begrippenlijsten named are MDTO's own.
#pragma once
#include <string>
#include <vector>

#include "domain/Types.h"

namespace wk::io {

// The meeting as the archive keeps it.
struct MdtoMeeting {
    std::string uid, title, description;
    std::string date;                  // ISO
    std::string wijk, gebied;          // dekkingInRuimte
    std::string archiefvormer, municipality;  // TOOI code and name
    std::string waardering;            // "blijvend" or "vernietigen"
    std::string bewaartermijn;         // "P10Y", or empty when kept for good
    bool internal = false;             // beperkingGebruik
    std::string adopted;               // when the minutes were adopted (ISO time), or empty: concept
    std::string stamp;                 // when the package was made (ISO time)
    std::vector<std::string> files;    // the files that represent it
};
std::string mdtoInformatieobject(const MdtoMeeting&);

// One file of the package.
struct MdtoFile {
    std::string name;
    long long size = 0;
    std::string pronom, format;  // "fmt/478", "PDF/A-2u"
    std::string sha256, stamp;   // the checksum and when it was taken (ISO time)
};
std::string mdtoBestand(const MdtoFile&, const MdtoMeeting&);

}  // namespace wk::io
