// The room's picture: what a projector or a second big screen shows the audience, made to be
// read from the back of the room. No controls, no scroll bars, text at least 1.5x the console's
// font size; when there is more than fits, pages turn by themselves. It draws the session it is
// given, already filtered for the phase, like every console screen.
#pragma once
#include <imgui.h>

#include <cstdint>
#include <string>
#include <vector>

#include "domain/Agreement.h"
#include "domain/IdeaSummary.h"
#include "domain/Journal.h"
#include "domain/Types.h"
#include "domain/WordCloud.h"
#include "io/Config.h"
#include "ui/Theme.h"
#include "ui/widgets/QrCode.h"

namespace wk::ui {

// What the room shows: one of the layouts below; the console decides which (RoomControl).
enum class RoomPage { Title, Blank, Sliders, Ideas, Plan, Minutes, Agenda, Poll, Statements, Words };
const char* roomPageKey(RoomPage);  // "title", "blank", "sliders", ...

struct RoomFrame {
    const Session& session;  // filtered for the phase: in a public one nothing closed is in it
    const io::KioskConfig& config;
    const Fonts& fonts;  // the room's fonts, 1.5x the console's and up
    ImTextureID logo = nullptr;
    float logoAspect = 1.0f;
    RoomPage page = RoomPage::Title;
    bool publicPhase = false;
    bool anonymous = false;  // slider markers without names
    double now = 0;          // seconds on a steady clock, for turning pages
    std::uint64_t revision = 0;  // changes whenever the session does
    const PhoneJoin* phones = nullptr;  // when on: the code and address to join with a phone
    std::string clock;  // the meeting's time (local ISO), for the agenda's countdown
    // The word cloud (issue 31): its words, most frequent first, and the one-word question it
    // answers (empty: the ideas' words). Made by the app, which has the stemmer.
    const std::vector<CloudWord>* cloud = nullptr;
    std::string cloudQuestion = {};
    // What the facilitator put on the room (issue 34): one idea alone, or one theme's ideas.
    std::string focusIdea = {}, focusTheme = {};
    const ChangeJournal* journal = nullptr;  // what the last edits did to the ideas (null: derive anew)
};

// Between frames: which page of a long list is up, since when, and the measured layout.
struct RoomState {
    RoomPage page = RoomPage::Title;
    int pageIndex = 0, pageCount = 1;
    double pageSince = 0;
    // Layouts are measured once per session revision, size and font, not every frame: a wall of
    // thousands of ideas costs what its page costs.
    struct Key {
        std::uint64_t revision = ~0ull;
        float width = 0, height = 0, em = 0;
        std::string focus = {};  // the theme the facilitator put on the room
        unsigned glyphs = 0;     // the font atlas's build it was measured with (atlasGeneration)
        bool operator==(const Key&) const = default;
    };
    struct Placed {
        std::size_t item = 0;  // an index into the session's ideas (or the plan's rows)
        int column = 0;
        float y = 0, height = 0;  // from the top of the page
    };
    struct Layout {
        Key key;
        std::vector<std::vector<Placed>> pages;
        std::size_t newest = ~std::size_t(0);  // the lit idea
        bool summary = false;  // a big meeting: the pages below are the summary's
        struct Summary {
            int kind = 0;  // which summary page (RoomSummary.cpp)
            std::vector<Placed> cards;
        };
        std::vector<Summary> summaryPages;
        std::vector<std::pair<std::string, long long>> themes;  // ideas per theme, most first
        long long total = 0, answered = 0;
        IdeaSummary sum;  // the summary's counts and first ideas, followed edit by edit
        bool summed = false;
    };
    Layout ideas, plan;
    struct PlanRow {
        std::string opgave;  // the opgave heading this row is, if it is one
        std::size_t action = ~std::size_t(0);
        int number = 0;
    };
    std::vector<PlanRow> planRows;
    bool operator==(const RoomState&) const = delete;
};

constexpr double kRoomPageSeconds = 10;

// Draws the whole picture into the current ImGui window area (one full-size window).
void drawRoom(const RoomFrame&, RoomState&);
// Seconds until the next page turn, or a negative number when nothing will turn by itself.
double roomNextTurn(const RoomState&, double now);

// The room's layouts, one file each.
void drawRoomTitle(const RoomFrame&, bool blank);
void drawRoomSliders(const RoomFrame&);
void drawRoomIdeas(const RoomFrame&, RoomState&);
// The ideas the room's wall shows, in the order of the themes (of the pinned theme only).
std::vector<const Idea*> roomWall(const RoomFrame&);
// Cards in columns `width` wide, as many pages `height` high as they need; and one page drawn.
std::vector<std::vector<RoomState::Placed>> roomCardPages(const RoomFrame&, const std::vector<const Idea*>&, float width, float height,
                                                          const Idea* newest);
void drawRoomCards(const RoomFrame&, const std::vector<RoomState::Placed>&, ImVec2 at, float width, std::size_t newest);
// A big meeting's round of summary pages (RoomSummary.cpp): `wall` is roomWall, given when the
// layout must be made again (else empty).
void drawRoomSummary(const RoomFrame&, RoomState&, const std::vector<const Idea*>& wall, ImVec2 at, float width, float height);
// One idea, large: the facilitator put it on the room.
void drawRoomFocus(const RoomFrame&, const Idea&, float width);
void drawRoomPoll(const RoomFrame&);
void drawRoomStatements(const RoomFrame&);
void drawRoomWords(const RoomFrame&, bool heading = true);  // heading: the question, or what the words are of
// A statement's verdict in words ("Hier zijn we verdeeld").
std::string verdictWord(Verdict);
void drawRoomPlan(const RoomFrame&, RoomState&);
void drawRoomAgenda(const RoomFrame&);
// While the agenda runs (an item current, or speakers): a band under every other picture.
bool roomAgendaRuns(const RoomFrame&);
float roomAgendaBandHeight();
void drawRoomAgendaBand(const RoomFrame&, ImVec2 at, float width);
void drawRoomMinutes(const RoomFrame&);

}  // namespace wk::ui
