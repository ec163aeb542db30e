#include "export/PlanXlsx.h"

#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "export/XlsxReport.h"

namespace wk::io {

std::string planXlsx(const Session& s, const KioskConfig& config, const Words& w) {
    XlsxReport sheet("plan", s.info.title + " - " + w("plan.title"), config.municipality, "",
                     {{w("export.nr"), 6},          {w("plan.opgave"), 24},   {w("plan.what"), 40},    {w("plan.indicator"), 28},
                      {w("export.party"), 14},      {w("export.owner"), 24},  {w("plan.deadline"), 12}, {w("plan.budget"), 16},
                      {w("export.amount"), 12},     {w("export.status"), 11}, {w("plan.koppelkansen"), 22}, {w("export.visibility"), 12},
                      {w("export.carried"), 14}});
    const auto numbers = actionNumbers(s);
    for (const Action* a : planOrder(s)) {
        sheet.nextRow();
        const Opgave* o = find<Opgave>(s, a->opgave);
        std::string kansen;
        for (const auto& k : a->koppelkansen) kansen += (kansen.empty() ? "" : ", ") + k;
        sheet.number(0, numbers.at(a->id));
        sheet.text(1, o ? o->title : "");
        sheet.text(2, a->what);
        sheet.text(3, a->indicator);
        sheet.text(4, a->party ? config.parties.at(*a->party) : "");
        sheet.text(5, a->owner);
        sheet.when(6, a->deadline);
        sheet.text(7, a->budget);
        if (a->amountCents) sheet.money(8, static_cast<double>(*a->amountCents) / 100.0);
        sheet.text(9, w("status." + std::string(toString(a->status))));
        sheet.text(10, kansen);
        sheet.text(11, w(a->visibility == Visibility::Closed ? "badge.closed" : "badge.public"));
        if (a->origin) sheet.when(12, a->origin->date);
    }
    return sheet.finish();
}

}  // namespace wk::io
