#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>

#include "io/Config.h"

using namespace wk;
using namespace wk::io;

namespace {

const std::string kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const std::string kPin = "$argon2id$v=19$m=8,t=1,p=1$vckezDTIwOAOZoq0XQ8dRg$QTJY7qRdTrE3sULe917WfDOSOslnq/b1fz8LEqzxJE4";

std::string minimal(const std::string& extra = "") {
    return extra + "\n[display]\nfont = \"" + kFont + "\"\n[kiosk]\npin_hash = \"" + kPin +
           "\"\n[[areas]]\nname = \"Brouwhuis\"\n";
}

std::string errorOf(const std::string& toml) {
    try {
        parseConfig(toml, "kiosk.toml");
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("the shipped config loads completely") {
    const KioskConfig c = loadConfig(std::string(WK_SOURCE_DIR) + "/kiosk-config/kiosk.toml");
    CHECK(c.municipality == "Gemeente Helmond");
    CHECK(c.sliders.size() == 5);
    CHECK(c.sliders[0].key == "positionering_intern");
    CHECK(c.policy.themes.size() == 8);
    CHECK(c.areas.size() >= 5);
    CHECK(c.meeting(MeetingType::Wijktafel)->publicPart);
    CHECK(c.meeting(MeetingType::Wijkwerkoverleg)->closed);
    CHECK_FALSE(c.logo.empty());
    CHECK(c.policy.scheme == ResponseScheme::NuOoitNooit);
    CHECK(c.parties.at(Party::Partner) == "Partners");
}

TEST_CASE("a minimal config takes the defaults") {
    const KioskConfig c = parseConfig(minimal(), "kiosk.toml");
    CHECK(c.sliders.size() == 5);
    CHECK(c.language == "nl");
    CHECK(c.idleSeconds == 120);
    CHECK(c.fontBold == kFont);
}

TEST_CASE("a bad config names the file, the line and the key") {
    CHECK(errorOf(minimal("[colours]\nprimary = \"blue\"\n")) == "kiosk.toml:2: colours.primary: must be a colour like \"#00529B\"");
    CHECK(errorOf(minimal("[gemeente]\nnaam = \"Helmond\"\n")) == "kiosk.toml:2: gemeente.naam: unknown key (a typo?)");
    CHECK_THAT(errorOf(minimal("[answers]\nscheme = \"misschien\"\n")), Catch::StartsWith("kiosk.toml:2: answers.scheme: must be one of"));
    CHECK_THAT(errorOf("[display]\nfont = \"/nope.ttf\"\n"), Catch::Contains("display.font: no such file: /nope.ttf"));
    CHECK_THAT(errorOf(minimal("[display2]\n")), Catch::Contains("display2: unknown key"));
    CHECK_THAT(errorOf("themes = [\"groen\"\n"), Catch::StartsWith("kiosk.toml:"));  // a syntax error
    CHECK_THAT(errorOf(minimal("themes = [\"groen\", \"\"]\n")), Catch::Contains("themes: every entry must be a non-empty text"));
    CHECK_THAT(errorOf(minimal("[meetings.Vergadering]\nlabel = \"x\"\n")), Catch::Contains("meetings.Vergadering: a meeting type is named in lower case"));
    CHECK_THAT(errorOf(minimal("[meetings.zeepkist]\nclosed = false\n")), Catch::Contains("meetings.zeepkist.label: is missing"));
    CHECK_THAT(errorOf(minimal("[meetings.zeepkist]\nlabel = \"Zeepkist\"\ninitiator = \"bewoners\"\n")),
               Catch::Contains("meetings.zeepkist.initiator: must be \"gemeente\" or \"wijkorgaan\""));
    CHECK_THAT(errorOf(minimal("[meetings.wijktafel]\nagenda = [{ title = \"\", minutes = 5 }]\n")),
               Catch::Contains("meetings.wijktafel.agenda[0].title: must not be empty"));
    CHECK_THAT(errorOf(minimal("[meetings.wijktafel]\nagenda = [{ title = \"Opening\", minutes = -5 }]\n")),
               Catch::Contains("meetings.wijktafel.agenda[0].minutes: must be between 0 and 1440"));
    CHECK_THAT(errorOf(minimal("[meetings.wijktafel]\nagenda = [{ title = \"Opening\", kind = \"stemmen\" }]\n")),
               Catch::Contains("meetings.wijktafel.agenda[0].kind: must be informeren, bespreken or besluiten"));
    CHECK_THAT(errorOf(minimal("[[gebieden]]\nname = \"Nergens\"\n")), Catch::Contains("gebieden[0].name: \"Nergens\" is the gebied of no area"));
    CHECK_THAT(errorOf(minimal("[[sliders]]\nkey = \"a\"\nlabel = \"A\"\n[[sliders]]\nkey = \"a\"\nlabel = \"B\"\n")),
               Catch::Contains("sliders[1].key: \"a\" is used twice"));
}

TEST_CASE("the PIN is only accepted as a hash") {
    const std::string toml = "[display]\nfont = \"" + kFont + "\"\n[kiosk]\npin_hash = \"2468\"\n[[areas]]\nname = \"X\"\n";
    CHECK_THAT(errorOf(toml), Catch::Contains("kiosk.pin_hash: must be an Argon2id hash"));
    // The old hand-made SHA-256 form is refused, saying how to make the new one.
    const std::string old = "[display]\nfont = \"" + kFont + "\"\n[kiosk]\npin_sha256 = \"" + std::string(64, 'a') + "\"\n";
    CHECK_THAT(errorOf(old), Catch::Contains("kiosk.pin_sha256: the old SHA-256 form is refused") && Catch::Contains("wijkkiosk hash-pin PIN"));
    CHECK_THAT(errorOf("[display]\nfont = \"" + kFont + "\"\n[kiosk]\npin_cost = \"cheap\"\n"), Catch::Contains("kiosk.pin_cost: must be"));
    // No PIN in the config is allowed: the kiosk asks the facilitator to choose one.
    CHECK(parseConfig("[display]\nfont = \"" + kFont + "\"\n[[areas]]\nname = \"X\"\n", "kiosk.toml").pinHash.empty());
}

TEST_CASE("out-of-range numbers are refused with their bounds") {
    CHECK_THAT(errorOf(minimal("[kiosk]\nidle_seconds = 1\n")), Catch::Contains("kiosk"));
    const std::string toml = "[display]\nfont = \"" + kFont + "\"\nfont_size = 500\n[kiosk]\npin_hash = \"" + kPin +
                             "\"\n[[areas]]\nname = \"X\"\n";
    CHECK(errorOf(toml) == "kiosk.toml:3: display.font_size: must be between 12 and 96");
}

TEST_CASE("every file the config names is what it is named for, or one message names it") {
    CHECK(errorOf("[display]\nfont = \"/etc/passwd\"\n") == "kiosk.toml:2: display.font: not a font (TrueType or OpenType): /etc/passwd");
    CHECK(errorOf("[display]\nfont = \"/dev/zero\"\n") == "kiosk.toml:2: display.font: not a file (a folder or a device): /dev/zero");
    CHECK(errorOf("[display]\nfont = \"/tmp\"\n") == "kiosk.toml:2: display.font: not a file (a folder or a device): /tmp");
    CHECK(errorOf(minimal("[gemeente]\nlogo = \"/etc/passwd\"\n")) == "kiosk.toml:2: gemeente.logo: not a PNG picture: /etc/passwd");
    CHECK(errorOf(minimal("[gemeente]\nlogo = \"" + kFont + "\"\n")) == "kiosk.toml:2: gemeente.logo: not a PNG picture: " + kFont);
    CHECK_THAT(errorOf("[display]\nfont = \"" + kFont + "\"\n[kiosk]\npin_hash = \"" + kPin +
                       "\"\n[[areas]]\nname = \"Brouwhuis\"\nmap = \"/etc/hostname\"\n"),
               Catch::Contains("kiosk.toml:7: areas[0].map: not a PNG picture: /etc/hostname"));
    // A PNG that says it is 100,000 pixels wide: refused before anything decodes it.
    const std::string huge = std::string("/tmp/wk-config-test-") + std::to_string(::getpid()) + ".png";
    {
        std::FILE* f = std::fopen(huge.c_str(), "wb");
        const unsigned char header[33] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                                          0, 1, 0x86, 0xa0, 0, 0, 0, 10, 8, 2, 0, 0, 0, 0, 0, 0, 0};
        std::fwrite(header, 1, sizeof header, f);
        std::fclose(f);
    }
    CHECK_THAT(errorOf(minimal("[gemeente]\nlogo = \"" + huge + "\"\n")), Catch::Contains("gemeente.logo: a picture of 100000x10 pixels; at most 8192x8192"));
    std::remove(huge.c_str());
}
