// What the phone server answers: residents on their own phones read the public wall, add ideas,
// support them and place their sliders, through the same intents and rules as a tap on the
// kiosk, with the resident's role. It has its own connection to the session's database (another
// writer, as a second kiosk would be); the kiosk's wall shows what it stored within a second.
// It serves only what a public phase may show, whatever the phase, and never anyone's contact.
// One person, one voice: a visit is made only by the join page and stored with the meeting; a
// few visits per address may act; a request that changes something needs a known visit and
// comes from the kiosk's own page (its Origin, its content type).
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "io/Config.h"
#include "net/HttpServer.h"
#include "export/PhonePage.h"
#include "export/PhoneStrings.h"
#include "service/EditService.h"

namespace wk::service {

class PhoneService {
public:
    // `token`: this session's join token; the join address is /j/TOKEN.
    PhoneService(const io::KioskConfig& config, const std::string& dbPath, std::int64_t sessionId, std::string token);
    io::HttpResponse handle(const io::HttpRequest& request);
    const std::string& token() const { return token_; }
    // A fresh token: random, hard to guess, safe in an address.
    static std::string newToken();

    // A visit's limits: this many requests at once, then this many a second (a phone adding
    // ideas and supporting others never meets it). An address may send as much as its share of
    // visits (`[phones] visits_per_address`) would.
    static constexpr double kVisitBurst = 40, kVisitRate = 2;

private:
    struct Bucket {
        double budget = -1, at = 0;  // -1: full, on first use
    };
    io::HttpResponse route(const io::HttpRequest& r, const std::string& rest, const store::Repository::Visit* visit,
                           const io::PhoneLanguage& lang);
    io::HttpResponse page(const io::PhoneLanguage& lang, const store::Repository::Visit* visit, const std::string& message, bool error);
    io::HttpResponse placeFromForm(const io::HttpRequest& r, const store::Repository::Visit& visit, const std::string& lang);
    service::EditResult issue(Intent intent, const service::EditService::Alongside& alongside = {});
    // The visit's participant, made when it first places sliders (with the visit, in one edit).
    std::string participantOf(const store::Repository::Visit& visit);
    // The session as the public may see it, with nobody's contact and, while placing is blind,
    // no one's placements.
    const Session& publicSession();
    io::PhonePage pageFor(const io::PhoneLanguage& lang, const store::Repository::Visit* visit);

    const io::KioskConfig& config_;
    std::unique_ptr<store::Database> db_;
    std::unique_ptr<service::EditService> edits_;
    std::string token_, base_;
    io::PhoneStrings strings_;
    std::string logo_;
    std::unique_ptr<store::Repository> repo_;  // the visits, kept with the meeting
    std::map<std::string, Bucket> addresses_, visitBudgets_;
    Session public_;
    std::uint64_t publicRevision_ = 0;
    std::mutex mutex_;
};

}  // namespace wk::service
