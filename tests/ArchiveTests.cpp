// Issue 35: the archive package's parts that need no other program: the config's archive keys,
// the refusal that names a missing one, the manifest over every file, and the PDF/A's dates and
// identification (tests/pdfa.sh checks the whole file with qpdf and poppler).
#include <catch2/catch.hpp>

#include "export/ArchivePackage.h"
#include "export/PdfA.h"
#include "export/PdfWriter.h"
#include "io/Checksum.h"
#include "TestUtil.h"

using namespace wk;

namespace {
const std::string kFontLine = "[display]\nfont = \"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf\"\n[[areas]]\nname = \"Stiphout\"\n";
io::ChartWords chart() { return {}; }
}  // namespace

TEST_CASE("the config's archive keys are read strictly") {
    const auto c = io::parseConfig("[gemeente]\narchiefvormer = \"gm0794\"\n" + kFontLine +
                                       "[meetings.wijktafel]\nwaardering = \"vernietigen\"\nbewaartermijn = \"P1Y6M\"\n",
                                   "kiosk.toml");
    CHECK(c.archiefvormer == "gm0794");
    CHECK(c.meeting(MeetingType::Wijktafel)->bewaartermijn == "P1Y6M");
    for (const std::string& bad : std::vector<std::string>{"[gemeente]\narchiefvormer = \"Helmond\"\n" + kFontLine,
                                  kFontLine + "[meetings.wijktafel]\nwaardering = \"altijd\"\n",
                                  kFontLine + "[meetings.wijktafel]\nbewaartermijn = \"10 jaar\"\n",
                                  kFontLine + "[meetings.wijktafel]\nbewaartermijn = \"P10M1Y\"\n"})
        CHECK_THROWS_AS(io::parseConfig(bad, "kiosk.toml"), io::ConfigError);
}

TEST_CASE("a package names the config key it lacks and makes nothing; a whole one has a manifest over every file") {
    io::KioskConfig c = test::shippedConfig();
    Session s = test::smallSession();
    s.info.uid = "3f2b8c1e-0d4a-4c6e-9b1f-2a7d5e8c9f01";
    const auto words = test::dutchWords();
    const auto files = io::archivePackage(s, Audience::Public, c, words, chart(), "2026-12-07T10:00");
    REQUIRE(files.back().name == io::kManifest);
    CHECK(files.size() == 6 + 6 + 1 + 1);  // six files (leesmij.txt too), their MDTO, the meeting's, the manifest
    for (std::size_t k = 0; k + 1 < files.size(); ++k)
        CHECK(files.back().bytes.find(io::sha256Hex(files[k].bytes) + "  " + files[k].name + "\n") != std::string::npos);
    for (const auto& f : files) {
        CHECK(f.bytes.find("jan@example.nl") == std::string::npos);
        if (f.name.find(".pdf") == std::string::npos && f.name.find(".odt") == std::string::npos)
            CHECK(f.bytes.find("VERTROUWELIJK") == std::string::npos);
    }
    c.archiefvormer.clear();
    try {
        io::archivePackage(s, Audience::Public, c, words, chart(), "2026-12-07T10:00");
        FAIL("made without an archiefvormer");
    } catch (const io::ConfigError& e) {
        CHECK(std::string(e.what()).find("gemeente.archiefvormer") != std::string::npos);
    }
    c = test::shippedConfig();
    for (auto& m : c.policy.meetings)
        if (m.type == MeetingType::Wijktafel) m.waardering = "vernietigen", m.bewaartermijn.clear();
    CHECK_THROWS_WITH(io::archivePackage(s, Audience::Public, c, words, chart(), "2026-12-07T10:00"),
                      Catch::Contains("meetings.wijktafel.bewaartermijn"));
    CHECK(io::sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("a PDF's dates become XMP's; the PDF writer makes PDF/A-2u") {
    CHECK(io::xmpDate("D:20261207105500+01'00'") == "2026-12-07T10:55:00+01:00");
    CHECK(io::xmpDate("D:20261207105500+01'00") == "2026-12-07T10:55:00+01:00");  // cairo's, unclosed
    CHECK(io::xmpDate("D:20261207105500-05'30'") == "2026-12-07T10:55:00-05:30");
    CHECK(io::xmpDate("D:20261207105500Z") == "2026-12-07T10:55:00Z");
    CHECK(io::xmpDate("D:20261207105500") == "2026-12-07T10:55:00");
    CHECK(io::xmpDate("D:2026120710") == "");
    CHECK(io::xmpDate("D:2026120710550x") == "");
    CHECK(io::xmpDate("D:20261207105500+1") == "");
    io::Document doc;
    doc.add(io::Heading{1, "Verslag & <plan>"});
    doc.add(io::Paragraph{"Meer bankjes bij de vijver."});
    io::HtmlLook look;
    look.title = "Verslag & <plan>";
    look.municipality = "Gemeente Helmond";
    const std::string pdf = io::toPdf(doc, look);
    CHECK(pdf.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);
    CHECK(pdf.find("<pdfaid:conformance>U</pdfaid:conformance>") != std::string::npos);
    CHECK(pdf.find("Verslag &amp; &lt;plan&gt;</rdf:li>") != std::string::npos);  // the title escaped in XML
    CHECK(pdf.find("/GTS_PDFA1") != std::string::npos);
    CHECK(pdf.find("/Lang (nl-NL)") != std::string::npos);
    CHECK_THROWS(io::toPdfA("not a pdf", "nl"));
}
