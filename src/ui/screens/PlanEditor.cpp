// Editing the plan by touch while the room watches: one action or one opgave at a time, saved
// as a whole, with the SMART check updating as the fields fill. Dates come from the date picker.
#include <imgui.h>

#include <algorithm>

#include "domain/Change.h"
#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "ui/I18n.h"
#include "ui/screens/Plan.h"
#include "ui/widgets/DatePicker.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

void label(const ScreenContext& c, const char* key) {
    ImGui::Dummy({0, em() * 0.2f});
    textIn(c.fonts.bold, tr(key));
}

void visibilityChoice(const ScreenContext& c, Visibility& v) {
    for (Visibility option : {Visibility::Closed, Visibility::Public}) {
        if (option == Visibility::Public) ImGui::SameLine();
        // In a public phase nothing new can be closed: it would vanish from the room's screen.
        ImGui::BeginDisabled(option == Visibility::Closed && c.publicPhase);
        const std::string text = tr(option == Visibility::Closed ? "badge.closed" : "badge.public");
        if (button(text, {ImGui::CalcTextSize(text.c_str()).x + em() * 1.6f, 0}, v == option ? Tone::Selected : Tone::Secondary, "vis" + text))
            v = option;
        ImGui::EndDisabled();
    }
}

}  // namespace

void editNewAction(ScreenContext& c, PlanState& st, const std::string& opgave) {
    st.reset();
    st.editingAction = st.newAction = true;
    st.scrollTop = true;
    st.draft.opgave = opgave;
    // As the meeting type says (a wijktafel's plan is presented in its public part); always public
    // in a public phase, and changeable per action either way.
    const MeetingDefaults* m = c.config.meeting(c.session.info.type);
    st.draft.visibility = c.publicPhase ? Visibility::Public : m ? m->planDefault() : Visibility::Closed;
}

void editAction(ScreenContext& c, PlanState& st, const Action& a) {
    st.reset();
    st.editingAction = true;
    st.scrollTop = true;
    st.draft = a;  // what the editor shows; links and history stay the domain's
    // The amount as the field shows it: the number without the euro sign.
    if (a.amountCents) st.amountText = formatMoney(*a.amountCents, c.config.language == "en" ? '.' : ',').substr(4);
}

void drawActionEditor(ScreenContext& c, PlanState& st) {
    const Palette& p = palette();
    Action& d = st.draft;
    const std::string today = c.now.substr(0, 10);
    textIn(c.fonts.large, tr(st.newAction ? "plan.new_action" : "plan.edit_action"));
    // The SMART check on top, where the room sees it change as the fields fill.
    smartChips(d, true);
    ImGui::Dummy({0, em() * 0.2f});
    cardBegin("action-editor");
    if (!c.session.opgaven.empty()) {
        label(c, "plan.opgave");
        std::vector<std::string> titles;
        std::string selected;
        for (const auto& o : c.session.opgaven) {
            titles.push_back(o.title);
            if (o.id == d.opgave) selected = o.title;
        }
        const int k = chooser(titles, selected, "opgave");
        if (k >= 0) d.opgave = c.session.opgaven[static_cast<std::size_t>(k)].id;
    }
    label(c, "plan.field_what");
    textField(tr("plan.field_what"), &d.what, em() * 2.6f);
    label(c, "plan.field_indicator");
    textField(tr("plan.field_indicator"), &d.indicator);

    label(c, "plan.field_party");
    std::vector<std::string> parties;
    for (const auto& [party, name] : c.config.parties) parties.push_back(name);
    const int k = chooser(parties, d.party ? c.config.parties.at(*d.party) : "", "party");
    if (k >= 0) {
        const auto it = std::next(c.config.parties.begin(), k);
        // Tapping the chosen party again takes it away: a mistake must be undoable by touch.
        if (d.party == it->first) d.party.reset();
        else d.party = it->first;
    }
    label(c, "plan.field_owner");
    textField(tr("plan.field_owner"), &d.owner);

    label(c, "plan.field_deadline");
    datePicker("deadline", d.deadline, today);
    if (!d.deadline.empty()) {
        ImGui::SameLine(0, em());
        if (button(tr("plan.no_deadline"), {0, 0}, Tone::Secondary)) d.deadline.clear();
    }
    // Allowed (an action may be recorded late), but the room should see it.
    if (const auto left = daysLeft(d, today); left && *left < 0 && isOpen(d.status))
        chip(tr("plan.deadline_past"), p.warn, p.onPrimary);

    label(c, "plan.field_budget");
    const int b = chooser(c.config.budgets, d.budget, "budget");
    if (b >= 0) {
        const std::string& chosen = c.config.budgets[static_cast<std::size_t>(b)];
        d.budget = d.budget == chosen ? "" : chosen;
    }
    label(c, "plan.field_amount");
    textField(tr("plan.field_amount"), &st.amountText);
    const std::optional<long long> amount = parseMoney(st.amountText);
    const bool amountOk = isBlank(st.amountText) || (amount && *amount <= kMaxAmountCents);
    if (!amountOk) chip(tr("plan.amount_invalid"), p.warn, p.onPrimary);

    label(c, "plan.field_status");
    std::vector<std::string> statuses;
    for (ActionStatus s : {ActionStatus::Gepland, ActionStatus::Lopend, ActionStatus::Gereed, ActionStatus::Vervallen})
        statuses.push_back(tr("status." + std::string(toString(s))));
    const int sIdx = chooser(statuses, tr("status." + std::string(toString(d.status))), "status");
    if (sIdx >= 0) d.status = static_cast<ActionStatus>(sIdx);

    if (!c.config.koppelkansen.empty()) {
        label(c, "plan.field_koppelkansen");
        bool first = true;
        for (const auto& kans : c.config.koppelkansen) {
            const auto it = std::find(d.koppelkansen.begin(), d.koppelkansen.end(), kans);
            const bool on = it != d.koppelkansen.end();
            const std::string text = std::string(on ? "✓ " : "") + kans;
            const float w = ImGui::CalcTextSize(text.c_str()).x + em() * 1.6f;
            if (!first && fitsOnLine(w)) ImGui::SameLine();
            first = false;
            if (button(text, {w, 0}, on ? Tone::Selected : Tone::Secondary, "kans" + kans)) {
                if (on) d.koppelkansen.erase(it);
                else d.koppelkansen.push_back(kans);
            }
        }
    }
    // Koppelkansen of its own, beside the configured ones: shown as chips, taken away by a tap.
    for (std::size_t i = 0; i < d.koppelkansen.size(); ++i) {
        const std::string& kans = d.koppelkansen[i];
        if (std::find(c.config.koppelkansen.begin(), c.config.koppelkansen.end(), kans) != c.config.koppelkansen.end()) continue;
        const std::string text = "✓ " + kans;
        const float w = ImGui::CalcTextSize(text.c_str()).x + em() * 1.6f;
        if (fitsOnLine(w)) ImGui::SameLine();
        if (button(text, {w, 0}, Tone::Selected, "ownkans" + kans)) {
            d.koppelkansen.erase(d.koppelkansen.begin() + static_cast<std::ptrdiff_t>(i));
            break;
        }
    }
    label(c, "plan.field_own_kans");
    textField(tr("plan.field_own_kans"), &st.kansText);
    ImGui::BeginDisabled(isBlank(st.kansText));
    if (button(tr("plan.add_kans"), {0, 0}, Tone::Secondary, "add-own-kans")) {
        const std::string kans = cleanLine(st.kansText);
        if (std::find(d.koppelkansen.begin(), d.koppelkansen.end(), kans) == d.koppelkansen.end()) d.koppelkansen.push_back(kans);
        st.kansText.clear();
    }
    ImGui::EndDisabled();
    label(c, "plan.field_visibility");
    visibilityChoice(c, d.visibility);

    ImGui::Dummy({0, em() * 0.4f});
    ImGui::BeginDisabled(isBlank(d.what) || !amountOk);
    if (button(tr("ideas.save"), {em() * 9, 0}, Tone::Primary, "save-action")) {
        const ActionFields fields{d.opgave, d.what, d.indicator, d.party, d.owner, d.deadline, d.budget, d.status,
                                  d.koppelkansen, d.visibility,
                                  isBlank(st.amountText) ? std::nullopt : std::optional<std::int64_t>(amount)};
        // A status change is dated and kept as history. The draft stays until it is stored.
        st.pendingTicket = st.newAction ? c.send(AddAction{fields}) : c.send(EditAction{d.id, fields});
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button(tr("ideas.cancel"), {em() * 9, 0}, Tone::Secondary, "cancel-action")) st.reset();
    if (!st.newAction) {
        ImGui::SameLine(0, em() * 2);
        if (!st.confirmRemove) {
            if (button(tr("minutes.remove"), {em() * 9, 0}, Tone::Secondary, "remove-action")) st.confirmRemove = true;
        } else if (button(tr("plan.confirm_remove"), {0, 0}, Tone::Danger, "confirm-remove-action")) {
            c.send(RemoveAction{d.id});
            st.reset();
        }
    }
    cardEnd();
}

void drawOpgaveEditor(ScreenContext& c, PlanState& st) {
    Opgave& o = st.opgaveDraft;
    textIn(c.fonts.large, tr(st.newOpgave ? "plan.new_opgave" : "plan.edit_opgave"));
    cardBegin("opgave-editor");
    label(c, "plan.field_title");
    textField(tr("plan.field_title"), &o.title);
    label(c, "plan.field_description");
    textField(tr("plan.field_description"), &o.description, em() * 2.6f);
    ImGui::Dummy({0, em() * 0.4f});
    ImGui::BeginDisabled(isBlank(o.title));
    if (button(tr("ideas.save"), {em() * 9, 0}, Tone::Primary, "save-opgave")) {
        st.pendingTicket = st.newOpgave ? c.send(AddOpgave{o.title, o.description}) : c.send(EditOpgave{o.id, o.title, o.description});
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button(tr("ideas.cancel"), {em() * 9, 0}, Tone::Secondary, "cancel-opgave")) st.reset();
    if (!st.newOpgave) {
        // An opgave with actions cannot go: the actions would lose their place.
        const bool inUse = std::any_of(c.session.actions.begin(), c.session.actions.end(),
                                          [&](const Action& a) { return a.opgave == o.id; });
        ImGui::SameLine(0, em() * 2);
        ImGui::BeginDisabled(inUse);
        if (button(tr("minutes.remove"), {em() * 9, 0}, Tone::Secondary, "remove-opgave")) {
            c.send(RemoveOpgave{o.id});
            st.reset();
        }
        ImGui::EndDisabled();
        if (inUse) text(tr("plan.opgave_in_use"), palette().muted);
    }
    cardEnd();
}

}  // namespace wk::ui
