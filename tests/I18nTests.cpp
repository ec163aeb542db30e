#include <catch2/catch.hpp>

#include <set>
#include <utility>
#include <variant>

#include "TestUtil.h"
#include "domain/Intent.h"
#include "domain/Text.h"
#include "export/PhonePage.h"
#include "export/PhoneStrings.h"
#include "io/AtomicFile.h"
#include "io/Config.h"
#include "io/I18n.h"
#include "io/SessionJson.h"
#include "service/ReadAloud.h"

using namespace wk::io;

TEST_CASE("every UI string has Dutch and English, and keys are unique") {
    std::size_t n = 0;
    const Entry* e = entries(n);
    REQUIRE(n > 50);
    std::set<std::string_view> keys;
    for (std::size_t i = 0; i < n; ++i) {
        INFO(e[i].key);
        CHECK(keys.insert(e[i].key).second);
        CHECK_FALSE(e[i].nl.empty());
        CHECK_FALSE(e[i].en.empty());
    }
}

namespace {
template <std::size_t... I> std::vector<std::string> intentNames(std::index_sequence<I...>) {
    return {std::string(wk::commandName(wk::Intent{std::variant_alternative_t<I, wk::Intent>{}}))...};
}
}  // namespace

TEST_CASE("every intent's name has words: the undo button says what it takes back") {
    setLanguage(Lang::Nl);
    for (const auto& name : intentNames(std::make_index_sequence<std::variant_size_v<wk::Intent>>{})) {
        INFO(name);
        CHECK(std::string(tr("cmd." + name)) != "cmd." + name);
    }
}

TEST_CASE("the language switch changes the text") {
    setLanguage(Lang::En);
    CHECK(std::string(tr("nav.ideas")) == "Ideas");
    CHECK(trf("home.ideas_count", "3") == "3 ideas");
    setLanguage(Lang::Nl);
    CHECK(std::string(tr("nav.ideas")) == "Ideeën");
    CHECK(std::string(tr("no.such.key")) == "no.such.key");
}

TEST_CASE("numbers use the decimal comma in Dutch and the point in English") {
    setLanguage(Lang::Nl);
    CHECK(decimal(62.5) == "62,5");
    CHECK(decimal(70) == "70");
    setLanguage(Lang::En);
    CHECK(decimal(27.5) == "27.5");
    setLanguage(Lang::Nl);
}

TEST_CASE("a count is singular for one and plural otherwise, never \"1 acties\"") {
    setLanguage(Lang::Nl);
    CHECK(trn("ideas.votes", 1) == "1 persoon steunt dit");
    CHECK(trn("ideas.votes", 12) == "12 mensen steunen dit");
    CHECK(trn("ideas.votes", 0) == "Nog niemand steunt dit");
    CHECK(trn("home.actions_count", 1) == "1 actie");
    CHECK(trn("home.actions_count", 0) == "0 acties");
    CHECK(trn("plan.overdue", 1) == "1 dag te laat");
    // Every singular form has its plural beside it.
    std::size_t n = 0;
    const Entry* all = entries(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string key(all[i].key);
        for (const std::string form : {"_one", "_zero"})
            if (key.size() > form.size() && key.compare(key.size() - form.size(), form.size(), form) == 0)
                CHECK(tr(key.substr(0, key.size() - form.size())) != key.substr(0, key.size() - form.size()));
    }
}

TEST_CASE("a date reads in words, with its weekday where asked; anything else stays as it is") {
    setLanguage(Lang::Nl);
    CHECK(dateWords("2026-12-06") == "6 december 2026");
    CHECK(dateWords("2026-12-07", true) == "maandag 7 december 2026");
    CHECK(dateWords("1969-12-31", true) == "woensdag 31 december 1969");
    CHECK(dateWords("2027-04-01T19:30") == "1 april 2027, 19.30 uur");
    CHECK(dateWords("") == "");
    CHECK(dateWords("volgende week") == "volgende week");
    CHECK(dateWords("2026-02-30") == "2026-02-30");
    setLanguage(Lang::En);
    CHECK(dateWords("2026-12-06", true) == "Sunday 6 December 2026");
    CHECK(dateWords("2027-04-01T19:30") == "1 April 2027, 19:30");
    setLanguage(Lang::Nl);
}

TEST_CASE("what a resident reads is plain Dutch: no word of the jargon list, no ISO date") {
    const auto words = wk::test::jargon();
    REQUIRE(words.size() >= 6);
    CHECK(wk::wordStartingWith("Nog 3 steunbetuigingen", words) == "steunbetuiging");
    CHECK(wk::wordStartingWith("Mediaan nu", words) == "mediaan");
    CHECK(wk::wordStartingWith("Verspreiding", words).empty());
    std::size_t n = 0, resident = 0;
    const Entry* e = entries(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (e[i].reader != Reader::Resident) continue;
        ++resident;
        INFO(e[i].key << ": " << e[i].nl);
        CHECK(wk::wordStartingWith(e[i].nl, words).empty());
        CHECK(wk::isoDateAt(e[i].nl) == std::string_view::npos);
    }
    CHECK(resident > n / 2);  // most of the table is read by residents
    // The phone page's Dutch table: every one of its words is for residents.
    const wk::io::PhoneStrings phone;
    for (const auto& [key, text] : phone.languages().front().strings) {
        INFO("phone " << key << ": " << text);
        CHECK(wk::wordStartingWith(text, words).empty());
    }
}

TEST_CASE("a translation table with an unknown key or a missing singular is refused with file, line and key") {
    wk::test::TempDir dir;
    const auto refused = [&](const std::string& body) {
        wk::io::writeFileAtomically(dir.file("tr.toml"), body);
        try {
            wk::io::PhoneStrings s(dir.path());
        } catch (const wk::io::ConfigError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    CHECK(refused("name = \"Türkçe\"\n[strings]\nvotes = \"{n} kişi destekliyor\"\nvotes_one = \"1 kişi destekliyor\"\nvotes_zero = \"Henüz destek yok\"\n").empty());
    const std::string unknown = refused("name = \"Türkçe\"\n[strings]\n\nvoets = \"x\"\n");
    CHECK(unknown.find("tr.toml:4") != std::string::npos);
    CHECK(unknown.find("voets") != std::string::npos);
    const std::string plural = refused("name = \"Türkçe\"\n[strings]\nvotes = \"{n} kişi destekliyor\"\nvotes_zero = \"Henüz destek yok\"\n");
    CHECK(plural.find("tr.toml:3") != std::string::npos);
    CHECK(plural.find("votes_one") != std::string::npos);
    CHECK(refused("[strings]\ntitle = 3\n").find("must be text") != std::string::npos);
}

TEST_CASE("Lees voor says what the phase shows: never a closed text in a public part, nor a hidden idea") {
    setLanguage(Lang::Nl);
    const wk::io::KioskConfig config = wk::io::loadConfig(wk::io::defaultConfigPath());
    wk::Session s = wk::io::sessionFromJson(wk::io::readFile(std::string(WK_SOURCE_DIR) + "/assets/demo-session.json"));
    using wk::service::ReadKind;
    const auto said = [&](bool publicPhase, ReadKind k, const std::string& id) { return wk::service::readAloudText(s, publicPhase, {k, id}, config); };
    REQUIRE(said(false, ReadKind::Idea, "i8"));  // closed, in the closed part
    CHECK(said(false, ReadKind::Idea, "i8")->find("Molenstraat") != std::string::npos);
    CHECK_FALSE(said(true, ReadKind::Idea, "i8"));
    const auto open = said(true, ReadKind::Idea, "i1");
    REQUIRE(open);
    CHECK(open->find("mensen steunen dit") != std::string::npos);  // support and answer in words
    CHECK(open->find("Antwoord: Nu.") != std::string::npos);
    for (auto& i : s.ideas) i.hidden = i.id == "i1";
    CHECK_FALSE(said(false, ReadKind::Idea, "i1"));
    for (const auto& a : s.actions)
        if (a.visibility == wk::Visibility::Closed) CHECK_FALSE(said(true, ReadKind::Action, a.id));
    CHECK_FALSE(said(true, ReadKind::Idea, "no-such-idea"));
    CHECK(said(true, ReadKind::Welcome, "")->find("Tik om te beginnen") != std::string::npos);
}

TEST_CASE("one vocabulary for answers: the phone page says what the kiosk says, with condition and date") {
    const wk::io::PhoneStrings phone;
    for (const auto lang : {wk::io::Lang::Nl, wk::io::Lang::En}) {
        wk::io::setLanguage(lang);
        const auto& l = phone.pick(lang == wk::io::Lang::Nl ? "nl" : "en", "");
        for (const char* v : {"nu", "ooit", "nooit", "ja", "nee", "ja_mits"}) {
            INFO(v);
            CHECK(phone.get(l, std::string("answer_") + v) == wk::io::tr(std::string("answer.") + v));
        }
        CHECK(phone.get(l, "answer_condition") == wk::io::tr("answer.condition"));
        CHECK(phone.get(l, "answer_due") == wk::io::tr("answer.due"));
        for (int m = 1; m <= 12; ++m) CHECK(phone.get(l, "month_" + std::to_string(m)) == wk::io::tr("month." + std::to_string(m)));
    }
    wk::io::setLanguage(wk::io::Lang::Nl);
    wk::Session s = wk::test::smallSession();  // i1: ooit, "Begroting 2027", final answer by 2027-03-01
    const wk::io::KioskConfig& config = wk::test::shippedConfig();
    wk::io::PhonePage p{phone, phone.pick("nl", ""), config, s, "/j/x", {}, false, {}, 0, false, {}, {}, false};
    const std::string wall = wk::io::renderPhoneWall(p);
    CHECK(wall.find("Antwoord: Ooit") != std::string::npos);
    CHECK(wall.find("Voorwaarde: Begroting 2027") != std::string::npos);
    CHECK(wall.find("Definitief antwoord uiterlijk: 1 maart 2027") != std::string::npos);
    CHECK(wall.find("Toelichting: Geen budget dit jaar") != std::string::npos);
}
