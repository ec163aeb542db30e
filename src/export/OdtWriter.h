// A Document as ODT (OpenDocument text, zipped by libzip): the editable master copy of the
// minutes that opens in LibreOffice and Word. Headings are the real "Heading 1-3" styles (so the
// navigator, a table of contents and a PDF's bookmarks follow them), tables are tables with a
// repeated header row, the chart is an image, and the municipality's name, logo and colours are
// in the page style with the meeting and page number in the footer.
#pragma once
#include <string>

#include "export/Document.h"

namespace wk::io {

// The file's bytes. `look.title` is the document's title and `look.municipality` its author.
std::string toOdt(const Document&, const HtmlLook& look);

// Text for an ODF paragraph: escaped, line breaks, tabs and runs of spaces kept, and characters
// XML cannot hold left out.
std::string odfText(const std::string& text);

}  // namespace wk::io
