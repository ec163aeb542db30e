// The phone server's answers, without a network: requests as values, straight to PhoneDoor.
#include <catch2/catch.hpp>

#include <functional>

#include "TestUtil.h"
#include "app/PhoneDoor.h"
#include "service/EditService.h"
#include "io/I18n.h"
#include "domain/Text.h"
#include "io/DemoSession.h"
#include "store/Repository.h"

using namespace wk;

namespace {

struct Phone {
    test::TempDir dir;
    io::KioskConfig config = io::loadConfig(io::defaultConfigPath());
    std::unique_ptr<app::PhoneDoor> phones;
    std::string cookie;
    explicit Phone(const std::function<void(Session&)>& tweak = {}) {
        {
            auto db = store::Database::open(dir.file("k.db"));
            Session s = io::demoSession();
            s.info.settings.residentsPlace = true;
            if (tweak) tweak(s);
            store::Repository(*db).create(s, {"2026-11-25T10:00:00", "system", "import", "test", ""});
        }
        phones = std::make_unique<app::PhoneDoor>(config, dir.file("k.db"), 1, "testtokentesttok");
        const io::HttpResponse joined = get("/j/testtokentesttok");
        for (const auto& [k, v] : joined.headers)
            if (k == "Set-Cookie" && v.rfind("wkv=", 0) == 0) cookie = v.substr(0, v.find(';'));
    }
    io::HttpResponse get(const std::string& path) {
        io::HttpRequest r;
        r.method = "GET";
        r.path = path;
        r.client = "127.0.0.9";
        r.cookie = cookie;
        return phones->handle(r);
    }
    io::HttpResponse post(const std::string& path, const std::string& body, const std::string& type) {
        io::HttpRequest r;
        r.method = "POST";
        r.path = "/j/testtokentesttok" + path;
        r.body = body;
        r.contentType = type;
        r.client = "127.0.0.9";
        r.cookie = cookie;
        return phones->handle(r);
    }
    std::string location(const io::HttpResponse& r) {
        for (const auto& [k, v] : r.headers)
            if (k == "Location") return v;
        return "";
    }
    Session stored() {
        auto db = store::Database::open(dir.file("k.db"), store::Database::Mode::ReadOnly);
        return store::Repository(*db).load(1);
    }
};

}  // namespace

TEST_CASE("the phone's slider form refuses 999 and -1 instead of storing them as not placed") {
    Phone p;
    REQUIRE_FALSE(p.cookie.empty());
    const std::string key = p.stored().sliders.front().key;
    const std::size_t before = p.stored().placements.size();
    for (const char* bad : {"999", "-1", "abc", "1000"}) {
        const auto r = p.post("/place", "now-" + key + "=" + bad + "&desired-" + key + "=50", "application/x-www-form-urlencoded");
        CHECK(r.status == 303);
        CHECK(p.location(r).find("m=error_generic") != std::string::npos);
    }
    CHECK(p.stored().placements.size() == before);
    const auto ok = p.post("/place", "now-" + key + "=40&desired-" + key + "=70", "application/x-www-form-urlencoded");
    CHECK(p.location(ok).find("m=sliders_done") != std::string::npos);
    CHECK(p.stored().placements.size() == before + 1);
}

TEST_CASE("the phone names the field that is too long, and refuses a blank of any kind of space") {
    Phone p;
    auto r = p.post("/api/ideas", R"({"text": "Een bankje", "author": ")" + std::string(101, 'a') + "\"}", "application/json");
    CHECK(r.status == 400);
    CHECK(r.body.find("author") != std::string::npos);
    CHECK(r.body.find("text") == std::string::npos);
    // Em spaces, a thin space, an ideographic space and a zero-width space: nothing written.
    r = p.post("/api/ideas", "{\"text\": \"\u2003\u2003\u2009\u3000\u200b\"}", "application/json");
    CHECK(r.status == 400);
    CHECK(r.body.find("text") != std::string::npos);
}

TEST_CASE("the phone page cuts a long idea at a character, never inside one") {
    Phone p;
    // 79 letters and then "é" (two bytes): a cut at 80 bytes would split it.
    const std::string text = std::string(79, 'a') + "\u00e9\u00e9\u00e9 en nog veel meer tekst";
    REQUIRE(p.post("/api/ideas", "{\"text\": \"" + text + "\"}", "application/json").status == 201);
    const auto page = p.get("/j/testtokentesttok");
    CHECK(isValidUtf8(page.body));
}

TEST_CASE("an idea over the limit is refused at the kiosk with the same message as on the phone") {
    Phone p;
    const std::string tooLong(1001, 'a');
    io::setLanguage(io::Lang::Nl);
    // The kiosk: the console's edit service, a resident at the screen.
    auto db = store::Database::open(p.dir.file("k.db"));
    service::EditService kiosk(*db, 1, p.config.policy);
    const auto refused = kiosk.submit({SubmitIdea{tooLong, "", "", "", false, std::nullopt}, Role::Resident, "2026-11-25T20:00:00"});
    REQUIRE(refused.problem);
    const std::string atKiosk = io::problemMessage(*refused.problem);
    CHECK(atKiosk == "Het idee is te lang. Er passen hoogstens 1000 tekens in.");
    // The phone's form: refused, and its page says the same sentence.
    const auto posted = p.post("/idea", "text=" + tooLong, "application/x-www-form-urlencoded");
    CHECK(p.location(posted).find("m=too_long_text") != std::string::npos);
    io::HttpRequest back;
    back.method = "GET";
    back.path = "/j/testtokentesttok";
    back.query = {{"m", "too_long_text"}, {"lang", "nl"}};
    back.client = "127.0.0.9";
    back.cookie = p.cookie;
    CHECK(p.phones->handle(back).body.find(atKiosk) != std::string::npos);
    // A name too long: the name's message at both doors; 1000 characters are fine at both.
    const auto name = kiosk.submit({SubmitIdea{"Een bankje", "", std::string(101, 'n'), "", false, std::nullopt}, Role::Resident, ""});
    REQUIRE(name.problem);
    CHECK(io::problemMessage(*name.problem) == "De naam is te lang. Er passen hoogstens 100 tekens in.");
    CHECK(p.location(p.post("/idea", "text=Een+bankje&author=" + std::string(101, 'n'), "application/x-www-form-urlencoded"))
              .find("m=too_long_name") != std::string::npos);
    CHECK(kiosk.submit({SubmitIdea{std::string(1000, 'b'), "", "", "", false, std::nullopt}, Role::Resident, ""}).ok());
    CHECK(p.post("/api/ideas", "{\"text\": \"" + std::string(1000, 'c') + "\"}", "application/json").status == 201);
    // A theme the meeting does not have is refused at the kiosk as on the phone.
    const auto theme = kiosk.submit({SubmitIdea{"Een bankje", "sterrenkunde", "", "", false, std::nullopt}, Role::Resident, ""});
    REQUIRE(theme.problem);
    CHECK(theme.problem->code == "unknown_theme");
}

TEST_CASE("an older, longer text stays: the limits apply to new input only") {
    test::TempDir dir;
    auto db = store::Database::open(dir.file("k.db"));
    Session s = io::demoSession();
    s.ideas.front().text = std::string(1500, 'x');  // imported from a time without limits
    const auto id = store::Repository(*db).create(s, {"", "system", "import", "test", ""}).id;
    service::EditService edits(*db, id, Policy{});
    const Idea old = s.ideas.front();
    // Its theme changed, its text kept: stored.
    CHECK(edits.submit({EditIdea{old.id, old.text, "", std::nullopt, std::nullopt}, Role::Facilitator, ""}).ok());
    // Its text changed and still too long: refused.
    CHECK(edits.submit({EditIdea{old.id, old.text + "y", "", std::nullopt, std::nullopt}, Role::Facilitator, ""}).problem->code == "too_long");
}

TEST_CASE("a phone asks for the floor while a public agenda item runs, once per visit") {
    Phone p([](Session& s) {
        s.info.phase = Visibility::Public;
        AgendaItem open;
        open.id = "g1";
        open.title = "Openbaar deel met bewoners";
        open.minutes = 30;
        open.visibility = Visibility::Public;
        open.started = "2026-11-25T20:00:00";
        open.seq = 1;
        s.agenda = {open};
    });
    const std::string page = p.get("/j/testtokentesttok").body;
    CHECK(page.find("We praten nu over: Openbaar deel met bewoners") != std::string::npos);
    CHECK(page.find("Ik wil iets zeggen") != std::string::npos);
    const auto asked = p.post("/floor", "name=Els&consent=1", "application/x-www-form-urlencoded");
    CHECK(p.location(asked).find("m=floor_asked") != std::string::npos);
    REQUIRE(p.stored().turns.size() == 1);
    CHECK(p.stored().turns[0].speaker == "Els");
    CHECK(p.stored().turns[0].consent);
    CHECK(p.stored().turns[0].agenda == "g1");
    // A second request from the same visit: one message, nothing stored twice.
    const auto again = p.post("/floor", "name=Els", "application/x-www-form-urlencoded");
    CHECK(p.location(again).find("m=floor_already") != std::string::npos);
    const auto api = p.post("/api/floor", R"({"name": "Els"})", "application/json");
    CHECK(api.status == 400);
    CHECK(api.body.find("on the list already") != std::string::npos);
    CHECK(p.stored().turns.size() == 1);
    // The page says so instead of offering the button again.
    const std::string after = p.get("/j/testtokentesttok").body;
    CHECK(after.find("U staat op de lijst") != std::string::npos);
    CHECK(after.find("/floor\"") == std::string::npos);
}

TEST_CASE("no floor is offered on the phone while no public item runs") {
    Phone p;  // the demo: its agenda not begun, and in a closed part
    CHECK(p.get("/j/testtokentesttok").body.find("Ik wil iets zeggen") == std::string::npos);
}
