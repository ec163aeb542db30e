#include "export/OdtWriter.h"

#include <zip.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <memory>

#include "domain/Text.h"
#include "io/AtomicFile.h"

namespace wk::io {
namespace {

constexpr const char* kMime = "application/vnd.oasis.opendocument.text";
constexpr double kContentCm = 17.0;  // A4 less two 2 cm margins
constexpr const char* kNs =
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
    "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
    "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
    "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.3\"";

template <class... F> struct Visit : F... { using F::operator()...; };
template <class... F> Visit(F...) -> Visit<F...>;

// An attribute's value: escaped, and without what XML 1.0 cannot hold.
std::string attr(const std::string& text) {
    std::string clean;
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x20) clean += c;
    return escapeHtml(clean);
}

std::string cm(double v) { return std::to_string(v).substr(0, std::to_string(v).find('.') + 4) + "cm"; }

// A PNG's size from its header, or 0 by 0 when it is none.
std::pair<int, int> pngSize(const std::string& png) {
    if (png.size() < 24 || png.compare(1, 3, "PNG") != 0) return {0, 0};
    const auto be = [&](std::size_t at) {
        return static_cast<int>((static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
                                (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]));
    };
    return {be(16), be(20)};
}

// What a column would take, in cm: its longest line in 9 pt DejaVu Sans (about 0.19 cm a
// character, a bold one more) and the cell's padding.
double naturalCm(const std::string& text, bool bold) {
    std::size_t longest = 0, line = 0;
    for (char32_t c : codepoints(text)) {
        if (c == '\n') line = 0;
        else longest = std::max(longest, ++line);
    }
    return static_cast<double>(longest) * (bold ? 0.21 : 0.19) + 0.4;
}

class Zip {
public:
    Zip() {
        zip_error_init(&error_);
        source_ = zip_source_buffer_create(nullptr, 0, 0, &error_);
        if (source_) archive_ = zip_open_from_source(source_, ZIP_TRUNCATE, &error_);
        if (!archive_) fail("cannot start the ODT file");
        zip_source_keep(source_);  // the bytes are read from it after zip_close
    }
    ~Zip() {
        if (archive_) zip_discard(archive_);
        if (source_) zip_source_free(source_);
        zip_error_fini(&error_);
    }
    // The ODF package wants `mimetype` first and stored, so a reader knows it without unzipping.
    void add(const std::string& name, std::string bytes, bool store = false) {
        const std::string& kept = data_.emplace_back(std::move(bytes));  // alive until zip_close
        zip_source_t* s = zip_source_buffer(archive_, kept.data(), kept.size(), 0);
        const zip_int64_t index = s ? zip_file_add(archive_, name.c_str(), s, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (s) zip_source_free(s);
            fail("cannot add " + name + " to the ODT file");
        }
        zip_set_file_compression(archive_, static_cast<zip_uint64_t>(index), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    std::string finish() {
        if (zip_close(archive_) != 0) fail("cannot write the ODT file");
        archive_ = nullptr;
        std::string out;
        if (zip_source_open(source_) != 0) fail("cannot read the ODT file back");
        char buffer[65536];
        for (zip_int64_t n; (n = zip_source_read(source_, buffer, sizeof buffer)) > 0;) out.append(buffer, static_cast<std::size_t>(n));
        zip_source_close(source_);
        return out;
    }

private:
    [[noreturn]] void fail(const std::string& what) { throw IoError(what + ": " + zip_error_strerror(&error_)); }
    zip_error_t error_{};
    zip_source_t* source_ = nullptr;
    zip_t* archive_ = nullptr;
    std::deque<std::string> data_;
};

std::string stylesXml(const HtmlLook& look, bool logo, std::pair<int, int> logoSize) {
    const std::string primary = attr(look.primary), accent = attr(look.accent);
    const auto pt = [&look](double size) {
        const long tenths = std::lround(size * look.textScale * 10);  // not printf: a locale's decimal comma breaks ODF
        return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "pt";
    };
    std::string headings;
    const std::string sizes[] = {pt(18), pt(14), pt(11.5)};
    for (int level = 1; level <= 3; ++level) {
        const std::string n = std::to_string(level);
        headings += "<style:style style:name=\"Heading_20_" + n + "\" style:display-name=\"Heading " + n +
                    "\" style:family=\"paragraph\" style:parent-style-name=\"Heading\" style:next-style-name=\"Text_20_body\" "
                    "style:default-outline-level=\"" + n + "\" style:class=\"text\"><style:text-properties fo:font-size=\"" +
                    sizes[level - 1] + "\"" + (level == 3 ? " fo:color=\"#1b1b1b\"" : "") + "/></style:style>\n";
    }
    std::string outline = "<text:outline-style style:name=\"Outline\">";
    for (int level = 1; level <= 10; ++level)
        outline += "<text:outline-level-style text:level=\"" + std::to_string(level) + "\" style:num-format=\"\"/>";
    outline += "</text:outline-style>\n";
    std::string header = "<text:p text:style-name=\"Header\">";
    if (logo && logoSize.second > 0) {
        const double h = 1.2, w = h * logoSize.first / logoSize.second;
        header += "<draw:frame draw:style-name=\"Logo\" draw:name=\"logo\" text:anchor-type=\"as-char\" svg:width=\"" + cm(w) +
                  "\" svg:height=\"" + cm(h) + "\"><draw:image xlink:href=\"Pictures/logo.png\" xlink:type=\"simple\" xlink:show=\"embed\" "
                  "xlink:actuate=\"onLoad\"/><svg:title>" + odfText(look.municipality) + "</svg:title></draw:frame><text:s/>";
    }
    header += odfText(look.municipality) + "</text:p>";
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles ") + kNs + ">\n" +
           "<office:font-face-decls><style:font-face style:name=\"DejaVu Sans\" svg:font-family=\"'DejaVu Sans'\" "
           "style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/></office:font-face-decls>\n<office:styles>\n"
           "<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.15cm\"/>"
           "<style:text-properties style:font-name=\"DejaVu Sans\" fo:font-size=\"" + pt(10) + "\" fo:language=\"" + attr(look.lang) + "\"/></style:default-style>\n"
           "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\n"
           "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Standard\" style:class=\"text\"><style:paragraph-properties fo:margin-bottom=\"0.2cm\"/></style:style>\n"
           "<style:style style:name=\"Muted\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" style:class=\"text\">"
           "<style:text-properties fo:color=\"#555555\" fo:font-size=\"" + pt(9) + "\"/></style:style>\n"
           "<style:style style:name=\"Heading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
           "style:next-style-name=\"Text_20_body\" style:class=\"text\"><style:paragraph-properties fo:margin-top=\"0.45cm\" "
           "fo:margin-bottom=\"0.2cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-weight=\"bold\" fo:color=\"" + primary +
           "\"/></style:style>\n" + headings +
           "<style:style style:name=\"List_20_Bullet\" style:display-name=\"List Bullet\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Standard\" style:list-style-name=\"Bullets\" style:class=\"list\"/>\n"
           "<style:style style:name=\"Table_20_Contents\" style:display-name=\"Table Contents\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Standard\" style:class=\"extra\"><style:paragraph-properties fo:margin-bottom=\"0cm\"/>"
           "<style:text-properties fo:font-size=\"" + pt(9) + "\"/></style:style>\n"
           "<style:style style:name=\"Table_20_Heading\" style:display-name=\"Table Heading\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Table_20_Contents\" style:class=\"extra\"><style:text-properties fo:font-weight=\"bold\" fo:color=\"" +
           primary + "\"/></style:style>\n"
           "<style:style style:name=\"Header\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\">"
           "<style:text-properties fo:font-weight=\"bold\" fo:color=\"" + primary + "\"/></style:style>\n"
           "<style:style style:name=\"Footer\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\">"
           "<style:paragraph-properties><style:tab-stops><style:tab-stop style:position=\"" + cm(kContentCm) +
           "\" style:type=\"right\"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size=\"8pt\" "
           "fo:color=\"#555555\"/></style:style>\n"
           "<text:list-style style:name=\"Bullets\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\">"
           "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment "
           "text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"0.6cm\" fo:text-indent=\"-0.4cm\" fo:margin-left=\"0.6cm\"/>"
           "</style:list-level-properties></text:list-level-style-bullet></text:list-style>\n" + outline +
           "</office:styles>\n<office:automatic-styles>\n"
           "<style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" "
           "style:print-orientation=\"portrait\" fo:margin-top=\"1.5cm\" fo:margin-bottom=\"1.5cm\" fo:margin-left=\"2cm\" "
           "fo:margin-right=\"2cm\"/><style:header-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-bottom=\"0.5cm\" "
           "fo:padding-bottom=\"0.15cm\" fo:border-bottom=\"0.08cm solid " + accent + "\"/></style:header-style><style:footer-style>"
           "<style:header-footer-properties fo:min-height=\"0cm\" fo:margin-top=\"0.4cm\" fo:padding-top=\"0.1cm\" "
           "fo:border-top=\"0.02cm solid #888888\"/></style:footer-style></style:page-layout>\n"
           "<style:style style:name=\"Logo\" style:family=\"graphic\"><style:graphic-properties style:vertical-pos=\"middle\" "
           "style:vertical-rel=\"text\"/></style:style>\n"
           "</office:automatic-styles>\n<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
           "<style:header>" + header + "</style:header><style:footer><text:p text:style-name=\"Footer\">" + odfText(look.footer) +
           "<text:tab/><text:page-number text:select-page=\"current\">1</text:page-number></text:p></style:footer>"
           "</style:master-page></office:master-styles>\n</office:document-styles>\n";
}

std::string metaXml(const HtmlLook& look) {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta ") + kNs + "><office:meta>" +
           "<meta:generator>wijkkiosk</meta:generator><dc:title>" + odfText(look.title) + "</dc:title><meta:initial-creator>" +
           odfText(look.municipality) + "</meta:initial-creator><dc:creator>" + odfText(look.municipality) + "</dc:creator><dc:language>" +
           odfText(look.lang) + "</dc:language></office:meta></office:document-meta>\n";
}

std::string manifestXml(const std::vector<std::string>& pictures) {
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\">\n<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"" +
        std::string(kMime) + "\"/>\n";
    for (const char* f : {"content.xml", "styles.xml", "meta.xml"})
        out += "<manifest:file-entry manifest:full-path=\"" + std::string(f) + "\" manifest:media-type=\"text/xml\"/>\n";
    for (const auto& p : pictures) out += "<manifest:file-entry manifest:full-path=\"" + p + "\" manifest:media-type=\"image/png\"/>\n";
    return out + "</manifest:manifest>\n";
}

// The body, with the automatic styles its tables need (one set of widths per kind of table, so
// the plan's tables line up, as in the PDF).
class Body {
public:
    explicit Body(const Document& d) {
        const auto natural = naturalColumnWidths(d, naturalCm);
        for (auto& [header, n] : natural) {
            auto& kind = kinds_[header];
            kind.index = static_cast<int>(kinds_.size());
            kind.cm = fitColumns(n, kContentCm, 1.2);
            double sum = 0;
            for (double v : kind.cm) sum += v;
            styles_ += "<style:style style:name=\"T" + std::to_string(kind.index) + "\" style:family=\"table\"><style:table-properties "
                       "style:width=\"" + cm(sum) + "\" table:align=\"left\" fo:margin-bottom=\"0.3cm\"/></style:style>\n";
            for (std::size_t c = 0; c < kind.cm.size(); ++c)
                styles_ += "<style:style style:name=\"T" + std::to_string(kind.index) + "." + std::to_string(c) +
                           "\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"" + cm(kind.cm[c]) +
                           "\"/></style:style>\n";
        }
        for (const auto& b : d.blocks) std::visit([&](const auto& x) { add(x); }, b);
    }
    std::string contentXml() const {
        return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content ") + kNs + ">\n<office:automatic-styles>\n" +
               styles_ +
               "<style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.08cm\" "
               "fo:border=\"0.5pt solid #b8bfcc\"/></style:style>\n"
               "<style:style style:name=\"HeadCell\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.08cm\" "
               "fo:background-color=\"#e8eef6\" fo:border=\"0.5pt solid #b8bfcc\"/></style:style>\n"
               "<style:style style:name=\"Chart\" style:family=\"graphic\"><style:graphic-properties style:vertical-pos=\"top\" "
               "style:vertical-rel=\"baseline\"/></style:style>\n"
               "<style:style style:name=\"Break\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_2\">"
               "<style:paragraph-properties fo:break-before=\"page\"/></style:style>\n"
               "</office:automatic-styles>\n<office:body><office:text>\n" + body_ + "</office:text></office:body></office:document-content>\n";
    }
    const std::vector<std::pair<std::string, std::string>>& pictures() const { return pictures_; }

private:
    void add(const Heading& h) {
        const int level = std::clamp(h.level, 1, 3);
        // A page break before the plan starts its heading on a new page (an empty paragraph
        // would leave a blank line at the top).
        const std::string style = breakNext_ && level == 2 ? "Break" : "Heading_20_" + std::to_string(level);
        breakNext_ = false;
        body_ += "<text:h text:style-name=\"" + style + "\" text:outline-level=\"" + std::to_string(level) + "\">" + odfText(h.text) + "</text:h>\n";
    }
    void add(const Paragraph& p) { body_ += std::string("<text:p text:style-name=\"") + (p.muted ? "Muted" : "Text_20_body") + "\">" + odfText(p.text) + "</text:p>\n"; }
    void add(const Bullets& b) {
        body_ += "<text:list text:style-name=\"Bullets\">";
        for (const auto& item : b.items)
            body_ += "<text:list-item><text:p text:style-name=\"List_20_Bullet\">" + odfText(item) + "</text:p></text:list-item>";
        body_ += "</text:list>\n";
    }
    void add(const Table& t) {
        const Kind& kind = kinds_.at(t.header);
        const std::string name = "T" + std::to_string(kind.index);
        body_ += "<table:table table:name=\"" + name + "_" + std::to_string(++tables_) + "\" table:style-name=\"" + name + "\">";
        for (std::size_t c = 0; c < t.header.size(); ++c) body_ += "<table:table-column table:style-name=\"" + name + "." + std::to_string(c) + "\"/>";
        const auto row = [&](const std::vector<std::string>& cells, bool head) {
            body_ += "<table:table-row>";
            for (std::size_t c = 0; c < t.header.size(); ++c)
                body_ += std::string("<table:table-cell table:style-name=\"") + (head ? "HeadCell" : "Cell") + "\" office:value-type=\"string\">"
                         "<text:p text:style-name=\"" + (head ? "Table_20_Heading" : "Table_20_Contents") + "\">" +
                         odfText(c < cells.size() ? cells[c] : "") + "</text:p></table:table-cell>";
            body_ += "</table:table-row>";
        };
        body_ += "<table:table-header-rows>";  // repeated on every page the table runs onto
        row(t.header, true);
        body_ += "</table:table-header-rows>";
        for (const auto& r : t.rows) row(r, false);
        body_ += "</table:table>\n";
    }
    void add(const Image& i) {
        const auto [w, h] = pngSize(i.png);
        if (w <= 0 || h <= 0) return;
        const std::string file = "Pictures/image" + std::to_string(pictures_.size() + 1) + ".png";
        pictures_.emplace_back(file, i.png);
        body_ += "<text:p text:style-name=\"Standard\"><draw:frame draw:style-name=\"Chart\" draw:name=\"image" + std::to_string(pictures_.size()) +
                 "\" text:anchor-type=\"as-char\" svg:width=\"" + cm(kContentCm) + "\" svg:height=\"" + cm(kContentCm * h / w) +
                 "\"><draw:image xlink:href=\"" + file + "\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>"
                 "<svg:title>" + odfText(i.alt) + "</svg:title><svg:desc>" + odfText(i.alt) + "</svg:desc></draw:frame></text:p>\n";
    }
    void add(const PageBreak&) { breakNext_ = true; }

    struct Kind {
        int index = 0;
        std::vector<double> cm;
    };
    std::map<std::vector<std::string>, Kind> kinds_;
    std::string styles_, body_;
    std::vector<std::pair<std::string, std::string>> pictures_;
    int tables_ = 0;
    bool breakNext_ = false;
};

}  // namespace

std::string odfText(const std::string& text) {
    std::string out;
    std::size_t spaces = 0;
    const auto flush = [&] {
        // ODF folds runs of spaces into one: the rest is counted in <text:s>.
        if (spaces > 1) out += "<text:s text:c=\"" + std::to_string(spaces - 1) + "\"/>";
        spaces = 0;
    };
    for (char c : text) {
        if (c == ' ') {
            if (spaces++ == 0) out += ' ';
            continue;
        }
        flush();
        if (c == '\n') out += "<text:line-break/>";
        else if (c == '\t') out += "<text:tab/>";
        else if (static_cast<unsigned char>(c) < 0x20) continue;
        else if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    flush();
    return out;
}

std::string toOdt(const Document& doc, const HtmlLook& look) {
    const Body body(doc);
    const bool logo = pngSize(look.logoPng).first > 0;
    Zip zip;
    zip.add("mimetype", kMime, true);
    zip.add("content.xml", body.contentXml());
    zip.add("styles.xml", stylesXml(look, logo, pngSize(look.logoPng)));
    zip.add("meta.xml", metaXml(look));
    std::vector<std::string> pictures;
    for (const auto& [name, png] : body.pictures()) {
        zip.add(name, png);
        pictures.push_back(name);
    }
    if (logo) {
        zip.add("Pictures/logo.png", look.logoPng);
        pictures.push_back("Pictures/logo.png");
    }
    zip.add("META-INF/manifest.xml", manifestXml(pictures));
    return zip.finish();
}

}  // namespace wk::io
