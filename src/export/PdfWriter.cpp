#include "export/PdfWriter.h"

#include "export/PdfA.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <unordered_map>
#include <stdexcept>

namespace wk::io {
namespace {

constexpr double kPageW = 595.276, kPageH = 841.89;  // A4 in points
constexpr double kMargin = 50, kFooter = 28;
constexpr double kContentW = kPageW - 2 * kMargin;
constexpr const char* kFont = "DejaVu Sans";
// Tables tag each cell (TH, TD) up to this many cells in a document, beyond it their rows only:
// each tag is an object qpdf reads and writes again, and the 6,000 cells of a 1,000-idea list
// cost a third of its time. Minutes of a usual meeting (up to [minutes] summary_above ideas,
// then a summary) stay well below it.
constexpr std::size_t kTaggedCells = 3000;

struct Rgb { double r, g, b; };
Rgb parseCss(const std::string& css, Rgb fallback) {
    if (css.size() != 7 || css[0] != '#') return fallback;
    const auto h = [&](std::size_t i) { return std::stoi(css.substr(i, 2), nullptr, 16) / 255.0; };
    try {
        return {h(1), h(3), h(5)};
    } catch (const std::exception&) {
        return fallback;
    }
}

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct PngReader {
    const std::string& bytes;
    std::size_t at = 0;
};
cairo_status_t readPng(void* closure, unsigned char* data, unsigned int length) {
    auto* r = static_cast<PngReader*>(closure);
    if (r->at + length > r->bytes.size()) return CAIRO_STATUS_READ_ERROR;
    std::copy_n(r->bytes.data() + r->at, length, data);
    r->at += length;
    return CAIRO_STATUS_SUCCESS;
}

class Writer {
public:
    Writer(const HtmlLook& look, std::string& out) : look_(look) {
        primary_ = parseCss(look.primary, {0.0, 0.32, 0.61});
        accent_ = parseCss(look.accent, {0.95, 0.57, 0.0});
        surface_ = cairo_pdf_surface_create_for_stream(appendBytes, &out, kPageW, kPageH);
        cr_ = cairo_create(surface_);
        context_ = pango_cairo_create_context(cr_);
        // Glyphs where the font puts them, not rounded to whole points as on a screen: the text
        // sets truer, and cairo then writes a line as one string instead of a number per glyph.
        pango_context_set_round_glyph_positions(context_, FALSE);
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(context_, options);
        cairo_font_options_destroy(options);
        cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, look.title.c_str());
        cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_AUTHOR, look.municipality.c_str());
        cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "wijkkiosk");
        startPage();
        letterhead();
    }
    ~Writer() {
        for (auto& [key, l] : cells_) g_object_unref(l);
        for (auto& [key, d] : fonts_) pango_font_description_free(d);
        if (context_) g_object_unref(context_);
        if (cr_) cairo_destroy(cr_);
        if (surface_) cairo_surface_destroy(surface_);
    }
    void finish() {
        while (!tags_.empty()) close();
        strokeBorders();
        footer();
        cairo_surface_finish(surface_);
        if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) throw std::runtime_error("cannot write the PDF");
    }

    void fitTables(const Document& doc) {
        const auto measure = [&](const std::string& text, bool header) { return naturalWidth(text, 8.5, header) + 8; };
        for (auto& [header, n] : naturalColumnWidths(doc, measure)) widths_[header] = fitColumns(n, kContentW, 36);
        std::size_t cells = 0;
        for (const auto& b : doc.blocks)
            if (const auto* t = std::get_if<Table>(&b)) cells += (t->rows.size() + 1) * t->header.size();
        tagCells_ = cells <= kTaggedCells;
    }

    void block(const Block& b) {
        std::visit([&](const auto& x) { draw(x); }, b);
    }

private:
    // One pango context and one font description per size for the whole document: making them
    // per cell was most of the time a long plan took.
    PangoFontDescription* font(double size, bool bold) {
        PangoFontDescription*& d = fonts_[{static_cast<int>(size * 100), bold}];
        if (!d) {
            d = pango_font_description_from_string(kFont);
            pango_font_description_set_absolute_size(d, size * PANGO_SCALE);
            if (bold) pango_font_description_set_weight(d, PANGO_WEIGHT_BOLD);
        }
        return d;
    }
    PangoLayout* layout(const std::string& text, double size, bool bold, double width) {
        PangoLayout* l = pango_layout_new(context_);
        pango_layout_set_font_description(l, font(size * look_.textScale, bold));
        if (width > 0) {
            pango_layout_set_width(l, static_cast<int>(width * PANGO_SCALE));
            pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);  // a long word breaks rather than runs off
        }
        pango_layout_set_text(l, text.c_str(), -1);
        return l;
    }
    double shapedWidth(const std::string& text, double size, bool bold) {
        PangoLayout* l = layout(text, size, bold, -1);
        int w = 0, h = 0;
        pango_layout_get_size(l, &w, &h);
        g_object_unref(l);
        return static_cast<double>(w) / PANGO_SCALE;
    }
    // The widest line, from the widths of its words: a minutes' words repeat, so each is shaped
    // once for measuring (the cells are shaped again, whole, to be drawn). A little slack covers
    // kerning across a space.
    double naturalWidth(const std::string& text, double size, bool bold) {
        auto& words = wordWidths_[{static_cast<int>(size * 100), bold}];
        const auto word = [&](const std::string& w) {
            const auto found = words.find(w);
            if (found != words.end()) return found->second;
            return words[w] = shapedWidth(w, size, bold);
        };
        const double space = word(" ");
        double widest = 0, line = 0;
        std::size_t start = 0;
        for (std::size_t i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text[i] != ' ' && text[i] != '\n') continue;
            if (i > start) line += word(text.substr(start, i - start));
            if (i < text.size() && text[i] == ' ') line += space;
            if (i == text.size() || text[i] == '\n') {
                widest = std::max(widest, line);
                line = 0;
            }
            start = i + 1;
        }
        return std::min(widest + 1, kContentW);
    }
    static double height(PangoLayout* l) {
        int w = 0, h = 0;
        pango_layout_get_size(l, &w, &h);
        return static_cast<double>(h) / PANGO_SCALE;
    }

    double bottom() const { return kPageH - kMargin - kFooter; }
    void startPage() {
        ++page_;
        y_ = kMargin;
    }
    // The footer is no part of what was being written: the open structure elements end before
    // it and begin again on the next page (a paragraph over a page turn becomes two).
    void newPage() {
        const std::vector<const char*> open = tags_;
        while (!tags_.empty()) close();
        strokeBorders();
        footer();
        cairo_show_page(cr_);
        startPage();
        for (const char* t : open) this->open(t);
    }
    // Structure tags where cairo 1.16 reaches (headings, paragraphs, lists, tables, figures), for
    // a screen reader; the letterhead and footers stay outside them.
    void open(const char* tag) {
        cairo_tag_begin(cr_, tag, "");
        tags_.push_back(tag);
    }
    void close() {
        cairo_tag_end(cr_, tags_.back());
        tags_.pop_back();
    }
    void need(double h) {
        if (y_ + h > bottom() && y_ > kMargin + 1) newPage();
    }
    // The page's table borders as one path and one stroke: cairo's page output costs by the
    // operation, and a stroke per cell was a tenth of a long plan's time.
    void strokeBorders() {
        if (borders_.empty()) return;
        cairo_save(cr_);
        cairo_set_source_rgb(cr_, 0.72, 0.75, 0.8);
        cairo_set_line_width(cr_, 0.5);
        cairo_new_path(cr_);
        for (const auto& b : borders_) cairo_rectangle(cr_, b[0], b[1], b[2], b[3]);
        cairo_stroke(cr_);
        cairo_restore(cr_);
        borders_.clear();
    }
    void footer() {
        cairo_save(cr_);
        cairo_set_source_rgb(cr_, 0.35, 0.35, 0.35);
        cairo_set_line_width(cr_, 0.5);
        cairo_move_to(cr_, kMargin, kPageH - kMargin - 10);
        cairo_line_to(cr_, kPageW - kMargin, kPageH - kMargin - 10);
        cairo_stroke(cr_);
        PangoLayout* l = layout(look_.footer, 7.5, false, kContentW - 60);
        cairo_move_to(cr_, kMargin, kPageH - kMargin - 6);
        pango_cairo_show_layout(cr_, l);
        g_object_unref(l);
        PangoLayout* n = layout(std::to_string(page_), 7.5, false, -1);
        int w = 0, h = 0;
        pango_layout_get_size(n, &w, &h);
        cairo_move_to(cr_, kPageW - kMargin - static_cast<double>(w) / PANGO_SCALE, kPageH - kMargin - 6);
        pango_cairo_show_layout(cr_, n);
        g_object_unref(n);
        cairo_restore(cr_);
    }
    // An image at the left margin and the cursor's height, scaled.
    void paint(cairo_surface_t* img, double scale) {
        cairo_save(cr_);
        cairo_translate(cr_, kMargin, y_);
        cairo_scale(cr_, scale, scale);
        cairo_set_source_surface(cr_, img, 0, 0);
        cairo_paint(cr_);
        cairo_restore(cr_);
    }
    void letterhead() {
        double x = kMargin;
        if (!look_.logoPng.empty()) {
            PngReader r{look_.logoPng};
            cairo_surface_t* img = cairo_image_surface_create_from_png_stream(readPng, &r);
            if (cairo_surface_status(img) == CAIRO_STATUS_SUCCESS && cairo_image_surface_get_height(img) > 0) {
                const double s = 34.0 / cairo_image_surface_get_height(img);
                paint(img, s);
                x += cairo_image_surface_get_width(img) * s + 10;
            }
            cairo_surface_destroy(img);
        }
        PangoLayout* l = layout(look_.municipality, 10, true, -1);
        cairo_set_source_rgb(cr_, primary_.r, primary_.g, primary_.b);
        cairo_move_to(cr_, x, y_ + 10);
        pango_cairo_show_layout(cr_, l);
        g_object_unref(l);
        y_ += 42;
        cairo_set_source_rgb(cr_, accent_.r, accent_.g, accent_.b);
        cairo_rectangle(cr_, kMargin, y_, kContentW, 2.5);
        cairo_fill(cr_);
        y_ += 14;
    }
    // Draws a layout line by line from the cursor, turning the page where a line would cross it.
    void flow(PangoLayout* l, double x) {
        PangoLayoutIter* it = pango_layout_get_iter(l);
        const double top = y_;
        double shift = 0;  // how far the lines moved down by page turns
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(it, nullptr, &logical);
            const double lineTop = top + shift + static_cast<double>(logical.y) / PANGO_SCALE;
            const double lineH = static_cast<double>(logical.height) / PANGO_SCALE;
            if (lineTop + lineH > bottom() && lineTop > kMargin + 1) {
                const double before = lineTop;
                newPage();
                shift += y_ - before;
            }
            const double baseline = top + shift + static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
            cairo_move_to(cr_, x + static_cast<double>(logical.x) / PANGO_SCALE, baseline);
            pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
            y_ = top + shift + static_cast<double>(logical.y + logical.height) / PANGO_SCALE;
        } while (pango_layout_iter_next_line(it));
        pango_layout_iter_free(it);
    }

    void draw(const Heading& h) {
        const double size = h.level == 1 ? 18 : h.level == 2 ? 13.5 : 11;
        PangoLayout* l = layout(h.text, size, true, kContentW);
        need(height(l) + 40);  // a heading stays with what follows it
        y_ += h.level == 1 ? 2 : 10;
        if (h.level <= 2) cairo_set_source_rgb(cr_, primary_.r, primary_.g, primary_.b);
        else cairo_set_source_rgb(cr_, 0.1, 0.1, 0.1);
        const std::string dest = "page=" + std::to_string(page_) + " pos=[" + std::to_string(kMargin) + " " + std::to_string(y_) + "]";
        const int parent = h.level <= 1 ? CAIRO_PDF_OUTLINE_ROOT : outline_[std::min(h.level, 3) - 2];
        const int id = cairo_pdf_surface_add_outline(surface_, parent, h.text.c_str(), dest.c_str(),
                                                     h.level <= 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0));
        if (h.level <= 2) outline_[h.level - 1] = id;
        if (h.level == 1) outline_[1] = id;
        open(h.level == 1 ? "H1" : h.level == 2 ? "H2" : "H3");
        flow(l, kMargin);
        close();
        g_object_unref(l);
        y_ += 4;
    }
    void draw(const Paragraph& p) {
        PangoLayout* l = layout(p.text, p.muted ? 8.5 : 9.5, false, kContentW);
        if (p.muted) cairo_set_source_rgb(cr_, 0.33, 0.33, 0.33);
        else cairo_set_source_rgb(cr_, 0.1, 0.1, 0.1);
        open("P");
        flow(l, kMargin);
        close();
        g_object_unref(l);
        y_ += 6;
    }
    void draw(const Bullets& b) {
        const double indent = 14 * look_.textScale;  // the bullet's room grows with the type
        open("L");
        for (const auto& item : b.items) {
            PangoLayout* l = layout(item, 9.5, false, kContentW - indent);
            need(14);
            open("LI");
            cairo_set_source_rgb(cr_, 0.1, 0.1, 0.1);
            PangoLayout* dot = layout("•", 9.5, false, -1);
            cairo_move_to(cr_, kMargin + 2, y_);
            open("Lbl");
            pango_cairo_show_layout(cr_, dot);
            close();
            g_object_unref(dot);
            open("LBody");
            flow(l, kMargin + indent);
            close();
            close();
            g_object_unref(l);
            y_ += 2;
        }
        close();
        y_ += 4;
    }
    // A table cell's layout, shaped once per text and width: a plan's statuses, parties and
    // dates and an idea list's support and answers repeat down the page.
    PangoLayout* cell(const std::string& text, bool head, double width) {
        std::string key = text;
        key += head ? '\1' : '\2';
        key += std::to_string(static_cast<int>(width * 100));
        PangoLayout*& l = cells_[key];
        if (!l) l = layout(text, 8.5, head, width);
        return l;
    }
    void row(const std::vector<std::string>& cells, const std::vector<double>& w, bool head) {
        std::vector<PangoLayout*> ls;
        double h = 0;
        for (std::size_t c = 0; c < w.size(); ++c) {
            ls.push_back(cell(c < cells.size() ? cells[c] : "", head, w[c] - 8));
            h = std::max(h, height(ls.back()));
        }
        h += 7;
        if (y_ + h > bottom() && y_ > kMargin + 1) {
            newPage();
            if (!head) row(header_, w, true);  // the header again on the new page
        }
        double x = kMargin;
        open("TR");
        if (head) {
            cairo_set_source_rgb(cr_, 0.91, 0.94, 0.97);
            cairo_rectangle(cr_, kMargin, y_, std::min(kContentW, sum(w)), h);
            cairo_fill(cr_);
        }
        if (head) cairo_set_source_rgb(cr_, primary_.r, primary_.g, primary_.b);
        else cairo_set_source_rgb(cr_, 0.1, 0.1, 0.1);
        for (std::size_t c = 0; c < w.size(); ++c) {
            cairo_move_to(cr_, x + 4, y_ + 3.5);
            if (tagCells_) open(head ? "TH" : "TD");
            pango_cairo_show_layout(cr_, ls[c]);
            if (tagCells_) close();
            x += w[c];
        }
        x = kMargin;
        for (double cw : w) {
            borders_.push_back({x, y_, cw, h});
            x += cw;
        }
        close();
        y_ += h;
    }
    static double sum(const std::vector<double>& w) {
        double s = 0;
        for (double v : w) s += v;
        return s;
    }
    void draw(const Table& t) {
        const auto found = widths_.find(t.header);
        const std::vector<double> w = found != widths_.end() ? found->second : std::vector<double>(t.header.size(), kContentW / t.header.size());
        header_ = t.header;
        need(40);
        open("Table");
        row(t.header, w, true);
        for (const auto& r : t.rows) row(r, w, false);
        close();
        y_ += 8;
    }
    // The shapes scaled to the content's width: vectors and text the reader can zoom into.
    void drawVector(const Picture& p) {
        const double scale = kContentW / p.width;
        need(p.height * scale + 6);
        open("Figure");
        cairo_save(cr_);
        cairo_translate(cr_, kMargin, y_);
        for (const Shape& sh : p.shapes) {
            const float* v = sh.v;
            cairo_set_source_rgb(cr_, sh.colour.r / 255.0, sh.colour.g / 255.0, sh.colour.b / 255.0);
            cairo_new_path(cr_);  // a text leaves a current point an arc would draw a line from
            switch (sh.kind) {
                case Shape::Kind::Rect:
                    cairo_rectangle(cr_, v[0] * scale, v[1] * scale, (v[2] - v[0]) * scale, (v[3] - v[1]) * scale);
                    cairo_fill(cr_);
                    break;
                case Shape::Kind::Disc:
                    cairo_arc(cr_, v[0] * scale, v[1] * scale, v[2] * scale, 0, 2 * M_PI);
                    cairo_fill(cr_);
                    break;
                case Shape::Kind::Ring:
                    cairo_set_line_width(cr_, (v[2] - v[3]) * scale);
                    cairo_arc(cr_, v[0] * scale, v[1] * scale, (v[2] + v[3]) / 2 * scale, 0, 2 * M_PI);
                    cairo_stroke(cr_);
                    break;
                case Shape::Kind::Triangle:
                    cairo_move_to(cr_, v[0] * scale, v[1] * scale);
                    cairo_line_to(cr_, v[2] * scale, v[3] * scale);
                    cairo_line_to(cr_, v[4] * scale, v[5] * scale);
                    cairo_close_path(cr_);
                    cairo_fill(cr_);
                    break;
                case Shape::Kind::Text: {
                    // The pixel height is the font's ascent to descent, as stb_truetype scales it.
                    PangoLayout* l = layout(sh.text, v[2] * scale * 0.86, sh.bold, -1);
                    cairo_move_to(cr_, v[0] * scale, v[1] * scale);
                    pango_cairo_show_layout(cr_, l);
                    g_object_unref(l);
                    break;
                }
            }
        }
        cairo_restore(cr_);
        close();
        y_ += p.height * scale + 8;
    }
    void draw(const Image& img) {
        if (img.vector && img.vector->width > 0) return drawVector(*img.vector);
        PngReader r{img.png};
        cairo_surface_t* s = cairo_image_surface_create_from_png_stream(readPng, &r);
        if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS && cairo_image_surface_get_width(s) > 0) {
            const double iw = cairo_image_surface_get_width(s), ih = cairo_image_surface_get_height(s);
            const double scale = std::min(kContentW / iw, (bottom() - kMargin) * 0.6 / ih);
            need(ih * scale + 6);
            open("Figure");
            paint(s, scale);
            close();
            y_ += ih * scale + 8;
        }
        cairo_surface_destroy(s);
    }
    void draw(const PageBreak&) {
        if (y_ > kMargin + 60) newPage();
    }

    const HtmlLook& look_;
    Rgb primary_{}, accent_{};
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    PangoContext* context_ = nullptr;
    std::map<std::pair<int, bool>, PangoFontDescription*> fonts_;
    std::map<std::pair<int, bool>, std::unordered_map<std::string, double>> wordWidths_;
    int page_ = 0;
    double y_ = kMargin;
    int outline_[2] = {CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT};
    std::map<std::vector<std::string>, std::vector<double>> widths_;
    std::vector<std::string> header_;
    std::vector<const char*> tags_;  // the structure elements open now, outermost first
    bool tagCells_ = true;
    std::unordered_map<std::string, PangoLayout*> cells_;
    std::vector<std::array<double, 4>> borders_;  // this page's table cells, stroked at its end  // the structure elements open now, outermost first
};

}  // namespace

std::string toPdf(const Document& doc, const HtmlLook& look) {
    std::string out;
    {
        Writer w(look, out);
        w.fitTables(doc);
        for (const auto& b : doc.blocks) w.block(b);
        w.finish();
    }
    return toPdfA(out, look.lang);
}

}  // namespace wk::io
