// Helpers shared by the tests: temporary folders that clean up, and small sessions.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <vector>
#include <string>

#include "domain/Intent.h"
#include "domain/Plan.h"
#include "domain/Types.h"
#include "io/Config.h"
#include "export/Minutes.h"
#include "io/I18n.h"
#include "store/Repository.h"

namespace wk::test {

// The words a resident does not read (tests/jargon.txt), one per line, '#' starts a comment.
inline std::vector<std::string> jargon() {
    std::vector<std::string> words;
    std::ifstream in(std::string(WK_SOURCE_DIR) + "/tests/jargon.txt");
    for (std::string line; std::getline(in, line);)
        if (!line.empty() && line[0] != '#') words.push_back(line);
    return words;
}

class TempDir {
public:
    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "wk-test-XXXXXX").string();
        path_ = ::mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ec);
        std::filesystem::remove_all(path_, ec);
    }
    std::string file(const std::string& name) const { return (std::filesystem::path(path_) / name).string(); }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// A child process that reports to the test through a pipe: for power cuts and full disks,
// which must not take the test runner down with them.
struct Child {
    pid_t pid = -1;
    int fd = -1;  // the read end
};
template <class Body> Child forkReporting(Body body) {
    int fds[2];
    if (::pipe(fds) != 0) return {};
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        body(fds[1]);
        _exit(99);
    }
    ::close(fds[1]);
    return {pid, fds[0]};
}
inline std::string readAll(int fd) {
    std::string out;
    char buf[512];
    for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
    ::close(fd);
    return out;
}

// A session stored as an import would store it; returns its id.
inline std::int64_t create(store::Repository& repo, const Session& s) {
    return repo.create(s, {"2026-11-22T19:00:00", "system", "import", "test", ""}).id;
}
inline std::int64_t create(store::Database& db, const Session& s) {
    store::Repository repo(db);
    return create(repo, s);
}
// An intent as the facilitator (or `role`) issues it, at a fixed time.
inline Issued as(Intent i, Role role = Role::Facilitator) { return {std::move(i), role, "2026-11-22T20:30:00"}; }

inline Session smallSession() {
    Session s;
    s.info.type = MeetingType::Wijktafel;
    s.info.title = "Wijktafel Stiphout 2026";
    s.info.wijk = "Stiphout";
    s.info.date = "2026-11-22";
    s.participants = {{"p1", "A. de Vries", "wethouder", "Gemeente", true, 1},
                      {"p2", "Jan Bewoner", "bewoner", "", false, 2}};
    s.sliders = {{"communicatie", "Communicatie", "Een gebiedsgerichte strategie", 1}};
    s.placements = {{"p1", "communicatie", 30, 70, "Nog geen strategie", 1}};
    Idea i;
    i.id = "i1"; i.text = "Meer bankjes bij de vijver, graag — één of twee"; i.theme = "groen";
    i.author = "Jan Bewoner"; i.contact = "jan@example.nl"; i.votes = 4; i.seq = 1;
    i.visibility = Visibility::Public;
    i.map = MapPin{0.42, 0.31};
    i.response = {"ooit", "Geen budget dit jaar", "Begroting 2027", "2027-03-01"};
    s.ideas = {i};
    Idea closed = i;
    closed.id = "i2"; closed.text = "VERTROUWELIJK overlast Molenstraat"; closed.visibility = Visibility::Closed; closed.seq = 2;
    closed.response = {};
    closed.map.reset();
    s.ideas.push_back(closed);
    s.opgaven = {{"o1", "Verkeersveiligheid", "", 1}};
    Action a;
    a.id = "a1"; a.opgave = "o1"; a.what = "Schoolzone herinrichten"; a.indicator = "Snelheid < 30 km/u";
    a.party = Party::Gemeente; a.owner = "Afdeling Verkeer"; a.deadline = "2027-06-30"; a.budget = "regulier";
    a.koppelkansen = {"veilige wijk"}; a.ideas = {"i1"}; a.seq = 1;
    a.visibility = Visibility::Public;
    a.status = ActionStatus::Lopend;
    a.origin = ActionOrigin{"5f0c1d2e-0000-4000-8000-000000000007", "a3", "2024-11-12"};
    a.history = {{"2024-11-12", ActionStatus::Gepland}, {"2026-11-22T19:50:00", ActionStatus::Lopend}};
    s.actions = {a};
    s.notes = {{"n1", "2026-11-22T19:45:00", "Afspraak over de pilot", NoteKind::Agreement, Visibility::Public, 1},
               {"n2", "2026-11-22T20:00:00", "VERTROUWELIJK: casus", NoteKind::Note, Visibility::Closed, 2}};
    numberActions(s);  // as every stored session has them
    return s;
}

// The shipped config, and the documents' words in Dutch, as the exports use them.
inline const io::KioskConfig& shippedConfig() {
    static const io::KioskConfig c = io::loadConfig(std::string(WK_SOURCE_DIR) + "/kiosk-config/kiosk.toml");
    return c;
}
inline io::Words dutchWords() {
    io::setLanguage(io::Lang::Nl);
    return [](std::string_view k) { return std::string(io::tr(k)); };
}

}  // namespace wk::test
