#include "ui/screens/VoicePanel.h"

#include <algorithm>
#include <cstdlib>

#include "domain/Polls.h"
#include "domain/Text.h"
#include "ui/I18n.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {
namespace {

std::string pollKindKey(PollKind k) { return "voice.kind." + std::string(toString(k)); }

// A whole number as typed, or -1.
long long typedNumber(const std::string& s) {
    if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos) return -1;
    return std::atoll(s.c_str());
}

// What one answer at the kiosk may be: a step of a budget split (a twentieth, in whole euros).
long long budgetStep(const Poll& p) { return std::max<long long>(1, p.total / 20); }

// The resident's answer: a tap for one choice and a scale; toggles, an order or a split, then "Klaar".
void answerCard(ScreenContext& c, VoiceState& st, const Poll& poll) {
    const Palette& p = palette();
    if (st.answering != poll.id) {
        st.answering = poll.id;
        st.draft.assign(poll.kind == PollKind::Budget ? poll.options.size() : 0, 0);
    }
    cardBegin("poll-answer", 0, p.accent);
    text(tr("voice.poll_title"), p.muted);
    textIn(c.fonts.large, poll.question);
    const auto send = [&](std::vector<long long> values) { c.out.push_back(AnswerHere{poll.id, std::move(values)}); };
    switch (poll.kind) {
        case PollKind::One:
            text(tr("voice.poll_single"), p.muted);
            for (std::size_t i = 0; i < poll.options.size(); ++i)
                if (flowButton(poll.options[i], Tone::Secondary, "poll-" + std::to_string(i))) send({static_cast<long long>(i)});
            break;
        case PollKind::Scale:
            text(tr("voice.poll_scale"), p.muted);
            for (int v = 1; v <= kScalePoints; ++v) {
                const std::string& words = poll.options[static_cast<std::size_t>(v - 1)];
                if (flowButton(std::to_string(v) + (words.empty() ? "" : " " + words), Tone::Secondary, "poll-" + std::to_string(v))) send({v});
            }
            break;
        case PollKind::Several: {
            text(tr("voice.poll_several") + (poll.maxChoices > 0 ? " " + trf("voice.poll_several_max", std::to_string(poll.maxChoices)) : ""), p.muted);
            for (std::size_t i = 0; i < poll.options.size(); ++i) {
                const long long k = static_cast<long long>(i);
                const bool on = std::find(st.draft.begin(), st.draft.end(), k) != st.draft.end();
                if (flowButton((on ? "✓ " : "") + poll.options[i], on ? Tone::Selected : Tone::Secondary, "poll-" + std::to_string(i))) {
                    if (on) std::erase(st.draft, k);
                    else if (poll.maxChoices == 0 || static_cast<int>(st.draft.size()) < poll.maxChoices) st.draft.push_back(k);
                }
            }
            ImGui::BeginDisabled(st.draft.empty());
            if (button(tr("voice.done"), {em() * 10, 0}, Tone::Accent, "poll-done")) send(st.draft);
            ImGui::EndDisabled();
            break;
        }
        case PollKind::Ranking: {
            text(tr("voice.poll_ranking"), p.muted);
            for (std::size_t i = 0; i < poll.options.size(); ++i) {
                const long long k = static_cast<long long>(i);
                const auto at = std::find(st.draft.begin(), st.draft.end(), k);
                const bool placed = at != st.draft.end();
                const std::string label = placed ? std::to_string(at - st.draft.begin() + 1) + ". " + poll.options[i] : poll.options[i];
                if (flowButton(label, placed ? Tone::Selected : Tone::Secondary, "poll-" + std::to_string(i)) && !placed) st.draft.push_back(k);
            }
            // The order chosen so far, as a list: what "Klaar" will send.
            if (!st.draft.empty()) {
                std::string order;
                for (std::size_t k = 0; k < st.draft.size(); ++k)
                    order += (k ? "   " : "") + std::to_string(k + 1) + ". " + poll.options[static_cast<std::size_t>(st.draft[k])];
                text(trf("voice.your_order", order), p.primary);
            }
            ImGui::BeginDisabled(st.draft.size() != poll.options.size());
            if (button(tr("voice.done"), {em() * 10, 0}, Tone::Accent, "poll-done")) send(st.draft);
            ImGui::EndDisabled();
            ImGui::SameLine();
            if (button(tr("voice.again"), {em() * 10, 0}, Tone::Secondary, "poll-again")) st.draft.clear();
            break;
        }
        case PollKind::Word:
        case PollKind::Open:
            text(tr(poll.kind == PollKind::Word ? "voice.poll_word" : "voice.poll_open"), p.muted);
            textField("poll-word", &st.word, poll.kind == PollKind::Open ? em() * 3.5f : 0, poll.kind == PollKind::Word ? em() * 16 : 0);
            ImGui::BeginDisabled(isBlank(st.word));
            if (button(tr("voice.done"), {em() * 10, 0}, Tone::Accent, "poll-done")) {
                c.out.push_back(AnswerHere{poll.id, {}, st.word});
                st.word.clear();
            }
            ImGui::EndDisabled();
            break;
        case PollKind::Statement: break;  // answered as a round (AgreePanel)
        case PollKind::Budget: {
            text(trf("voice.poll_budget", formatEuros(poll.total, ',')), p.muted);
            long long given = 0;
            for (long long v : st.draft) given += v;
            const long long step = budgetStep(poll);
            for (std::size_t i = 0; i < poll.options.size() && i < st.draft.size(); ++i) {
                const std::string n = std::to_string(i);
                if (button("−", {em() * 2.6f, 0}, Tone::Secondary, "poll-less-" + n)) st.draft[i] = std::max<long long>(0, st.draft[i] - step);
                ImGui::SameLine();
                if (button("+", {em() * 2.6f, 0}, Tone::Secondary, "poll-more-" + n)) st.draft[i] += std::min(step, poll.total - given);
                ImGui::SameLine();
                text(poll.options[i] + ": " + formatEuros(st.draft[i], ','), 0, -1);
            }
            given = 0;
            for (long long v : st.draft) given += v;
            text(trf("voice.budget_left", formatEuros(poll.total - given, ',')), given == poll.total ? p.ok : p.warn);
            ImGui::BeginDisabled(given != poll.total);
            if (button(tr("voice.done"), {em() * 10, 0}, Tone::Accent, "poll-done")) send(st.draft);
            ImGui::EndDisabled();
            break;
        }
    }
    cardEnd();
}

void checkInCard(ScreenContext& c) {
    const Palette& p = palette();
    cardBegin("check-in");
    textIn(c.fonts.large, tr("voice.checkin_title"));
    text(tr("voice.checkin_hint"), p.muted);
    for (const char* kind : {"resident", "official", "partner"})
        if (flowButton(tr(std::string("voice.checkin_") + kind), Tone::Secondary, std::string("checkin-") + kind))
            c.out.push_back(CheckInHere{kind});
    cardEnd();
}

// Who came, for the facilitator: by kind and channel, and the head count of record.
void attendanceLine(ScreenContext& c, VoiceState& st) {
    const Palette& p = palette();
    const Attendance a = attendance(c.session);
    const auto n = [](const std::map<std::string, long long>& m, const char* k) {
        const auto it = m.find(k);
        return std::to_string(it == m.end() ? 0 : it->second);
    };
    text(trn("voice.checked_in", a.checkedIn) + ":  " + tr("voice.kind_resident") + " " + n(a.byKind, "resident") + "  ·  " +
             tr("voice.kind_official") + " " + n(a.byKind, "official") + "  ·  " + tr("voice.kind_partner") + " " + n(a.byKind, "partner") +
             "  ·  " + tr("voice.channel_phone") + " " + n(a.byChannel, "phone") + "  ·  " + tr("voice.channel_kiosk") + " " +
             n(a.byChannel, "kiosk"),
         p.muted);
    text(tr("voice.head_count"), p.muted, -1);
    ImGui::SameLine();
    if (st.headCount.empty() && a.headCount > 0) st.headCount = std::to_string(a.headCount);
    textField("head-count", &st.headCount, 0, em() * 6);
    ImGui::SameLine();
    const long long typed = typedNumber(st.headCount);
    ImGui::BeginDisabled(typed < 0 || typed == a.headCount);
    if (button(tr("voice.head_count_save"), {0, 0}, Tone::Secondary, "head-count-save")) c.send(SetHeadCount{static_cast<int>(typed)});
    ImGui::EndDisabled();
}

void pollEditor(ScreenContext& c, VoiceState& st) {
    const Palette& p = palette();
    cardBegin("poll-editor");
    textIn(c.fonts.large, tr("voice.new_poll"));
    text(tr("voice.question"), p.muted);
    textField("poll-question", &st.question);
    // A statement is put up on its own card (AgreePanel); an open question belongs to the evaluation.
    static constexpr PollKind offered[] = {PollKind::One, PollKind::Several, PollKind::Scale, PollKind::Ranking, PollKind::Budget, PollKind::Word};
    std::vector<std::string> kinds;
    for (PollKind k : offered) kinds.push_back(tr(pollKindKey(k)));
    const int k = chooser(kinds, tr(pollKindKey(st.kind)), "poll-kind");
    if (k >= 0) st.kind = offered[k];
    const bool noOptions = st.kind == PollKind::Word;
    if (st.kind == PollKind::Scale && st.options.size() != kScalePoints)
        st.options = {tr("voice.scale_1"), "", tr("voice.scale_3"), "", tr("voice.scale_5")};
    if (st.kind != PollKind::Scale && st.options.size() < 2) st.options.resize(2);
    if (!noOptions) text(tr(st.kind == PollKind::Scale ? "voice.scale_words" : "voice.options"), p.muted);
    for (std::size_t i = 0; i < st.options.size() && !noOptions; ++i) {
        const std::string label = st.kind == PollKind::Scale ? std::to_string(i + 1) : std::string(tr("voice.option")) + " " + std::to_string(i + 1);
        text(label, p.muted, -1);
        ImGui::SameLine(em() * 6);
        textField("poll-option-" + std::to_string(i + 1), &st.options[i]);
    }
    if (!noOptions && st.kind != PollKind::Scale && static_cast<int>(st.options.size()) < kMaxPollOptions &&
        flowButton(tr("voice.option_add"), Tone::Secondary, "poll-option-add"))
        st.options.emplace_back();
    if (st.kind == PollKind::Budget) {
        text(tr("voice.total"), p.muted);
        textField("poll-total", &st.total, 0, em() * 10);
    }
    if (st.kind == PollKind::Several) {
        text(tr("voice.max"), p.muted);
        textField("poll-max", &st.maxChoices, 0, em() * 6);
    }
    if (button(std::string(st.live ? "✓ " : "☐ ") + tr("voice.live"), {0, 0}, st.live ? Tone::Selected : Tone::Secondary, "poll-live"))
        st.live = !st.live;
    ImGui::SameLine();
    if (button(std::string(st.closedPart ? "✓ " : "☐ ") + tr("voice.closed_q"), {0, 0}, st.closedPart ? Tone::Selected : Tone::Secondary,
               "poll-closed-part"))
        st.closedPart = !st.closedPart;
    if (flowButton(tr("voice.open"), Tone::Accent, "poll-open")) {
        PollFields f{st.question, st.kind, {}, std::max(0LL, typedNumber(st.total)), static_cast<int>(std::max(0LL, typedNumber(st.maxChoices))),
                     st.closedPart ? Visibility::Closed : Visibility::Public, st.live};
        for (const auto& o : st.options)
            if (!noOptions && (st.kind == PollKind::Scale || !o.empty())) f.options.push_back(o);
        st.openTicket = c.send(OpenPoll{f});
    }
    if (flowButton(tr("ideas.cancel"), Tone::Secondary, "poll-cancel")) st.writing = false;
    cardEnd();
}

// An open poll for the facilitator: how many answered (not what), paper totals, closing.
void pollDesk(ScreenContext& c, VoiceState& st, const Poll& poll) {
    const Palette& p = palette();
    cardBegin("poll-desk", 0, p.accent);
    text(tr("voice.poll_title") + (poll.visibility == Visibility::Closed ? " (" + std::string(tr("badge.closed")) + ")" : ""), p.muted);
    textIn(c.fonts.large, poll.question);
    const Tally t = resultOf(c.session, poll);
    text(trn("voice.answers", t.answered()) + "  (" + tr("voice.channel_phone") + " " + std::to_string(poll.phoneAnswers) + "  ·  " +
         tr("voice.channel_kiosk") + " " + std::to_string(poll.kioskAnswers) + "  ·  " + tr("voice.channel_paper") + " " +
         std::to_string(poll.paperAnswers) + ")");
    if (poll.kind == PollKind::Word) {
        long long waiting = 0;
        for (const auto& a : c.session.answers) waiting += a.poll == poll.id && a.pending;
        if (waiting > 0) text(trn("voice.words_waiting", waiting), p.primary);
    }
    if (poll.live)
        for (std::size_t i = 0; i < t.values.size(); ++i)
            text((poll.kind == PollKind::Scale ? std::to_string(i + 1) : poll.options[i]) + ": " + std::to_string(t.values[i]), 0, -1);
    const bool paperKind = poll.kind == PollKind::One || poll.kind == PollKind::Several || poll.kind == PollKind::Scale;
    if (paperKind && !st.countingPaper && flowButton(tr("voice.paper"), Tone::Secondary, "poll-paper")) {
        st.countingPaper = true;
        st.paper.assign(poll.kind == PollKind::Scale ? kScalePoints : poll.options.size(), "");
        st.papers.clear();
    }
    if (st.countingPaper) {
        for (std::size_t i = 0; i < st.paper.size(); ++i) {
            const std::string label = poll.kind == PollKind::Scale ? std::to_string(i + 1) : poll.options[i];
            text(label, p.muted, -1);
            ImGui::SameLine(em() * 10);
            textField("paper-" + std::to_string(i), &st.paper[i], 0, em() * 6);
        }
        text(tr("voice.paper_count"), p.muted, -1);
        ImGui::SameLine(em() * 10);
        textField("papers", &st.papers, 0, em() * 6);
        if (flowButton(tr("voice.paper_add"), Tone::Accent, "poll-paper-add")) {
            std::vector<long long> counts;
            for (const auto& v : st.paper) counts.push_back(std::max(0LL, typedNumber(v)));
            c.send(AddPaperTotals{poll.id, counts, std::max(0LL, typedNumber(st.papers))});
            st.countingPaper = false;
        }
        if (flowButton(tr("ideas.cancel"), Tone::Secondary, "poll-paper-cancel")) st.countingPaper = false;
    }
    if (flowButton(tr("voice.close"), Tone::Primary, "poll-close")) {
        c.send(ClosePoll{poll.id});
        st.justClosed = poll.id;  // its result stays here, where the chair looks, until put away
    }
    cardEnd();
}

// The last closed poll's result for the facilitator, and adopting a split; `dismiss` puts it away.
void pollResult(ScreenContext& c, const Poll& poll, bool* dismiss = nullptr) {
    const Palette& p = palette();
    cardBegin("poll-result");
    text(tr("voice.result"), p.muted);
    textIn(c.fonts.bold, poll.question);
    const Tally t = resultOf(c.session, poll);
    for (std::size_t i = 0; i < t.values.size(); ++i) {
        const std::string label = poll.kind == PollKind::Scale ? std::to_string(i + 1) : poll.options[i];
        const std::string value = poll.kind == PollKind::Budget ? formatEuros(t.values[i], ',')
                                  : poll.kind == PollKind::Ranking ? trn("voice.points", t.values[i])
                                                                   : std::to_string(t.values[i]);
        text(label + ": " + value, 0, -1);
    }
    text(trn("voice.answers", t.answered()), p.muted);
    if (poll.kind == PollKind::Budget &&
        flowButton(tr(poll.adopted ? "voice.adopted" : "voice.adopt"), poll.adopted ? Tone::Selected : Tone::Secondary, "poll-adopt"))
        c.send(AdoptBudget{poll.id});
    if (dismiss && flowButton(tr("voice.result_away"), Tone::Secondary, "poll-result-close")) *dismiss = true;
    cardEnd();
}

}  // namespace

void drawVoice(ScreenContext& c, VoiceState& st) {
    const Poll* open = openPoll(c.session);  // a closed question is not in the public's session at all
    if (!c.facilitator()) {
        if (open) answerCard(c, st, *open);
        checkInCard(c);
        return;
    }
    if (open) pollDesk(c, st, *open);  // at the top while it runs: closing it is the next tap
    if (!open && !st.justClosed.empty())
        if (const Poll* closed = find<Poll>(c.session, st.justClosed); closed && !closed->closed.empty()) {
            bool dismiss = false;
            pollResult(c, *closed, &dismiss);
            if (dismiss) st.justClosed.clear();
        }
}

void drawVoiceDesk(ScreenContext& c, VoiceState& st) {
    const Session& s = c.session;
    if (const Receipt* r = c.receiptOf(st.openTicket)) {
        if (r->ok) {
            st = VoiceState{};
            ImGui::SetScrollY(0);  // the open poll's desk is at the top
        }
        st.openTicket = 0;
    }
    attendanceLine(c, st);
    const Poll* open = openPoll(s);
    const Poll* last = nullptr;
    for (const auto& poll : s.polls)  // statements and the evaluation have their own card (AgreePanel)
        if (!poll.closed.empty() && poll.kind != PollKind::Statement && !poll.evaluation && (!last || poll.closed >= last->closed)) last = &poll;
    if (!open && last && last->id != st.justClosed) pollResult(c, *last);
    if (st.writing) pollEditor(c, st);
    else if (!open && flowButton(tr("voice.new_poll"), Tone::Secondary, "poll-new")) st.writing = true;
}

}  // namespace wk::ui
