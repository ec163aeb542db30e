// A Document as a PDF for publishing (cairo with pango): A4, the municipality's colours and logo,
// fonts embedded as subsets, every script shaped by pango (with fontconfig's fallbacks), headings
// as bookmarks, tables whose columns are fitted to the page once per kind of table (so the plan's
// opgave tables line up) and whose rows flow onto the next page under a repeated header, and
// the meeting and the page number in the footer of every page; made archivable as PDF/A-2u
// (export/PdfA.h).
#pragma once
#include <string>

#include "export/Document.h"

namespace wk::io {

// `look.title` goes in the document's metadata and `look.municipality` as its author.
std::string toPdf(const Document&, const HtmlLook& look);

}  // namespace wk::io
