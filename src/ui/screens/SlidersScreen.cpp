// The five-slider positioning (Platform31): each participant places now and desired on every
// slider and says why; the comparison shows where the room's pictures differ.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "domain/Change.h"
#include "domain/Agreement.h"
#include "domain/Rules.h"
#include "ui/I18n.h"
#include "ui/screens/SlidersScreen.h"
#include "ui/widgets/Touch.h"
#include "ui/widgets/TouchSlider.h"

namespace wk::ui {
namespace {

// A participant as the room may see them: by name, or as "Deelnemer 3".
std::string who(const ScreenContext& c, const std::string& id, bool anonymous) {
    for (std::size_t i = 0; i < c.session.participants.size(); ++i) {
        const Participant& p = c.session.participants[i];
        if (p.id != id) continue;
        if (anonymous || p.name.empty()) return trf("sliders.participant_n", std::to_string(i + 1));
        return p.name;
    }
    return id;
}


// What the two ends mean, under the sliders' ends: "0: ..." at the left end, "100: ..." ending at
// the right end, beside it when both fit, else on the next line (wrapped when even that is short).
void sliderEnds(const Slider& sl, float left, float right, ImU32 colour) {
    if (sl.top.empty()) return;
    const std::string zero = tr("sliders.zero"), hundred = trf("sliders.hundred", sl.top);
    const float zeroW = ImGui::CalcTextSize(zero.c_str()).x, hundredW = ImGui::CalcTextSize(hundred.c_str()).x;
    // Positions as SameLine counts them, as the sliders were placed (a card indents its content).
    const auto at = [](float x) { ImGui::Dummy({0, 0}); ImGui::SameLine(x); };
    at(left);
    text(zero, colour, -1);
    if (zeroW + hundredW + em() * 2 < right - left) {
        ImGui::SameLine(right - hundredW);
        text(hundred, colour, -1);
    } else if (hundredW < right - left) {
        at(right - hundredW);
        text(hundred, colour, -1);
    } else {
        at(left);
        text(hundred, colour, right - left);
    }
}

void statsLine(const SliderStats& st, const SliderStats* before, bool most = false, bool split = false) {
    std::vector<std::string> parts;
    if (st.medianNow) parts.push_back(std::string(tr("sliders.now")) + ": " + sliderWords(st.medianNow, st.spreadNow));
    if (st.medianDesired) parts.push_back(std::string(tr("sliders.desired")) + ": " + sliderWords(st.medianDesired, st.spreadDesired));
    if (st.skipped) parts.push_back(trf("sliders.skipped", std::to_string(st.skipped)));
    std::string line;
    for (const auto& part : parts) line += (line.empty() ? "" : "   ·   ") + part;
    // One line where it fits; else now, desired and skipped each on a line of their own.
    if (ImGui::CalcTextSize(line.c_str()).x <= ImGui::GetContentRegionAvail().x) {
        if (!line.empty()) text(line, 0, -1);
    } else {
        for (const auto& part : parts) text(part);
    }
    if (split) {  // two camps: said in words, before "most different"
        const char* label = tr("sliders.split");
        if (fitsOnLine(ImGui::CalcTextSize(label).x + em())) ImGui::SameLine(0, em());
        chip(label, palette().bad, palette().onPrimary);
    } else if (most) {  // on the same line, where the eye already is
        const char* label = tr("sliders.most_different");
        if (fitsOnLine(ImGui::CalcTextSize(label).x + em())) ImGui::SameLine(0, em());
        chip(label, palette().warn, palette().onPrimary);
    }
    if (before && (before->medianNow || before->medianDesired)) {
        std::string b = tr("sliders.last_time");
        if (before->medianNow) b += std::string(" ") + tr("sliders.now") + " " + decimal(*before->medianNow);
        if (before->medianDesired) b += std::string(", ") + tr("sliders.desired") + " " + decimal(*before->medianDesired);
        text(b, palette().muted);
    }
}

// The comparison track of one slider: every placement, medians, the way the room wants to go.
void compareTrack(ScreenContext& c, SlidersState& st, const Slider& sl, const SliderStats& stats, const SliderStats* before) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x - em();
    const float h = em() * 2.1f;
    const float mid = o.y + h * 0.55f;
    const float x0 = o.x + em() * 0.5f;
    const auto at = [&](double v) { return x0 + static_cast<float>(v / 100.0) * w; };
    ImGui::InvisibleButton(("##track" + sl.key).c_str(), {w + em(), h});
    const bool tapped = ImGui::IsItemClicked();
    traceAdd(std::string(tr("sliders.comparison")) + ": " + sl.label, {x0, o.y}, {x0 + w, o.y + h}, true);
    dl->AddRectFilled({x0, mid - em() * 0.18f}, {x0 + w, mid + em() * 0.18f}, p.cardBorder, em() * 0.2f);
    for (int t = 0; t <= 100; t += 25) dl->AddLine({at(t), mid - em() * 0.45f}, {at(t), mid + em() * 0.45f}, p.cardBorder, 2);
    if (before) {  // last time's medians as small grey ticks
        if (before->medianNow) dl->AddCircle({at(*before->medianNow), mid}, em() * 0.22f, p.muted, 0, 2);
        if (before->medianDesired) dl->AddCircleFilled({at(*before->medianDesired), mid}, em() * 0.22f, p.muted);
    }
    const float r = em() * 0.38f;
    float best = em() * 0.9f;
    const Placement* hit = nullptr;
    const float mx = ImGui::GetIO().MousePos.x;
    for (const auto& pl : c.session.placements) {
        if (pl.slider != sl.key) continue;
        const bool selected = st.selSlider == sl.key && st.selParticipant == pl.participant;
        // The ring of now over the dot of desired, so "no change" still shows both.
        if (pl.desired) dl->AddCircleFilled({at(*pl.desired), mid}, selected ? r * 1.4f : r, p.accent);
        if (pl.now) dl->AddCircle({at(*pl.now), mid}, (selected ? r * 1.4f : r) + 1.5f, p.primary, 0, selected ? 5.0f : 3.0f);
        for (const auto& v : {pl.now, pl.desired})
            if (v && tapped && std::fabs(at(*v) - mx) < best) {
                best = std::fabs(at(*v) - mx);
                hit = &pl;
            }
    }
    if (tapped) {
        st.selSlider = hit ? sl.key : "";
        st.selParticipant = hit ? hit->participant : "";
    }
    if (medianShifts(stats)) {
        const float a = at(*stats.medianNow), b = at(*stats.medianDesired), y = o.y + em() * 0.15f;
        const float dir = b > a ? 1.0f : -1.0f;
        dl->AddLine({a, y}, {b - dir * em() * 0.4f, y}, p.text, 3);
        dl->AddTriangleFilled({b, y}, {b - dir * em() * 0.5f, y - em() * 0.3f}, {b - dir * em() * 0.5f, y + em() * 0.3f}, p.text);
    }
    if (stats.medianNow) dl->AddLine({at(*stats.medianNow), o.y + em() * 0.35f}, {at(*stats.medianNow), o.y + h}, p.primary, 4);
    if (stats.medianDesired) dl->AddLine({at(*stats.medianDesired), o.y + em() * 0.35f}, {at(*stats.medianDesired), o.y + h}, p.accent, 4);
}

void placementSummary(const ScreenContext& c, const Placement& pl, bool anonymous) {
    std::string line = who(c, pl.participant, anonymous) + ":  ";
    line += std::string(tr("sliders.now")) + " " + (pl.now ? std::to_string(*pl.now) : std::string("–"));
    line += ",  " + std::string(tr("sliders.desired")) + " " + (pl.desired ? std::to_string(*pl.desired) : std::string("–"));
    textIn(c.fonts.bold, line);
    text(pl.reason.empty() ? tr("sliders.no_reason") : pl.reason, pl.reason.empty() ? palette().muted : 0);
}

void compare(ScreenContext& c, SlidersState& st) {
    const Session& s = c.session;
    const Palette& p = palette();
    const bool anonymous = st.anonymous || c.publicPhase;
    const bool hidden = c.session.info.settings.blind;
    std::optional<SessionInfo> prev;
    if (st.compareLast && c.previous) prev = c.previous->info;
    const auto ranked = slidersByDisagreement(s);
    const auto split = splitSliders(s);
    for (std::size_t k = 0; k < ranked.size(); ++k) {
        const Slider* sl = find<Slider>(s, ranked[k]);
        if (!sl) continue;
        const SliderStats stats = sliderStats(s, sl->key);
        std::optional<SliderStats> before;
        if (prev) before = sliderStats(*c.previous, sl->key);
        // A row per slider, its name beside the track: all five on one screen at 1920x1080.
        cardBegin(sl->key);
        const float labelW = std::min(em() * 12, ImGui::GetContentRegionAvail().x * 0.3f);
        ImGui::BeginGroup();
        textIn(c.fonts.bold, sl->label, 0, labelW);
        ImGui::EndGroup();
        ImGui::SameLine(labelW + em() * 1.4f);
        ImGui::BeginGroup();
        if (hidden) {
            // Blind: the room sees that people placed, not where, until "Toon iedereen".
            int placed = 0;
            for (const auto& pl : s.placements) placed += pl.slider == sl->key;
            text(trf("sliders.hidden", std::to_string(placed)), p.muted);
            ImGui::EndGroup();
            cardEnd();
            continue;
        }
        compareTrack(c, st, *sl, stats, before ? &*before : nullptr);
        statsLine(stats, before ? &*before : nullptr, k == 0 && stats.spreadNow > 0,
                  std::find(split.begin(), split.end(), sl->key) != split.end());
        ImGui::EndGroup();
        if (st.selSlider == sl->key)
            if (const Placement* pl = find<Placement>(s, st.selParticipant + '\x1f' + sl->key)) placementSummary(c, *pl, anonymous);
        if (st.differences) {
            const Outermost o = outermostNow(s, sl->key);
            if (o.low && o.high && o.low != o.high && *o.low->now != *o.high->now) {
                const float half = (ImGui::GetContentRegionAvail().x - em() * 1.4f - em() * 0.6f) * 0.5f;
                cardBegin("low" + sl->key, half);
                text(tr("sliders.lowest"), p.muted);
                placementSummary(c, *o.low, anonymous);
                cardEnd();
                ImGui::SameLine(0, em() * 0.6f);
                cardBegin("high" + sl->key, half);
                text(tr("sliders.highest"), p.muted);
                placementSummary(c, *o.high, anonymous);
                cardEnd();
            }
        }
        cardEnd();
    }
}

void place(ScreenContext& c, SlidersState& st) {
    const Session& s = c.session;
    const Palette& p = palette();
    text(tr("sliders.who_places"), p.muted);
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    for (std::size_t i = 0; i < s.participants.size(); ++i) {
        // A resident places for a resident only: never for the wethouder.
        if (!c.facilitator() && !isResidentRole(s.participants[i].role)) continue;
        const std::string label = who(c, s.participants[i].id, false);
        const float w = ImGui::CalcTextSize(label.c_str()).x + em() * 1.6f;
        if (i && ImGui::GetItemRectMax().x + w + em() < right) ImGui::SameLine();
        if (button(label, {w, 0}, st.participant == s.participants[i].id ? Tone::Selected : Tone::Secondary, "who" + s.participants[i].id))
            st.participant = s.participants[i].id;
    }
    if (s.participants.empty()) text(tr("home.no_participants"), p.muted);
    if (st.participant.empty() || !find<Participant>(s, st.participant)) return;

    for (const auto& sl : s.sliders) {
        const Placement* mine = find<Placement>(s, st.participant + '\x1f' + sl.key);
        Placement next = mine ? *mine : Placement{st.participant, sl.key, {}, {}, "", 0, ""};
        cardBegin("place" + sl.key);
        textIn(c.fonts.large, sl.label, 0, -1);
        // Whose markers these are, on every slider: in view however far down they scroll.
        ImGui::SameLine(0, em());
        chip(who(c, st.participant, false), p.primary, p.onPrimary);
        const float w = ImGui::GetContentRegionAvail().x - em() * 1.4f;
        const float labelW = em() * 6;
        bool placed = false;
        text(std::string("○ ") + tr("sliders.now"), p.primary, -1);
        ImGui::SameLine(labelW);
        if (auto v = touchSlider(std::string(tr("sliders.now")) + ": " + sl.label, next.now, p.primary, false, w - labelW)) {
            next.now = v;
            placed = true;
        }
        text(std::string("● ") + tr("sliders.desired"), p.accent, -1);
        ImGui::SameLine(labelW);
        if (auto v = touchSlider(std::string(tr("sliders.desired")) + ": " + sl.label, next.desired, p.accent, true, w - labelW)) {
            next.desired = v;
            placed = true;
        }
        sliderEnds(sl, labelW + em() * 0.8f, w - em() * 0.8f, p.text);  // where the tracks run (TouchSlider insets 0.8 em)
        if (placed) c.send(PlaceSlider{st.participant, sl.key, next.now, next.desired});
        // The reason is saved when the field is left, as one edit, not one per letter.
        const bool typing = st.reasonKey == sl.key;
        std::string draft = typing ? st.reasonDraft : next.reason;
        text(tr("sliders.why"), p.muted);
        textField(std::string(tr("sliders.why")) + " " + sl.label, &draft);
        if (ImGui::IsItemActivated()) {
            st.reasonKey = sl.key;
            st.reasonDraft = next.reason;
        } else if (typing) {
            st.reasonDraft = draft;
        }
        if (ImGui::IsItemDeactivatedAfterEdit() && typing) {
            c.send(GiveReason{st.participant, sl.key, st.reasonDraft});
            st.reasonKey.clear();
        }
        // Skipping works at once, also on a slider nobody touched yet: it is then shown as skipped.
        if (button(tr("sliders.skip"), {0, em() * 2}, Tone::Secondary, "skip" + sl.key) && (next.now || next.desired || !mine)) {
            c.send(SkipSlider{st.participant, sl.key});
            next.now.reset();
            next.desired.reset();
        }
        if (!next.now && !next.desired && mine) {
            ImGui::SameLine();
            chip(tr("sliders.skipped_mark"), p.muted, p.onPrimary);
        }
        cardEnd();
        ImGui::Dummy({0, em() * 0.3f});
    }
}

}  // namespace

void drawSlidersScreen(ScreenContext& c, SlidersState& st) {
    const Palette& p = palette();
    textIn(c.fonts.title, tr("sliders.title"), 0, -1);
    const MeetingSettings& settings = c.session.info.settings;
    const bool mayPlace = c.facilitator() || settings.residentsPlace;
    if (!mayPlace) st.placing = false;
    if (!st.placing) {  // the legend on the title's line
        ImGui::SameLine(0, em() * 1.5f);
        chip(std::string("○ ") + tr("sliders.now"), p.card, p.primary);
        ImGui::SameLine();
        chip(std::string("● ") + tr("sliders.desired"), p.card, p.accent);
    }
    // The controls flow in as few rows as the screen allows, so the sliders get the room.
    bool first = true;
    const auto control = [&](const char* key, bool on, Tone tone = Tone::Secondary) {
        const char* label = tr(key);
        const float w = ImGui::CalcTextSize(label).x + em() * 1.6f;
        if (!first && fitsOnLine(w)) ImGui::SameLine();
        first = false;
        return button(label, {w, 0}, on ? Tone::Selected : tone, key);
    };
    if (mayPlace) {
        if (control("sliders.compare", !st.placing)) st.placing = false;
        if (control("sliders.place", st.placing)) st.placing = true;
    }
    if (c.facilitator()) {
        if (control("sliders.invite", settings.residentsPlace)) c.send(SetResidentPlacing{!settings.residentsPlace});
        if (control("sliders.blind", settings.blind)) c.send(SetBlind{!settings.blind});
        if (settings.blind && control("sliders.reveal", false, Tone::Accent)) c.send(SetBlind{false});
    }
    if (!st.placing) {
        if (control("sliders.differences", st.differences)) st.differences = !st.differences;
        if (c.facilitator() && control("sliders.anonymous", st.anonymous || c.publicPhase)) st.anonymous = !st.anonymous;
        if (c.previous && control("sliders.compare_last", st.compareLast)) st.compareLast = !st.compareLast;
        if (c.session.placements.empty()) text(tr("sliders.none"), p.muted);
        compare(c, st);
    } else {
        place(c, st);
    }
}

}  // namespace wk::ui
