#include <catch2/catch.hpp>
#include <set>

#include "io/I18n.h"

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
