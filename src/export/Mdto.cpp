#include "export/Mdto.h"

#include "export/Document.h"

namespace wk::io {
namespace {

// Values as XML text.
std::string x(const std::string& s) { return escapeHtml(s); }

std::string verwijzing(const std::string& tag, const std::string& name, const std::string& id = "", const std::string& source = "") {
    std::string out = "<" + tag + "><verwijzingNaam>" + x(name) + "</verwijzingNaam>";
    if (!id.empty())
        out += "<verwijzingIdentificatie><identificatieKenmerk>" + x(id) + "</identificatieKenmerk><identificatieBron>" + x(source) +
               "</identificatieBron></verwijzingIdentificatie>";
    return out + "</" + tag + ">";
}

std::string begrip(const std::string& tag, const std::string& label, const std::string& code, const std::string& list) {
    std::string out = "<" + tag + "><begripLabel>" + x(label) + "</begripLabel>";
    if (!code.empty()) out += "<begripCode>" + x(code) + "</begripCode>";
    return out + verwijzing("begripBegrippenlijst", list) + "</" + tag + ">";
}

// xsd:dateTime from a local ISO time without seconds or zone: "2026-11-26T19:30" -> ":00" added.
// xs:dateTime: seconds added where a time has none; an offset from UTC kept ("+01:00", "Z").
std::string dateTime(const std::string& iso) {
    if (iso.size() == 16) return iso + ":00";
    const std::string zone = iso.size() > 19 ? iso.substr(19) : "";
    const bool offset = zone == "Z" || (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':');
    return iso.substr(0, 19) + (offset ? zone : "");
}

constexpr const char* kHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<MDTO xmlns=\"https://www.nationaalarchief.nl/mdto\">\n";
constexpr const char* kSource = "wijkkiosk";  // the uid is the kiosk's: it says whose identifier it is

}  // namespace

std::string mdtoInformatieobject(const MdtoMeeting& m) {
    std::string o = kHead;
    o += "<informatieobject>\n";
    o += "<identificatie><identificatieKenmerk>" + x(m.uid) + "</identificatieKenmerk><identificatieBron>" + kSource +
         "</identificatieBron></identificatie>\n";
    o += "<naam>" + x(m.title) + "</naam>\n";
    o += begrip("aggregatieniveau", "Archiefstuk", "", "Begrippenlijst Aggregatieniveau MDTO") + "\n";
    if (!m.description.empty()) o += "<omschrijving>" + x(m.description) + "</omschrijving>\n";
    o += "<dekkingInTijd>" + begrip("dekkingInTijdType", "Bijeenkomst", "", "Begrippenlijst DekkingInTijd wijkkiosk") +
         "<dekkingInTijdBegindatum>" + x(m.date) + "</dekkingInTijdBegindatum></dekkingInTijd>\n";
    if (!m.wijk.empty()) o += verwijzing("dekkingInRuimte", m.wijk) + "\n";
    if (!m.gebied.empty()) o += verwijzing("dekkingInRuimte", m.gebied) + "\n";
    o += "<taal>nl</taal>\n";
    // Adopted minutes are the record; until then the package holds a concept.
    o += "<event>" + begrip("eventType", m.adopted.empty() ? "Concept" : "Vastgesteld", "", "Begrippenlijst EventType MDTO") + "<eventTijd>" +
         dateTime(m.adopted.empty() ? m.stamp : m.adopted) + "</eventTijd>" +
         (m.adopted.empty() ? "<eventResultaat>Nog niet vastgesteld</eventResultaat>" : "") + "</event>\n";
    const bool keep = m.waardering == "blijvend";
    o += begrip("waardering", keep ? "Blijvend te bewaren" : "Te vernietigen", keep ? "B" : "V", "Begrippenlijst Waardering MDTO") + "\n";
    if (!keep && !m.bewaartermijn.empty()) o += "<bewaartermijn><termijnLooptijd>" + x(m.bewaartermijn) + "</termijnLooptijd></bewaartermijn>\n";
    for (const auto& f : m.files) o += verwijzing("heeftRepresentatie", f) + "\n";
    o += verwijzing("archiefvormer", m.municipality, m.archiefvormer, "TOOI") + "\n";
    o += "<beperkingGebruik>" +
         begrip("beperkingGebruikType", m.internal ? "Intern" : "Openbaar", "", "Begrippenlijst BeperkingGebruik wijkkiosk") +
         "<beperkingGebruikNadereBeschrijving>" +
         x(m.internal ? "Interne versie: met besloten delen en namen van bewoners voor zover de bewaartermijn van persoonsgegevens dat toelaat; "
                        "zonder contactgegevens."
                      : "Openbare versie: zonder besloten delen, zonder namen van bewoners zonder toestemming, zonder contactgegevens.") +
         "</beperkingGebruikNadereBeschrijving></beperkingGebruik>\n";
    o += "</informatieobject>\n</MDTO>\n";
    return o;
}

std::string mdtoBestand(const MdtoFile& f, const MdtoMeeting& m) {
    std::string o = kHead;
    o += "<bestand>\n";
    o += "<identificatie><identificatieKenmerk>" + x(m.uid + "/" + f.name) + "</identificatieKenmerk><identificatieBron>" + kSource +
         "</identificatieBron></identificatie>\n";
    o += "<naam>" + x(f.name) + "</naam>\n";
    o += "<omvang>" + std::to_string(f.size) + "</omvang>\n";
    o += begrip("bestandsformaat", f.format, f.pronom, "PRONOM-register") + "\n";
    o += "<checksum>" + begrip("checksumAlgoritme", "SHA-256", "", "Begrippenlijst ChecksumAlgoritme MDTO") + "<checksumWaarde>" + f.sha256 +
         "</checksumWaarde><checksumDatum>" + dateTime(f.stamp) + "</checksumDatum></checksum>\n";
    o += verwijzing("isRepresentatieVan", m.title, m.uid, kSource) + "\n";
    o += "</bestand>\n</MDTO>\n";
    return o;
}

}  // namespace wk::io
