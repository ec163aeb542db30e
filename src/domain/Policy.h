// The meeting policy a municipality sets in its config, declared here so every rule that needs
// it is the domain's: how long a text may be, how many supports a visit gives, which themes an
// idea may carry, how long a PIN is at least, how long personal data is kept, and what each
// meeting type starts with. The config parser fills it; every door gets the same one.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/Types.h"
#include "domain/WordCloud.h"

namespace wk {

// Counted in characters (code points), for new input only: an imported or pulled text that is
// older and longer stays as it is.
struct TextLimits {
    int idea = 1000, name = 100, contact = 200, reason = 500;
};

// Per meeting type, the defaults a new session takes (DOMAIN.md's table).
struct MeetingDefaults {
    MeetingType type = MeetingType::Overig;
    std::string label;
    bool closed = false;      // the main part is closed
    bool publicPart = false;  // there is a public part (before, after or closing)
    std::string chair, result;
    // How often an area has one: every so many months, or once per council term; 0 and false:
    // not planned (an "overig" meeting).
    int everyMonths = 0;
    bool perCouncilTerm = false;
    bool dossier = false;  // goes deep into one or more dossiers, named on the meeting
    // The screens residents see at the kiosk (home, sliders, ideas, plan, minutes); the sliders
    // also whenever the facilitator opens placing to residents.
    std::vector<std::string> residentViews;
    ResponseScheme scheme = ResponseScheme::NuOoitNooit;  // the answer scheme a new one starts with
    bool schemeSet = false;                               // named in the config (else the kiosk's)
    std::string distribution = "";  // who gets the internal minutes; the minutes end with it
    // Whether an action made in the plan editor starts public (`plan = "public"`) or closed;
    // unset: public where the meeting has a public part that presents the plan (a wijktafel).
    std::optional<Visibility> plan = std::nullopt;
    // Who calls the meeting and owns its agenda (Helmond's table): the gemeente or the wijkorgaan.
    std::string initiator = "gemeente";
    // The running order a new meeting of this type starts with (ids given when it is made).
    std::vector<AgendaItem> agenda = {};
    // The evaluation at the end (issue 31): three to five statements on a 1-to-5 scale and one
    // open question; Helmond's quickscan, Stadskanaal's "E".
    std::vector<std::string> evaluation = {"Ik kon zeggen wat ik wilde.", "Er werd naar mij geluisterd.",
                                           "Ik weet wat er nu gaat gebeuren.", "De bijeenkomst was goed geregeld."};
    std::string evaluationQuestion = "Wat kan de volgende keer beter?";
    // Issue 32: how many months after a meeting of this type its wijkorgaan is owed a progress
    // report ("regelmatig informeren", Helmond 3.4); 0: none.
    int reportMonths = 3;
    // Issue 35: how the archive keeps this type's minutes (Selectielijst gemeenten 2020):
    // "blijvend" (kept for good) or "vernietigen" after `bewaartermijn` (an ISO 8601 duration,
    // "P10Y"); empty: not set, and the archive package says which key is missing.
    std::string waardering = {}, bewaartermijn = {};
    Visibility planDefault() const { return plan ? *plan : publicPart ? Visibility::Public : Visibility::Closed; }
};

struct Policy {
    static constexpr int kPinDigits = 4;  // the shortest PIN the facilitator may choose
    TextLimits limits;
    int votesPerVisit = 3;  // supports per visit, at the kiosk and on a phone
    std::vector<std::string> themes;  // an idea's theme is one of these (or none)
    int retentionMonths = 12;         // personal data older than this is purged
    ResponseScheme scheme = ResponseScheme::NuOoitNooit;
    std::vector<MeetingDefaults> meetings;
    const MeetingDefaults* meeting(const MeetingType& t) const;
    // Spreekrecht: the minutes one speaker has before the room screen shows them over time.
    int speakerMinutes = 3;
    // Dutch words that say nothing alone (assets/stopwoorden.txt): left out of the word cloud and
    // of "lijkt op"; a word answer or statement of only these is refused.
    StopWords stopWords;
    // Supports a visit may still give after `given`: at the kiosk and on a phone alike.
    int supportsLeft(int given) const { return given >= votesPerVisit ? 0 : votesPerVisit - given; }
    // Whether an idea may carry `theme`: none, or one of the themes (any, when the config names none).
    bool allowsTheme(const std::string& theme) const;
};

// A new meeting of `type` for `wijk` on `date`: the type's defaults (title, chair, answer scheme,
// the phase it starts in) and the kiosk's sliders. The title names the day as people read it
// (`dayInWords`, "6 december 2026"; the ISO date when none is given).
Session newMeeting(const Policy&, const std::vector<Slider>& sliders, const MeetingType& type, const std::string& wijk,
                   const std::string& date, const std::string& dayInWords = "");
// The phase a meeting of `type` starts in: public where its main part is (a college on tour, a
// wijkbezoek), else closed. A new meeting and a session file that names no phase alike.
Visibility startPhase(const Policy&, const MeetingType& type);
// A meeting without an agenda of its own (new, imported, from before agendas) takes its type's;
// one with an agenda keeps it. Whether anything was added.
bool giveTypeAgenda(Session&, const Policy&);

}  // namespace wk
