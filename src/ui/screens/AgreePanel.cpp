#include "ui/screens/AgreePanel.h"

#include <algorithm>

#include "domain/Agreement.h"
#include "domain/Lookup.h"
#include "domain/Polls.h"
#include "domain/Text.h"
#include "io/I18n.h"
#include "ui/I18n.h"
#include "ui/room/Room.h"
#include "ui/widgets/Touch.h"

namespace wk::ui {

namespace {

bool answered(const AgreeState& st, const std::string& id) {
    return std::find(st.answeredHere.begin(), st.answeredHere.end(), id) != st.answeredHere.end();
}

// One question of a round: a statement's three answers, a scale's five, or an open question.
void roundQuestion(ScreenContext& c, AgreeState& st, const Poll& q, bool evaluation, std::size_t at, std::size_t of, bool last) {
    const Palette& p = palette();
    cardBegin("agree-round", 0, p.accent);
    text(io::fillIn(io::fillIn(tr(evaluation ? "agree.evaluation_step" : "agree.statement_step"), std::to_string(at)), std::to_string(of)), p.muted);
    textIn(c.fonts.large, q.question);
    const auto answer = [&](std::vector<long long> values, std::string typed = {}) {
        c.out.push_back(AnswerHere{q.id, std::move(values), std::move(typed), !last});
        if (last) st.answeredHere.clear();
        else st.answeredHere.push_back(q.id);
        st.text.clear();
    };
    // Large answers side by side, for a finger and for eyes at the back of the queue.
    const auto big = [&](const std::string& label, const std::string& id) {
        const float w = std::max(em() * 8, ImGui::CalcTextSize(label.c_str()).x + em() * 2);
        if (fitsOnLine(w + em() * 0.5f)) ImGui::SameLine(0, em() * 0.5f);
        return button(label, {w, em() * 3}, Tone::Secondary, id);
    };
    switch (q.kind) {
        case PollKind::Statement:
            text(tr("agree.statement_hint"), p.muted);
            ImGui::Dummy({0, 0});
            for (long long v = 0; v < kStatementAnswers; ++v) {
                static const char* keys[] = {"agree.eens", "agree.oneens", "agree.weet_niet"};
                if (big(tr(keys[v]), "statement-" + std::to_string(v))) answer({v});
            }
            break;
        case PollKind::Scale:
            text(tr("voice.poll_scale"), p.muted);
            ImGui::Dummy({0, 0});
            for (int v = 1; v <= kScalePoints; ++v) {
                const std::string& words = q.options[static_cast<std::size_t>(v - 1)];
                if (big(std::to_string(v) + (words.empty() ? "" : " " + words), "scale-" + std::to_string(v))) answer({v});
            }
            break;
        case PollKind::Open:
        case PollKind::Word:
            textField("agree-text", &st.text, q.kind == PollKind::Open ? em() * 3.5f : 0);
            ImGui::BeginDisabled(isBlank(st.text));
            if (flowButton(tr("voice.done"), Tone::Accent, "agree-send")) answer({}, st.text);
            ImGui::EndDisabled();
            if (flowButton(tr("agree.skip"), Tone::Secondary, "agree-skip")) {
                if (last) {
                    c.out.push_back(EndVisitHere{});
                    st.answeredHere.clear();
                } else {
                    st.answeredHere.push_back(q.id);
                }
                st.text.clear();
            }
            break;
        default: break;
    }
    ImGui::Dummy({0, em() * 0.6f});  // away from the answers: not tapped for one
    if (at > 1 && flowButton(tr("agree.stop"), Tone::Secondary, "agree-stop")) {
        c.out.push_back(EndVisitHere{});
        st.answeredHere.clear();
    }
    cardEnd();
}

std::string countLine(const StatementCount& n) {
    return io::fillIn(io::fillIn(io::fillIn(tr("room.statement_counts"), std::to_string(n.eens)), std::to_string(n.oneens)),
                      std::to_string(n.weetNiet)) +
           (n.decided() > 0 ? "  ·  " + trf("agree.percent_eens", std::to_string(n.eensPercent())) : "");
}

void statementsCard(ScreenContext& c, AgreeState& st) {
    const Palette& p = palette();
    const Session& s = c.session;
    if (const Receipt* r = c.receiptOf(st.ticket)) {
        if (r->ok) st.statement.clear(), st.writing = false;
        st.ticket = 0;
    }
    cardBegin("statements");
    textIn(c.fonts.large, tr("agree.statements"));
    const auto results = statementResults(s, false);
    bool anyOpen = false;
    for (const auto& r : results) {
        const Poll& q = *r.poll;
        if (!isOpen(q)) continue;
        anyOpen = true;
        textIn(c.fonts.bold, q.question);
        text(countLine(r.count) + "  ·  " + verdictWord(r.verdict), r.verdict == Verdict::Divided ? p.warn : p.muted);
        if (flowButton(tr("agree.close_statement"), Tone::Secondary, "statement-close-" + q.id)) c.send(ClosePoll{q.id});
    }
    ImGui::Dummy({0, em() * 0.6f});  // apart from the last statement's own button: one mis-tap must not close all
    if (anyOpen && flowButton(tr("agree.close_all"), Tone::Secondary, "statements-close"))
        for (const auto& r : results)
            if (isOpen(*r.poll)) c.send(ClosePoll{r.poll->id});
    // Closed ones: where the room stood, for the chair to sum up.
    for (const auto& r : results)
        if (!isOpen(*r.poll)) text(r.poll->question + "  —  " + verdictWord(r.verdict) + "  (" + countLine(r.count) + ")", p.muted);
    // Residents' proposals wait here: put up, or not.
    for (const auto& q : s.polls) {
        if (q.kind != PollKind::Statement || !isProposed(q)) continue;
        text(trf("agree.proposed", q.question), p.primary);
        if (flowButton(tr("agree.put_up_proposal"), Tone::Accent, "statement-up-" + q.id)) c.send(PutUpStatement{q.id, true});
        if (flowButton(tr("agree.turn_down"), Tone::Secondary, "statement-down-" + q.id)) c.send(PutUpStatement{q.id, false});
    }
    ImGui::Dummy({0, em() * 0.3f});  // "Stelling maken" on a line of its own, not after a statement
    if (st.writing) {
        text(tr("agree.new_statement_hint"), p.muted);
        textField("statement-text", &st.statement);
        if (flowButton(tr("agree.put_up"), Tone::Accent, "statement-open"))
            st.ticket = c.send(OpenPoll{PollFields{st.statement, PollKind::Statement, {}, 0, 0, Visibility::Public, true}});
        if (flowButton(tr("ideas.cancel"), Tone::Secondary, "statement-cancel")) st.writing = false;
    } else if (flowButton(tr("agree.new_statement"), Tone::Secondary, "statement-new")) {
        st.writing = true;
    }
    cardEnd();
}

void evaluationCard(ScreenContext& c) {
    const Palette& p = palette();
    const Session& s = c.session;
    cardBegin("evaluation");
    textIn(c.fonts.large, tr("agree.evaluation"));
    const auto open = openEvaluation(s);
    if (!open.empty()) {
        long long most = 0;
        for (const Poll* q : open) most = std::max(most, q->phoneAnswers + q->kioskAnswers);
        text(trn("agree.evaluation_answered", most), p.primary);
        if (flowButton(tr("agree.evaluation_close"), Tone::Primary, "evaluation-close")) c.send(CloseEvaluation{});
    } else {
        bool held = false;
        for (const auto& q : s.polls)
            if (q.evaluation && !q.closed.empty()) {
                held = true;
                // Averages for the chair; the internal minutes keep them (never the room).
                if (q.kind == PollKind::Scale && !c.publicPhase) {
                    text(q.question + "  " + formatTenths(scaleMean(resultOf(s, q)), c.config.language == "en" ? '.' : ','), p.muted);
                }
            }
        if (held) text(tr("agree.evaluation_done"), p.muted);
        const MeetingDefaults* d = c.config.policy.meeting(s.info.type);
        if (d && flowButton(tr(held ? "agree.evaluation_again" : "agree.evaluation_start"), Tone::Secondary, "evaluation-start"))
            c.send(OpenEvaluation{d->evaluation, d->evaluationQuestion,
                                  {tr("agree.scale_1"), "", tr("agree.scale_3"), "", tr("agree.scale_5")}});
    }
    cardEnd();
}

// One-word answers waiting to be let in, and the cloud's words to take off (or put back).
void wordsCard(ScreenContext& c, AgreeState& st) {
    const Palette& p = palette();
    const Session& s = c.session;
    cardBegin("words");
    textIn(c.fonts.large, tr("agree.words"));
    for (const auto& a : s.answers) {
        if (!a.pending) continue;
        text(trf("agree.word_waits", a.text), p.primary);
        const std::string id = a.poll + "-" + a.who.substr(0, 8);
        if (flowButton(tr("agree.word_admit"), Tone::Accent, "word-admit-" + id)) c.send(ModerateWord{a.poll, a.who, true});
        if (flowButton(tr("agree.word_leave_out"), Tone::Secondary, "word-out-" + id)) c.send(ModerateWord{a.poll, a.who, false});
    }
    if (!c.words) {
        cardEnd();
        return;
    }
    if (!st.cloudOpen) {
        if (flowButton(tr("agree.cloud_words"), Tone::Secondary, "cloud-open")) st.cloudOpen = true;
    } else {
        text(tr("agree.cloud_hint"), p.muted);
        const Poll* wordPoll = nullptr;
        for (const auto& q : s.polls)
            if (q.kind == PollKind::Word && !q.opened.empty()) wordPoll = &q;
        const auto cloud = wordPoll ? c.words->pollCloud(s, *wordPoll, 24) : c.words->ideaCloud(s, c.publicPhase, 24);
        for (const auto& w : cloud)
            if (flowButton("✕ " + w.written + " (" + std::to_string(w.count) + ")", Tone::Secondary, "cloud-hide-" + w.stem))
                c.send(HideWord{w.stem, true});
        for (const auto& h : s.info.hiddenWords)
            if (flowButton(trf("agree.word_back", h), Tone::Secondary, "cloud-show-" + h)) c.send(HideWord{h, false});
        if (flowButton(tr("agree.cloud_done"), Tone::Secondary, "cloud-close")) st.cloudOpen = false;
    }
    cardEnd();
}

}  // namespace

bool drawAgreeRound(ScreenContext& c, AgreeState& st) {
    auto round = openEvaluation(c.session);
    const bool evaluation = !round.empty();
    if (!evaluation) round = openStatements(c.session);
    if (round.empty()) return false;
    std::vector<const Poll*> left;
    for (const Poll* q : round)
        if (!answered(st, q->id)) left.push_back(q);
    if (left.empty()) {  // every one answered by this visit: a new round waits for the next person
        st.answeredHere.clear();
        left = round;
    }
    const std::size_t at = round.size() - left.size() + 1;
    roundQuestion(c, st, *left.front(), evaluation, at, round.size(), left.size() == 1);
    return true;
}

void drawAgreeDesk(ScreenContext& c, AgreeState& st) {
    statementsCard(c, st);
    evaluationCard(c);
    wordsCard(c, st);
}

}  // namespace wk::ui
