#include "app/Replay.h"

#include <SDL.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "app/KioskApp.h"
#include "domain/Intent.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "io/AtomicFile.h"
#include "io/Clock.h"
#include "ui/widgets/Touch.h"

namespace wk::app {
namespace {

struct Spec {
    const char* verb;
    int minArgs, maxArgs;
};
constexpr Spec kSpecs[] = {{"size", 2, 2},          {"open-session", 1, 1}, {"tap", 1, 2},         {"drag", 4, 4},
                           {"type", 1, 1},          {"key", 1, 1},          {"wait", 1, 1},        {"screenshot", 1, 1},
                           {"assert-visible", 1, 1}, {"assert-hidden", 1, 1}, {"view", 1, 1},       {"phase", 1, 1},
                           {"assert-stored", 1, 1}, {"idle", 1, 1}, {"tap-at", 2, 3},
                           {"drag-to", 2, 2},       {"assert-order", 2, 2},  {"wait-for", 2, 2},
                           {"room-screenshot", 1, 1}, {"assert-room-visible", 1, 1}, {"assert-room-hidden", 1, 1}, {"assert-offscreen", 1, 1},
                           {"finger-down", 3, 3},   {"finger-move", 3, 3},  {"finger-up", 1, 1},
                           {"fail-next-save", 0, 0}, {"assert-plain", 1, 1}, {"read-aloud", 1, 2},
                           {"clock", 1, 1}};

std::vector<std::string> tokenize(std::string_view line, const std::string& where) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < line.size()) {
        if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') { ++i; continue; }
        if (line[i] == '#') break;
        std::string tok;
        if (line[i] == '"') {
            ++i;
            bool closed = false;
            while (i < line.size()) {
                if (line[i] == '\\' && i + 1 < line.size()) { tok += line[i + 1]; i += 2; continue; }
                if (line[i] == '"') { closed = true; ++i; break; }
                tok += line[i++];
            }
            if (!closed) throw ScriptError(where + ": a quote is not closed");
        } else {
            while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') tok += line[i++];
        }
        out.push_back(std::move(tok));
    }
    return out;
}

bool isNumber(const std::string& s) {
    if (s.empty()) return false;
    char* end = nullptr;
    std::strtod(s.c_str(), &end);
    return *end == '\0';
}

int keyOf(const std::string& name) {
    if (name == "Enter") return ImGuiKey_Enter;
    if (name == "Escape") return ImGuiKey_Escape;
    if (name == "Backspace") return ImGuiKey_Backspace;
    if (name == "Tab") return ImGuiKey_Tab;
    return -1;
}

// Everything a session says, to find typed text in what the store holds.
bool sessionHolds(const Session& s, const std::string& needle) {
    const auto in = [&](const std::string& t) { return t.find(needle) != std::string::npos; };
    if (in(s.info.title) || in(s.info.location) || in(s.info.chair) || in(s.info.dossier) || in(std::string(toString(s.info.scheme))))
        return true;
    for (const auto& x : s.ideas)
        if (in(x.text) || in(x.author) || in(x.contact) || in(x.response.motivation) || in(x.response.condition) ||
            in(x.hiddenReason))
            return true;
    for (const auto& x : s.earlier) if (in(x.text) || in(x.response.condition)) return true;
    for (const auto& x : s.notes) if (in(x.text)) return true;
    for (const auto& x : s.actions) if (in(x.what) || in(x.indicator) || in(x.owner)) return true;
    for (const auto& x : s.opgaven) if (in(x.title) || in(x.description)) return true;
    for (const auto& x : s.placements) if (in(x.reason)) return true;
    for (const auto& x : s.participants) if (in(x.name)) return true;
    for (const auto& x : s.agenda) if (in(x.title) || in(x.introducer)) return true;
    for (const auto& x : s.turns) if (in(x.speaker)) return true;
    return false;
}

class Driver {
public:
    Driver(KioskApp& app, std::ostream& err) : app_(app), err_(err), render_(std::getenv("WK_REPLAY_RENDER") != nullptr) {}

    // The whole UI runs every frame; the pixels are drawn only for a screenshot (or with
    // WK_REPLAY_RENDER=1): assertions read what was laid out, and llvmpipe's rasterising is
    // nearly all of a frame's cost.
    void frames(int n, platform::InputOverride in) {
        for (int i = 0; i < n; ++i) {
            if (render_) {
                app_.frame(&in);
                app_.window().present();
            } else {
                app_.buildFrame(&in);
            }
            in.chars.clear();
            in.key = -1;
        }
    }

    // Press, hold for a frame, release: ImGui 1.86 needs to see each state in its own frame.
    void tap(float x, float y) {
        frames(1, {x, y, false, {}, -1});
        frames(2, {x, y, true, {}, -1});
        frames(1, {x, y, false, {}, -1});
        frames(2, {-1, -1, false, {}, -1});
    }
    void drag(float x0, float y0, float x1, float y1) {
        frames(1, {x0, y0, false, {}, -1});
        frames(1, {x0, y0, true, {}, -1});
        constexpr int kSteps = 12;
        for (int i = 1; i <= kSteps; ++i) {
            const float t = static_cast<float>(i) / kSteps;
            frames(1, {x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, true, {}, -1});
        }
        frames(1, {x1, y1, false, {}, -1});
        frames(2, {-1, -1, false, {}, -1});
    }
    // Tappable first, then any text; visible ones only unless `laidOut` (then also off screen).
    const ui::Seen* findLabel(const std::string& label, bool laidOut = false) const {
        const auto& seen = ui::traceLast();
        for (int pass = 0; pass < 2; ++pass)
            for (const auto& s : seen)
                if ((pass == 1 || s.tappable) && s.text == label && (s.visible || laidOut)) return &s;
        return nullptr;
    }
    // Scrolls, by dragging as a finger would, until `label` is on screen; null if it never is.
    const ui::Seen* reveal(const std::string& label) {
        for (int tries = 0; tries < 30; ++tries) {
            // Shown far enough that a finger at its centre touches it, not the edge beyond.
            if (const ui::Seen* s = findLabel(label)) {
                const float cy = (s->min.y + s->max.y) * 0.5f;
                if (cy >= s->clipMin.y && cy <= s->clipMax.y) return s;
            }
            const ui::Seen* s = findLabel(label, true);
            if (!s) return nullptr;
            // A finger at the right margin: text fields stop short of it, and a drag that began
            // on one would open the keyboard over what is being looked for.
            const float x = s->clipMax.x - ImGui::GetFontSize() * 0.5f;
            const float top = s->clipMin.y + 10, bottom = s->clipMax.y - 10;
            const float reach = (bottom - top) * 0.6f;
            if (s->max.y > s->clipMax.y) drag(x, bottom, x, bottom - std::min(reach, s->max.y - s->clipMax.y + 40));
            else if (s->min.y < s->clipMin.y) drag(x, top, x, top + std::min(reach, s->clipMin.y - s->min.y + 40));
            else return nullptr;  // beside the window, not above or below: scrolling will not help
        }
        return nullptr;
    }
    bool visible(const std::string& needle) const {
        const auto& seen = ui::traceLast();
        return std::any_of(seen.begin(), seen.end(),
                           [&](const ui::Seen& s) { return s.visible && s.text.find(needle) != std::string::npos; });
    }
    // Anywhere in the layout, on screen or scrolled away: what must be hidden is not laid out at all.
    bool laidOut(const std::string& needle) const {
        const auto& seen = ui::traceLast();
        return std::any_of(seen.begin(), seen.end(), [&](const ui::Seen& s) { return s.text.find(needle) != std::string::npos; });
    }
    // What the room's picture showed in the last frame (it has no scrolling: drawn is shown).
    bool inRoom(const std::string& needle) const {
        const auto& seen = app_.roomTrace();
        return std::any_of(seen.begin(), seen.end(), [&](const ui::Seen& s) { return s.text.find(needle) != std::string::npos; });
    }
    // The first text on the console (laid out, scrolled or not) or in the room's picture that
    // holds one of `words` or an ISO date, with what it holds; "" when all is plain.
    std::string unplain(const std::vector<std::string>& words) const {
        for (const auto* seen : {&ui::traceLast(), &app_.roomTrace()})
            for (const ui::Seen& s : *seen) {
                if (const std::string w = wordStartingWith(s.text, words); !w.empty()) return "\"" + s.text + "\" holds \"" + w + "\"";
                if (isoDateAt(s.text) != std::string::npos) return "\"" + s.text + "\" holds an ISO date";
            }
        return "";
    }
    // A finger as a touchscreen reports it: an SDL event queued, then handled by the frames.
    void finger(std::uint32_t type, long long id, float x, float y) {
        app_.window().pushFinger(type, id, x, y);
        bool quit = false;
        app_.window().pumpEvents(0, quit);
        for (int i = 0; i < 2; ++i) {
            if (render_) {
                app_.frame(nullptr);
                app_.window().present();
            } else {
                app_.buildFrame(nullptr);
            }
        }
    }

    KioskApp& app_;
    std::ostream& err_;
    bool render_;
};

}  // namespace

std::vector<ReplayStep> parseScript(std::string_view text, const std::string& fileName) {
    std::vector<ReplayStep> steps;
    int lineNo = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        ++lineNo;
        start = end + 1;
        const std::string where = fileName + ":" + std::to_string(lineNo);
        auto tokens = tokenize(line, where);
        if (tokens.empty()) continue;
        ReplayStep step{lineNo, tokens[0], {tokens.begin() + 1, tokens.end()}};
        const auto spec = std::find_if(std::begin(kSpecs), std::end(kSpecs), [&](const Spec& s) { return step.verb == s.verb; });
        if (spec == std::end(kSpecs)) throw ScriptError(where + ": unknown command \"" + step.verb + "\"");
        const int n = static_cast<int>(step.args.size());
        if (n < spec->minArgs || n > spec->maxArgs)
            throw ScriptError(where + ": " + step.verb + " takes " + std::to_string(spec->minArgs) +
                              (spec->maxArgs != spec->minArgs ? " or " + std::to_string(spec->maxArgs) : "") + " argument(s)");
        const auto numbers = [&](std::size_t from) {
            for (std::size_t k = from; k < step.args.size(); ++k)
                if (!isNumber(step.args[k])) throw ScriptError(where + ": " + step.verb + " takes numbers, not \"" + step.args[k] + "\"");
        };
        if (step.verb == "size" || step.verb == "drag" || step.verb == "wait" || step.verb == "idle") numbers(0);
        if (step.verb == "tap" && n == 2) numbers(0);
        if (step.verb.rfind("finger-", 0) == 0) {
            numbers(0);
            const double id = std::atof(step.args[0].c_str());
            if (id < 0 || id > 9 || id != static_cast<int>(id)) throw ScriptError(where + ": a finger is a number from 0 to 9");
        }
        if (step.verb == "wait-for") {
            numbers(1);
            const double secs = std::atof(step.args[1].c_str());
            if (!(secs > 0 && secs <= 600)) throw ScriptError(where + ": wait-for takes 0 to 600 seconds");
        }
        if (step.verb == "tap-at") {
            numbers(1);
            for (std::size_t k = 1; k < step.args.size(); ++k) {
                const double f = std::atof(step.args[k].c_str());
                if (f < 0 || f > 1) throw ScriptError(where + ": tap-at takes fractions from 0 to 1");
            }
        }
        if (step.verb == "key" && keyOf(step.args[0]) < 0)
            throw ScriptError(where + ": key takes Enter, Escape, Backspace or Tab, not \"" + step.args[0] + "\"");
        if (step.verb == "phase" && step.args[0] != "public" && step.args[0] != "closed")
            throw ScriptError(where + ": phase takes public or closed");
        if (step.verb == "view") {
            ui::View v;
            if (!ui::parseView(step.args[0], v)) throw ScriptError(where + ": view takes home, sliders, ideas, plan or minutes");
        }
        if (step.verb == "size") {
            const double w = std::atof(step.args[0].c_str()), h = std::atof(step.args[1].c_str());
            if (w < 320 || h < 240 || w > 8192 || h > 8192) throw ScriptError(where + ": size must be from 320x240 to 8192x8192");
        }
        if (step.verb == "wait" && (std::atof(step.args[0].c_str()) < 0 || std::atof(step.args[0].c_str()) > 10000))
            throw ScriptError(where + ": wait takes 0 to 10000 frames");
        if (step.verb == "idle" && !(std::atof(step.args[0].c_str()) >= 0 && std::atof(step.args[0].c_str()) <= 86400))
            throw ScriptError(where + ": idle takes 0 to 86400 seconds");
        if (step.verb == "clock" && !isClockTime(step.args[0].substr(0, 5)) && !isIsoDateTime(step.args[0]))
            throw ScriptError(where + ": clock takes a time like 19:30, 19:30:15 or 2026-11-22T19:30");
        if (step.verb == "clock" && isClockTime(step.args[0].substr(0, 5)) && step.args[0].size() != 5 &&
            !(step.args[0].size() == 8 && isIsoDateTime("2000-01-01T" + step.args[0])))
            throw ScriptError(where + ": clock takes a time like 19:30, 19:30:15 or 2026-11-22T19:30");
        // Pixels on a screen of at most 8192 by 8192 (size's own limit): nothing negative.
        const auto pixels = [&](std::size_t from, std::size_t to) {
            for (std::size_t k = from; k < to && k < step.args.size(); ++k) {
                const double v = std::atof(step.args[k].c_str());
                if (!(v >= 0 && v <= 8192)) throw ScriptError(where + ": " + step.verb + " takes pixels from 0 to 8192, not \"" + step.args[k] + "\"");
            }
        };
        if (step.verb == "drag") pixels(0, 4);
        if (step.verb == "tap" && n == 2) pixels(0, 2);
        if (step.verb == "finger-down" || step.verb == "finger-move") pixels(1, 3);
        // A text that is empty (or only spaces) matches everything: an assertion of nothing.
        const bool textArgument = step.verb.rfind("assert-", 0) == 0 || step.verb == "wait-for" ||
                                  step.verb == "screenshot" || step.verb == "room-screenshot" || (step.verb == "tap" && n == 1) ||
                                  step.verb == "drag-to";
        if (textArgument)
            for (std::size_t k = 0; k < (step.verb == "wait-for" ? 1 : step.args.size()); ++k)
                if (step.args[k].find_first_not_of(" \t") == std::string::npos)
                    throw ScriptError(where + ": " + step.verb + " needs a text, not an empty one (it would match anything)");
        if (step.verb == "open-session" && step.args[0] != "demo" &&
            (step.args[0].empty() || step.args[0].size() > 15 || step.args[0].find_first_not_of("0123456789") != std::string::npos ||
             std::stoll(step.args[0]) < 1))
            throw ScriptError(where + ": open-session takes demo or a session's number");
        steps.push_back(std::move(step));
    }
    return steps;
}

int runScript(KioskApp& app, const std::vector<ReplayStep>& steps, const std::string& fileName, std::ostream& err) {
    platform::Window& window = app.window();
    Driver d(app, err);
    const auto settle = [&] { d.frames(3, {-1, -1, false, {}, -1}); };
    // WK_REPLAY_PROGRESS=1: "done LINE" on stdout after each step, for the power-cut test to
    // know which edits had been confirmed when the process was killed.
    const bool progress = std::getenv("WK_REPLAY_PROGRESS") != nullptr;
    bool lookedForLatest = false;
    for (const auto& s : steps) {
        if (progress && &s != &steps.front()) {
            std::printf("done %d\n", (&s - 1)->line);
            std::fflush(stdout);
        }
        // A session is opened only when a step needs one that the script did not open.
        if (!lookedForLatest && !app.hasSession() && s.verb != "size" && s.verb != "open-session") {
            app.openLatest();  // the newest meeting, if any: none is made
            settle();
            lookedForLatest = true;
        }
        const std::string where = fileName + ":" + std::to_string(s.line);
        const auto fail = [&](const std::string& what) {
            err << where << ": " << what << "\n";
            return 1;
        };
        const auto num = [&](std::size_t k) { return static_cast<float>(std::atof(s.args[k].c_str())); };
        if (s.verb == "size") {
            window.setSize(static_cast<int>(num(0)), static_cast<int>(num(1)));
            // The room's screen is the same size in a script: a projector of that resolution.
            if (app.hasRoomWindow()) {
                app.closeRoomWindow();
                app.openRoomWindow(0);
            }
            if (app.hasSession()) settle();
        } else if (s.verb == "open-session") {
            try {
                if (s.args[0] == "demo") app.openDemo();
                else app.openSession(std::stoll(s.args[0]));
            } catch (const std::exception& e) {
                return fail(std::string("open-session: ") + e.what());
            }
            settle();
        } else if (s.verb == "tap") {
            if (s.args.size() == 2) {
                d.tap(num(0), num(1));
            } else {
                const ui::Seen* w = d.reveal(s.args[0]);
                if (!w) return fail("tap \"" + s.args[0] + "\": nothing with that label is on screen");
                d.tap((w->min.x + w->max.x) * 0.5f, (w->min.y + w->max.y) * 0.5f);
            }
        } else if (s.verb == "tap-at") {
            const ui::Seen* w = d.reveal(s.args[0]);
            if (!w) return fail("tap-at \"" + s.args[0] + "\": nothing with that label is on screen");
            const float fy = s.args.size() == 3 ? num(2) : 0.5f;
            d.tap(w->min.x + (w->max.x - w->min.x) * num(1), w->min.y + (w->max.y - w->min.y) * fy);
        } else if (s.verb == "drag") {
            d.drag(num(0), num(1), num(2), num(3));
        } else if (s.verb == "drag-to") {
            // A finger held on one widget and dropped on another: reordering by handle.
            const ui::Seen* from = d.reveal(s.args[0]);
            if (!from) return fail("drag-to \"" + s.args[0] + "\": nothing with that label is on screen");
            const ImVec2 a{(from->min.x + from->max.x) * 0.5f, (from->min.y + from->max.y) * 0.5f};
            const ui::Seen* to = d.findLabel(s.args[1]);
            if (!to) return fail("drag-to \"" + s.args[1] + "\": nothing with that label is on screen");
            d.drag(a.x, a.y, (to->min.x + to->max.x) * 0.5f, (to->min.y + to->max.y) * 0.5f);
        } else if (s.verb == "assert-order") {
            // The first is laid out before the second: above it, or left of it on the same row.
            const ui::Seen* a = d.findLabel(s.args[0], true);
            const ui::Seen* b = d.findLabel(s.args[1], true);
            if (!a || !b) return fail("assert-order: \"" + s.args[a ? 1 : 0] + "\" is not laid out");
            const bool sameRow = a->min.y < b->max.y && b->min.y < a->max.y;
            if (sameRow ? a->min.x >= b->min.x : a->min.y >= b->min.y)
                return fail("assert-order: \"" + s.args[0] + "\" is not before \"" + s.args[1] + "\"");
        } else if (s.verb == "type") {
            d.frames(1, {-1, -1, false, s.args[0], -1});
            settle();
        } else if (s.verb == "key") {
            d.frames(1, {-1, -1, false, {}, keyOf(s.args[0])});
            settle();
        } else if (s.verb == "wait") {
            d.frames(static_cast<int>(num(0)), {-1, -1, false, {}, -1});
        } else if (s.verb == "screenshot") {
            app.frame(nullptr);
            try {
                window.savePng(s.args[0]);
            } catch (const std::exception& e) {
                return fail(e.what());
            }
            window.present();
        } else if (s.verb == "assert-visible") {
            if (!d.visible(s.args[0])) return fail("assert-visible \"" + s.args[0] + "\": not on screen");
        } else if (s.verb == "assert-offscreen") {
            // Laid out, but a scroll away: what a finger has yet to bring up.
            if (d.visible(s.args[0])) return fail("assert-offscreen \"" + s.args[0] + "\": it is on screen");
            if (!d.laidOut(s.args[0])) return fail("assert-offscreen \"" + s.args[0] + "\": it is nowhere, not even a scroll away");
        } else if (s.verb == "assert-hidden") {
            if (d.laidOut(s.args[0])) return fail("assert-hidden \"" + s.args[0] + "\": it is on screen or a scroll away");
        } else if (s.verb == "view") {
            ui::View v;
            ui::parseView(s.args[0], v);
            app.kiosk().setView(v);
            settle();
        } else if (s.verb == "phase") {
            // The same switch the facilitator taps: stored, so it survives a restart.
            const auto r = app.issue(SwitchPhase{s.args[0] == "public" ? Visibility::Public : Visibility::Closed}, Role::Facilitator);
            if (!r.ok()) return fail("phase: " + (r.problem ? r.problem->code : r.storeError));
            settle();
        } else if (s.verb == "clock") {
            // The meeting's clock from here on: intents carry it, the agenda counts by it, and
            // only `idle` moves it. A time of day is on the meeting's own date.
            std::string at = s.args[0];
            if (!isIsoDateTime(at)) {
                const std::string date = app.hasSession() && isIsoDate(app.edits().session().info.date) ? app.edits().session().info.date
                                                                                                       : io::localDate();
                at = date + "T" + at;
            }
            app.setClock(at);
            settle();
        } else if (s.verb == "idle") {
            // Time passes with nobody at the screen.
            app.advanceClock(num(0));
            settle();
        } else if (s.verb == "fail-next-save") {
            // The next edit fails as a refusing disk would: what was typed must stay.
            if (!app.hasSession()) return fail("fail-next-save: there is no meeting to save to");
            app.edits().failNextCommit();
        } else if (s.verb == "room-screenshot") {
            if (!app.hasRoomWindow()) return fail("room-screenshot: there is no room window");
            try {
                app.saveRoomPng(s.args[0]);
            } catch (const std::exception& e) {
                return fail(e.what());
            }
        } else if (s.verb == "read-aloud") {
            // What a "Lees voor" button asks, sent as a forged or stale one would be: welcome, idea ID or action ID.
            const std::string& kind = s.args[0];
            if (kind != "welcome" && kind != "idea" && kind != "action") return fail("read-aloud: welcome, idea ID or action ID");
            app.readAloud({kind == "welcome" ? service::ReadKind::Welcome : kind == "idea" ? service::ReadKind::Idea : service::ReadKind::Action,
                           s.args.size() > 1 ? s.args[1] : ""});
            settle();
        } else if (s.verb == "assert-plain") {
            // A word list, one per line ('#' comments), named from the script's folder.
            namespace fs = std::filesystem;
            const fs::path list = fs::path(s.args[0]).is_absolute() ? fs::path(s.args[0]) : fs::path(fileName).parent_path() / s.args[0];
            std::vector<std::string> words;
            try {
                std::istringstream in(io::readFile(list.string(), 1 << 20));
                for (std::string w; std::getline(in, w);)
                    if (!w.empty() && w[0] != '#') words.push_back(w);
            } catch (const std::exception& e) {
                return fail(std::string("assert-plain: ") + e.what());
            }
            if (const std::string what = d.unplain(words); !what.empty()) return fail("assert-plain: " + what);
        } else if (s.verb == "assert-room-visible") {
            if (!d.inRoom(s.args[0])) return fail("assert-room-visible \"" + s.args[0] + "\": not in the room's picture");
        } else if (s.verb == "assert-room-hidden") {
            if (d.inRoom(s.args[0])) return fail("assert-room-hidden \"" + s.args[0] + "\": it is in the room's picture");
        } else if (s.verb == "finger-down" || s.verb == "finger-move") {
            d.finger(s.verb == "finger-down" ? SDL_FINGERDOWN : SDL_FINGERMOTION, std::atoll(s.args[0].c_str()), num(1), num(2));
        } else if (s.verb == "finger-up") {
            d.finger(SDL_FINGERUP, std::atoll(s.args[0].c_str()), -1, -1);
            d.frames(1, {-1, -1, false, {}, -1});  // the release, then nothing under a finger
        } else if (s.verb == "wait-for") {
            // Until the text is on screen (an idea from a phone, another kiosk's edit): a
            // condition with a deadline, never a fixed sleep.
            const double deadline = platform::seconds() + num(1);
            while (!d.visible(s.args[0])) {
                if (platform::seconds() > deadline)
                    return fail("wait-for \"" + s.args[0] + "\": not on screen after " + s.args[1] + " s");
                SDL_Delay(20);
                app.pollOtherWriters(true);
                d.frames(1, {-1, -1, false, {}, -1});
            }
        } else if (s.verb == "assert-stored") {
            // Read back from the database itself: what the screen shows may not yet be durable.
            if (!sessionHolds(app.meetings().load(app.edits().session().info.id), s.args[0]))
                return fail("assert-stored \"" + s.args[0] + "\": not in the database");
        }
    }
    return 0;
}

}  // namespace wk::app
