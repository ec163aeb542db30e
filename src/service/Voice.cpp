#include "service/Voice.h"

#include "domain/Lookup.h"

#include <sodium.h>

#include <random>

namespace wk::service {

std::string randomHex(int bytes) {
    std::random_device rd;
    std::string out;
    static const char* digits = "0123456789abcdef";
    for (int i = 0; i < bytes; ++i) {
        const unsigned v = rd() & 0xFF;
        out += digits[v >> 4];
        out += digits[v & 15];
    }
    return out;
}

std::string pseudonym(const std::string& secret, const std::string& visit) {
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(visit.data()), visit.size(),
                       reinterpret_cast<const unsigned char*>(secret.data()), std::min<std::size_t>(secret.size(), crypto_generichash_KEYBYTES_MAX));
    std::string hex(2 * sizeof out + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), out, sizeof out);
    hex.pop_back();
    return hex;
}

AnswerPoll answerFor(store::Repository& repo, std::int64_t sessionId, const std::string& poll, const std::string& visit,
                     const std::string& channel, std::vector<long long> values, std::string text) {
    AnswerPoll a;
    a.poll = poll;
    a.channel = channel;
    a.values = std::move(values);
    a.text = std::move(text);
    if (const auto secret = repo.pollSecret(sessionId, poll); secret && !visit.empty()) a.who = pseudonym(*secret, visit);
    return a;
}

AnswerPoll answerFor(store::Database& db, std::int64_t sessionId, const std::string& poll, const std::string& visit,
                     const std::string& channel, std::vector<long long> values, std::string text) {
    store::Repository repo(db);
    return answerFor(repo, sessionId, poll, visit, channel, std::move(values), std::move(text));
}

std::optional<PollAnswer> answerOfVisit(store::Repository& repo, const Session& s, const std::string& poll, const std::string& visit) {
    const auto secret = repo.pollSecret(s.info.id, poll);
    if (!secret || visit.empty()) return std::nullopt;
    PollAnswer key;
    key.poll = poll;
    key.who = pseudonym(*secret, visit);
    if (const PollAnswer* a = find<PollAnswer>(s, keyOf(key))) return *a;
    return std::nullopt;
}

}  // namespace wk::service
