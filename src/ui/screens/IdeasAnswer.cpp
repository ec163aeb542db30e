// The facilitator answers an idea in the session's scheme: nu / ooit / nooit, or ja / nee /
// ja, op voorwaarde dat. Ooit and ja-mits ask for the condition and the date of a final
// answer, nooit and nee for a motivation; an answer saved without them shows as incomplete.
#include <imgui.h>

#include "domain/Change.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/screens/IdeasScreen.h"
#include "ui/widgets/DatePicker.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

void drawAnswerPanel(ScreenContext& c, IdeasState& st) {
    const Palette& p = palette();
    const Idea* idea = find<Idea>(c.session, st.answering);
    if (!idea) {  // gone, or no longer to be shown
        st.answering.clear();
        return;
    }
    Response& r = st.draft;
    cardBegin("answer", 0, p.primary);
    textIn(c.fonts.large, tr("answer.title"));
    text(truncateVisibly(idea->text, 300), p.muted);
    std::vector<std::string> labels;
    const auto values = responseValues(c.session.info.scheme);
    for (auto v : values) labels.push_back(tr("answer." + std::string(v)));
    const std::string current = r.value.empty() ? "" : tr("answer." + r.value);
    if (int k = chooser(labels, current, "answer"); k >= 0) r.value = std::string(values[static_cast<std::size_t>(k)]);

    const bool later = isLaterAnswer(r.value);
    text(tr("answer.motivation"), p.muted);
    textField(tr("answer.motivation"), &r.motivation, em() * 2.6f);
    if (later) {
        text(tr("answer.condition"), p.muted);
        textField(tr("answer.condition"), &r.condition, em() * 2.6f);
        text(tr("answer.due"), p.muted);
        datePicker("due", r.due, addToDate(c.now.substr(0, 10), 0, 3, 0));
    }
    // Say plainly what is still missing: an incomplete answer may be saved, but shows so.
    const AnswerCheck check = answerCheck(r, c.session.info.scheme);
    std::string missing;
    if (check.needsMotivation) missing += std::string(missing.empty() ? "" : ", ") + tr("answer.need_motivation");
    if (check.needsCondition) missing += std::string(missing.empty() ? "" : ", ") + tr("answer.need_condition");
    if (check.needsDue) missing += std::string(missing.empty() ? "" : ", ") + tr("answer.need_due");
    if (!missing.empty()) text(trf("answer.missing", missing), p.bad);

    ImGui::BeginDisabled(r.value.empty());
    if (button(tr("ideas.save"), {em() * 9, 0})) {
        c.send(AnswerIdea{st.answering, r});  // the name and contact stay as stored
        st.answering.clear();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button(tr("ideas.cancel"), {em() * 9, 0}, Tone::Secondary)) st.answering.clear();
    cardEnd();
}

}  // namespace wk::ui
