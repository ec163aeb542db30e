
#include "export/Document.h"

#include <algorithm>
#include <cmath>

#include "domain/Text.h"

namespace wk::io {
namespace {

template <class... F> struct Visit : F... { using F::operator()...; };
template <class... F> Visit(F...) -> Visit<F...>;

// Markdown text on one line: a newline becomes a hard line break ("\" at the end of a line),
// or, in a table cell, a <br> Markdown viewers know (the only markup the writer adds itself).
std::string mdInline(const std::string& text, bool cell) {
    std::string out;
    for (std::size_t i = 0, start = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n') continue;
        if (start) out += cell ? "<br>" : "\\\n";
        out += escapeMarkdown(text.substr(start, i - start));
        start = i + 1;
    }
    return out;
}

std::string htmlInline(const std::string& text) {
    std::string out;
    for (std::size_t i = 0, start = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n') continue;
        if (start) out += "<br>";
        out += escapeHtml(text.substr(start, i - start));
        start = i + 1;
    }
    return out;
}

}  // namespace

std::string escapeMarkdown(const std::string& text) {
    // Only what can start markup gets a backslash (CommonMark makes any escaped punctuation
    // literal), so the file stays readable as plain text: emphasis, code, links, images, HTML
    // and entities, tables, headings, and at the start a list, quote or rule marker.
    static const std::string kAnywhere = "\\`*_[]<>#|~&!";
    std::string in = text;
    std::size_t lead = 0;  // leading spaces would start a code block
    while (lead < in.size() && (in[lead] == ' ' || in[lead] == '\t')) ++lead;
    in.erase(0, lead);
    std::string out;
    bool digitsSoFar = true;  // "1." or "1)" at the start would be a numbered list
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        bool escape = kAnywhere.find(c) != std::string::npos;
        if (i == 0 && (c == '-' || c == '+' || c == '=')) escape = true;
        if ((c == '.' || c == ')') && i > 0 && digitsSoFar) escape = true;
        digitsSoFar = digitsSoFar && c >= '0' && c <= '9';
        if (escape) out += '\\';
        out += c == '\t' ? ' ' : c;
    }
    return out;
}

std::string escapeHtml(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string base64(const std::string& bytes) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        if (i + 2 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? kAlphabet[v & 63] : '=';
    }
    return out;
}

std::string toMarkdown(const Document& d) {
    std::string out;
    for (const auto& b : d.blocks) {
        std::visit(Visit{
            [&](const Heading& h) { out += std::string(static_cast<std::size_t>(h.level), '#') + " " + mdInline(h.text, true) + "\n\n"; },
            [&](const Paragraph& p) { out += (p.muted ? "*" + mdInline(p.text, false) + "*" : mdInline(p.text, false)) + "\n\n"; },
            [&](const Bullets& l) {
                for (const auto& item : l.items) out += "- " + mdInline(item, false) + "\n";
                out += "\n";
            },
            [&](const Table& t) {
                const auto row = [&](const std::vector<std::string>& cells) {
                    out += "|";
                    for (const auto& c : cells) out += " " + mdInline(c, true) + " |";
                    out += "\n";
                };
                row(t.header);
                out += "|";
                for (std::size_t i = 0; i < t.header.size(); ++i) out += "---|";
                out += "\n";
                for (const auto& r : t.rows) row(r);
                out += "\n";
            },
            [&](const Image& i) { out += "*" + mdInline(i.alt, false) + "*\n\n"; },
            [&](const PageBreak&) {},
        }, b);
    }
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

std::map<std::vector<std::string>, std::vector<double>> naturalColumnWidths(
    const Document& doc, const std::function<double(const std::string& text, bool header)>& measure) {
    std::map<std::vector<std::string>, std::vector<double>> natural;
    for (const auto& b : doc.blocks)
        if (const auto* t = std::get_if<Table>(&b)) {
            auto& n = natural[t->header];
            n.resize(t->header.size(), 0);
            for (std::size_t c = 0; c < n.size(); ++c) n[c] = std::max(n[c], measure(t->header[c], true));
            for (const auto& r : t->rows)
                for (std::size_t c = 0; c < r.size() && c < n.size(); ++c) n[c] = std::max(n[c], measure(r[c], false));
        }
    return natural;
}

std::vector<double> fitColumns(std::vector<double> natural, double total, double minimum) {
    for (double& n : natural) n = std::max(n, minimum);
    double sum = 0;
    for (double n : natural) sum += n;
    if (sum <= total) return natural;
    std::vector<double> out(natural.size(), 0);
    std::vector<bool> fixed(natural.size(), false);
    double left = total;
    for (bool changed = true; changed;) {
        changed = false;
        std::size_t open = 0;
        for (bool f : fixed) open += f ? 0 : 1;
        if (!open) break;
        const double share = left / static_cast<double>(open);
        for (std::size_t i = 0; i < natural.size(); ++i)
            if (!fixed[i] && natural[i] <= share) {
                out[i] = natural[i];
                left -= natural[i];
                fixed[i] = true;
                changed = true;
            }
        if (!changed) {
            // By the square root of what each would take: the long texts get more room
            // without squeezing a short column below its header's word.
            double wanted = 0;
            for (std::size_t i = 0; i < natural.size(); ++i)
                if (!fixed[i]) wanted += std::sqrt(natural[i]);
            for (std::size_t i = 0; i < natural.size(); ++i)
                if (!fixed[i]) out[i] = left * std::sqrt(natural[i]) / wanted;
        }
    }
    return out;
}

std::string htmlPage(const HtmlLook& look, const std::string& body) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + escapeHtml(look.lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                      escapeHtml(look.title) + "</title>\n<style>\n";
    // Everything inline: the file opens and prints with no network, on any machine.
    out += ":root { --primary: " + escapeHtml(look.primary) + "; --accent: " + escapeHtml(look.accent) + "; }\n"
           "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #1b1b1b;"
           " max-width: 60em; margin: 2em auto; padding: 0 1em; overflow-wrap: break-word; }\n"
           "header { display: flex; align-items: center; gap: 1em; border-bottom: 4px solid var(--accent); padding-bottom: .5em; }\n"
           "header img { height: 3.5em; }\n"
           "header .org { color: var(--primary); font-weight: bold; }\n"
           "h1 { color: var(--primary); font-size: 20pt; margin: .6em 0 .2em; }\n"
           "h2 { color: var(--primary); font-size: 15pt; border-bottom: 1px solid #ccd; margin-top: 1.4em; }\n"
           "h3 { font-size: 12pt; margin-bottom: .3em; }\n"
           "h1, h2, h3 { page-break-after: avoid; break-after: avoid; }\n"
           "p, li { overflow-wrap: anywhere; }\n"
           "p.muted { color: #555; }\n"
           "table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; font-size: 10pt; }\n"
           "th { background: #e8eef6; color: var(--primary); text-align: left; }\n"
           "th, td { border: 1px solid #bbc; padding: .25em .4em; vertical-align: top; }\n"
           "td.date { white-space: nowrap; }\n"  // a date never breaks at its hyphens
           "tr { page-break-inside: avoid; break-inside: avoid; }\n"
           "thead { display: table-header-group; }\n"
           "img.chart { max-width: 100%; }\n"
           ".pagebreak { page-break-before: always; break-before: page; }\n"
           "nav.crumbs { margin: .5em 0; font-size: 10pt; } nav.crumbs a { color: var(--primary); }\n"
           "a { color: var(--primary); }\n"
           ".map { position: relative; max-width: 40em; } .map img { width: 100%; height: auto; display: block; }\n"
           ".map a.pin { position: absolute; transform: translate(-50%, -100%); background: var(--primary); color: #fff;"
           " border-radius: 1em; padding: .1em .45em; font-size: 9pt; text-decoration: none; }\n"
           "dl.answer dt { font-weight: bold; margin-top: .4em; } dl.answer dd { margin-left: 0; }\n"
           "footer { margin-top: 2em; color: #555; font-size: 9pt; border-top: 1px solid #ccd; }\n"
           "@page { size: A4; margin: 18mm 16mm; }\n"
           "@media print { body { margin: 0; max-width: none; } a { color: inherit; } }\n"
           "</style>\n</head>\n<body>\n<header>";
    if (!look.logoHref.empty()) out += "<img src=\"" + escapeHtml(look.logoHref) + "\" alt=\"\" height=\"56\">";
    else if (!look.logoPng.empty()) out += "<img src=\"data:image/png;base64," + base64(look.logoPng) + "\" alt=\"\" height=\"56\">";
    out += "<span class=\"org\">" + escapeHtml(look.municipality) + "</span></header>\n";
    if (!look.nav.empty()) {
        out += "<nav class=\"crumbs\" aria-label=\"" + escapeHtml(look.navLabel) + "\">";
        for (std::size_t i = 0; i < look.nav.size(); ++i) {
            if (i) out += " › ";
            const auto& [label, href] = look.nav[i];
            out += i + 1 == look.nav.size() ? "<span aria-current=\"page\">" + escapeHtml(label) + "</span>"
                                            : "<a href=\"" + escapeHtml(href) + "\">" + escapeHtml(label) + "</a>";
        }
        out += "</nav>\n";
    }
    out += "<main>\n" + body + "</main>\n";
    out += "<footer>" + htmlInline(look.footer) + "</footer>\n</body>\n</html>\n";
    return out;
}

std::string toHtml(const Document& d, const HtmlLook& look) {
    std::string out;
    for (const auto& b : d.blocks) {
        std::visit(Visit{
            [&](const Heading& h) {
                const std::string tag = "h" + std::to_string(h.level);
                out += "<" + tag + ">" + htmlInline(h.text) + "</" + tag + ">\n";
            },
            [&](const Paragraph& p) { out += std::string(p.muted ? "<p class=\"muted\">" : "<p>") + htmlInline(p.text) + "</p>\n"; },
            [&](const Bullets& l) {
                out += "<ul>\n";
                for (const auto& item : l.items) out += "<li>" + htmlInline(item) + "</li>\n";
                out += "</ul>\n";
            },
            [&](const Table& t) {
                out += "<table>\n<thead><tr>";
                for (const auto& c : t.header) out += "<th>" + htmlInline(c) + "</th>";
                out += "</tr></thead>\n<tbody>\n";
                for (const auto& r : t.rows) {
                    out += "<tr>";
                    for (const auto& c : r) out += (wk::isIsoDate(c) ? "<td class=\"date\" nowrap>" : "<td>") + htmlInline(c) + "</td>";
                    out += "</tr>\n";
                }
                out += "</tbody>\n</table>\n";
            },
            [&](const Image& i) {
                out += "<img class=\"chart\" src=\"data:image/png;base64," + base64(i.png) + "\" alt=\"" + escapeHtml(i.alt) + "\">\n";
            },
            [&](const PageBreak&) { out += "<div class=\"pagebreak\"></div>\n"; },
        }, b);
    }
    return htmlPage(look, out);
}

}  // namespace wk::io
