// The ideas wall and the composer: the screen's state between frames (what is being typed,
// what is open) beside it, so a change here rebuilds this screen and the kiosk only.
#pragma once
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/IdeaSearch.h"
#include "ui/widgets/WijkMap.h"

#include "ui/Screen.h"

namespace wk::ui {

struct IdeasState {
    bool composing = false;
    bool focusText = false;
    std::string text, theme;
    std::uint64_t pendingTicket = 0;  // sent to be saved; the composer closes once it is stored
    bool pendingEdit = false;         // that was a change to an idea, not a new one: no thanks
    std::string savedId;    // the visitor's idea just saved, shown under the thanks
    bool showEmpty = false;  // "type something first"
    bool saveOnTop = false;  // the keyboard was up: "Opslaan" also by the title
    bool showSaved = false;
    std::string name, contact;  // optional; a name is public only with consent
    bool consent = false;
    std::string filter;  // "" all, "open" unanswered, "incomplete", or an answer value
    // Finding one among many (issue 34): words typed, the order, one theme or all ("").
    std::string search, findTheme;
    IdeaOrder sort = IdeaOrder::Theme;
    IdeaIndex index;
    // Ideas that say the same, in groups to merge at once (IdeasGroups.cpp), by id.
    bool showGroups = false;
    struct Groups {
        std::uint64_t revision = ~0ull;
        const Session* session = nullptr;
        std::vector<std::vector<std::string>> ids;
    } groups;
    std::vector<std::string> supported;  // ideas this visitor supported (one each, a few per visit)
    std::string similarFor;               // the text "lijkt op" was found for, and what it found
    std::vector<std::string> similar;
    std::optional<MapPin> pin;  // where the new idea is on the map, if anywhere
    bool mapView = false;       // the wall as pins on the map instead of cards by theme
    std::string mapSelected;    // the pin tapped on the map view
    MapView wallMap, composerMap;  // zoomed in with two fingers, or the whole map
    std::string more;       // the card whose moderation buttons are open
    std::string editing;    // the idea being changed in the composer
    std::string hiding, hideReason;  // the idea being hidden, and why
    std::string merging;    // the duplicate waiting for the idea it merges into
    bool showHidden = false;
    std::string answering;  // the idea the facilitator is answering
    Response draft;
    // Card heights as last drawn, so rows off screen are skipped with a spacer of their height.
    std::unordered_map<std::string, float> cardHeights;
    std::vector<float> heightAt;      // the same by the idea's place in the session (0: not yet drawn)
    const Idea* heightsOf = nullptr;  // the session's ideas heightAt is for
    // Where each row of cards starts (the sum of the rows above), for the wall and layout it was
    // summed for.
    // The ideas waiting for the facilitator and those hidden, for the session's ideas at a revision.
    struct Aside {
        std::uint64_t revision = 0;
        const Idea* ideas = nullptr;
        std::size_t count = 0;
        std::vector<const Idea*> waiting, hidden;
    } aside;
    std::uint64_t wallVersion = 0;  // counts every change of the wall's order
    struct Rows {
        std::uint64_t wall = 0;
        std::size_t count = 0;
        int cols = 0;
        float spacing = 0, width = 0;
        bool operator==(const Rows&) const = default;
    } rows;
    std::vector<float> rowTop;
    float cardWidth = 0;
    // The wall's order, kept until the session, the filter or the visitor's card changes.
    struct Wall {
        std::uint64_t revision = 0;
        std::string filter, above, search, findTheme;
        IdeaOrder sort = IdeaOrder::Theme;
        const Session* session = nullptr;
        std::vector<const Idea*> order;
        const Idea* newest = nullptr;
        bool unsearchable = false;  // typed only spaces or symbols
        const Idea* ideas = nullptr;  // the session's ideas when ordered (moved: order again)
        std::size_t count = 0;
        bool configThemes = false;  // every idea's theme is the config's (or none)
    } wall;
};


void drawIdeasScreen(ScreenContext&, IdeasState&);
// The facilitator's answer to one idea, in the session's scheme (IdeasAnswer.cpp).
void drawAnswerPanel(ScreenContext&, IdeasState&);
// The previous meeting's ideas, read-only, under the wall or alone (IdeasEarlier.cpp).
void drawEarlierIdeas(ScreenContext&, IdeasState&, float width);
// Groups of ideas that say the same, each merged in one step (IdeasGroups.cpp).
void drawIdeaGroups(ScreenContext&, IdeasState&);
// An answer's colour, and its words under a card: why, on what condition, and by when.
ImU32 answerColour(const std::string& value);
void answerDetails(const Response&);

}  // namespace wk::ui
