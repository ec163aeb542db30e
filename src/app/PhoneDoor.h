// The phone's door: what the phone server answers. Residents on their own phones read the public
// wall, add ideas, support them and place their sliders; the door parses the request, asks the
// meeting's phone desk (service/PhoneDesk: visits, budgets, intents) and answers in HTML or
// JSON. It serves only what a public phase may show, whatever the phase, and never anyone's
// contact. A request that changes something needs a known visit and comes from the kiosk's own
// page (its Origin, its content type).
#pragma once
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "export/PhonePage.h"
#include "export/PhoneStrings.h"
#include "io/Config.h"
#include "net/HttpServer.h"
#include "service/PhoneDesk.h"

namespace wk::app {

class PhoneDoor {
public:
    // `token`: this session's join token; the join address is /j/TOKEN.
    PhoneDoor(const io::KioskConfig& config, const std::string& dbPath, std::int64_t sessionId, std::string token);
    io::HttpResponse handle(const io::HttpRequest& request);
    const std::string& token() const { return token_; }
    service::PhoneDesk::Groups groups() const { return desk_.groups(); }
    // A fresh token: random, hard to guess, safe in an address.
    static std::string newToken();

private:
    using Visit = service::PhoneDesk::Visit;
    io::HttpResponse route(const io::HttpRequest& r, const std::string& rest, const Visit* visit, const io::PhoneLanguage& lang);
    io::HttpResponse page(const io::PhoneLanguage& lang, const Visit* visit, const std::string& message, bool error);
    io::HttpResponse placeFromForm(const io::HttpRequest& r, const Visit& visit, const std::string& lang);
    // "Ik ben er" and answers to polls (PhoneVoice.cpp); none when `rest` is not theirs.
    std::optional<io::HttpResponse> voice(const io::HttpRequest& r, const std::string& rest, const Visit* visit, const std::string& lang);
    io::PhonePage pageFor(const io::PhoneLanguage& lang, const Visit* visit);

    const io::KioskConfig& config_;
    service::PhoneDesk desk_;
    std::string token_, base_;
    io::PhoneStrings strings_;
    std::string logo_;
};

}  // namespace wk::app
