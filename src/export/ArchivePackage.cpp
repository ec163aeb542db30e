#include "export/ArchivePackage.h"

#include <filesystem>
#include <sstream>

#include "domain/Rules.h"
#include "export/Mdto.h"
#include "io/AtomicFile.h"
#include "io/Checksum.h"
#include "io/I18n.h"
#include "io/SessionJson.h"

namespace wk::io {
namespace {

// PRONOM's identifier for each kind of file the package holds (the README lists them).
struct Format {
    const char *pronom, *name;
};
// Known from the writer that made each file, not guessed from its bytes: toPdf writes PDF/A-2u.
Format formatOf(const std::string& name) {
    const std::string ext = std::filesystem::path(name).extension().string();
    if (ext == ".pdf") return {"fmt/478", "PDF/A-2u"};
    if (ext == ".odt") return {"fmt/1756", "OpenDocument Text 1.3"};
    if (ext == ".csv") return {"x-fmt/18", "Comma Separated Values"};
    if (ext == ".json") return {"fmt/817", "JSON Data Interchange Format"};
    if (ext == ".txt") return {"x-fmt/111", "Plain Text File"};
    return {"fmt/101", "Extensible Markup Language"};
}

// What an archivist opening the folder reads first: which meeting, which version, which file
// leads, what each file is, how the CSV is written and how to check the checksums.
std::string readme(const Session& s, Audience audience, const Words& w) {
    std::string t = w("package.readme_title") + "\n\n";
    t += w("package.readme_meeting") + ": " + s.info.title + "\n";
    if (!s.info.date.empty()) t += w("package.readme_date") + ": " + dateWords(s.info.date, w, true) + "\n";
    t += w("export.minutes_status") + ": " +
         (s.info.adopted.empty() ? w("export.concept") : fillIn(w("export.adopted_on"), dateWords(s.info.adopted.substr(0, 10), w))) + "\n";
    t += w(audience == Audience::Public ? "package.readme_public" : "package.readme_internal") + "\n\n";
    t += w("package.readme_files") + "\n\n" + w("package.readme_csv") + "\n\n" + w("package.readme_check") + "\n";
    return t;
}

// The config's answer, or which key it lacks.
void need(bool present, const KioskConfig& c, const std::string& key, const std::string& what) {
    if (!present) throw ConfigError(c.file + ": " + key + " is missing: " + what);
}

}  // namespace

std::vector<PackageFile> archivePackage(const Session& full, Audience audience, const KioskConfig& config, const Words& words,
                                        const ChartWords& chartWords, const std::string& stamp, const ExportContext& context) {
    const MeetingDefaults* type = config.meeting(full.info.type);
    const std::string typeKey = "meetings." + full.info.type.key;
    need(!config.archiefvormer.empty(), config, "gemeente.archiefvormer", "the package names the municipality by its TOOI code (gm0794)");
    need(type && !type->waardering.empty(), config, typeKey + ".waardering", "\"blijvend\" or \"vernietigen\" (Selectielijst gemeenten 2020)");
    need(type->waardering == "blijvend" || !type->bewaartermijn.empty(), config, typeKey + ".bewaartermijn",
         "how long minutes to be destroyed are kept, like \"P10Y\"");

    std::vector<PackageFile> files;
    const auto render = [&](const char* name, ExportFormat f) {
        files.push_back({name, renderExport(full, f, audience, config, words, chartWords, context)});
    };
    render("verslag.pdf", ExportFormat::Pdf);
    render("verslag.odt", ExportFormat::Odt);
    render("actieplan.csv", ExportFormat::Csv);
    render("ideeen.csv", ExportFormat::IdeasCsv);
    // The session file as the audience may see it, without any contact (those are the
    // facilitator's, for following up, never the archive's).
    Session kept = visibleTo(full, audience);
    for (auto& i : kept.ideas) i.contact.clear();
    files.push_back({"sessie.json", sessionToJson(kept)});
    files.push_back({words("package.readme_file"), readme(full, audience, words)});

    MdtoMeeting m;
    m.uid = full.info.uid;
    m.title = full.info.title;
    m.description = (type->label.empty() ? full.info.type.key : type->label) + (full.info.wijk.empty() ? "" : ", " + full.info.wijk);
    m.date = full.info.date;
    m.wijk = full.info.wijk;
    if (const Area* a = config.area(full.info.wijk)) m.gebied = a->gebied;
    m.archiefvormer = config.archiefvormer;
    m.municipality = config.municipality;
    m.waardering = type->waardering;
    m.bewaartermijn = type->bewaartermijn;
    m.internal = audience == Audience::Internal;
    m.stamp = stamp;
    m.adopted = full.info.adopted;
    for (const auto& f : files) m.files.push_back(f.name);
    const std::size_t made = files.size();
    for (std::size_t k = 0; k < made; ++k) {
        const Format format = formatOf(files[k].name);
        const MdtoFile f{files[k].name, static_cast<long long>(files[k].bytes.size()), format.pronom, format.name, sha256Hex(files[k].bytes), stamp};
        files.push_back({files[k].name + ".bestand.mdto.xml", mdtoBestand(f, m)});
    }
    files.push_back({"bijeenkomst.informatieobject.mdto.xml", mdtoInformatieobject(m)});
    std::string manifest;
    for (const auto& f : files) manifest += sha256Hex(f.bytes) + "  " + f.name + "\n";
    files.push_back({kManifest, manifest});
    return files;
}

std::vector<std::string> verifyPackage(const std::string& folder) {
    namespace fs = std::filesystem;
    const std::string manifest = readFile((fs::path(folder) / kManifest).string(), 1 << 20);
    std::vector<std::string> problems, named{kManifest};
    std::istringstream in(manifest);
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        if (line.size() < 67 || line.compare(64, 2, "  ") != 0) {
            problems.push_back(std::string(kManifest) + ": a line that is no checksum and file name: " + line.substr(0, 80));
            continue;
        }
        const std::string sum = line.substr(0, 64), name = line.substr(66);
        named.push_back(name);
        const fs::path file = fs::path(folder) / name;
        std::error_code ec;
        if (name.find('/') != std::string::npos || !fs::is_regular_file(file, ec)) {
            problems.push_back(name + ": missing");
            continue;
        }
        if (sha256Hex(readFile(file.string())) != sum) problems.push_back(name + ": changed (its SHA-256 is not the manifest's " + sum + ")");
    }
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(folder, ec)) {
        const std::string name = e.path().filename().string();
        if (std::find(named.begin(), named.end(), name) == named.end()) problems.push_back(name + ": not in the manifest");
    }
    return problems;
}

}  // namespace wk::io
