// The room's voice through the edit service (issue 30). An answer to a poll is stored against a
// pseudonym of the visit that holds for that poll alone: a keyed hash of the visit with the
// poll's secret, which the store keeps only while the poll is open (EditService makes it in the
// transaction that opens the poll and drops it in the one that closes it). Neither the visit nor
// the secret is ever in the session, the edit log or an export.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/Intent.h"
#include "store/Repository.h"

namespace wk::service {

// `bytes` random bytes as hex: a token, a visit id, a poll's secret.
std::string randomHex(int bytes);
// The visit's pseudonym under `secret`: keyed BLAKE2b (libsodium), 16 bytes as hex.
std::string pseudonym(const std::string& secret, const std::string& visit);
// The intent that answers `poll` for `visit`; an unknown or closed poll gets no pseudonym (the
// rules refuse the answer).
AnswerPoll answerFor(store::Repository&, std::int64_t sessionId, const std::string& poll, const std::string& visit,
                     const std::string& channel, std::vector<long long> values, std::string text = {});
AnswerPoll answerFor(store::Database&, std::int64_t sessionId, const std::string& poll, const std::string& visit,
                     const std::string& channel, std::vector<long long> values, std::string text = {});
// The answer `visit` gave to the open `poll` so far, found by its pseudonym; none when it gave none.
std::optional<PollAnswer> answerOfVisit(store::Repository&, const Session&, const std::string& poll, const std::string& visit);

}  // namespace wk::service
