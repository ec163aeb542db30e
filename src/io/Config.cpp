#include "io/Config.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <toml++/toml.h>

#include "domain/Agenda.h"
#include "domain/Polls.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "io/AtomicFile.h"
#include "io/PinHash.h"
#include "io/Stemmer.h"
#include "stb_truetype.h"

namespace wk::io {
namespace {

// "gm0794": a municipality's code in TOOI (the government's list of organisations).
bool isTooiCode(const std::string& s) {
    return s.size() == 6 && s.compare(0, 2, "gm") == 0 && s.find_first_not_of("0123456789", 2) == std::string::npos;
}
// "P10Y", "P6M", "P1Y6M": years, months and days, at least one, as xsd:duration writes them.
bool isRetentionPeriod(const std::string& s) {
    if (s.size() < 3 || s[0] != 'P') return false;
    std::size_t i = 1;
    const std::string units = "YMD";
    std::size_t unit = 0;
    while (i < s.size()) {
        const std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == start || i - start > 4 || i == s.size()) return false;
        const std::size_t at = units.find(s[i], unit);
        if (at == std::string::npos) return false;
        unit = at + 1;
        ++i;
    }
    return true;
}

constexpr const char* kSymbola = "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf";

// Reads one TOML document strictly: every value's type is checked, and an unknown key is an
// error too, since a typo would otherwise silently leave a default in place.
class Reader {
public:
    explicit Reader(std::string file) : file_(std::move(file)) {}

    [[noreturn]] void fail(const toml::node* at, const std::string& key, const std::string& what) const {
        std::string where = file_;
        if (at && at->source().begin.line) where += ":" + std::to_string(at->source().begin.line);
        throw ConfigError(where + ": " + key + ": " + what);
    }

    void onlyKeys(const toml::table& t, const std::string& path, std::initializer_list<std::string_view> keys) const {
        const std::set<std::string_view> allowed(keys);
        for (auto&& [k, v] : t)
            if (!allowed.count(k.str())) fail(&v, join(path, k.str()), "unknown key (a typo?)");
    }

    static std::string join(const std::string& path, std::string_view key) {
        return path.empty() ? std::string(key) : path + "." + std::string(key);
    }

    std::string text(const toml::table& t, const std::string& path, std::string_view key, std::string fallback) const {
        const toml::node* n = t.get(key);
        if (!n) return fallback;
        if (!n->is_string()) fail(n, join(path, key), "must be text in quotes");
        std::string v = n->as_string()->get();
        if (cleanText(v) != v) fail(n, join(path, key), "holds control characters or invalid UTF-8");
        return v;
    }
    std::string requiredText(const toml::table& t, const std::string& path, std::string_view key, const toml::node* owner) const {
        if (!t.get(key)) fail(owner, join(path, key), "is missing");
        std::string v = text(t, path, key, "");
        if (isBlank(v)) fail(t.get(key), join(path, key), "must not be empty");
        return v;
    }
    long long integer(const toml::table& t, const std::string& path, std::string_view key, long long fallback,
                      long long lo, long long hi) const {
        const toml::node* n = t.get(key);
        if (!n) return fallback;
        if (!n->is_integer()) fail(n, join(path, key), "must be a whole number");
        const long long v = n->as_integer()->get();
        if (v < lo || v > hi)
            fail(n, join(path, key), "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
        return v;
    }
    // An e-mail address as a calendar can use it: one @, something on both sides, no spaces
    // and none of the characters that would break the .ics line it goes on.
    std::string email(const toml::table& t, const std::string& path, std::string_view key, bool required) const {
        const std::string v = required ? requiredText(t, path, key, &t) : text(t, path, key, "");
        const auto at = v.find('@');
        const bool ok = at != std::string::npos && at > 0 && at + 1 < v.size() && v.find('@', at + 1) == std::string::npos &&
                        v.find_first_of(" \t\r\n\"<>,;:()[]\\") == std::string::npos;
        if (!v.empty() && !ok) fail(t.get(key), join(path, key), "\"" + v + "\" is not an e-mail address like naam@gemeente.nl");
        return v;
    }
    double number(const toml::table& t, const std::string& path, std::string_view key, double fallback, double lo, double hi) const {
        const toml::node* n = t.get(key);
        if (!n) return fallback;
        double v = 0;
        if (n->is_integer()) v = static_cast<double>(n->as_integer()->get());
        else if (n->is_floating_point()) v = n->as_floating_point()->get();
        else fail(n, join(path, key), "must be a number");
        if (v < lo || v > hi) fail(n, join(path, key), "must be between " + std::to_string(int(lo)) + " and " + std::to_string(int(hi)));
        return v;
    }
    bool boolean(const toml::table& t, const std::string& path, std::string_view key, bool fallback) const {
        const toml::node* n = t.get(key);
        if (!n) return fallback;
        if (!n->is_boolean()) fail(n, join(path, key), "must be true or false");
        return n->as_boolean()->get();
    }
    std::vector<std::string> words(const toml::table& t, const std::string& path, std::string_view key,
                                   std::vector<std::string> fallback) const {
        const toml::node* n = t.get(key);
        if (!n) return fallback;
        if (!n->is_array()) fail(n, join(path, key), "must be a list of texts, like [\"a\", \"b\"]");
        std::vector<std::string> out;
        for (const auto& e : *n->as_array()) {
            if (!e.is_string() || isBlank(e.as_string()->get())) fail(&e, join(path, key), "every entry must be a non-empty text");
            out.push_back(e.as_string()->get());
        }
        return out;
    }
    const toml::table* table(const toml::table& t, const std::string& path, std::string_view key) const {
        const toml::node* n = t.get(key);
        if (!n) return nullptr;
        if (!n->is_table()) fail(n, join(path, key), "must be a section [" + join(path, key) + "]");
        return n->as_table();
    }
    Rgb colour(const toml::table& t, const std::string& path, std::string_view key, Rgb fallback) const {
        const toml::node* n = t.get(key);
        if (!n) return fallback;
        const std::string v = text(t, path, key, "");
        auto hex = [](char c) -> int {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        };
        if (v.size() != 7 || v[0] != '#') fail(n, join(path, key), "must be a colour like \"#00529B\"");
        int c[6];
        for (int i = 0; i < 6; ++i)
            if ((c[i] = hex(v[i + 1])) < 0) fail(n, join(path, key), "must be a colour like \"#00529B\"");
        return {(c[0] * 16 + c[1]) / 255.0f, (c[2] * 16 + c[3]) / 255.0f, (c[4] * 16 + c[5]) / 255.0f};
    }
    enum class Kind { Font, Png };
    // A file the kiosk will read: it must exist, be a regular file and be what it is named for
    // (a font stb_truetype can use; a PNG of at most 8192 by 8192 pixels), else one message.
    std::string file(const toml::table& t, const std::string& path, std::string_view key, const std::string& base,
                     bool required, Kind kind) const {
        const std::string v = text(t, path, key, "");
        if (v.empty()) {
            if (required) fail(t.get(key), join(path, key), "is missing");
            return {};
        }
        std::filesystem::path p(v);
        if (p.is_relative()) p = std::filesystem::path(base) / p;
        std::error_code ec;
        const auto status = std::filesystem::status(p, ec);
        if (!std::filesystem::exists(status)) fail(t.get(key), join(path, key), "no such file: " + p.string());
        if (!std::filesystem::is_regular_file(status)) fail(t.get(key), join(path, key), "not a file (a folder or a device): " + p.string());
        const auto size = std::filesystem::file_size(p, ec);
        if (ec || size > (64u << 20)) fail(t.get(key), join(path, key), "too large to be a " + std::string(kind == Kind::Font ? "font" : "picture") + ": " + p.string());
        std::string pictureBytes;
        const std::string* kept = nullptr;
        try {
            // A font is kept: the atlas reads the same bytes, not the file again.
            if (kind == Kind::Font) kept = &readFileKept(p.lexically_normal().string());  // the name the atlas uses
            else pictureBytes = readFile(p.string());
        } catch (const IoError&) {
            fail(t.get(key), join(path, key), "cannot be read: " + p.string());
        }
        const std::string& bytes = kept ? *kept : pictureBytes;
        if (kind == Kind::Font) {
            stbtt_fontinfo info{};
            const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
            const int offset = bytes.size() >= 12 ? stbtt_GetFontOffsetForIndex(data, 0) : -1;
            if (offset < 0 || !stbtt_InitFont(&info, data, offset))
                fail(t.get(key), join(path, key), "not a font (TrueType or OpenType): " + p.string());
        } else {
            const auto be = [&](std::size_t at) {
                return (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) << 24) |
                       (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 16) |
                       (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 8) | static_cast<unsigned char>(bytes[at + 3]);
            };
            if (bytes.size() < 33 || bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || bytes.compare(12, 4, "IHDR") != 0)
                fail(t.get(key), join(path, key), "not a PNG picture: " + p.string());
            const std::uint32_t w = be(16), h = be(20);
            if (w < 1 || h < 1 || w > 8192 || h > 8192)
                fail(t.get(key), join(path, key), "a picture of " + std::to_string(w) + "x" + std::to_string(h) + " pixels; at most 8192x8192: " + p.string());
        }
        return p.lexically_normal().string();
    }

private:
    std::string file_;
};

std::vector<Slider> defaultSliders() {
    return {{"positionering_intern", "Positionering intern", "Eigen budget, een aparte gebiedsgerichte afdeling, formele positie", 1},
            {"proces_gemeente", "Proces binnen de gemeente", "Heldere werkprocessen, een gebiedscyclus, aandacht voor gebieden in beleidsplannen", 2},
            {"proces_bewoners", "Proces met bewoners", "Meerdere methoden, veel bewonersinitiatieven, structurele aandacht voor de stem van bewoners", 3},
            {"bestuur_politiek", "Bestuur en politiek", "Gebiedsambtenaar dicht bij de politiek, gebiedswethouders, gebiedscommissies, aandacht in het coalitieakkoord", 4},
            {"communicatie", "Communicatie", "Een gebiedsgerichte communicatiestrategie, regelmatige afstemming, bekende gespreksmethoden", 5}};
}

// DOMAIN.md's table (Helmond, seed 001, section 3.2): a wijktafel once per two years, a
// wijkwerkoverleg one to three times a year (so at the latest a year after the last), a visit
// once per council term; residents see what each is for.
struct ItemWords {
    const char* title;
    int minutes;
    AgendaKind kind;
    Visibility visibility;
};
std::vector<AgendaItem> agendaOf(std::initializer_list<ItemWords> items) {
    std::vector<AgendaItem> out;
    for (const auto& w : items) {
        AgendaItem g;
        g.title = w.title;
        g.minutes = w.minutes;
        g.kind = w.kind;
        g.visibility = w.visibility;
        out.push_back(std::move(g));
    }
    return out;
}

std::vector<MeetingDefaults> defaultMeetings() {
    using V = std::vector<std::string>;
    std::vector<MeetingDefaults> out{{MeetingType::Wijktafel, "Wijktafel", true, true, "Wethouder met wijkportefeuille", "Wijkactieplan", 24, false, false,
             V{"home", "ideas", "plan", "minutes"}},
            {MeetingType::Wijkwerkoverleg, "Wijkwerkoverleg", true, false, "Verantwoordelijke wethouder",
             "Verslag en helderheid over het dossier", 12, false, true, V{"home", "ideas"}},
            {MeetingType::Wijkbezoek, "Wijkbezoek", false, true, "Wijkorgaan", "Kennismaking, ideeën en signalen", 0, true, false,
             V{"home", "ideas", "minutes"}},
            // Planned as the wijk's visit: a college on tour held in a wijk counts as its wijkbezoek.
            {MeetingType::CollegeOnTour, "College on tour", false, true, "Wijkorgaan", "Kennismaking, ideeën en signalen", 0, false,
             false, V{"home", "ideas", "minutes"}},
            {MeetingType::Overig, "Overig", false, true, "", "", 0, false, false, V{"home", "sliders", "ideas", "plan", "minutes"}}};
    for (auto& m : out) {
        const std::string_view t = m.type.key;
        // Helmond's table: the gemeente calls the wijktafel and the wijkwerkoverleg, the
        // wijkorgaan the visits.
        m.initiator = t == MeetingType::Wijkbezoek || t == MeetingType::CollegeOnTour ? "wijkorgaan" : "gemeente";
        constexpr auto I = AgendaKind::Informeren, B = AgendaKind::Bespreken, S = AgendaKind::Besluiten;
        constexpr auto C = Visibility::Closed, P = Visibility::Public;
        if (t == MeetingType::Wijktafel)
            m.agenda = agendaOf({{"Opening", 10, I, C}, {"Positionering", 30, B, C}, {"Opgaven", 30, B, C},
                                 {"Wijkactieplan", 30, S, C}, {"Openbaar deel met bewoners", 30, B, P}, {"Rondvraag", 10, B, P},
                                 {"Afsluiting", 5, I, P}});
        else if (t == MeetingType::Wijkwerkoverleg)
            m.agenda = agendaOf({{"Opening", 5, I, C}, {"Het dossier", 45, B, C}, {"Afspraken", 20, S, C}, {"Rondvraag", 10, B, C},
                                 {"Afsluiting", 5, I, C}});
        else if (t == MeetingType::Wijkbezoek || t == MeetingType::CollegeOnTour)
            m.agenda = agendaOf({{"Welkom", 10, I, P}, {"Kennismaking", 20, B, P}, {"Ideeën en signalen", 45, B, P},
                                 {"Afsluiting", 10, I, P}});
    }
    return out;
}

// `agenda = [{ title = "Opening", minutes = 10, kind = "informeren", visibility = "closed" }, ...]`
std::vector<AgendaItem> readAgenda(const Reader& r, const toml::table& m, const std::string& path) {
    const toml::node* n = m.get("agenda");
    if (!n->is_array()) r.fail(n, path + ".agenda", "must be a list of items like { title = \"Opening\", minutes = 10 }");
    std::vector<AgendaItem> out;
    int i = 0;
    for (const auto& e : *n->as_array()) {
        const std::string at = path + ".agenda[" + std::to_string(i++) + "]";
        if (!e.is_table()) r.fail(&e, at, "must be an item like { title = \"Opening\", minutes = 10 }");
        const auto& t = *e.as_table();
        r.onlyKeys(t, at, {"title", "minutes", "kind", "introducer", "visibility"});
        AgendaItem g;
        g.title = r.requiredText(t, at, "title", &e);
        g.minutes = static_cast<int>(r.integer(t, at, "minutes", 0, 0, 24 * 60));
        g.introducer = r.text(t, at, "introducer", "");
        const auto kind = parseAgendaKind(r.text(t, at, "kind", "bespreken"));
        if (!kind) r.fail(t.get("kind"), at + ".kind", "must be informeren, bespreken or besluiten");
        g.kind = *kind;
        // Public only on purpose, as everything else: an item without a visibility is closed.
        const auto vis = parse<Visibility>(r.text(t, at, "visibility", "closed"));
        if (!vis) r.fail(t.get("visibility"), at + ".visibility", "must be \"public\" or \"closed\"");
        g.visibility = *vis;
        out.push_back(std::move(g));
    }
    return out;
}

std::vector<ActivityKind> defaultActivities() {
    return {{"relatiebeheer", "R"}, {"visie", "V"}, {"programma", "P"}, {"projectenagenda", "PA"}, {"evaluatie", "E"},
            {"dorpsontwikkelingsplan", "Dop"}};
}

}  // namespace

const Gebied* KioskConfig::gebied(const std::string& name) const {
    for (const auto& g : gebieden)
        if (g.name == name) return &g;
    return nullptr;
}

const Area* KioskConfig::area(const std::string& name) const {
    for (const auto& a : areas)
        if (a.name == name) return &a;
    return nullptr;
}

KioskConfig parseConfig(std::string_view source, const std::string& fileName) {
    Reader r(fileName);
    toml::table doc;
    try {
        doc = toml::parse(source, fileName);
    } catch (const toml::parse_error& e) {
        throw ConfigError(fileName + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description()));
    }
    KioskConfig c;
    c.file = fileName;
    const std::string base = std::filesystem::path(fileName).parent_path().string();
    r.onlyKeys(doc, "", {"gemeente", "colours", "display", "kiosk", "answers", "sliders", "themes", "koppelkansen",
                         "budgets", "roles", "parties", "areas", "meetings", "room", "touch", "phones", "planning", "archive", "speech",
                         "spreekrecht", "gebieden", "genodigden", "minutes"});

    if (const auto* t = r.table(doc, "", "gemeente")) {
        r.onlyKeys(*t, "gemeente", {"name", "logo", "archiefvormer"});
        c.municipality = r.text(*t, "gemeente", "name", c.municipality);
        c.archiefvormer = r.text(*t, "gemeente", "archiefvormer", "");
        if (!c.archiefvormer.empty() && !isTooiCode(c.archiefvormer))
            r.fail(t->get("archiefvormer"), "gemeente.archiefvormer", "must be the municipality's TOOI code, like \"gm0794\"");
        c.logo = r.file(*t, "gemeente", "logo", base, false, Reader::Kind::Png);
    }
    if (const auto* t = r.table(doc, "", "colours")) {
        r.onlyKeys(*t, "colours", {"primary", "accent", "background", "text"});
        c.colours.primary = r.colour(*t, "colours", "primary", c.colours.primary);
        c.colours.accent = r.colour(*t, "colours", "accent", c.colours.accent);
        c.colours.background = r.colour(*t, "colours", "background", c.colours.background);
        c.colours.text = r.colour(*t, "colours", "text", c.colours.text);
    }
    const auto* display = r.table(doc, "", "display");
    if (!display) r.fail(nullptr, "display", "is missing: it names the font");
    r.onlyKeys(*display, "display", {"language", "font", "font_bold", "symbol_font", "font_size", "high_contrast"});
    c.language = r.text(*display, "display", "language", "nl");
    if (c.language != "nl" && c.language != "en") r.fail(display->get("language"), "display.language", "must be \"nl\" or \"en\"");
    c.font = r.file(*display, "display", "font", base, true, Reader::Kind::Font);
    c.fontBold = r.file(*display, "display", "font_bold", base, false, Reader::Kind::Font);
    if (c.fontBold.empty()) c.fontBold = c.font;
    c.symbolFont = r.file(*display, "display", "symbol_font", base, false, Reader::Kind::Font);
    // Not named: Debian's Symbola when it is there (an emoji then shows as a picture, not a box).
    if (!display->contains("symbol_font") && std::filesystem::is_regular_file(kSymbola)) c.symbolFont = kSymbola;
    c.fontSize = static_cast<float>(r.number(*display, "display", "font_size", 26, 12, 96));
    c.highContrast = r.boolean(*display, "display", "high_contrast", false);

    if (const auto* t = r.table(doc, "", "room")) {  // a projector or second screen for the audience
        r.onlyKeys(*t, "room", {"display", "summary_above"});
        c.roomDisplay = static_cast<int>(r.integer(*t, "room", "display", -1, -1, 15));
        c.summaries.roomAbove = static_cast<int>(r.integer(*t, "room", "summary_above", c.summaries.roomAbove, 10, 100000));
    }
    if (const auto* t = r.table(doc, "", "minutes")) {  // a big meeting's minutes as counts and highlights
        r.onlyKeys(*t, "minutes", {"summary_above", "top"});
        c.summaries.minutesAbove = static_cast<int>(r.integer(*t, "minutes", "summary_above", c.summaries.minutesAbove, 10, 1000000));
        c.summaries.top = static_cast<int>(r.integer(*t, "minutes", "top", c.summaries.top, 1, 100));
    }
    if (const auto* t = r.table(doc, "", "speech")) {  // "Lees voor"
        r.onlyKeys(*t, "speech", {"enabled", "rate", "voice", "wav"});
        c.speech.enabled = r.boolean(*t, "speech", "enabled", true);
        c.speech.rate = static_cast<int>(r.integer(*t, "speech", "rate", 150, 80, 400));
        c.speech.voice = r.text(*t, "speech", "voice", "nl");
        c.speech.wav = r.text(*t, "speech", "wav", "");
        if (!c.speech.wav.empty() && std::filesystem::path(c.speech.wav).is_relative()) c.speech.wav = (std::filesystem::path(base) / c.speech.wav).string();
    }
    if (const auto* t = r.table(doc, "", "archive")) {  // the municipality's PostgreSQL
        r.onlyKeys(*t, "archive", {"url"});
        c.archiveUrl = r.text(*t, "archive", "url", "");
        if (!c.archiveUrl.empty() && c.archiveUrl.rfind("postgresql://", 0) != 0 && c.archiveUrl.rfind("postgres://", 0) != 0)
            r.fail(t->get("url"), "archive.url", "must be a PostgreSQL URL, like \"postgresql://kiosk@archief.gemeente.nl/wijkkiosk\"");
    }
    if (const auto* t = r.table(doc, "", "phones")) {  // residents joining from their phones
        r.onlyKeys(*t, "phones", {"enabled", "port", "bind", "languages", "visits_per_address", "connections_per_address"});
        c.phones.enabled = r.boolean(*t, "phones", "enabled", false);
        c.phones.port = static_cast<int>(r.integer(*t, "phones", "port", 8080, 0, 65535));  // 0: any free one
        c.phones.bind = r.text(*t, "phones", "bind", "0.0.0.0");
        c.phones.visitsPerAddress = static_cast<int>(r.integer(*t, "phones", "visits_per_address", 3, 1, 10000));
        c.phones.connectionsPerAddress = static_cast<int>(r.integer(*t, "phones", "connections_per_address", 8, 2, 10000));
        unsigned a = 0, b = 0, cc = 0, d = 0;
        char tail = 0;
        if (std::sscanf(c.phones.bind.c_str(), "%u.%u.%u.%u%c", &a, &b, &cc, &d, &tail) != 4 || a > 255 || b > 255 || cc > 255 || d > 255)
            r.fail(t->get("bind"), "phones.bind", "must be an IPv4 address, like \"0.0.0.0\" or \"192.168.1.10\"");
        if (t->contains("languages")) {
            c.phones.languages = r.text(*t, "phones", "languages", "");
            if (!c.phones.languages.empty() && std::filesystem::path(c.phones.languages).is_relative())
                c.phones.languages = (std::filesystem::path(base) / c.phones.languages).string();
            if (!std::filesystem::is_directory(c.phones.languages))
                r.fail(t->get("languages"), "phones.languages", "must name a folder of translation tables (tr.toml, ...)");
        }
    }
    if (const auto* t = r.table(doc, "", "touch")) {  // a touchscreen mounted turned
        r.onlyKeys(*t, "touch", {"rotation"});
        c.touchRotation = static_cast<int>(r.integer(*t, "touch", "rotation", 0, 0, 270));
        if (c.touchRotation % 90 != 0) r.fail(t->get("rotation"), "touch.rotation", "must be 0, 90, 180 or 270");
    }

    if (const auto* t = r.table(doc, "", "kiosk")) {
        r.onlyKeys(*t, "kiosk", {"idle_seconds", "pin_hash", "pin_sha256", "pin_cost", "votes_per_visit", "retention_months"});
        c.idleSeconds = static_cast<int>(r.integer(*t, "kiosk", "idle_seconds", 120, 10, 24 * 3600));
        if (t->contains("pin_sha256"))
            r.fail(t->get("pin_sha256"), "kiosk.pin_sha256",
                   "the old SHA-256 form is refused (every 4-digit PIN can be found from it in a blink): make a new one with "
                   "`wijkkiosk hash-pin PIN` and set it as kiosk.pin_hash");
        c.pinHash = r.text(*t, "kiosk", "pin_hash", "");
        if (!c.pinHash.empty() && !isPinHash(c.pinHash))
            r.fail(t->get("pin_hash"), "kiosk.pin_hash", "must be an Argon2id hash, \"$argon2id$...\" (wijkkiosk hash-pin PIN prints one)");
        const std::string cost = r.text(*t, "kiosk", "pin_cost", "interactive");
        if (cost != "interactive" && cost != "minimal")
            r.fail(t->get("pin_cost"), "kiosk.pin_cost", "must be \"interactive\" (a kiosk) or \"minimal\" (tests only)");
        c.pinCost = cost == "minimal" ? PinCost::Minimal : PinCost::Interactive;
        c.policy.votesPerVisit = static_cast<int>(r.integer(*t, "kiosk", "votes_per_visit", 3, 0, 100));
        c.policy.retentionMonths = static_cast<int>(r.integer(*t, "kiosk", "retention_months", 12, 1, 120));
    }

    if (const auto* t = r.table(doc, "", "answers")) {
        r.onlyKeys(*t, "answers", {"scheme"});
        const std::string s = r.text(*t, "answers", "scheme", "nu_ooit_nooit");
        const auto scheme = parse<ResponseScheme>(s);
        if (!scheme) r.fail(t->get("scheme"), "answers.scheme", "must be one of: " + allWords<ResponseScheme>());
        c.policy.scheme = *scheme;
    }

    if (const toml::node* n = doc.get("sliders")) {
        if (!n->is_array_of_tables()) r.fail(n, "sliders", "must be a list of [[sliders]] sections");
        std::set<std::string> keys;
        std::int64_t seq = 0;
        for (const auto& e : *n->as_array()) {
            const auto& t = *e.as_table();
            const std::string path = "sliders[" + std::to_string(seq) + "]";
            r.onlyKeys(t, path, {"key", "label", "top"});
            Slider s{r.requiredText(t, path, "key", &e), r.requiredText(t, path, "label", &e), r.text(t, path, "top", ""), ++seq};
            if (!keys.insert(s.key).second) r.fail(t.get("key"), path + ".key", "\"" + s.key + "\" is used twice");
            c.sliders.push_back(std::move(s));
        }
    } else {
        c.sliders = defaultSliders();
    }

    c.policy.themes = r.words(doc, "", "themes", {"groen", "verkeer", "veiligheid", "jeugd", "spelen", "wonen", "zorg en welzijn", "duurzaamheid"});
    c.koppelkansen = r.words(doc, "", "koppelkansen", {"energietransitie", "veilige wijk", "gezonde wijk", "klimaatadaptatie"});
    c.budgets = r.words(doc, "", "budgets", {"regulier", "wijkbudget", "handgeld", "initiatiefbudget", "fonds"});
    c.roles = r.words(doc, "", "roles", {"wethouder", "wijkorgaan", "partner", "vakambtenaar", "adviseur", "professional", "bewoner"});

    c.parties = {{Party::Gemeente, "Gemeente"}, {Party::Wijkorgaan, "Wijkorgaan"}, {Party::Partner, "Partners"}, {Party::Bewoners, "Bewoners"}};
    if (const auto* t = r.table(doc, "", "parties")) {
        r.onlyKeys(*t, "parties", {"gemeente", "wijkorgaan", "partner", "bewoners"});
        for (auto& [party, label] : c.parties) label = r.text(*t, "parties", toString(party), label);
    }

    if (const toml::node* n = doc.get("areas")) {
        if (!n->is_array_of_tables()) r.fail(n, "areas", "must be a list of [[areas]] sections");
        int i = 0;
        for (const auto& e : *n->as_array()) {
            const auto& t = *e.as_table();
            const std::string path = "areas[" + std::to_string(i++) + "]";
            r.onlyKeys(t, path, {"name", "kind", "gebied", "map", "budgets", "code"});
            Area a{r.requiredText(t, path, "name", &e), r.text(t, path, "kind", "wijk"), r.text(t, path, "gebied", ""),
                   r.file(t, path, "map", base, false, Reader::Kind::Png), {}};
            if (const auto* b = r.table(t, path, "budgets")) {
                for (auto&& [kind, v] : *b) {
                    const std::string key = path + ".budgets." + std::string(kind.str());
                    if (std::find(c.budgets.begin(), c.budgets.end(), std::string(kind.str())) == c.budgets.end())
                        r.fail(&v, key, "is not one of the budgets (" + std::to_string(c.budgets.size()) + " in 'budgets')");
                    const double euros = r.number(*b, path + ".budgets", kind.str(), 0, 0, 1e7);
                    const double cents = std::round(euros * 100.0);
                    if (std::fabs(euros * 100.0 - cents) > 1e-6 * std::max(1.0, cents)) r.fail(&v, key, "must be euros with at most two decimals");
                    a.budgets[std::string(kind.str())] = static_cast<std::int64_t>(cents);
                }
            }
            if (a.kind != "wijk" && a.kind != "kern" && a.kind != "buurtschap")
                r.fail(t.get("kind"), path + ".kind", "must be wijk, kern or buurtschap");
            a.code = r.text(t, path, "code", "");
            if (t.get("code") && !isAreaCode(a.code)) r.fail(t.get("code"), path + ".code", "must be 1 to 6 capital letters or digits, like \"BH\"");
            for (const auto& other : c.areas)
                if (!a.code.empty() && other.code == a.code)
                    r.fail(t.get("code"), path + ".code", "\"" + a.code + "\" is the code of " + other.name + " already: each area's code is its own");
            c.areas.push_back(std::move(a));
        }
    }
    if (c.areas.empty()) r.fail(nullptr, "areas", "at least one [[areas]] section is needed (the wijken and kernen)");

    c.policy.meetings = defaultMeetings();
    c.policy.stopWords = dutchStopWords();
    if (const auto* t = r.table(doc, "", "meetings")) {
        for (auto&& [k, v] : *t) {
            const auto type = parse<MeetingType>(k.str());
            const std::string path = "meetings." + std::string(k.str());
            if (!type) r.fail(&v, path, "a meeting type is named in lower case letters, digits and _ (like \"doe_dag\")");
            if (!v.is_table()) r.fail(&v, path, "must be a section [" + path + "]");
            const auto& m = *v.as_table();
            r.onlyKeys(m, path, {"label", "closed", "public_part", "chair", "result", "every_months", "per_council_term",
                                 "dossier", "resident_views", "answers", "distribution", "plan", "initiator", "agenda", "evaluation",
                                 "evaluation_question", "report_every_months", "waardering", "bewaartermijn"});
            // A form of the municipality's own (the menukaart's wijkschouw, zeepkist, ...): it
            // names what it is called; the rest starts as an "overig" meeting's.
            if (!c.policy.meeting(*type)) {
                MeetingDefaults added = *c.policy.meeting(MeetingType::Overig);
                added.type = *type;
                added.label = r.requiredText(m, path, "label", &v);
                // Offered among the named forms, "overig" staying last.
                const auto overig = std::find_if(c.policy.meetings.begin(), c.policy.meetings.end(),
                                                 [](const MeetingDefaults& d) { return d.type == MeetingType::Overig; });
                c.policy.meetings.insert(overig, std::move(added));
            }
            for (auto& d : c.policy.meetings) {
                if (d.type != *type) continue;
                d.initiator = r.text(m, path, "initiator", d.initiator);
                if (d.initiator != "gemeente" && d.initiator != "wijkorgaan")
                    r.fail(m.get("initiator"), path + ".initiator", "must be \"gemeente\" or \"wijkorgaan\"");
                if (m.get("agenda")) d.agenda = readAgenda(r, m, path);
                d.label = r.text(m, path, "label", d.label);
                d.closed = r.boolean(m, path, "closed", d.closed);
                d.publicPart = r.boolean(m, path, "public_part", d.publicPart);
                d.chair = r.text(m, path, "chair", d.chair);
                d.result = r.text(m, path, "result", d.result);
                d.distribution = r.text(m, path, "distribution", d.distribution);
                if (m.get("plan")) {
                    const std::string plan = r.text(m, path, "plan", "");
                    if (plan != "public" && plan != "closed") r.fail(m.get("plan"), path + ".plan", "must be \"public\" or \"closed\"");
                    d.plan = plan == "public" ? Visibility::Public : Visibility::Closed;
                }
                d.everyMonths = static_cast<int>(r.integer(m, path, "every_months", d.everyMonths, 0, 120));
                d.perCouncilTerm = r.boolean(m, path, "per_council_term", d.perCouncilTerm);
                if (d.everyMonths > 0 && d.perCouncilTerm)
                    r.fail(m.get("per_council_term"), path + ".per_council_term", "and every_months exclude each other");
                d.dossier = r.boolean(m, path, "dossier", d.dossier);
                d.residentViews = r.words(m, path, "resident_views", d.residentViews);
                d.evaluation = r.words(m, path, "evaluation", d.evaluation);
                if (d.evaluation.size() < 3 || d.evaluation.size() > 5)
                    r.fail(m.get("evaluation"), path + ".evaluation", "must name three to five statements");
                for (const auto& e : d.evaluation)
                    if (codepointCount(e) > static_cast<std::size_t>(kMaxStatementLength) || isBlank(e))
                        r.fail(m.get("evaluation"), path + ".evaluation", "each statement has 1 to 200 characters");
                d.evaluationQuestion = r.text(m, path, "evaluation_question", d.evaluationQuestion);
                d.reportMonths = static_cast<int>(r.integer(m, path, "report_every_months", d.reportMonths, 0, 24));
                d.waardering = r.text(m, path, "waardering", d.waardering);
                if (!d.waardering.empty() && d.waardering != "blijvend" && d.waardering != "vernietigen")
                    r.fail(m.get("waardering"), path + ".waardering", "must be \"blijvend\" or \"vernietigen\"");
                d.bewaartermijn = r.text(m, path, "bewaartermijn", d.bewaartermijn);
                if (!d.bewaartermijn.empty() && !isRetentionPeriod(d.bewaartermijn))
                    r.fail(m.get("bewaartermijn"), path + ".bewaartermijn", "must be a period like \"P10Y\" (ten years) or \"P6M\"");
                if (isBlank(d.evaluationQuestion) || codepointCount(d.evaluationQuestion) > static_cast<std::size_t>(kMaxStatementLength))
                    r.fail(m.get("evaluation_question"), path + ".evaluation_question", "must have 1 to 200 characters");
                for (const auto& v : d.residentViews)
                    if (v != "home" && v != "sliders" && v != "ideas" && v != "plan" && v != "minutes")
                        r.fail(m.get("resident_views"), path + ".resident_views", "\"" + v + "\" is not a screen; home, sliders, ideas, plan or minutes");
                if (m.get("answers")) {
                    const auto scheme = parse<ResponseScheme>(r.text(m, path, "answers", ""));
                    if (!scheme) r.fail(m.get("answers"), path + ".answers", "must be nu_ooit_nooit or ja_nee_ja_mits");
                    d.scheme = *scheme;
                    d.schemeSet = true;
                }
            }
        }
    }
    // The kiosk-wide answer scheme is each meeting's unless a meeting names its own.
    for (auto& d : c.policy.meetings)
        if (!d.schemeSet) d.scheme = c.policy.scheme;

    if (const auto* t = r.table(doc, "", "spreekrecht")) {  // the floor, in turns
        r.onlyKeys(*t, "spreekrecht", {"minutes_per_speaker"});
        c.policy.speakerMinutes = static_cast<int>(r.integer(*t, "spreekrecht", "minutes_per_speaker", c.policy.speakerMinutes, 1, 60));
    }
    if (const toml::node* n = doc.get("gebieden")) {  // who answers for each gebied
        if (!n->is_array_of_tables()) r.fail(n, "gebieden", "must be a list of [[gebieden]] sections");
        int i = 0;
        for (const auto& e : *n->as_array()) {
            const auto& t = *e.as_table();
            const std::string path = "gebieden[" + std::to_string(i++) + "]";
            r.onlyKeys(t, path, {"name", "wethouder", "contact", "email", "phone"});
            Gebied g{r.requiredText(t, path, "name", &e), r.text(t, path, "wethouder", ""), r.text(t, path, "contact", ""),
                     r.email(t, path, "email", false), r.text(t, path, "phone", "")};
            bool used = false;
            for (const auto& a : c.areas) used = used || a.gebied == g.name;
            if (!used) r.fail(t.get("name"), path + ".name", "\"" + g.name + "\" is the gebied of no area in [[areas]]");
            if (c.gebied(g.name)) r.fail(t.get("name"), path + ".name", "\"" + g.name + "\" is named twice");
            c.gebieden.push_back(std::move(g));
        }
    }

    if (const toml::node* n = doc.get("genodigden")) {  // the internal invitation's attendees
        if (!n->is_array_of_tables()) r.fail(n, "genodigden", "must be a list of [[genodigden]] sections");
        int i = 0;
        for (const auto& e : *n->as_array()) {
            const auto& t = *e.as_table();
            const std::string path = "genodigden[" + std::to_string(i++) + "]";
            r.onlyKeys(t, path, {"name", "organisation", "party", "email", "gebied"});
            Invitee v;
            v.name = r.requiredText(t, path, "name", &e);
            v.organisation = r.text(t, path, "organisation", "");
            v.email = r.email(t, path, "email", true);
            const std::string party = r.text(t, path, "party", "gemeente");
            const auto p = parse<Party>(party);
            if (!p || *p == Party::Bewoners)
                r.fail(t.get("party"), path + ".party",
                       "must be gemeente, wijkorgaan or partner (residents are invited by the public letter, never by name)");
            v.party = *p;
            v.gebied = r.text(t, path, "gebied", "");
            if (!v.gebied.empty() && !c.gebied(v.gebied))
                r.fail(t.get("gebied"), path + ".gebied", "\"" + v.gebied + "\" is not a gebied in [[gebieden]]");
            c.invitees.push_back(std::move(v));
        }
    }

    c.activities = defaultActivities();
    if (const auto* t = r.table(doc, "", "planning")) {
        r.onlyKeys(*t, "planning", {"council_terms", "activities"});
        c.councilTerms = r.words(*t, "planning", "council_terms", {});
        for (const auto& d : c.councilTerms)
            if (!isIsoDate(d)) r.fail(t->get("council_terms"), "planning.council_terms", "\"" + d + "\" is not a date like 2026-03-30");
        if (!std::is_sorted(c.councilTerms.begin(), c.councilTerms.end()))
            r.fail(t->get("council_terms"), "planning.council_terms", "must be in order, oldest first");
        if (const toml::node* n = t->get("activities")) {
            if (!n->is_array()) r.fail(n, "planning.activities", "must be a list like [\"R = relatiebeheer\", \"V = visie\"]");
            c.activities.clear();
            for (const auto& e : *n->as_array()) {
                const std::string v = e.is_string() ? e.as_string()->get() : "";
                const auto eq = v.find('=');
                if (eq == std::string::npos || isBlank(v.substr(0, eq)) || isBlank(v.substr(eq + 1)))
                    r.fail(&e, "planning.activities", "every entry is a letter and a name, like \"R = relatiebeheer\"");
                const auto trim = [](std::string x) {
                    x.erase(0, x.find_first_not_of(' '));
                    x.erase(x.find_last_not_of(' ') + 1);
                    return x;
                };
                c.activities.push_back({trim(v.substr(eq + 1)), trim(v.substr(0, eq))});
            }
        }
    }
    return c;
}

std::string cssColour(const Rgb& c) {
    const auto byte = [](float v) { return static_cast<int>(v * 255.0f + 0.5f); };
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02X%02X%02X", byte(c.r) & 255, byte(c.g) & 255, byte(c.b) & 255);
    return buf;
}

KioskConfig loadConfig(const std::string& path) {
    std::string text;
    try {
        text = readFile(path, 1024 * 1024);  // a config is a few kilobytes
    } catch (const IoError& e) {
        throw ConfigError(e.what());
    }
    return parseConfig(text, path);
}

bool installed() {
    // The program at its installed place (/usr/bin/wijkkiosk): the package's layout.
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return !ec && self == std::filesystem::path(WK_INSTALL_BIN);
}

std::string defaultConfigPath() {
    namespace fs = std::filesystem;
    if (installed()) return WK_INSTALL_CONFIG;
    const fs::path local = fs::path("kiosk-config") / "kiosk.toml";
    std::error_code ec;
    if (fs::is_regular_file(local, ec)) return local.string();
    return (fs::path(WK_SOURCE_DIR) / "kiosk-config" / "kiosk.toml").string();
}

std::string installedDataFolder() { return WK_INSTALL_DATA; }

}  // namespace wk::io
