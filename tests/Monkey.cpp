// The touch monkey: random taps, drags, fingers (one, two, a palm), key presses and typing across
// every screen of the real kiosk, headless, as a resident and as the facilitator, in closed and
// public phases. After each frame drawn as the public sees it, nothing closed (and no resident's
// name given without consent) may be anywhere in what was drawn, on the console or on the room's
// screen. Run under ASan/UBSan for crashes and leaks.
//
//   wijkkiosk-monkey [--events N] [--seed S] [--db FILE] [--config FILE]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <SDL_events.h>

#include "app/KioskApp.h"
#include "domain/Rules.h"
#include "io/Config.h"
#include "io/PinHash.h"
#include "store/Repository.h"
#include "ui/widgets/Touch.h"

using namespace wk;

namespace {

// What must never be drawn in a public frame: the start of every closed, hidden or unreviewed
// text, and residents' names without consent. Short texts are left out: they match by chance.
// `publicElsewhere`: what the wijk's other meetings show the public (their public actions: the
// monitoring overview shows them under their own meeting, and an action carried over closed keeps
// the words its origin shows).
std::vector<std::string> secrets(const Session& s, const std::vector<std::string>& publicElsewhere = {}) {
    std::vector<std::string> out;
    const auto add = [&](const std::string& t) {
        if (t.size() >= 8) out.push_back(t.substr(0, 24));
    };
    // A duplicate merged into another idea is hidden, but its text lives on, by design, in the
    // idea it joined, whose own visibility then counts (a closed one cannot join a public one).
    const auto merged = [&](const Idea& dup) {
        return std::any_of(s.ideas.begin(), s.ideas.end(),
                           [&](const Idea& o) { return &o != &dup && !o.hidden && o.text.find(dup.text) != std::string::npos; });
    };
    // A name the facilitator wrote into public text on purpose ("Wie: Wijkagent en ...", the
    // review's switch makes such an action public in one tap) is theirs to show, not a leak of
    // the author who happens to carry the same word.
    const auto publicText = [&](const std::string& name) {
        for (const auto& a : s.actions)
            if (a.visibility == Visibility::Public && (a.owner.find(name) != std::string::npos || a.indicator.find(name) != std::string::npos))
                return true;
        return false;
    };
    for (const auto& i : s.ideas) {
        if (i.pending || ((i.visibility == Visibility::Closed || i.hidden) && !merged(i))) add(i.text);
        if (!i.consent && !publicText(i.author)) add(i.author);
        if (!i.consent) add(i.contact);
    }
    for (const auto& n : s.notes)
        if (n.visibility == Visibility::Closed) add(n.text);
    // A closed action made from a public idea carries that idea's words: the idea shows them.
    const auto ideaSays = [&](const std::string& what) {
        return std::any_of(s.ideas.begin(), s.ideas.end(), [&](const Idea& i) {
            return i.visibility == Visibility::Public && !i.hidden && !i.pending && i.text.rfind(what.substr(0, 24), 0) == 0;
        });
    };
    for (const auto& a : s.actions)
        if (a.visibility == Visibility::Closed && !ideaSays(a.what) &&
            std::find(publicElsewhere.begin(), publicElsewhere.end(), a.what) == publicElsewhere.end())
            add(a.what);

    for (const auto& p : s.participants)
        if (isResidentRole(p.role) && !p.consent) add(p.name);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    long events = 100000;
    unsigned seed = 20261123;
    std::string db = ":memory:", configPath = io::defaultConfigPath();
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i], v = argv[i + 1];
        if (a == "--events") events = std::atol(v.c_str());
        else if (a == "--seed") seed = static_cast<unsigned>(std::atol(v.c_str()));
        else if (a == "--db") db = v;
        else if (a == "--config") configPath = v;
    }
    io::KioskConfig config = io::loadConfig(configPath);
    // The PIN at the cheapest hash: a monkey tapping OK thousands of times under a sanitizer
    // would otherwise spend its run in Argon2id. The PIN is the shipped demo's.
    config.pinHash = io::hashPin("2468", io::PinCost::Minimal);
    config.pinCost = io::PinCost::Minimal;
    auto database = store::Database::open(db);
    platform::WindowOptions wo;
    wo.headless = true;
    wo.width = 1280;
    wo.height = 800;
    auto window = platform::Window::open(wo);
    app::KioskApp app(config, *database, *window);
    app.openRoomWindow(0);
    app.openDemo();
    app.kiosk().unlock();

    std::mt19937 rng(seed);
    const auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    const auto coord = [&](float max) { return std::uniform_real_distribution<float>(0, max)(rng); };
    const float W = 1280, H = 800;
    long frames = 0, checked = 0, typed = 0, roomChecked = 0;
    const auto t0 = std::chrono::steady_clock::now();

    // The public actions of the wijk's other meetings, read once per meeting shown (the monkey
    // edits only the one it shows).
    std::int64_t elsewhereOf = -1;
    std::vector<std::string> elsewhereTexts;
    const auto elsewhere = [&](const Session& s) -> const std::vector<std::string>& {
        if (s.info.id != elsewhereOf) {
            elsewhereOf = s.info.id;
            elsewhereTexts.clear();
            for (const auto& t : store::Repository(*database).actionsOfWijk(s.info.wijk, s.info.id))
                if (t.action.visibility == Visibility::Public) elsewhereTexts.push_back(t.action.what);
        }
        return elsewhereTexts;
    };
    // What was drawn must hold none of the secrets.
    const auto clean = [&](const std::vector<ui::Seen>& drawn, const std::vector<std::string>& hidden, const char* where,
                           bool phasePublic) {
        for (const auto& seen : drawn)
            for (const auto& secret : hidden)
                if (seen.text.find(secret) != std::string::npos) {
                    std::fprintf(stderr, "monkey: frame %ld (seed %u) drew closed content in a public view of the %s: \"%s\" in \"%s\" "
                                 "(view %s, %s, phase %s)\n", frames, seed, where, secret.c_str(), seen.text.c_str(),
                                 ui::viewKey(app.kiosk().view()), app.kiosk().mode() == ui::Mode::Resident ? "resident" : "facilitator",
                                 phasePublic ? "public" : "closed");
                    window->savePng("monkey-failure.png");
                    return false;
                }
        return true;
    };
    // One frame with this input (or the fingers' state), then the privacy check on what it drew.
    const auto frameWith = [&](const platform::InputOverride* in) {
        const Session& before = app.edits().session();
        const bool phasePublic = before.info.phase == Visibility::Public;
        const bool residentBefore = app.kiosk().mode() == ui::Mode::Resident;
        const std::vector<std::string> hidden = secrets(before, elsewhere(before));
        if (frames % 500 == 0) app.frame(in), window->present();  // now and then through GL too
        else app.buildFrame(in);
        ++frames;
        // The room's picture is built after the frame's edits: it answers to the session as it is now.
        const Session& after = app.edits().session();
        if (after.info.phase == Visibility::Public) {
            ++roomChecked;
            if (!clean(app.roomTrace(), secrets(after, elsewhere(after)), "room", true)) return false;
        }
        const bool residentAfter = app.kiosk().mode() == ui::Mode::Resident;
        if (!phasePublic && !(residentBefore && residentAfter)) return true;
        ++checked;
        return clean(ui::traceLast(), hidden, "console", phasePublic);
    };
    const auto frame = [&](platform::InputOverride in) { return frameWith(&in); };
    // Fingers as a touchscreen sends them: queued SDL events, handled by the next frames.
    const auto fingers = [&](std::uint32_t type, long long id, float x, float y) {
        window->pushFinger(type, id, x, y);
        bool quit = false;
        window->pumpEvents(0, quit);
        return frameWith(nullptr);
    };
    const char* words[] = {"Bankje", "één", "Straße", "ĳsbaan", "€ 5", "🌳", "<b>", "=1+1", "\"", "\n"};
    const int keys[] = {ImGuiKey_Enter, ImGuiKey_Escape, ImGuiKey_Backspace, ImGuiKey_Tab};
    for (long e = 0; e < events; ++e) {
        const int r = pick(100);
        bool ok = true;
        if (r < 50) {  // a tap anywhere
            const float x = coord(W), y = coord(H);
            ok = frame({x, y, true, {}, -1}) && frame({x, y, false, {}, -1});
        } else if (r < 65) {  // a tap on something tappable, to get further into the screens
            std::vector<ui::Seen> targets;
            for (const auto& s : ui::traceLast())
                if (s.tappable && s.visible) targets.push_back(s);
            if (!targets.empty()) {
                const auto& t = targets[static_cast<std::size_t>(pick(static_cast<int>(targets.size())))];
                const float x = (t.min.x + t.max.x) / 2, y = (t.min.y + t.max.y) / 2;
                ok = frame({x, y, true, {}, -1}) && frame({x, y, false, {}, -1});
            }
        } else if (r < 75) {  // a drag: scrolling, a slider, a reorder handle
            const float x0 = coord(W), y0 = coord(H), x1 = coord(W), y1 = coord(H);
            ok = frame({x0, y0, true, {}, -1});
            for (int k = 1; ok && k <= 3; ++k) ok = frame({x0 + (x1 - x0) * k / 3, y0 + (y1 - y0) * k / 3, true, {}, -1});
            ok = ok && frame({x1, y1, false, {}, -1});
        } else if (r < 80) {  // fingers: a tap, two fingers scrolling or pinching, or a palm
            const int n = 1 + pick(3);
            std::vector<std::pair<float, float>> at;
            for (int f = 0; f < n; ++f) at.push_back({coord(W), coord(H)});
            for (int f = 0; ok && f < n; ++f) ok = fingers(SDL_FINGERDOWN, f, at[f].first, at[f].second);
            for (int step = 0; ok && step < 3; ++step)
                for (int f = 0; ok && f < n; ++f) ok = fingers(SDL_FINGERMOTION, f, at[f].first + coord(200) - 100, at[f].second + coord(200) - 100);
            for (int f = 0; ok && f < n; ++f) ok = fingers(SDL_FINGERUP, f, 0, 0);
            ok = ok && frame({-1, -1, false, {}, -1});
        } else if (r < 85) {  // typing: unique words, so a saved text can be told apart
            ok = frame({-1, -1, false, "monkey" + std::to_string(++typed) + " " + words[pick(10)], -1});
        } else if (r < 90) {
            ok = frame({-1, -1, false, {}, keys[pick(4)]});
        } else if (r < 93) {  // the facilitator switches the phase
            app.issue(SwitchPhase{pick(2) ? Visibility::Public : Visibility::Closed}, Role::Facilitator);
        } else if (r < 96) {  // lock or unlock
            if (pick(4) == 0) app.kiosk().lock();  // unlocking more often: the facilitator's screens get explored too
            else app.kiosk().unlock();
        } else if (r < 98) {
            app.kiosk().setView(ui::kViews[pick(5)]);
        } else {
            app.advanceClock(pick(2) ? 5 : 400);  // time passes; sometimes the idle lock
            ok = frame({-1, -1, false, {}, -1});
        }
        if (!ok) return 1;
        // A wijkkiosk that wants to quit is asked to by the facilitator: the monkey carries on.
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    store::Repository repo(*database);
    std::printf("monkey: %ld events, %ld frames, %ld public console frames and %ld public room frames checked, 0 leaks of "
                "closed content, %zu sessions, %.0f s\n",
                events, frames, checked, roomChecked, repo.list().size(), seconds);
    return 0;
}
