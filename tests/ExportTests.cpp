// Minutes (md, html), the action plan (csv) and the session (json): golden files from a fixed
// session, escaping, CSV that opens safely in a Dutch spreadsheet, and public exports that hold
// nothing closed and no resident's name given without consent.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "TestUtil.h"
#include "domain/Plan.h"
#include "domain/Text.h"
#include "io/AtomicFile.h"
#include "io/Config.h"
#include "export/Export.h"
#include "export/OdtWriter.h"
#include "io/SessionJson.h"
#include "store/Repository.h"
#include "io/I18n.h"
#include "io/Module.h"

using namespace wk;
using namespace wk::io;

namespace {

const KioskConfig& config() { return test::shippedConfig(); }
Words words() { return test::dutchWords(); }
ChartWords chartWords() { return {"Positionering", "nu", "gewenst", "mediaan", "overgeslagen", ','}; }

std::string render(const Session& s, ExportFormat f, Audience a) { return renderExport(s, f, a, config(), words(), chartWords()); }

// The embedded images (logo, chart) are left out of the comparison: their bytes depend on the
// font and PNG encoder; everything else must match exactly.
std::string withoutImages(const std::string& html) {
    const std::string mark = "data:image/png;base64,";
    std::string out = html;
    for (std::size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at + 1)) {
        const std::size_t from = at + mark.size(), to = out.find('"', from);
        out.replace(from, to - from, "…");
    }
    return out;
}

void checkGolden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(WK_SOURCE_DIR) + "/tests/golden/" + name;
    if (std::getenv("WK_UPDATE_GOLDEN")) writeFileAtomically(path, actual);
    INFO("golden file " << path << " (WK_UPDATE_GOLDEN=1 rewrites it)");
    CHECK(readFile(path) == actual);
}

// A tiny RFC 4180 reader, to check the CSV the way a spreadsheet reads it.
std::vector<std::vector<std::string>> readCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { rows.back().back() += '"'; ++i; }
            else if (c == '"') quoted = false;
            else rows.back().back() += c;
        } else if (c == '"') quoted = true;
        else if (c == ';') rows.back().emplace_back();
        else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') { rows.emplace_back(1); ++i; }
        else rows.back().back() += c;
    }
    if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
    return rows;
}

Session tricky() {
    Session s = test::smallSession();
    s.ideas[0].text = "<script>alert('x')</script> & \"quotes\" **vet** # kop | pijp [link](http://x) 🌳 " + std::string(3000, 'w');
    s.actions[0].what = "=HYPERLINK(\"http://evil\";\"klik\")";
    s.actions[0].indicator = "+31 6 1234";
    s.actions[0].owner = "@bureau";
    s.actions[0].budget = "-50";
    Action a = s.actions[0];
    a.id = "a2";
    a.what = "Regel een\nregel twee; met \"aanhalingstekens\"";
    a.indicator = "\tinspringing";
    a.owner = "\rterug";
    a.seq = 2;
    s.actions.push_back(a);
    return s;
}

}  // namespace

TEST_CASE("golden files: minutes, plan and session of a fixed session") {
    const Session s = test::smallSession();
    checkGolden("small-internal.md", render(s, ExportFormat::Markdown, Audience::Internal));
    checkGolden("small-public.md", render(s, ExportFormat::Markdown, Audience::Public));
    checkGolden("small-internal.html", withoutImages(render(s, ExportFormat::Html, Audience::Internal)));
    checkGolden("small-public.csv", render(s, ExportFormat::Csv, Audience::Public));
    checkGolden("small-internal.json", render(s, ExportFormat::Json, Audience::Internal));
}

TEST_CASE("a public export holds nothing closed and no name without consent, in any format") {
    const Session s = test::smallSession();  // closed items say VERTROUWELIJK; Jan Bewoner gave no consent
    for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Csv, ExportFormat::Json}) {
        const std::string out = render(s, f, Audience::Public);
        CHECK(out.find("VERTROUWELIJK") == std::string::npos);
        CHECK(out.find("Jan Bewoner") == std::string::npos);
        CHECK(out.find("jan@example.nl") == std::string::npos);
        const std::string internal = render(s, f, Audience::Internal);
        if (f != ExportFormat::Csv) CHECK(internal.find("VERTROUWELIJK") != std::string::npos);  // the marker is there to find
    }
    // The demo too, with its closed action, note and idea.
    for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Csv, ExportFormat::Json}) {
        const std::string out = render(io::sessionFromJson(readFile(std::string(WK_SOURCE_DIR) + "/assets/demo-session.json")), f, Audience::Public);
        CHECK(out.find("ertrouwelijk") == std::string::npos);
        CHECK(out.find("Molenstraat") == std::string::npos);
        CHECK(out.find("Brüggemann") == std::string::npos);
    }
}

TEST_CASE("the public minutes are plain Dutch: dates in words, no word of the jargon list") {
    const auto jargon = test::jargon();
    std::vector<Session> sessions{test::smallSession(), io::sessionFromJson(readFile(std::string(WK_SOURCE_DIR) + "/assets/demo-session.json")),
                                  io::sessionFromJson(readFile(std::string(WK_SOURCE_DIR) + "/tests/room/wijktafel.json"))};
    for (const auto& s : sessions) {
        for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html}) {
            std::string out = render(s, f, Audience::Public);
            // Typed text may hold anything; the minutes' own words and dates may not.
            for (const auto& i : s.ideas) for (std::size_t at; (at = out.find(i.text)) != std::string::npos;) out.erase(at, i.text.size());
            INFO(s.info.title << " " << static_cast<int>(f));
            CHECK(wordStartingWith(out, jargon).empty());
            const std::size_t at = isoDateAt(out);
            CHECK(at == std::string::npos);
            if (at != std::string::npos) INFO(out.substr(at > 60 ? at - 60 : 0, 120));
        }
        CHECK(render(s, ExportFormat::Markdown, Audience::Internal).find(s.info.date) == std::string::npos);
    }
}

TEST_CASE("minutes show exactly what was typed and inject nothing") {
    const Session s = tricky();
    const std::string html = render(s, ExportFormat::Html, Audience::Internal);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot; **vet** # kop | pijp [link](http://x) 🌳") != std::string::npos);
    CHECK(html.find("Regel een<br>regel twee; met &quot;aanhalingstekens&quot;") != std::string::npos);
    const std::string md = render(s, ExportFormat::Markdown, Audience::Internal);
    CHECK(md.find("\\<script\\>alert('x')\\</script\\> \\& \"quotes\" \\*\\*vet\\*\\* \\# kop \\| pijp \\[link\\](http://x) 🌳") != std::string::npos);
    CHECK(md.find("<script>") == std::string::npos);
    CHECK(md.find(std::string(3000, 'w')) != std::string::npos);  // a very long line is kept whole
    CHECK(escapeMarkdown("1. geen lijst") == "1\\. geen lijst");
    CHECK(escapeMarkdown("- geen lijst") == "\\- geen lijst");
    CHECK(escapeMarkdown("    geen code") == "geen code");
    CHECK(escapeMarkdown("gewoon, met: leestekens.") == "gewoon, met: leestekens.");
}

TEST_CASE("the action plan CSV opens in a Dutch spreadsheet with columns intact and no formula") {
    const std::string csv = render(tricky(), ExportFormat::Csv, Audience::Internal);
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);  // BOM
    const auto rows = readCsv(csv.substr(3));
    REQUIRE(rows.size() == 3);  // header and two actions
    for (const auto& r : rows) CHECK(r.size() == rows[0].size());
    CHECK(rows[0][0] == "Nr.");
    CHECK(rows[0][2] == "Wat");
    CHECK(rows[1][2] == "'=HYPERLINK(\"http://evil\";\"klik\")");
    CHECK(rows[1][3] == "'+31 6 1234");
    CHECK(rows[1][5] == "'@bureau");
    CHECK(rows[1][7] == "'-50");
    CHECK(rows[1][6] == "2027-06-30");  // ISO dates
    CHECK(rows[2][2] == "Regel een\nregel twee; met \"aanhalingstekens\"");
    CHECK(rows[2][3] == "'\tinspringing");
    CHECK(rows[2][5] == "'\rterug");
    // Every record ends in CRLF; no bare LF outside quotes.
    CHECK(csv.substr(csv.size() - 2) == "\r\n");
    CHECK(csvCell("plain") == "plain");
    CHECK(csvCell("a;b") == "\"a;b\"");
    CHECK(csvCell("=1+1") == "'=1+1");
}

TEST_CASE("the json export imports again as the same session") {
    const Session s = test::smallSession();
    const std::string json = render(s, ExportFormat::Json, Audience::Internal);
    CHECK(sessionToJson(sessionFromJson(json)) == json);
}

TEST_CASE("the kiosk's export writes minutes, plan and session, named for the audience, and nothing closed in public") {
    test::TempDir dir;
    const auto names = exportAll(test::smallSession(), Audience::Public, dir.path(), config(), words(), chartWords());
    REQUIRE(names.size() == 9);  // no contact list in public
    CHECK(names[0] == "2026-11-22 Stiphout verslag openbaar.html");
    CHECK(names[2] == "2026-11-22 Stiphout verslag openbaar.pdf");
    CHECK(names[3] == "2026-11-22 Stiphout verslag openbaar.odt");
    CHECK(names[5] == "2026-11-22 Stiphout actieplan openbaar.xlsx");
    CHECK(names[7] == "2026-11-22 Stiphout ideeën openbaar.xlsx");  // the whole list the minutes of a big meeting name
    CHECK(names[8] == "2026-11-22 Stiphout werkagenda openbaar.html");
    for (const auto& n : names) {
        const std::string bytes = readFile(dir.file(n));
        CHECK_FALSE(bytes.empty());
        CHECK(bytes.find("VERTROUWELIJK") == std::string::npos);
    }
    CHECK_THROWS_AS(exportAll(test::smallSession(), Audience::Public, dir.file("no/such/folder"), config(), words(), chartWords()), IoError);
}

TEST_CASE("export file names say what is in them and suit any file system") {
    SessionInfo info;
    info.date = "2026-11-19";
    info.wijk = "Brouwhuis/Noord";
    CHECK(exportFileName(info, ExportFormat::Html, Audience::Public, words()) == "2026-11-19 Brouwhuis-Noord verslag openbaar.html");
    CHECK(exportFileName(info, ExportFormat::Csv, Audience::Internal, words()) == "2026-11-19 Brouwhuis-Noord actieplan intern.csv");
}

TEST_CASE("purge removes residents' personal data before the cut-off and keeps the ideas") {
    CHECK(monthsBefore("2026-11-23", 12) == "2025-11-23");
    CHECK(monthsBefore("2026-03-31", 1) == "2026-02-28");
    CHECK(monthsBefore("2024-03-31", 1) == "2024-02-29");
    CHECK(monthsBefore("2026-01-15", 14) == "2024-11-15");
    test::TempDir dir;
    auto db = store::Database::open(dir.file("k.db"));
    store::Repository repo(*db);
    Session old = test::smallSession();
    old.info.date = "2024-05-01";
    old.ideas[0].consent = true;  // consent to show a name is not consent to keep it forever
    const auto oldId = test::create(repo, old);
    const auto newId = test::create(repo, test::smallSession());  // 2026-11-22
    const auto p = repo.purgePersonalData("2025-11-23", "2026-11-23T09:00:00");
    CHECK(p.sessions == 1);
    CHECK(p.ideas == 2);
    CHECK(p.participants == 1);  // the resident; the alderman's name is not a resident's
    const Session back = repo.load(oldId);
    REQUIRE(back.ideas.size() == 2);
    CHECK(back.ideas[0].text == old.ideas[0].text);
    CHECK(back.ideas[0].votes == old.ideas[0].votes);
    CHECK(back.ideas[0].author.empty());
    CHECK(back.ideas[0].contact.empty());
    CHECK(back.participants[0].name == "A. de Vries");
    CHECK(back.participants[1].name.empty());
    CHECK(repo.load(newId).ideas[0].author == "Jan Bewoner");  // within the period: untouched
    CHECK(repo.purgePersonalData("2025-11-23", "2026-11-23T09:00:00").ideas == 0);   // nothing left to purge
}

TEST_CASE("the export folders are the mounted sticks first, then the home folder") {
    namespace fs = std::filesystem;
    test::TempDir dir;
    const std::string media = dir.file("media"), runMedia = dir.file("run-media"), home = dir.file("home");
    fs::create_directories(media + "/kiosk/USB-STICK");     // /media/<user>/<stick>, as udisks mounts it
    fs::create_directories(media + "/kiosk/Verslagen");     // a second stick of the same user
    fs::create_directories(runMedia + "/STICK");            // mounted straight under the root, no user
    std::ofstream(runMedia + "/not-a-folder.txt") << "x";  // files are not places to export to
    fs::create_directories(home);
    const auto folders = exportFolders({media, runMedia, dir.file("absent")}, home);
    REQUIRE(folders.size() == 4);
    CHECK(std::set<std::string>(folders.begin(), folders.begin() + 2) ==
          std::set<std::string>{media + "/kiosk/USB-STICK", media + "/kiosk/Verslagen"});
    CHECK(folders[2] == runMedia + "/STICK");
    CHECK(folders[3] == home);  // last: a stick is what an advisor takes home
    CHECK(exportFolders({dir.file("absent")}, "").empty());

    // A stick mounted straight under the root (usbmount's /media/usb0) with folders on it is
    // offered itself. A link to a folder on another file system stands in for the mount.
    std::string stick = "/dev/shm/wk-stick-XXXXXX";
    REQUIRE(::mkdtemp(stick.data()));
    fs::create_directories(stick + "/Foto's");
    const std::string usbmount = dir.file("usbmount");
    fs::create_directories(usbmount);
    fs::create_directory_symlink(stick, usbmount + "/usb0");
    struct stat a {}, b {};
    REQUIRE((::stat(stick.c_str(), &a) == 0 && ::stat(usbmount.c_str(), &b) == 0 && a.st_dev != b.st_dev));
    CHECK(exportFolders({usbmount}, "") == std::vector<std::string>{usbmount + "/usb0"});
    fs::remove_all(stick);
}

TEST_CASE("a public and an internal export give one action the same number") {
    Session s = test::smallSession();
    // A closed action filed first: the public plan leaves out number 1, and does not renumber.
    Action closed = s.actions[0];
    closed.id = "a0";
    closed.what = "Gesprek met de eigenaar";
    closed.visibility = Visibility::Closed;
    closed.origin.reset();
    closed.number = 1;
    closed.seq = 0;
    s.actions[0].number = 2;
    s.actions[0].amountCents = 125050;
    s.actions.insert(s.actions.begin(), closed);
    const std::string publicCsv = render(s, ExportFormat::Csv, Audience::Public);
    const std::string internalCsv = render(s, ExportFormat::Csv, Audience::Internal);
    const auto pub = readCsv(publicCsv.substr(3)), internal = readCsv(internalCsv.substr(3));
    REQUIRE(pub.size() == 2);
    REQUIRE(internal.size() == 3);
    CHECK(pub[1][0] == "2");
    CHECK(pub[1][2] == "Schoolzone herinrichten");
    CHECK(pub[0][8] == "Bedrag (euro)");
    CHECK(pub[1][8] == "1250,50");  // a number to a Dutch spreadsheet: no euro sign, no thousands point
    CHECK(internal[1][0] == "1");
    CHECK(internal[2][0] == "2");
    CHECK(internal[2][2] == "Schoolzone herinrichten");
    const std::string publicMd = render(s, ExportFormat::Markdown, Audience::Public);
    const std::string internalMd = render(s, ExportFormat::Markdown, Audience::Internal);
    CHECK(publicMd.find("| 2 | Schoolzone herinrichten") != std::string::npos);
    CHECK(internalMd.find("| 2 | Schoolzone herinrichten") != std::string::npos);
    CHECK(publicMd.find("Gesprek met de eigenaar") == std::string::npos);
    CHECK(publicMd.find("regulier<br>\xE2\x82\xAC 1.250,50") != std::string::npos);
}

TEST_CASE("a resident's contact is in no minutes, only in the internal contact list") {
    Session s = test::smallSession();
    s.ideas[0].consent = true;  // consent to the name is not consent to publish a phone number
    for (Audience a : {Audience::Public, Audience::Internal})
        for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html}) {
            const std::string minutes = render(s, f, a);
            CHECK(minutes.find("Jan Bewoner") != std::string::npos);
            CHECK(minutes.find("jan@example.nl") == std::string::npos);
        }
    const std::string list = render(s, ExportFormat::Contacts, Audience::Internal);
    CHECK(list.find("Jan Bewoner;jan@example.nl;ja;") != std::string::npos);
    CHECK_THROWS_AS(render(s, ExportFormat::Contacts, Audience::Public), IoError);
    CHECK(exportFileName(s.info, ExportFormat::Contacts, Audience::Internal, words()) == "2026-11-22 Stiphout contactlijst intern.csv");
    test::TempDir dir;
    const auto names = exportAll(s, Audience::Internal, dir.path(), config(), words(), chartWords());
    CHECK(std::count(names.begin(), names.end(), "2026-11-22 Stiphout contactlijst intern.csv") == 1);
}

TEST_CASE("the minutes are complete: the public part's start, promises, status history, next meeting, distribution") {
    Session s = test::smallSession();
    s.info.publicFrom = "2026-11-22T19:32:10";
    ExportContext context;
    context.nextMeeting = "Wijktafel 2028-03-12, wijkadviseur";
    const std::string md = renderExport(s, ExportFormat::Markdown, Audience::Internal, config(), words(), chartWords(), context);
    CHECK(md.find("Openbaar deel vanaf: 19.32 uur") != std::string::npos);
    CHECK(md.find("### Open toezeggingen") != std::string::npos);
    CHECK(md.find("| Ooit: Begroting 2027 | 1 maart 2027 |") != std::string::npos);
    CHECK(md.find("lopend<br>(gepland 12 november 2024, lopend 22 november 2026)") != std::string::npos);
    CHECK(md.find("Koppelkansen: veilige wijk") != std::string::npos);
    CHECK(md.find("## Volgende bijeenkomst\n\nWijktafel 2028-03-12, wijkadviseur") != std::string::npos);
    CHECK(md.find("Verspreiding: Deelnemers, wijkorgaan") != std::string::npos);
    const std::string pub = renderExport(s, ExportFormat::Markdown, Audience::Public, config(), words(), chartWords(), context);
    CHECK(pub.find("Verspreiding: openbaar") != std::string::npos);
    CHECK(pub.find("Deelnemers, wijkorgaan") == std::string::npos);
    // A public part that began on another day says which.
    s.info.publicFrom = "2026-11-23T09:00:00";
    CHECK(render(s, ExportFormat::Markdown, Audience::Internal).find("Openbaar deel vanaf: 23 november 2026, 09.00 uur") != std::string::npos);
}

TEST_CASE("ODF text keeps line breaks, tabs and runs of spaces and holds nothing XML cannot") {
    CHECK(odfText("a & <b>") == "a &amp; &lt;b&gt;");
    CHECK(odfText("een\ntwee\tdrie") == "een<text:line-break/>twee<text:tab/>drie");
    CHECK(odfText("a    b") == "a <text:s text:c=\"3\"/>b");
    CHECK(odfText(std::string("x\x01y")) == "xy");
}

TEST_CASE("the document writers are a module loaded on first use; a missing module is one clear error, tried again later") {
    using namespace wk::io;
    // This test program runs from the build tree: the module is the build's.
    CHECK(modulePath("wijkkiosk-documents") == std::string(WK_BINARY_DIR) + "/wijkkiosk-documents.so");
    CHECK(std::filesystem::exists(modulePath("wijkkiosk-documents")));
    CHECK(odfText("a & b") == "a &amp; b");  // through the module
    const std::string missing = modulePath("wijkkiosk-nothing");
    for (int i = 0; i < 2; ++i) {  // not remembered as failed: the second call looks again
        try {
            moduleTable("wijkkiosk-nothing", "wk_nothing_table", "make this", 1, sizeof(ModuleHead));
            FAIL("a missing module loaded");
        } catch (const IoError& e) {
            const std::string m = e.what();
            CHECK(m.rfind("cannot make this: " + missing + " cannot be loaded (", 0) == 0);
            CHECK(m.find("No such file") != std::string::npos);
            CHECK(m.find("reinstall wijkkiosk") != std::string::npos);
        }
    }
}
