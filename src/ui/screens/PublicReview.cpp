// Before "Naar openbaar deel": what is about to become visible to the room and the phones, and
// what stays closed, each with a switch; nothing public by accident, nothing left out unnoticed.
#include <imgui.h>

#include <functional>

#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/screens/PublicReview.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

Visibility flipped(Visibility v) { return v == Visibility::Public ? Visibility::Closed : Visibility::Public; }

// One line of the review: the item's words and the button that flips it.
void line(const std::string& what, Visibility v, const std::string& id, const std::function<void()>& flip) {
    const float buttonW = em() * 11, startX = ImGui::GetCursorPosX();
    const float avail = ImGui::GetContentRegionAvail().x - em() * 1.4f;  // clear of the card's edge
    ImGui::BeginGroup();
    text(truncateVisibly(what, 160), 0, avail - buttonW - em());
    ImGui::EndGroup();
    ImGui::SameLine(startX + avail - buttonW);
    if (button(tr(v == Visibility::Public ? "review.keep_closed" : "review.make_public"), {buttonW, 0}, Tone::Secondary, "flip" + id)) flip();
}

}  // namespace

ReviewResult drawPublicReview(ScreenContext& c) {
    const Palette& p = palette();
    const Session& s = c.session;
    textIn(c.fonts.title, tr("review.title"), 0, -1);
    text(tr("review.intro"), p.muted);
    ReviewResult result = ReviewResult::Open;
    if (button(tr("review.go"), {em() * 14, 0}, Tone::Accent, "review-go")) result = ReviewResult::Go;
    ImGui::SameLine(0, em() * 0.4f);
    if (button(tr("pin.cancel"), {em() * 9, 0}, Tone::Secondary, "review-back")) result = ReviewResult::Back;

    const auto section = [&](Visibility which) {
        cardBegin(which == Visibility::Public ? "review-public" : "review-closed");
        textIn(c.fonts.large, tr(which == Visibility::Public ? "review.becomes_visible" : "review.stays_closed"));
        int shown = 0;
        for (const auto& a : s.actions) {
            if (a.visibility != which) continue;
            ++shown;
            line(std::string(tr("review.action")) + " " + std::to_string(a.number) + ": " + a.what, a.visibility, a.id, [&] {
                c.send(EditAction{a.id, {a.opgave, a.what, a.indicator, a.party, a.owner, a.deadline, a.budget, a.status, a.koppelkansen,
                                         flipped(a.visibility), a.amountCents}});
            });
        }
        for (const auto& n : s.notes) {
            if (n.visibility != which) continue;
            ++shown;
            // "Besluit: ..." once: a decision's text often starts with the word itself.
            const std::string kind = tr("kind." + std::string(toString(n.kind)));
            line(n.text.rfind(kind, 0) == 0 ? n.text : kind + ": " + n.text, n.visibility, n.id,
                 [&] { c.send(EditNote{n.id, n.kind, n.text, flipped(n.visibility)}); });
        }
        int ideas = 0;
        for (const auto& i : s.ideas)
            if (i.visibility == which && !i.hidden && !i.pending) ++ideas;
        if (ideas > 0) text(trn("review.ideas", ideas), p.muted);
        if (shown == 0 && ideas == 0) text(tr("review.nothing"), p.muted);
        cardEnd();
    };
    section(Visibility::Public);
    section(Visibility::Closed);
    // The same choice again below the lists, where the facilitator is after reading them.
    if (button(tr("review.go"), {em() * 14, 0}, Tone::Accent, "review-go-below")) result = ReviewResult::Go;
    ImGui::SameLine(0, em() * 0.4f);
    if (button(tr("pin.cancel"), {em() * 9, 0}, Tone::Secondary, "review-back-below")) result = ReviewResult::Back;
    return result;
}

}  // namespace wk::ui
