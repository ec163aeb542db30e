// The session model of INTERFACES.md as plain C++ values. No ImGui, SDL or SQLite here.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace wk {

// A meeting type, by its word in the session file: DOMAIN.md's five, or any form the config
// defines (Berkelland's menukaart: "wijkschouw", "zeepkist"). The config says what each is.
struct MeetingType {
    std::string key;
    MeetingType() : key("wijktafel") {}
    MeetingType(std::string_view k) : key(k) {}
    static constexpr std::string_view Wijktafel = "wijktafel", Wijkwerkoverleg = "wijkwerkoverleg",
                                      Wijkbezoek = "wijkbezoek", CollegeOnTour = "college_on_tour", Overig = "overig";
    bool operator==(const MeetingType&) const = default;
    bool operator==(std::string_view k) const { return key == k; }
    auto operator<=>(const MeetingType&) const = default;
};
enum class ResponseScheme { NuOoitNooit, JaNeeJaMits };
enum class Visibility { Public, Closed };
enum class Party { Gemeente, Wijkorgaan, Partner, Bewoners };
enum class ActionStatus { Gepland, Lopend, Gereed, Vervallen };
// Situation: what the meeting says the wijk is like now, for the werkagenda's first section.
enum class NoteKind { Note, Decision, Agreement, Situation };
enum class Audience { Public, Internal };
enum class AgendaKind { Informeren, Bespreken, Besluiten };
// A party's contribution brought to the meeting to talk about or to decide on (Helmond's
// "bespreek- en/of beslispunten"), and what the room made of it.
enum class PointKind { None, Discussiepunt, Beslispunt };
enum class PointOutcome { Open, Akkoord, Gewijzigd, Afgewezen };

// Every entity carries `seq`, its place in the list; restoring a removed item keeps its place.
struct Participant {
    std::string id, name, role, organisation;
    bool consent = false;  // a resident's name may be shown publicly only with consent
    std::int64_t seq = 0;
    bool operator==(const Participant&) const = default;
};

struct Slider {
    std::string key, label, top;  // top: what the slider's top end means
    std::int64_t seq = 0;
    bool operator==(const Slider&) const = default;
};

struct Placement {
    std::string participant, slider;
    std::optional<int> now, desired;  // 0..100; absent means skipped, never 0
    std::string reason;
    std::int64_t seq = 0;
    std::string agenda = {};  // the agenda item current when it was placed, or empty
    bool operator==(const Placement&) const = default;
};

struct MapPin {
    double x = 0, y = 0;  // 0..1 of the wijk map
    bool operator==(const MapPin&) const = default;
};

struct Response {
    std::string value;  // "" (none), nu/ooit/nooit or ja/nee/ja_mits
    std::string motivation, condition, due;
    bool operator==(const Response&) const = default;
};

struct Idea {
    std::string id, text, theme, author, contact;
    bool consent = false;
    int votes = 0;
    Visibility visibility = Visibility::Closed;  // public only on purpose
    std::optional<MapPin> map;
    Response response;
    std::string created;  // ISO 8601 local time
    // Moderation: a hidden idea is off the wall in every phase and out of public exports, but
    // kept, with the reason, so the decision stays on record and can be undone.
    bool hidden = false;
    std::string hiddenReason;
    bool pending = false;  // controlled mode: waits in the facilitator's inbox, not yet on the wall
    std::int64_t seq = 0;
    std::string agenda = {};  // the agenda item current when it was brought in, or empty
    // How residents and letters refer to it (issue 32): the area's code, the meeting's number in
    // the wijk and a counter ("BH-3-17"); empty where the meeting has no prefix.
    std::string number = {};
    std::string mergedInto = {};  // merged: the idea it joined (this one is hidden, its number kept)
    bool operator==(const Idea&) const = default;
};

// "Vorige keer" (issue 32): a public idea of the wijk's previous meeting, copied when this one
// began, read-only here with its answer. Support given again counts in this meeting (`votes`);
// the earlier meeting's record does not change. No name or contact comes along.
struct EarlierIdea {
    std::string id, number, text, theme;
    Response response;
    int votesThen = 0;   // support it had at its own meeting
    std::string from;    // that meeting's date
    std::string origin;  // that meeting's uid and the idea's id there: the same on every kiosk
    int votes = 0;       // support given again in this meeting
    std::int64_t seq = 0;
    bool operator==(const EarlierIdea&) const = default;
};

struct Opgave {
    std::string id, title, description;
    std::int64_t seq = 0;
    bool operator==(const Opgave&) const = default;
};

// A status an action was given, and when: the monitoring history, kept across meetings.
struct StatusChange {
    std::string at;  // ISO 8601 date or date and time
    ActionStatus status = ActionStatus::Gepland;
    bool operator==(const StatusChange&) const = default;
};

// The action of an earlier meeting that this one continues (carried over as still open).
struct ActionOrigin {
    std::string session;  // that meeting's global id (its uid), valid in every database
    std::string action;   // the action's id there
    std::string date;     // that meeting's date, for people to read
    bool operator==(const ActionOrigin&) const = default;
};

struct Action {
    std::string id, opgave, what, indicator;
    std::optional<Party> party;
    std::string owner, deadline, budget;
    ActionStatus status = ActionStatus::Gepland;
    std::vector<std::string> koppelkansen, ideas;
    Visibility visibility = Visibility::Closed;  // public only on purpose
    std::optional<ActionOrigin> origin;
    std::vector<StatusChange> history;  // oldest first; the last one is the current status
    std::int64_t seq = 0;
    // How people refer to it ("actie 4"): given once, kept through reordering, the same in the
    // public and the internal minutes (a closed action leaves a gap rather than renumbering).
    int number = 0;
    std::optional<std::int64_t> amountCents;  // what it costs from `budget`, in euro cents
    std::string agenda = {};  // the agenda item current when it was made, or empty
    PointKind point = PointKind::None;           // brought in to discuss or to decide
    PointOutcome outcome = PointOutcome::Open;   // what the room decided about it
    // SMART's A: the party said yes at the table (the facilitator's tick); a new party asks again.
    bool agreed = false;
    bool operator==(const Action&) const = default;
};

struct Note {
    std::string id, at, text;
    NoteKind kind = NoteKind::Note;
    Visibility visibility = Visibility::Closed;  // public only on purpose
    std::int64_t seq = 0;
    std::string agenda = {};  // the agenda item current when it was written, or empty
    bool operator==(const Note&) const = default;
};

// A point of the meeting's running order (issue 28): the minutes planned, who introduces it,
// what kind of point it is, and when it was really held (local ISO times, set by "next item").
struct AgendaItem {
    std::string id, title, introducer;
    int minutes = 0;  // planned
    AgendaKind kind = AgendaKind::Bespreken;
    std::vector<std::string> opgaven;  // the opgaven it is about, if any
    Visibility visibility = Visibility::Public;
    std::string started, ended;
    std::int64_t seq = 0;
    bool operator==(const AgendaItem&) const = default;
};

// Spreekrecht: someone asked for the floor (requested), was given it (started) and finished
// (ended). Waiting while not started; speaking while started and not ended.
struct Turn {
    std::string id;
    std::string speaker;  // the name they gave, or empty
    std::string role;     // resident, official or partner: the minutes share the time by it
    bool consent = false; // the name may be shown on the room screen
    std::string visit;    // the kiosk's or phone's visit that asked: one request per visit
    int number = 0;       // "Bewoner 3": their place among everyone who asked
    std::string requested, started, ended;
    std::string agenda;   // the agenda item current when they asked
    std::int64_t seq = 0;
    bool operator==(const Turn&) const = default;
};

// Who came (issue 30): one per "Ik ben er", on a phone once per visit, at the kiosk once per
// tap. A kind (resident, official, partner) and the channel; a name only with consent.
struct CheckIn {
    std::string id;
    std::string kind = "resident";  // resident, official or partner
    std::string channel = "phone";  // phone or kiosk
    std::string name;               // only with consent, else empty
    std::string visit;              // one check-in per visit
    std::string at;
    std::int64_t seq = 0;
    bool operator==(const CheckIn&) const = default;
};

// A question the facilitator puts to the room (issue 30, "Peiling"). Open from `opened` until
// `closed`; its answers are kept only while it is open, against a pseudonym of the visit for this
// poll alone, and at closing become `result` (the pseudonyms gone with them).
// Issue 31 adds a statement (eens, oneens, weet niet), a word ("in één woord") and an open
// question; the last two are answered in text, and at closing their answers become `options`
// (each distinct one once, in order) with `result` their counts.
enum class PollKind { One, Several, Scale, Ranking, Budget, Statement, Word, Open };
struct Poll {
    std::string id, question;
    PollKind kind = PollKind::One;
    std::vector<std::string> options;  // a scale's: the words for 1 to 5
    long long total = 0;               // a budget split: the euros to divide
    int maxChoices = 0;                // several choices: at most this many (0: any number)
    Visibility visibility = Visibility::Public;
    bool live = false;                 // results shown while it is open
    std::string opened, closed;
    bool adopted = false;              // a budget split the facilitator took over as the plan's
    // Answers so far, by channel (kept while open, so the room can count without seeing them).
    long long phoneAnswers = 0, kioskAnswers = 0;
    // The facilitator's paper totals: per option (a scale: per value) the count, and how many
    // papers; one choice, several choices and a scale only.
    std::vector<long long> paper;
    long long paperAnswers = 0;
    // At closing: per option the count (a ranking: its Borda points; a budget split: its mean
    // amount in euros, adding up to the total).
    std::vector<long long> result;
    std::string agenda;                // the agenda item current when it was opened
    std::int64_t seq = 0;
    bool evaluation = false;           // part of the meeting's evaluation (the quickscan)
    bool operator==(const Poll&) const = default;
};
// One visit's answer to one open poll: option numbers (0-based) for the choices, the value 1..5
// for a scale, every option in order of preference for a ranking, euros per option for a budget
// split. `who` holds for this poll alone and never is the visit.
struct PollAnswer {
    std::string poll, who;
    std::string channel = "phone";  // phone or kiosk
    std::vector<long long> values;
    std::int64_t seq = 0;
    std::string text = {};  // a word or an open question: what was written
    bool pending = false;   // a word waiting for the facilitator (moderation on)
    bool operator==(const PollAnswer&) const = default;
};

// How the facilitator runs the meeting; stored with the session, so every screen, phone and
// restarted kiosk follows the same rules.
struct MeetingSettings {
    bool moderated = false;       // residents' new ideas wait in the inbox before the wall sees them
    bool residentsPlace = false;  // residents may place sliders (at the kiosk, later on phones)
    bool blind = false;           // placements stay hidden until the facilitator reveals them
    bool operator==(const MeetingSettings&) const = default;
};

struct SessionInfo {
    std::int64_t id = 0;  // the store's id in this database; 0 before it is stored
    std::string uid;      // the global id (a UUID), the same in every database and the archive
    MeetingType type = MeetingType::Wijktafel;
    std::string title, wijk, date, location, chair;
    ResponseScheme scheme = ResponseScheme::NuOoitNooit;
    // The live phase: in a public one nothing closed is drawn. Switched by the facilitator
    // only, and not part of undo, so undo can never turn a room with the public in it closed.
    Visibility phase = Visibility::Closed;
    MeetingSettings settings;
    std::string dossier;  // what a wijkwerkoverleg goes deep into (one dossier a line)
    // Platform31's seven building blocks of an agile approach (domain/Bouwstenen.h), each rated
    // 1 (absent) to 5 (strong), 0 while not rated: the optional check beside the sliders.
    std::array<int, 7> bouwstenen{};
    // When the public part began: the first switch to a public phase (local ISO time), kept
    // when the meeting goes closed again, for the minutes. Empty while it never was public.
    std::string publicFrom;
    // When the meeting begins (HH:MM) and when its public part is planned to begin (HH:MM).
    std::string time, publicAt;
    // Made at the office ("in voorbereiding"), the parties' contributions coming in; it is held
    // once its agenda begins.
    bool preparing = false;
    // The facilitator's head count: the figure of record for who came (0: not counted).
    int headCount = 0;
    // Words the facilitator took off the word cloud, by stem (issue 31).
    std::vector<std::string> hiddenWords = {};
    // What new ideas' numbers start with (issue 32): the area's code and the meeting's number in
    // the wijk ("BH-3"), given once by the kiosk that holds the meeting; empty: ideas get none.
    std::string ideaPrefix = {};
    // When the facilitator adopted the minutes (issue 35: "vastgesteld", usually at the next
    // meeting), local ISO time; empty: the minutes are a concept.
    std::string adopted = {};
    bool operator==(const SessionInfo&) const = default;
};

// Where each entity is in its list, by key: finding one among 50,000 ideas is one hash lookup.
// Kept by the changes (Change.cpp) and rebuilt on demand when a list was changed otherwise; a
// copy of a session starts without one, and it never counts in comparing sessions.
struct KeyIndex {
    std::unordered_map<std::string, std::size_t> at;
    const void* data = nullptr;  // the list it was built for, as it was then
    std::size_t size = 0;
    bool valid = false;
};
struct SessionIndex {
    KeyIndex participants, sliders, placements, ideas, earlier, opgaven, actions, notes, agenda, turns, checkIns, polls, answers;
    SessionIndex() = default;
    SessionIndex(const SessionIndex&) {}
    SessionIndex(SessionIndex&&) noexcept {}
    SessionIndex& operator=(const SessionIndex&) {
        clear();
        return *this;
    }
    SessionIndex& operator=(SessionIndex&&) noexcept {
        clear();
        return *this;
    }
    bool operator==(const SessionIndex&) const { return true; }
    void clear() {
        for (KeyIndex* k : {&participants, &sliders, &placements, &ideas, &earlier, &opgaven, &actions, &notes, &agenda, &turns, &checkIns, &polls, &answers})
            *k = KeyIndex{};
    }
};

struct Session {
    SessionInfo info;
    std::vector<Participant> participants;
    std::vector<Slider> sliders;
    std::vector<Placement> placements;
    std::vector<Idea> ideas;
    std::vector<EarlierIdea> earlier;  // the previous meeting's ideas, read-only ("Vorige keer")
    std::vector<Opgave> opgaven;
    std::vector<Action> actions;
    std::vector<Note> notes;
    std::vector<AgendaItem> agenda;
    std::vector<Turn> turns;
    std::vector<CheckIn> checkIns;
    std::vector<Poll> polls;
    std::vector<PollAnswer> answers;
    mutable SessionIndex index;
    bool operator==(const Session&) const = default;
};

struct SessionSummary {
    std::int64_t id = 0;
    std::string uid;
    std::string date;
    MeetingType type = MeetingType::Wijktafel;
    std::string wijk, title;
    bool evaluated = false;  // its evaluation was held (closed): the planning's "E" for the wijk
};

}  // namespace wk
