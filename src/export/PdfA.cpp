#include "export/PdfA.h"

// qpdf 11 without its old PointerHolder: std::shared_ptr throughout.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <cctype>
#include <filesystem>
#include <set>

#include "io/AtomicFile.h"

namespace wk::io {
namespace {

std::string xmlEscape(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '"') out += "&quot;";
        else out += c;
    }
    return out;
}

// The profile is read once: every PDF carries the same bytes.
const std::string& srgbProfile() {
    static const std::string bytes = [] {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(kSrgbProfile, ec))
            throw IoError(std::string(kSrgbProfile) + ": missing; a PDF/A carries this sRGB profile (Debian package colord-data)");
        return readFile(kSrgbProfile);
    }();
    return bytes;
}

std::string infoText(QPDFObjectHandle info, const char* key) {
    QPDFObjectHandle v = info.isDictionary() ? info.getKey(key) : QPDFObjectHandle::newNull();
    return v.isString() ? v.getUTF8Value() : std::string();
}

// The XMP packet: PDF/A asks each Info entry to have its equal here.
std::string xmpPacket(QPDFObjectHandle info, const std::string& lang) {
    const std::string title = infoText(info, "/Title"), author = infoText(info, "/Author");
    const std::string tool = infoText(info, "/Creator"), producer = infoText(info, "/Producer");
    const std::string created = xmpDate(infoText(info, "/CreationDate")), modified = xmpDate(infoText(info, "/ModDate"));
    std::string x = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                    " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                    "  <rdf:Description rdf:about=\"\"\n"
                    "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
                    "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                    "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                    "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                    "   <pdfaid:part>2</pdfaid:part>\n"
                    "   <pdfaid:conformance>U</pdfaid:conformance>\n";
    if (!title.empty())
        x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscape(title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!author.empty()) x += "   <dc:creator><rdf:Seq><rdf:li>" + xmlEscape(author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    x += "   <dc:language><rdf:Bag><rdf:li>" + xmlEscape(lang) + "</rdf:li></rdf:Bag></dc:language>\n";
    x += "   <dc:format>application/pdf</dc:format>\n";
    if (!tool.empty()) x += "   <xmp:CreatorTool>" + xmlEscape(tool) + "</xmp:CreatorTool>\n";
    if (!created.empty()) x += "   <xmp:CreateDate>" + created + "</xmp:CreateDate>\n";
    if (!modified.empty()) x += "   <xmp:ModifyDate>" + modified + "</xmp:ModifyDate>\n   <xmp:MetadataDate>" + modified + "</xmp:MetadataDate>\n";
    if (!producer.empty()) x += "   <pdf:Producer>" + xmlEscape(producer) + "</pdf:Producer>\n";
    x += "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return x;
}

// What PDF/A-2 asks of resources that cairo writes otherwise, on every page and in every form
// the pages draw: images not interpolated (6.2.8; cairo asks for smoothing) and every TrueType
// CID font with its CIDToGIDMap named (6.2.11.3.2; cairo's subsets are Identity, left implied).
void conformResources(QPDFObjectHandle resources, std::set<QPDFObjGen>& seen) {
    if (!resources.isDictionary()) return;
    const auto once = [&](QPDFObjectHandle o) { return !o.isIndirect() || seen.insert(o.getObjGen()).second; };
    QPDFObjectHandle fonts = resources.getKey("/Font");
    if (fonts.isDictionary())
        for (auto [name, font] : fonts.ditems()) {
            if (!font.isDictionary() || !once(font)) continue;
            QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
            if (!descendants.isArray()) continue;
            for (QPDFObjectHandle cid : descendants.aitems())
                if (cid.isDictionary() && cid.getKey("/Subtype").isNameAndEquals("/CIDFontType2") && !cid.hasKey("/CIDToGIDMap"))
                    cid.replaceKey("/CIDToGIDMap", QPDFObjectHandle::newName("/Identity"));
        }
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    if (!xobjects.isDictionary()) return;
    for (auto [name, x] : xobjects.ditems()) {
        if (!x.isStream() || !once(x)) continue;
        QPDFObjectHandle dict = x.getDict();
        if (dict.getKey("/Subtype").isNameAndEquals("/Image")) {
            dict.replaceKey("/Interpolate", QPDFObjectHandle::newBool(false));
            QPDFObjectHandle mask = dict.getKey("/SMask");
            if (mask.isStream()) mask.getDict().replaceKey("/Interpolate", QPDFObjectHandle::newBool(false));
        } else if (dict.getKey("/Subtype").isNameAndEquals("/Form")) {
            conformResources(dict.getKey("/Resources"), seen);
        }
    }
}

}  // namespace

std::string xmpDate(const std::string& d) {
    // D:YYYYMMDDHHmmSS then Z, or +HH'mm' / -HH'mm' (the closing quote often left out).
    std::string s = d.rfind("D:", 0) == 0 ? d.substr(2) : d;
    if (s.size() < 14) return {};
    for (int k = 0; k < 14; ++k)
        if (!std::isdigit(static_cast<unsigned char>(s[k]))) return {};
    std::string out = s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2) + "T" + s.substr(8, 2) + ":" + s.substr(10, 2) + ":" + s.substr(12, 2);
    const std::string zone = s.substr(14);
    if (zone.empty()) return out;
    if (zone[0] == 'Z') return out + "Z";
    if ((zone[0] == '+' || zone[0] == '-') && zone.size() >= 6 && zone[3] == '\'' && std::isdigit(static_cast<unsigned char>(zone[1])) &&
        std::isdigit(static_cast<unsigned char>(zone[2])) && std::isdigit(static_cast<unsigned char>(zone[4])) &&
        std::isdigit(static_cast<unsigned char>(zone[5])))
        return out + zone.substr(0, 3) + ":" + zone.substr(4, 2);
    return {};
}

std::string toPdfA(const std::string& pdf, const std::string& lang) {
    const std::string& profile = srgbProfile();
    QPDF q;
    q.setSuppressWarnings(true);
    q.processMemoryFile("minutes.pdf", pdf.data(), pdf.size());
    QPDFObjectHandle root = q.getRoot();

    // The Info dictionary dated twice alike: the file is made once, never edited after.
    QPDFObjectHandle trailer = q.getTrailer();
    QPDFObjectHandle info = trailer.getKey("/Info");
    if (!info.isDictionary()) {
        info = q.makeIndirectObject(QPDFObjectHandle::newDictionary());
        trailer.replaceKey("/Info", info);
    }
    if (info.hasKey("/CreationDate")) info.replaceKey("/ModDate", info.getKey("/CreationDate"));

    const std::string language = lang == "nl" ? "nl-NL" : lang;
    QPDFObjectHandle meta = q.newStream(xmpPacket(info, language));
    meta.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    meta.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    root.replaceKey("/Metadata", meta);
    root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(language));
    // cairo 1.16 writes the structure tree and marks the content, but not that it did.
    if (root.hasKey("/StructTreeRoot")) {
        QPDFObjectHandle mark = QPDFObjectHandle::newDictionary();
        mark.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
        root.replaceKey("/MarkInfo", mark);
    }

    QPDFObjectHandle icc = q.newStream(profile);
    icc.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(3));
    QPDFObjectHandle intent = QPDFObjectHandle::newDictionary();
    intent.replaceKey("/Type", QPDFObjectHandle::newName("/OutputIntent"));
    intent.replaceKey("/S", QPDFObjectHandle::newName("/GTS_PDFA1"));
    intent.replaceKey("/OutputConditionIdentifier", QPDFObjectHandle::newString("sRGB IEC61966-2.1"));
    intent.replaceKey("/Info", QPDFObjectHandle::newString("sRGB IEC61966-2.1"));
    intent.replaceKey("/RegistryName", QPDFObjectHandle::newString("http://www.color.org"));
    intent.replaceKey("/DestOutputProfile", icc);
    QPDFObjectHandle intents = QPDFObjectHandle::newArray();
    intents.appendItem(q.makeIndirectObject(intent));
    root.replaceKey("/OutputIntents", intents);

    // PDF/A: an annotation prints, and none hides.
    std::set<QPDFObjGen> seen;
    for (QPDFObjectHandle page : q.getAllPages()) {
        conformResources(page.getKey("/Resources"), seen);
        QPDFObjectHandle annots = page.getKey("/Annots");
        if (!annots.isArray()) continue;
        for (QPDFObjectHandle a : annots.aitems()) {
            if (!a.isDictionary()) continue;
            const long long flags = a.getKey("/F").isInteger() ? a.getKey("/F").getIntValue() : 0;
            a.replaceKey("/F", QPDFObjectHandle::newInteger((flags | 4) & ~(1LL | 2LL | 32LL | 256LL)));
        }
    }

    QPDFWriter w(q);
    w.setOutputMemory();
    w.setDeterministicID(true);  // the same minutes give the same file, ID included
    w.write();
    const auto buffer = w.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

}  // namespace wk::io
