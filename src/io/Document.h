// A document as plain blocks (headings, paragraphs, lists, tables, an image), built once from a
// session and written out as Markdown or as HTML for print. The writers escape every text, so
// the output shows exactly what was typed and injects nothing.
#pragma once
#include <string>
#include <variant>
#include <vector>

namespace wk::io {

struct Heading { int level = 1; std::string text; };
struct Paragraph { std::string text; bool muted = false; };
struct Bullets { std::vector<std::string> items; };
struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};
struct Image { std::string png, alt; };  // PNG bytes: embedded in HTML, left out of Markdown
struct PageBreak {};                     // before the next block, when printed

using Block = std::variant<Heading, Paragraph, Bullets, Table, Image, PageBreak>;

// What the HTML needs besides the blocks: the municipality's look, for a print that is theirs.
struct HtmlLook {
    std::string title, municipality, primary = "#00529B", accent = "#F39200", logoPng, lang = "nl";
    std::string footer;  // on every printed page, e.g. "Openbare versie"
};

struct Document {
    std::vector<Block> blocks;
    template <class B> void add(B b) { blocks.emplace_back(std::move(b)); }
};

std::string toMarkdown(const Document&);
std::string toHtml(const Document&, const HtmlLook&);

// Escaping, for the tests and the writers.
std::string escapeMarkdown(const std::string& text);
std::string escapeHtml(const std::string& text);
std::string base64(const std::string& bytes);

}  // namespace wk::io
