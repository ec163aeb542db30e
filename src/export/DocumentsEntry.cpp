// The documents module's table (DocumentsModule.h): the writers as this module built them.
#include "BuildId.h"
#include "export/DocumentsModule.h"
#include "export/IdeasSheet.h"
#include "export/OdtWriter.h"
#include "export/PdfA.h"
#include "export/PdfWriter.h"
#include "export/PlanXlsx.h"

extern "C" __attribute__((visibility("default"))) const void* wk_documents_table() {
    using namespace wk::io;
    static const DocumentsTable table{{kDocumentsAbi, sizeof(DocumentsTable), WK_BUILD_ID}, &toPdf,    &toOdt,    &odfText,
                                      &toPdfA,           &xmpDate,               &readXlsx, &sheetDate, &planXlsx,
                                      &ideasXlsx,        &contributionSheet,     &readContributionSheet};
    return &table;  // a DocumentsTable (io::moduleTable knows no types)
}
