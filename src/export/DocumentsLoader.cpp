// The program's side of the documents module (DocumentsModule.h): loaded once, on first use, and
// each writer's call passed on. A module that is missing or of another build is one clear error
// for the export that needed it; the kiosk itself goes on.
#include "export/DocumentsModule.h"
#include "export/IdeasSheet.h"
#include "export/OdtWriter.h"
#include "export/PdfA.h"
#include "export/PdfWriter.h"
#include "export/PlanXlsx.h"
#include "io/Module.h"

namespace wk::io {
namespace {

const DocumentsTable& documents() {
    return *static_cast<const DocumentsTable*>(
        moduleTable("wijkkiosk-documents", WK_DOCUMENTS_ENTRY, "make or read this document", kDocumentsAbi, sizeof(DocumentsTable)));
}

}  // namespace

std::string toPdf(const Document& d, const HtmlLook& look) { return documents().toPdf(d, look); }
std::string toOdt(const Document& d, const HtmlLook& look) { return documents().toOdt(d, look); }
std::string odfText(const std::string& text) { return documents().odfText(text); }
std::string toPdfA(const std::string& pdf, const std::string& lang) { return documents().toPdfA(pdf, lang); }
std::string xmpDate(const std::string& pdfDate) { return documents().xmpDate(pdfDate); }
Workbook readXlsx(const std::string& bytes, const std::string& name) { return documents().readXlsx(bytes, name); }
std::string sheetDate(const std::string& text, bool date1904) { return documents().sheetDate(text, date1904); }
std::string planXlsx(const Session& s, const KioskConfig& c, const Words& w) { return documents().planXlsx(s, c, w); }
std::string ideasXlsx(const Session& s, bool internal, const KioskConfig& c, const Words& w) { return documents().ideasXlsx(s, internal, c, w); }
std::string contributionSheet(const Session& s, Party p, const KioskConfig& c, const Words& w) { return documents().contributionSheet(s, p, c, w); }
ContributionRead readContributionSheet(const std::string& bytes, const std::string& name, const KioskConfig& c, const Words& w) {
    return documents().readContributionSheet(bytes, name, c, w);
}

}  // namespace wk::io
