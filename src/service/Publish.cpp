#include "service/Publish.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "domain/Rules.h"
#include "export/Site.h"
#include "io/AtomicFile.h"
#include "service/Words.h"
#include "store/Repository.h"

namespace wk::service {
namespace {

namespace fs = std::filesystem;

// Lists what a publication wrote, so the next one knows what it may replace and nothing else.
constexpr const char* kManifest = ".wijkkiosk-publicatie";
constexpr const char* kManifestHead = "wijkkiosk publicatie 1";

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return in ? s.str() : std::string();
}

// The files of the earlier publication in `root`; throws when anything else is there.
std::set<std::string> earlierPublication(const fs::path& root, const std::string& folder) {
    std::set<std::string> earlier;
    std::error_code ec;
    if (!fs::exists(root, ec)) return earlier;
    if (!fs::is_directory(root, ec)) throw io::IoError("publish: " + folder + " is not a folder");
    const auto refuse = [&](const std::string& what) {
        throw io::IoError("publish: " + folder + " holds " + what +
                          ", not only an earlier publication; choose an empty folder or the one published into before");
    };
    if (fs::exists(root / kManifest, ec)) {
        std::istringstream lines(readAll(root / kManifest));
        std::string line;
        if (!std::getline(lines, line) || line != kManifestHead) refuse(std::string(kManifest) + " of another kind");
        while (std::getline(lines, line)) {
            // A listed path never leaves the folder.
            if (line.empty() || line.front() == '/' || line.find("..") != std::string::npos) refuse("a list naming \"" + line + "\"");
            earlier.insert(line);
        }
    }
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_directory(ec) && !it->is_symlink(ec)) continue;
        const std::string rel = fs::relative(it->path(), root, ec).generic_string();
        if (rel != kManifest && !earlier.count(rel)) refuse("\"" + rel + "\"");
    }
    if (ec) throw io::IoError("publish: " + folder + " cannot be read: " + ec.message());
    return earlier;
}

}  // namespace

std::vector<Session> publicMeetings(store::Database& db) {
    store::Repository repo(db);
    std::vector<Session> out;
    for (const auto& s : repo.list()) out.push_back(visibleTo(repo.load(s.id), Audience::Public));
    return out;
}

std::size_t publishSite(const std::vector<Session>& publicSessions, const io::KioskConfig& config, const std::string& folder,
                        const std::string& today) {
    const fs::path root(folder);
    const std::set<std::string> earlier = earlierPublication(root, folder);
    // The wijken's maps, as the kiosk shows them; one that cannot be read is left off the site.
    std::map<std::string, std::string> maps;
    for (const auto& a : config.areas)
        if (!a.map.empty())
            if (std::string png = readAll(a.map); !png.empty()) maps.emplace(a.name, std::move(png));
    const auto site = io::publicSite(publicSessions, config, exportWords(), today, maps);
    std::error_code ec;
    // The earlier publication goes whole: nothing withdrawn since stays on the web.
    for (const auto& rel : earlier) fs::remove(root / rel, ec);
    std::vector<fs::path> folders;
    for (const auto& rel : earlier)
        for (fs::path p = fs::path(rel).parent_path(); !p.empty(); p = p.parent_path()) folders.push_back(root / p);
    std::sort(folders.begin(), folders.end(), [](const fs::path& a, const fs::path& b) { return a.string().size() > b.string().size(); });
    for (const auto& f : folders)
        if (fs::is_empty(f, ec)) fs::remove(f, ec);
    std::string manifest = std::string(kManifestHead) + "\n";
    for (const auto& f : site) {
        fs::create_directories((root / f.path).parent_path(), ec);
        if (ec) throw io::IoError("publish: cannot make " + (root / f.path).parent_path().string() + ": " + ec.message());
        io::writeFileAtomically((root / f.path).string(), f.bytes);
        manifest += f.path + "\n";
    }
    io::writeFileAtomically((root / kManifest).string(), manifest);
    return site.size();
}

}  // namespace wk::service
