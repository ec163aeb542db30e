// libFuzzer target: the phone server's request handling. An input is "METHOD PATH", optional
// header lines ("Cookie: ...", "Accept-Language: ..."), an empty line, then the body. Whatever
// comes in, the answer is a proper status and never holds anything closed, a resident's name
// without consent, or anyone's contact.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

#include "app/PhoneDoor.h"
#include "io/Config.h"
#include "io/DemoSession.h"
#include "store/Repository.h"

namespace {

struct World {
    wk::io::KioskConfig config = wk::io::loadConfig(wk::io::defaultConfigPath());
    std::unique_ptr<wk::app::PhoneDoor> phones;
    World() {
        // On a memory-backed folder: a write's fsync costs nothing there.
        const std::string dir = std::filesystem::exists("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path().string();
        const std::string path = dir + "/wijkkiosk-fuzz-phone-" + std::to_string(::getpid()) + ".db";
        std::filesystem::remove(path);
        {
            auto db = wk::store::Database::open(path);
            wk::Session s = wk::io::demoSession();
            s.info.settings.residentsPlace = true;
            wk::store::Repository(*db).create(s, {"2026-11-25T10:00:00", "system", "import", "fuzz", ""});
        }
        phones = std::make_unique<wk::app::PhoneDoor>(config, path, 1, "fuzztokenfuzztok");
        // Phones as the server knows them: each its own address with a visit from the join page,
        // so inputs reach past the visit check and the per-address and per-visit limits.
        for (int k = 0; k < kPhones; ++k) {
            wk::io::HttpRequest join;
            join.method = "GET";
            join.path = "/j/fuzztokenfuzztok";
            join.client = address(k);
            for (const auto& [name, value] : phones->handle(join).headers)
                if (name == "Set-Cookie" && value.rfind("wkv=", 0) == 0) cookies.push_back(value.substr(0, value.find(';')));
        }
        if (cookies.size() != static_cast<std::size_t>(kPhones)) std::abort();
    }
    static constexpr int kPhones = 2000;
    static std::string address(int k) { return "127.1." + std::to_string(k / 250) + "." + std::to_string(k % 250 + 1); }
    std::vector<std::string> cookies;
    int next = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static World world;
    const std::string in(reinterpret_cast<const char*>(data), size);
    wk::io::HttpRequest r;
    const auto lineEnd = in.find('\n');
    const std::string first = in.substr(0, lineEnd);
    const auto space = first.find(' ');
    r.method = first.substr(0, space);
    r.path = space == std::string::npos ? "/" : first.substr(space + 1);
    std::size_t at = lineEnd == std::string::npos ? in.size() : lineEnd + 1;
    while (at < in.size()) {
        const auto end = in.find('\n', at);
        const std::string line = in.substr(at, end == std::string::npos ? std::string::npos : end - at);
        at = end == std::string::npos ? in.size() : end + 1;
        if (line.empty()) break;
        if (line.rfind("Cookie: ", 0) == 0) r.cookie = line.substr(8);
        else if (line.rfind("Content-Type: ", 0) == 0) r.contentType = line.substr(14);
        else if (line.rfind("Origin: ", 0) == 0) r.foreignOrigin = line.substr(8) != "self";
        else if (line.rfind("Accept-Language: ", 0) == 0) r.acceptLanguage = line.substr(17);
        else if (line.rfind("?", 0) == 0) r.query.emplace_back(line.substr(1, line.find('=') - 1), line.substr(line.find('=') + 1));
    }
    r.body = in.substr(std::min(at, in.size()));
    r.bodyTooLarge = r.body.size() > wk::io::kMaxBody;
    // A phone of its own for each input, in turn; its visit unless the input names a cookie, and
    // the content type the door expects unless the input names one.
    const int phone = world.next++ % World::kPhones;
    r.client = World::address(phone);
    if (r.cookie.empty()) r.cookie = world.cookies[static_cast<std::size_t>(phone)];
    if (r.contentType.empty())
        r.contentType = r.path.find("/api/") != std::string::npos ? "application/json" : "application/x-www-form-urlencoded";
    const wk::io::HttpResponse out = world.phones->handle(r);
    if (out.status < 200 || out.status > 599) std::abort();
    // The demo resident's contact must never come out, unless an input typed it in itself (as
    // an idea's text, say: libFuzzer learns strings the target compares with) and it is shown as that.
    static const std::string contact = "06-12345678";
    static bool typedIn = false;
    if (in.find(contact) != std::string::npos) typedIn = true;
    if (!typedIn && out.body.find(contact) != std::string::npos) std::abort();
    return 0;
}
