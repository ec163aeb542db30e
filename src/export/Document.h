// A document as plain blocks (headings, paragraphs, lists, tables, an image), built once from a
// session and written out as Markdown or as HTML for print. The writers escape every text, so
// the output shows exactly what was typed and injects nothing.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "export/Picture.h"

namespace wk::io {

struct Heading { int level = 1; std::string text; };
struct Paragraph { std::string text; bool muted = false; };
struct Bullets { std::vector<std::string> items; };
struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};
// PNG bytes: embedded in HTML and ODT, left out of Markdown. A PDF draws `vector` instead when
// there is one, so a chart's lines and words stay sharp on paper.
struct Image {
    std::string png, alt;
    std::shared_ptr<const Picture> vector;
};
struct PageBreak {};                     // before the next block, when printed

using Block = std::variant<Heading, Paragraph, Bullets, Table, Image, PageBreak>;

// What the HTML needs besides the blocks: the municipality's look, for a print that is theirs.
struct HtmlLook {
    std::string title, municipality, primary = "#00529B", accent = "#F39200", logoPng, lang = "nl";
    std::string footer;  // on every printed page, e.g. "Openbare versie"
    double textScale = 1.0;  // the PDF's and ODT's type: a letter to residents reads larger (1.25: text at 12 pt)
    // HTML only: where the page stands on a website (label and link, the last one this page),
    // under the header, named by `navLabel` for a screen reader; none for a single file.
    std::vector<std::pair<std::string, std::string>> nav = {};
    std::string navLabel = {};
    std::string logoHref = {};  // HTML: the logo as a file beside the page (a website), not inline
};

struct Document {
    std::vector<Block> blocks;
    template <class B> void add(B b) { blocks.emplace_back(std::move(b)); }
};

std::string toMarkdown(const Document&);
std::string toHtml(const Document&, const HtmlLook&);
// A whole HTML page in the look of toHtml: `body` (HTML, already escaped) as its main content.
std::string htmlPage(const HtmlLook&, const std::string& body);

// A table's column widths within `total`: each column its natural width (at least `minimum`)
// when all fit; else the narrow ones keep theirs and the wide ones share what is left by the
// square root of what each would take. The PDF and ODT writers fit their tables with it.
std::vector<double> fitColumns(std::vector<double> natural, double total, double minimum);
// Per kind of table (its header), the widest each column gets over all tables of that kind, as
// `measure(text, isHeader)` gives it: the plan's tables, one per opgave, then line up.
std::map<std::vector<std::string>, std::vector<double>> naturalColumnWidths(
    const Document&, const std::function<double(const std::string& text, bool header)>& measure);

// Escaping, for the tests and the writers.
std::string escapeMarkdown(const std::string& text);
std::string escapeHtml(const std::string& text);
std::string base64(const std::string& bytes);

}  // namespace wk::io
