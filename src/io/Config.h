// The kiosk's configuration (kiosk-config/kiosk.toml): huisstijl, language, font, PIN, answer
// scheme, sliders, themes, parties, the gebiedsindeling and the meeting types with their defaults.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/Policy.h"
#include "domain/Types.h"
#include "io/PinCost.h"

namespace wk::io {

// "file:line: key: what is wrong"; thrown whole, so the kiosk never starts with half a config.
struct ConfigError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Rgb {
    float r = 0, g = 0, b = 0;
};

// "#00529B", for HTML and CSS.
std::string cssColour(const Rgb&);

struct Colours {
    Rgb primary{0.0f, 0.32f, 0.61f}, accent{0.95f, 0.57f, 0.0f}, background{0.96f, 0.97f, 0.98f}, text{0.1f, 0.1f, 0.1f};
};

struct Area {
    std::string name, kind, gebied;  // kind: wijk, kern, buurtschap
    std::string map;                 // a PNG of the wijk for placing ideas, or empty
    // What the area may spend per budget kind ("wijkbudget"), in euro cents.
    std::map<std::string, std::int64_t> budgets;
    // What its ideas' numbers start with (issue 32): 1 to 6 capitals or digits, unique ("BH").
    std::string code = {};
};

// A gebied (a group of areas) and who answers for it: its gebiedswethouder and the contact
// person residents and partners reach (Berkelland's section 4.1).
struct Gebied {
    std::string name, wethouder, contact;
    std::string email = {};  // the contact's address: the internal invitation's organizer
    std::string phone = {};  // the contact's number, in the residents' letter
};

// Someone the internal invitation asks by name (its .ics attendees): the municipality's people,
// the wijkorgaan's secretary and the partners, for the meetings of one gebied or of every one.
// Residents are invited by the public letter, never by name.
struct Invitee {
    std::string name, organisation, email;
    Party party = Party::Gemeente;
    std::string gebied;  // empty: every gebied
};

// The year's other work per area (Stadskanaal's legend): a kind, and its letter in the table.
struct ActivityKind {
    std::string name, abbreviation;  // "relatiebeheer", "R"
};

struct KioskConfig {
    std::string file;  // where it was read from; relative paths in it are resolved against its folder
    std::string municipality = "Gemeente";
    std::string logo;  // absolute path, or empty
    // The municipality as the archive knows it (issue 35): its TOOI code ("gm0794"), the
    // archiefvormer of every package; empty: not set.
    std::string archiefvormer;
    Colours colours;
    std::string language = "nl";
    std::string font, fontBold;
    // Emoji and symbols residents type, drawn from this font (fonts-symbola); "" draws none.
    std::string symbolFont;
    float fontSize = 26.0f;
    bool highContrast = false;
    // "Lees voor" (espeak-ng): on unless switched off; its pace in words per minute; `wav` writes
    // the speech to that file instead of the sound card (tests; a kiosk without speakers).
    struct Speech {
        bool enabled = true;
        int rate = 150;
        std::string voice = "nl";
        std::string wav;
    } speech;
    int roomDisplay = -1;   // the display the room's window opens on; -1: none (one screen)
    // Big meetings (issue 34): above this many ideas the room turns summary pages instead of every
    // card, and the minutes give counts and the `top` most supported and most recent answers.
    struct Summaries {
        int roomAbove = 60;
        int minutesAbove = 100;
        int top = 10;
    } summaries;
    // Residents joining from their phones over the kiosk's own network (off unless enabled).
    struct Phones {
        bool enabled = false;
        int port = 8080;
        std::string bind = "0.0.0.0";  // every interface; or one address (the hotspot's)
        std::string languages;          // a folder of extra translation tables, or empty
        // One person, one voice: this many visits (join-page loads) per address per meeting may
        // support, answer or add; more from one address can only read. And this many open
        // connections per address. The defaults fit the kiosk's own hotspot (a phone, an
        // address); a network behind NAT raises them.
        int visitsPerAddress = 3;
        int connectionsPerAddress = 8;
    } phones;
    // The municipal archive (PostgreSQL), or empty: the kiosk works fully without it.
    std::string archiveUrl;
    int touchRotation = 0;  // degrees clockwise the touchscreen is mounted turned: 0, 90, 180, 270
    int idleSeconds = 120;
    // The facilitator PIN as an Argon2id hash; empty: none in the config (the kiosk then asks the
    // facilitator to set one, kept in its database). `pinCost`: the work a new hash takes.
    std::string pinHash;
    PinCost pinCost = PinCost::Interactive;
    // The rules every door applies alike: limits, votes, themes, retention, meeting types.
    Policy policy;
    std::vector<Slider> sliders;
    std::vector<std::string> koppelkansen, budgets, roles;
    std::map<Party, std::string> parties;  // labels for the four parties
    std::vector<Area> areas;
    std::vector<Gebied> gebieden;
    std::vector<Invitee> invitees;  // [[genodigden]]
    // The planning overview: the dates council terms begin (for meetings once per term) and the
    // kinds of the year's other work.
    std::vector<std::string> councilTerms;
    std::vector<ActivityKind> activities;

    const MeetingDefaults* meeting(const MeetingType& t) const { return policy.meeting(t); }
    const Area* area(const std::string& name) const;
    const Gebied* gebied(const std::string& name) const;
};

KioskConfig loadConfig(const std::string& path);
KioskConfig parseConfig(std::string_view toml, const std::string& fileName);

// Where the config is when none is named: ./kiosk-config/kiosk.toml, else the source tree's.
std::string defaultConfigPath();
// Whether this is the installed program (the Debian package's /usr/bin/wijkkiosk): then the
// config is /etc/wijkkiosk/kiosk.toml and the data /var/lib/wijkkiosk; a build tree keeps its own.
bool installed();
std::string installedDataFolder();

}  // namespace wk::io
