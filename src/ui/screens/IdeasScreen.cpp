// The ideas wall: cards grouped by theme, readable from across the room, the newest lit up.
// Residents add ideas and support others; the facilitator answers them and marks them closed.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "domain/Change.h"
#include "domain/IdeaSearch.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "domain/WordCloud.h"
#include "ui/I18n.h"
#include "ui/screens/IdeasScreen.h"
#include "ui/widgets/Touch.h"
#include "ui/widgets/WijkMap.h"

namespace wk::ui {

ImU32 answerColour(const std::string& value) {
    const Palette& p = palette();
    return isNegativeAnswer(value) ? p.bad : isPositiveAnswer(value) ? p.ok : p.warn;
}

void answerDetails(const Response& r) {
    const Palette& p = palette();
    if (r.value.empty()) return;
    if (!r.motivation.empty()) text(truncateVisibly(r.motivation, 160), p.muted);
    if (!r.condition.empty()) text(std::string(tr("answer.condition")) + ": " + truncateVisibly(r.condition, 120), p.muted);
    if (!r.due.empty()) text(std::string(tr("answer.due")) + ": " + dateWords(r.due), p.muted);
}

namespace {

// More ideas than fit a screen: search, order, themes and look-alike groups are offered.
constexpr std::size_t kManyIdeas = 12;

bool passes(const ScreenContext& c, const Idea& i, const std::string& filter) {
    if (filter.empty()) return true;
    if (filter == "open") return i.response.value.empty();
    if (filter == "earlier") return false;  // only last time's ideas
    if (filter == "incomplete") return answerCheck(i.response, c.session.info.scheme).state == AnswerState::Incomplete;
    return i.response.value == filter;
}

void ideaCard(ScreenContext& c, IdeasState& st, const Idea& i, float width, bool newest, std::string_view idPrefix = {}) {
    const Palette& p = palette();
    cardBegin(std::string(idPrefix) + i.id, width, newest ? p.accent : 0);
    // Compact, so a screenful shows several: the lines of one card sit close together.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {em() * 0.4f, em() * 0.25f});
    text(i.theme.empty() ? tr("ideas.other_theme") : i.theme, p.primary);
    // Cards stay readable at a glance; very long text is cut visibly, never silently.
    textIn(c.fonts.bold, truncateVisibly(i.text, 400));
    std::string meta = trn("ideas.votes", i.votes);
    if (!i.author.empty()) meta += "  ·  " + i.author;
    if (!i.number.empty()) meta += "  ·  " + trf("earlier.number", i.number);  // as the letters and the minutes refer to it
    text(meta, p.muted);
    // The chips on one row: the answer (and whether it is complete), closed, newest.
    bool any = false;
    const auto chipHere = [&](const std::string& label, ImU32 fill, ImU32 ink) {
        if (any && fitsOnLine(ImGui::CalcTextSize(label.c_str()).x + em())) ImGui::SameLine();
        chip(label, fill, ink);
        any = true;
    };
    if (!i.response.value.empty()) {
        chipHere(tr("answer." + i.response.value), answerColour(i.response.value), p.onPrimary);
        if (answerCheck(i.response, c.session.info.scheme).state == AnswerState::Incomplete)
            chipHere(tr("answer.incomplete"), p.card, p.bad);
    }
    if (i.visibility == Visibility::Closed) chipHere(tr("badge.closed"), p.closed, p.onPrimary);
    if (newest) chipHere(tr("ideas.newest"), p.accent, p.text);
    answerDetails(i.response);
    // The link to the plan, the other way round from the action's list of ideas.
    for (const auto& a : c.session.actions)
        if (std::find(a.ideas.begin(), a.ideas.end(), i.id) != a.ideas.end())
            text(trf("ideas.in_plan", truncateVisibly(a.what, 60)), p.primary);
    ImGui::PopStyleVar();

    // Support: once per idea, and a few per visit for a resident.
    const bool already = std::find(st.supported.begin(), st.supported.end(), i.id) != st.supported.end();
    const bool spent = !c.facilitator() && c.config.policy.supportsLeft(static_cast<int>(st.supported.size())) == 0;
    ImGui::BeginDisabled(already || spent);
    if (button(already ? tr("ideas.supported") : tr("ideas.support"), {ImGui::CalcTextSize(tr("ideas.support")).x + em() * 1.6f, em() * 2.2f},
               Tone::Secondary, "support" + i.id)) {
        c.send(SupportIdea{i.id});
        st.supported.push_back(i.id);
    }
    ImGui::EndDisabled();
    // "Lees voor": the idea, its support and its answer, spoken.
    if (c.speech && flowButton(tr("speech.read"), Tone::Secondary, "read" + i.id)) c.out.push_back(ReadAloud{{service::ReadKind::Idea, i.id}});
    if (c.facilitator()) {
        const Idea* waiting = st.merging.empty() ? nullptr : find<Idea>(c.session, st.merging);
        if (waiting && canMerge(*waiting, i)) {
            // The duplicate waits for the idea it joins: votes add up, both texts are kept.
            if (flowButton(tr("ideas.merge_into"), Tone::Accent, "mergeinto" + i.id)) {
                c.send(MergeIdeas{st.merging, i.id, tr("ideas.merged_text"), tr("ideas.merged_reason")});
                st.merging.clear();
            }
        }
        if (flowButton(tr("ideas.answer"), Tone::Secondary, "answer" + i.id)) {
            st.answering = i.id;
            st.draft = i.response;
            st.showSaved = false;  // the answer panel stands at the top: bring it into view
            ImGui::SetScrollY(0);
        }
        if (st.more != i.id) {
            if (flowButton(tr("ideas.more"), Tone::Secondary, "more" + i.id)) st.more = i.id;
        } else {
            if (flowButton(tr("ideas.edit"), Tone::Secondary, "edit" + i.id)) {
                // In a public phase the shown idea has no name or contact: the editor leaves them be.
                st.editing = i.id;
                st.composing = true;
                st.text = i.text;
                st.theme = i.theme;
                st.name = i.author;
                st.contact = i.contact;
                st.consent = i.consent;
                st.pin = i.map;
                st.more.clear();
                ImGui::SetScrollY(0);
            }
            const bool closed = i.visibility == Visibility::Closed;
            // Marking closed in a public phase makes the card vanish at once: that is the point.
            if (flowButton(tr(closed ? "ideas.make_public" : "ideas.make_closed"), Tone::Secondary, "vis" + i.id)) {
                c.send(SetIdeaVisibility{i.id, closed ? Visibility::Public : Visibility::Closed});
                st.more.clear();
            }
            if (flowButton(tr("ideas.hide"), Tone::Secondary, "hide" + i.id)) {
                st.hiding = i.id;
                st.hideReason.clear();
                st.more.clear();
                ImGui::SetScrollY(0);
            }
            const bool planned = std::any_of(c.session.actions.begin(), c.session.actions.end(), [&](const Action& a) {
                return std::find(a.ideas.begin(), a.ideas.end(), i.id) != a.ideas.end();
            });
            if (!planned && flowButton(tr("ideas.to_plan"), Tone::Secondary, "plan" + i.id)) {
                // A new action that remembers the idea; the plan's SMART check shows what it still lacks.
                c.send(IdeaToAction{i.id});
                st.more.clear();
            }
            if (flowButton(tr("ideas.merge"), Tone::Secondary, "merge" + i.id)) {
                st.merging = i.id;
                st.more.clear();
            }
            // One idea alone on the room, while the hall talks about it.
            if (c.roomFocus && c.roomFocus->idea != i.id && flowButton(tr("ideas.to_room"), Tone::Secondary, "toroom" + i.id)) {
                *c.roomFocus = {i.id, ""};
                st.more.clear();
            }
        }
    }
    cardEnd();
}

// Closes the composer and forgets what was in it.
void clearDraft(IdeasState& st) {
    st.composing = false;
    st.saveOnTop = false;
    st.editing.clear();
    st.text.clear();
    st.theme.clear();
    st.name.clear();
    st.contact.clear();
    st.consent = false;
    st.pin.reset();
}

// "Lijkt op": ideas anyone may see with the same words as the one being typed, supporting one
// the easier choice (it ends the typing: the idea is there already).
void similarCard(ScreenContext& c, IdeasState& st) {
    if (!c.words || !st.editing.empty()) return;
    if (st.similarFor != st.text) {
        st.similarFor = st.text;
        st.similar.clear();
        for (const Idea* i : c.words->similar(c.session, st.text)) st.similar.push_back(i->id);
    }
    if (st.similar.empty()) return;
    const Palette& p = palette();
    cardBegin("similar", 0, p.accent);
    textIn(c.fonts.bold, tr("ideas.similar"), 0, -1);
    text(tr("ideas.similar_hint"), p.muted);
    for (const auto& id : st.similar) {
        const Idea* i = find<Idea>(c.session, id);
        if (!i || !seenByAll(*i)) continue;
        text(i->text);
        const bool already = std::find(st.supported.begin(), st.supported.end(), i->id) != st.supported.end();
        const bool spent = !c.facilitator() && c.config.policy.supportsLeft(static_cast<int>(st.supported.size())) == 0;
        if (!already && !spent && button(tr("ideas.similar_support"), {0, 0}, Tone::Primary, "similar-support-" + i->id)) {
            c.send(SupportIdea{i->id});
            st.supported.push_back(i->id);
            clearDraft(st);
            st.similar.clear();
            st.similarFor.clear();
            break;
        }
    }
    cardEnd();
}

void composer(ScreenContext& c, IdeasState& st) {
    const Palette& p = palette();
    // Editing in a public phase, the editor may not see the name and contact: it does not touch them.
    const bool editingUnseen = !st.editing.empty() && c.publicPhase;
    const auto save = [&] {
        st.showEmpty = isBlank(st.text);
        if (!st.showEmpty && !st.editing.empty()) {
            // A change keeps everything else (votes, answer, when it was made).
            std::optional<Author> author;
            if (!editingUnseen) author = Author{st.name, st.contact, st.consent};
            // The draft stays until the change is stored: a failed save loses nothing typed.
            st.pendingTicket = c.send(EditIdea{st.editing, st.text, st.theme, st.pin, author});
            st.pendingEdit = true;
        } else if (!st.showEmpty) {
            // Under moderation the domain holds a resident's idea for review.
            st.pendingTicket = c.send(SubmitIdea{st.text, st.theme, st.name, st.contact, st.consent, st.pin});
            st.pendingEdit = false;
        }
    };
    cardBegin("composer");
    textIn(c.fonts.large, tr(st.editing.empty() ? "ideas.your_idea" : "ideas.edit"), 0, -1);
    // Once the keyboard has been up it covers the bottom of the card: "Opslaan" stands by the
    // text from then on (it must not vanish under the finger that ends the typing).
    if (typing()) st.saveOnTop = true;
    if (st.saveOnTop) {
        ImGui::SameLine(0, em());
        if (button(tr("ideas.save"), {em() * 9, 0}, Tone::Primary, "save-top")) save();
    }
    if (st.focusText) {
        ImGui::SetKeyboardFocusHere();
        st.focusText = false;
    }
    textField(tr("ideas.your_idea"), &st.text, em() * 4.5f);
    if (st.showEmpty) text(tr("msg.text_empty"), p.bad);  // right under the field it is about
    similarCard(c, st);
    if (!st.composing) {  // supported one that was there already: the composer is done
        cardEnd();
        return;
    }
    // As the limit nears, how much still fits: the same limit the phone keeps to.
    if (const int n = static_cast<int>(codepointCount(st.text)), limit = c.config.policy.limits.idea; n > limit * 9 / 10)
        text(n > limit       ? (n - limit == 1 ? std::string(tr("ideas.char_over")) : trf("ideas.chars_over", std::to_string(n - limit)))
             : limit == n     ? std::string(tr("ideas.chars_full"))
             : limit - n == 1 ? std::string(tr("ideas.char_left"))
                              : trf("ideas.chars_left", std::to_string(limit - n)),
             n > limit ? p.bad : p.muted);
    text(tr("ideas.theme"), p.muted);
    // Tapping the chosen theme again clears it.
    if (int k = chooser(c.config.policy.themes, st.theme, "theme"); k >= 0) {
        const std::string& theme = c.config.policy.themes[static_cast<std::size_t>(k)];
        st.theme = st.theme == theme ? "" : theme;
    }
    if (c.map) {
        text(tr("ideas.map_optional"), p.muted);
        std::vector<MapMark> marks;
        if (st.pin) marks.push_back({*st.pin, p.accent, true});
        const float w = std::min(ImGui::GetContentRegionAvail().x - em() * 1.4f, em() * 22);
        if (auto at = wijkMap(tr("ideas.map"), c.map, c.mapAspect, w, marks, &st.composerMap)) st.pin = at;
        if (st.pin && button(tr("ideas.remove_pin"), {0, em() * 2.2f}, Tone::Secondary)) st.pin.reset();
    }
    if (!editingUnseen) {
        text(tr("ideas.name_optional"), p.muted);
        textField(tr("ideas.name"), &st.name);
        text(tr("ideas.contact_optional"), p.muted);
        textField(tr("ideas.contact"), &st.contact);
    }
    if (editingUnseen) {
        // A public phase shows no names: who brought the idea in stays as it is.
        text(tr("ideas.author_kept"), p.muted);
    } else if (!isBlank(st.name) || !isBlank(st.contact)) {
        // AVG: without this tick the name is not shown or exported publicly.
        if (button(std::string(st.consent ? "✓ " : "☐ ") + tr("ideas.consent"), {0, 0}, st.consent ? Tone::Selected : Tone::Secondary, "consent"))
            st.consent = !st.consent;
    }
    ImGui::Dummy({0, em() * 0.3f});
    if (button(tr("ideas.save"), {em() * 9, 0})) save();
    ImGui::SameLine();
    if (button(tr("ideas.cancel"), {em() * 9, 0}, Tone::Secondary)) clearDraft(st);  // the next visitor starts empty
    cardEnd();
}

void filters(const ScreenContext& c, IdeasState& st) {
    std::vector<std::string> keys = {"", "open"};
    for (auto v : responseValues(c.session.info.scheme)) keys.emplace_back(v);
    keys.emplace_back("incomplete");
    if (!c.session.earlier.empty()) keys.emplace_back("earlier");
    std::vector<std::string> labels;
    for (const auto& k : keys)
        labels.push_back(k.empty() ? tr("ideas.filter_all") : k == "open" ? tr("ideas.filter_open") : k == "incomplete" ? tr("ideas.filter_incomplete")
                         : k == "earlier" ? tr("earlier.mark") : tr("answer." + k));
    const auto at = std::find(keys.begin(), keys.end(), st.filter);
    if (int k = chooser(labels, labels[static_cast<std::size_t>(at - keys.begin())], "filter"); k >= 0) st.filter = keys[static_cast<std::size_t>(k)];
}

// Search, order and theme: once the wall is longer than a screen, so one idea among many is
// found by a word of it.
void findRow(ScreenContext& c, IdeasState& st) {
    if (c.session.ideas.size() <= kManyIdeas && st.search.empty() && st.findTheme.empty() && st.sort == IdeaOrder::Theme) return;
    text(tr("ideas.search"), palette().muted);
    textField(tr("ideas.search"), &st.search, 0, std::min(ImGui::GetContentRegionAvail().x - em() * 1.4f, em() * 18));
    if (!st.search.empty()) {
        ImGui::SameLine();
        if (button(tr("ideas.search_clear"), {0, 0}, Tone::Secondary, "search-clear")) st.search.clear();
    }
    const IdeaOrder orders[] = {IdeaOrder::Theme, IdeaOrder::Newest, IdeaOrder::Support, IdeaOrder::Unanswered};
    const char* orderKeys[] = {"ideas.order_theme", "ideas.order_newest", "ideas.order_support", "ideas.order_open"};
    std::vector<std::string> labels;
    for (const char* k : orderKeys) labels.emplace_back(tr(k));
    if (int k = chooser(labels, labels[static_cast<std::size_t>(st.sort)], "order", true); k >= 0) st.sort = orders[static_cast<std::size_t>(k)];
    if (c.config.policy.themes.empty()) return;
    std::vector<std::string> themes{tr("ideas.theme_all")};
    for (const auto& t : c.config.policy.themes) themes.push_back(t);
    if (int k = chooser(themes, st.findTheme.empty() ? themes[0] : st.findTheme, "theme-filter"); k >= 0) st.findTheme = k == 0 ? "" : themes[static_cast<std::size_t>(k)];
    // The chosen theme on the room too: its ideas only, while the hall talks it through.
    if (c.facilitator() && c.roomFocus && !st.findTheme.empty() && c.roomFocus->theme != st.findTheme &&
        flowButton(tr("ideas.theme_to_room"), Tone::Secondary, "theme-to-room"))
        *c.roomFocus = {"", st.findTheme};
}

// What the facilitator put on the room, and the way back to every idea there.
void roomFocusLine(const ScreenContext& c) {
    if (!c.facilitator() || !c.roomFocus || (c.roomFocus->idea.empty() && c.roomFocus->theme.empty())) return;
    const Idea* i = c.roomFocus->idea.empty() ? nullptr : find<Idea>(c.session, c.roomFocus->idea);
    const std::string what = i ? trf("ideas.on_room_idea", truncateVisibly(cleanLine(i->text), 60)) : trf("ideas.on_room_theme", c.roomFocus->theme);
    chip(what, palette().accent, palette().text);
    ImGui::SameLine(0, em() * 0.5f);
    if (button(tr("ideas.room_all"), {0, 0}, Tone::Secondary, "room-all")) *c.roomFocus = {};
}

void hidePanel(ScreenContext& c, IdeasState& st) {
    const Palette& p = palette();
    const Idea* idea = find<Idea>(c.session, st.hiding);
    if (!idea) {
        st.hiding.clear();
        return;
    }
    cardBegin("hide", 0, p.bad);
    textIn(c.fonts.large, tr("ideas.hide_title"));
    text(truncateVisibly(idea->text, 300), p.muted);
    const std::vector<std::string> reasons = {tr("ideas.reason_personal"), tr("ideas.reason_offensive"), tr("ideas.reason_not_wijk")};
    if (int k = chooser(reasons, st.hideReason, "reason"); k >= 0) st.hideReason = reasons[static_cast<std::size_t>(k)];
    textField(tr("ideas.hide_reason"), &st.hideReason);
    ImGui::BeginDisabled(isBlank(st.hideReason));
    if (button(tr("ideas.hide_confirm"), {0, 0}, Tone::Danger)) {
        c.send(HideIdea{st.hiding, st.hideReason});
        st.hiding.clear();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button(tr("ideas.cancel"), {em() * 9, 0}, Tone::Secondary)) st.hiding.clear();
    cardEnd();
}

// The ideas waiting for the facilitator and those hidden, found again only when an edit changed
// whether one waits or is hidden (not every frame, not for a support).
void gatherAside(const ScreenContext& c, IdeasState& st) {
    const Session& s = c.session;
    IdeasState::Aside& a = st.aside;
    if (a.revision == c.revision && a.ideas == s.ideas.data() && a.count == s.ideas.size()) return;
    bool follow = c.journal && a.ideas == s.ideas.data() && a.count == s.ideas.size();
    const auto changes = follow ? c.journal->ideasSince(a.revision) : std::nullopt;
    follow = follow && changes;
    for (std::size_t k = 0; follow && k < changes->size(); ++k) {
        const auto& ch = *(*changes)[k];
        const Idea* i = ch.after ? find<Idea>(s, ch.after->id) : nullptr;
        if (!ch.before || !ch.after || shownPublicly(*ch.before) != shownPublicly(*ch.after)) follow = false;
        else if (i && (i->pending != ch.before->pending || i->hidden != ch.before->hidden)) follow = false;
    }
    if (!follow) {
        a.waiting.clear();
        a.hidden.clear();
        for (const auto& i : s.ideas) {
            if (i.pending && !i.hidden) a.waiting.push_back(&i);
            if (i.hidden) a.hidden.push_back(&i);
        }
    }
    a.revision = c.revision;
    a.ideas = s.ideas.data();
    a.count = s.ideas.size();
}

// Controlled mode: residents' new ideas wait here until the facilitator admits or hides them.
void inbox(ScreenContext& c, IdeasState& st) {
    const Palette& p = palette();
    gatherAside(c, st);
    const std::vector<const Idea*> waiting = st.aside.waiting;  // a copy: admitting one changes the list
    if (waiting.empty()) return;
    textIn(c.fonts.large, trf("ideas.inbox", std::to_string(waiting.size())), p.warn);
    for (const Idea* i : waiting) {
        cardBegin("inbox" + i->id, std::min(ImGui::GetContentRegionAvail().x, em() * 30), p.warn);
        textIn(c.fonts.bold, truncateVisibly(i->text, 400));
        if (!i->theme.empty()) text(i->theme, p.muted);
        if (button(tr("ideas.admit"), {0, em() * 2.2f}, Tone::Primary, "admit" + i->id)) {
            c.send(ApproveIdea{i->id});
        }
        if (flowButton(tr("ideas.hide"), Tone::Secondary, "inboxhide" + i->id)) {
            st.hiding = i->id;
            st.hideReason.clear();
        }
        cardEnd();
    }
}

// Hidden ideas, for the facilitator only: each with its reason, and a way back.
void hiddenSection(ScreenContext& c, IdeasState& st) {
    const Palette& p = palette();
    gatherAside(c, st);
    const std::vector<const Idea*> hidden = st.aside.hidden;
    const std::size_t count = hidden.size();
    if (count == 0) return;
    ImGui::Dummy({0, em() * 0.5f});
    if (button(trf("ideas.hidden_section", std::to_string(count)), {0, 0}, st.showHidden ? Tone::Selected : Tone::Secondary))
        st.showHidden = !st.showHidden;
    if (!st.showHidden) return;
    for (const Idea* hiddenIdea : hidden) {
        const Idea& i = *hiddenIdea;
        cardBegin("hidden" + i.id, std::min(ImGui::GetContentRegionAvail().x, em() * 30));
        text(truncateVisibly(i.text, 300), p.muted);
        text(trf("ideas.hidden_because", i.hiddenReason), p.bad);
        if (button(tr("ideas.unhide"), {0, em() * 2.2f}, Tone::Secondary, "unhide" + i.id)) {
            c.send(RestoreIdea{i.id});
        }
        cardEnd();
    }
}

// The wall as pins on the wijk's map; a tapped pin shows its idea below the map.
void drawMap(ScreenContext& c, IdeasState& st) {
    const Palette& p = palette();
    std::vector<const Idea*> placed;
    int unplaced = 0;
    for (const auto& i : c.session.ideas) {
        if (i.hidden || i.pending || !passes(c, i, st.filter)) continue;
        if (i.map) placed.push_back(&i);
        else ++unplaced;
    }
    std::vector<MapMark> marks;
    for (const Idea* i : placed) marks.push_back({*i->map, i->id == st.mapSelected ? p.accent : p.primary, i->id == st.mapSelected});
    text(trn("ideas.map_count", static_cast<long long>(placed.size())) + (unplaced ? "  ·  " + trf("ideas.map_unplaced", std::to_string(unplaced)) : ""), p.muted);
    const float maxH = ImGui::GetWindowHeight() * 0.6f;
    const float w = std::min(ImGui::GetContentRegionAvail().x - em() * 1.4f, maxH * c.mapAspect);
    const float h = w / c.mapAspect;
    if (auto at = wijkMap(tr("ideas.map"), c.map, c.mapAspect, w, marks, &st.wallMap)) {
        // The nearest pin head within a finger's width, measured on screen.
        float best = em() * 1.5f;
        st.mapSelected.clear();
        for (const Idea* i : placed) {
            const float zoom = st.wallMap.zoom;
            const float dx = static_cast<float>(i->map->x - at->x) * w * zoom, dy = static_cast<float>(i->map->y - at->y) * h * zoom + em() * 0.6f;
            if (const float d = std::sqrt(dx * dx + dy * dy); d < best) {
                best = d;
                st.mapSelected = i->id;
            }
        }
    }
    // Beside the map where there is room, else below it.
    const float cardW = em() * 22;
    if (ImGui::GetContentRegionAvail().x - w > cardW + em() * 2) ImGui::SameLine(0, em());
    if (const Idea* i = find<Idea>(c.session, st.mapSelected)) ideaCard(c, st, *i, std::min(ImGui::GetContentRegionAvail().x, cardW), false, "map");
    else if (!placed.empty()) text(tr("ideas.tap_pin"), p.muted, cardW);
}

// The wall's order after the edits since it was made, when they only changed ideas that stay
// where they are in the session (supported, answered, edited): each one out of the order and
// back in its place. False when the wall must be ordered again (an idea added or removed, a
// search typed, something else changed, a theme the config lacks).
bool followEdits(const ScreenContext& c, IdeasState& st, IdeasState::Wall& wall, const std::function<bool(const Idea&)>& passesWall) {
    const Session& s = c.session;
    if (!c.journal || !st.search.empty() || wall.unsearchable || wall.ideas != s.ideas.data() || wall.count != s.ideas.size()) return false;
    if (st.sort != IdeaOrder::Newest && st.sort != IdeaOrder::Support && !wall.configThemes) return false;
    const auto changes = c.journal->ideasSince(wall.revision);
    if (!changes) return false;
    for (const auto* ch : *changes) {
        if (!ch->before || !ch->after) return false;
        // Into or out of the public's view: that view was made anew, its ideas elsewhere.
        if (shownPublicly(*ch->before) != shownPublicly(*ch->after)) return false;
        const Idea* i = find<Idea>(s, ch->after->id);
        if (!i) continue;  // not in this view (closed, in a public phase): not on its wall either
        if (!knownTheme(*i, c.config.policy.themes)) wall.configThemes = false;
        const bool shown = !i->hidden && !i->pending;
        if (wall.newest == i && !shown) return false;  // the lit one went: find the newest again
        if (shown && (!wall.newest || newerThan(*i, *wall.newest))) wall.newest = i;
        if (!reorderIdea(wall.order, i, passesWall(*i), st.sort, c.config.policy.themes)) return false;
    }
    return true;
}

}  // namespace

void drawIdeasScreen(ScreenContext& c, IdeasState& st) {
    const Session& s = c.session;
    const Palette& p = palette();
    // Typed text is dropped only once the idea is safely stored; a failed save keeps it.
    if (const Receipt* r = c.receiptOf(st.pendingTicket)) {
        if (r->ok && st.pendingEdit) {
            clearDraft(st);
        } else if (r->ok) {
            clearDraft(st);
            st.savedId = r->createdId;
            st.showSaved = true;
            ImGui::SetScrollY(0);  // back to the top, where the thanks stand
        }
        st.pendingTicket = 0;
    }
    textIn(c.fonts.title, tr("ideas.title"), 0, -1);
    if (!st.composing) ImGui::SameLine(ImGui::GetContentRegionAvail().x - em() * 12);
    if (!st.composing && button(tr("ideas.add"), {em() * 12, 0}, Tone::Accent)) {
        st.composing = true;
        st.focusText = true;
        st.showSaved = st.showEmpty = false;
        st.savedId.clear();
    }
    if (st.composing) composer(c, st);
    if (st.showSaved) {
        // An idea waiting for review is not on the wall yet: say so, rather than show nothing.
        chip(tr(find<Idea>(s, st.savedId) || st.savedId.empty() ? "ideas.saved" : "ideas.saved_pending"), p.ok, p.onPrimary);
        // Its number, to refer to it later (issue 32).
        if (const Idea* mine = find<Idea>(s, st.savedId); mine && !mine->number.empty()) {
            ImGui::SameLine(0, em() * 0.6f);
            text(trf("ideas.number", mine->number), 0, -1);
        }
        // Their idea right under the thanks, wherever its theme puts it on the wall.
        if (const Idea* mine = find<Idea>(s, st.savedId)) ideaCard(c, st, *mine, std::min(ImGui::GetContentRegionAvail().x, em() * 26), true, "saved");
    }
    if (c.facilitator() && !st.answering.empty()) drawAnswerPanel(c, st);
    if (c.facilitator() && !st.hiding.empty()) hidePanel(c, st);
    if (c.facilitator() && !st.merging.empty()) {
        text(tr("ideas.merge_hint"), p.warn);
        if (button(tr("ideas.cancel"), {em() * 9, 0}, Tone::Secondary, "cancelmerge")) st.merging.clear();
    }
    roomFocusLine(c);
    filters(c, st);
    findRow(c, st);
    if (c.map) {  // on the filters' row where it fits: the wall gets the height
        const std::vector<std::string> views = {tr("ideas.by_theme"), tr("ideas.on_map")};
        if (int k = chooser(views, views[st.mapView ? 1 : 0], "view", true); k >= 0) {
            st.mapView = k == 1;
            st.showSaved = false;  // room for the map
        }
    }
    if (c.facilitator()) {  // on the same row as the views where it fits
        const bool moderated = s.info.settings.moderated;
        const std::string label = std::string(moderated ? "✓ " : "☐ ") + tr("ideas.controlled");
        const float w = ImGui::CalcTextSize(label.c_str()).x + em() * 1.6f;
        if (fitsOnLine(w + em())) ImGui::SameLine(0, em());
        if (button(label, {w, 0}, moderated ? Tone::Selected : Tone::Secondary, "controlled")) c.send(SetModeration{!moderated});
        // Ideas that say the same, to merge a group at once.
        if (c.words && s.ideas.size() > kManyIdeas) {
            const std::string lookalike = tr("ideas.groups_open");
            const float lw = ImGui::CalcTextSize(lookalike.c_str()).x + em() * 1.6f;
            if (fitsOnLine(lw + em())) ImGui::SameLine(0, em());
            if (button(lookalike, {lw, 0}, st.showGroups ? Tone::Selected : Tone::Secondary, "groups")) st.showGroups = !st.showGroups;
        }
        if (st.showGroups) drawIdeaGroups(c, st);
        inbox(c, st);
    }
    // Last time's ideas may stand below: then it is today's wall that is still empty.
    if (s.ideas.empty()) text(tr(s.earlier.empty() ? "ideas.empty" : "ideas.empty_today"), p.muted);
    if (c.map && st.mapView) {
        drawMap(c, st);
        return;
    }

    const float avail = ImGui::GetContentRegionAvail().x;
    // Cards wide enough for their buttons on one row: shorter cards, more of them on screen.
    const int cols = std::max(1, static_cast<int>(avail / (em() * 19)));
    const float gap = em() * 0.6f;
    const float w = (avail - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    if (w != st.cardWidth) {
        st.cardHeights.clear();
        st.heightAt.clear();
        st.cardWidth = w;
    }
    // The heights by the ideas' place in the session, for the walk down the rows each frame: an
    // array read per card, not a lookup by id (100,000 a frame at 100,000 ideas).
    if (st.heightsOf != s.ideas.data() || st.heightAt.size() != s.ideas.size()) {
        st.heightAt.assign(s.ideas.size(), 0.0f);
        if (!st.cardHeights.empty())
            for (std::size_t k = 0; k < s.ideas.size(); ++k)
                if (const auto it = st.cardHeights.find(s.ideas[k].id); it != st.cardHeights.end()) st.heightAt[k] = it->second;
        st.heightsOf = s.ideas.data();
    }
    // The wall's order, worked out again only when the session, the filter, the search or the
    // visitor's own card changes. The newest idea is lit, so a visitor finds theirs at once.
    const std::string shownAbove = st.showSaved ? st.savedId : std::string();
    IdeasState::Wall& wall = st.wall;
    const auto passesWall = [&](const Idea& i) {
        return !i.hidden && !i.pending && passes(c, i, st.filter) && i.id != shownAbove && (st.findTheme.empty() || i.theme == st.findTheme);
    };
    const bool sameWall = wall.filter == st.filter && wall.above == shownAbove && wall.session == &s && wall.search == st.search &&
                          wall.findTheme == st.findTheme && wall.sort == st.sort;
    // Only the revision moved: the ideas an edit touched move in the wall's order, the rest stay.
    if (sameWall && wall.revision != c.revision && followEdits(c, st, wall, passesWall)) {
        wall.revision = c.revision;
        ++st.wallVersion;
    }
    if (wall.revision != c.revision || !sameWall) {
        wall = {c.revision, st.filter, shownAbove, st.search, st.findTheme, st.sort, &s, {}, nullptr, false, s.ideas.data(), s.ideas.size(), true};
        ++st.wallVersion;
        for (const auto& i : s.ideas) {
            if (!i.hidden && !i.pending && (!wall.newest || newerThan(i, *wall.newest))) wall.newest = &i;
            if (wall.configThemes && !knownTheme(i, c.config.policy.themes)) wall.configThemes = false;
        }
        const std::vector<std::string> words = searchWords(st.search);
        wall.unsearchable = words.empty() && !st.search.empty();  // only spaces or symbols: nothing to look for
        if (!wall.unsearchable) {
            st.index.update(s, c.revision);
            wall.order = st.index.find(s, words, passesWall);
            orderIdeas(wall.order, st.sort, c.config.policy.themes);
        }
    }
    if (wall.unsearchable) text(tr("ideas.search_letters"), p.bad);
    else if (wall.order.empty() && !isBlank(st.search)) text(trf("ideas.search_none", trim(st.search)), p.muted);
    else if (!isBlank(st.search)) text(trn("ideas.search_found", static_cast<long long>(wall.order.size())), p.muted);
    // The cards flow row after row, each with its theme on it. Only the rows on screen are laid
    // out; the others are space of their measured height (or an estimate, until they were on
    // screen once): a wall of 50,000 ideas costs what one screenful costs.
    const std::size_t rows = (wall.order.size() + static_cast<std::size_t>(cols) - 1) / static_cast<std::size_t>(cols);
    const float estimate = em() * 9;
    const auto rowHeight = [&](std::size_t r, bool& known) {
        float h = 0;
        known = true;
        for (std::size_t k = r * static_cast<std::size_t>(cols); k < std::min(wall.order.size(), (r + 1) * static_cast<std::size_t>(cols)); ++k) {
            const float card = st.heightAt[static_cast<std::size_t>(wall.order[k] - s.ideas.data())];
            if (card <= 0) known = false;
            else h = std::max(h, card);
        }
        return known ? h : std::max(h, estimate);
    };
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    const bool traceAll = wall.order.size() <= 1000;  // scripts find a card far down; a city wall is not traced whole
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    // Where each row starts, summed once per change of the wall or of a card's height: the rows
    // above the screen are found by halving, not walked each frame.
    const IdeasState::Rows rowsKey{st.wallVersion, wall.order.size(), cols, spacing, w};
    if (!(st.rows == rowsKey) || st.rowTop.size() != rows + 1) {
        st.rows = rowsKey;
        st.rowTop.assign(rows + 1, 0.0f);
        for (std::size_t r = 0; r < rows; ++r) {
            bool known = false;
            st.rowTop[r + 1] = st.rowTop[r] + rowHeight(r, known) + spacing;
        }
    }
    const auto traceRow = [&](std::size_t r, float y, float h) {
        for (std::size_t k = r * static_cast<std::size_t>(cols); k < std::min(wall.order.size(), (r + 1) * static_cast<std::size_t>(cols)); ++k) {
            const ImVec2 min{ImGui::GetCursorScreenPos().x + static_cast<float>(k % static_cast<std::size_t>(cols)) * (w + gap), y};
            traceAdd(truncateVisibly(wall.order[k]->text, 400), min, {min.x + w, min.y + h}, false);
        }
    };
    const float start = ImGui::GetCursorScreenPos().y;
    // The first row whose bottom reaches the top of the screen.
    const std::size_t first = static_cast<std::size_t>(
        std::lower_bound(st.rowTop.begin() + 1, st.rowTop.end(), clip.Min.y - start + spacing) - (st.rowTop.begin() + 1));
    if (traceAll)
        for (std::size_t r = 0; r < first; ++r) traceRow(r, start + st.rowTop[r], st.rowTop[r + 1] - st.rowTop[r] - spacing);
    float pending = st.rowTop[std::min(first, rows)];  // rows skipped since the last drawn one, as one space
    bool measured = false;  // a card's height changed: the rows' starts are summed again next frame
    for (std::size_t r = first; r < rows; ++r) {
        const float h = st.rowTop[r + 1] - st.rowTop[r] - spacing;
        const float y = ImGui::GetCursorScreenPos().y + pending;
        if (y > clip.Max.y) {  // below the screen, and every row after it
            for (std::size_t b = r; b < rows && traceAll; ++b) {
                const float hb = st.rowTop[b + 1] - st.rowTop[b] - spacing;
                traceRow(b, ImGui::GetCursorScreenPos().y + pending, hb);
                pending += hb + spacing;
            }
            if (!traceAll) pending += st.rowTop[rows] - st.rowTop[r];
            break;
        }
        if (y + h < clip.Min.y) {  // a row above drawn shorter than thought
            if (traceAll) traceRow(r, y, h);
            pending += h + spacing;
            continue;
        }
        if (pending > 0) {
            ImGui::Dummy({avail, pending - spacing});
            pending = 0;
        }
        for (std::size_t k = r * static_cast<std::size_t>(cols); k < std::min(wall.order.size(), (r + 1) * static_cast<std::size_t>(cols)); ++k) {
            if (k % static_cast<std::size_t>(cols)) ImGui::SameLine(0, gap);
            ideaCard(c, st, *wall.order[k], w, wall.order[k] == wall.newest);
            float& known = st.heightAt[static_cast<std::size_t>(wall.order[k] - s.ideas.data())];
            const float drawn = ImGui::GetItemRectSize().y;
            if (known != drawn) measured = true;
            st.cardHeights[wall.order[k]->id] = known = drawn;
        }
    }
    if (measured) st.rows = {};
    if (pending > 0) ImGui::Dummy({avail, pending - spacing});
    drawEarlierIdeas(c, st, avail);
    if (c.facilitator()) hiddenSection(c, st);
}

}  // namespace wk::ui
