// The writers that need big libraries of their own (cairo and pango for PDF, qpdf for PDF/A,
// libzip for ODT and for reading XLSX, expat, libxlsxwriter) live in a module,
// wijkkiosk-documents.so, loaded the first time a document is made or read: a kiosk starts
// without mapping those 37 libraries, and most starts make no document. Their functions keep
// their headers (PdfWriter.h, OdtWriter.h, PdfA.h, XlsxRead.h, PlanXlsx.h, IdeasSheet.h,
// ContributionSheet.h); in the program they reach the module through this table.
#pragma once
#include <string>

#include "domain/Types.h"
#include "export/ContributionSheet.h"
#include "export/Document.h"
#include "export/Minutes.h"
#include "export/XlsxRead.h"
#include "io/Config.h"
#include "io/Module.h"

namespace wk::io {

// Bumped with every change of the table: a program never calls into a module of another shape.
constexpr int kDocumentsAbi = 1;

struct DocumentsTable {
    ModuleHead head;  // {abi, sizeof the table, WK_BUILD_ID} as the module was built
    std::string (*toPdf)(const Document&, const HtmlLook&);
    std::string (*toOdt)(const Document&, const HtmlLook&);
    std::string (*odfText)(const std::string&);
    std::string (*toPdfA)(const std::string& pdf, const std::string& lang);
    std::string (*xmpDate)(const std::string& pdfDate);
    Workbook (*readXlsx)(const std::string& bytes, const std::string& name);
    std::string (*sheetDate)(const std::string& text, bool date1904);
    std::string (*planXlsx)(const Session&, const KioskConfig&, const Words&);
    std::string (*ideasXlsx)(const Session&, bool internal, const KioskConfig&, const Words&);
    std::string (*contributionSheet)(const Session&, Party, const KioskConfig&, const Words&);
    ContributionRead (*readContributionSheet)(const std::string& bytes, const std::string& name, const KioskConfig&, const Words&);
};

// The module's one exported symbol.
#define WK_DOCUMENTS_ENTRY "wk_documents_table"

}  // namespace wk::io
