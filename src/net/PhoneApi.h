// The phone server's JSON, beside its page (for tests and other tools): the bodies it reads
// and the answers it writes. A body that is not what is asked is an ApiError naming the field.
#pragma once
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Types.h"

namespace wk::io {

struct ApiError : std::runtime_error {
    using std::runtime_error::runtime_error;  // "text: must be text", "body: not valid JSON"
};

struct IdeaPost {
    std::string text, theme, author, contact;
    bool consent = false;
};
struct PlacementPost {
    std::string slider;
    std::optional<int> now, desired;
    std::string reason;
};

IdeaPost parseIdeaPost(std::string_view body);
PlacementPost parsePlacementPost(std::string_view body);
// {"name": "...", "consent": true}: the name (in `author`, may be empty) and its consent.
IdeaPost parseFloorPost(std::string_view body);

// {"kind": "resident", "name": "", "consent": false}: who checks in (issue 30).
struct CheckInPost {
    std::string kind = "resident", name;
    bool consent = false;
};
CheckInPost parseCheckInPost(std::string_view body);
// {"values": [0]}: an answer to a poll (option numbers, a scale's value, a ranking, euros).
// {"values": [0]} for a choice, {"text": "groen"} for a word or an open question.
struct AnswerPost {
    std::vector<long long> values;
    std::string text;
};
AnswerPost parseAnswerPost(std::string_view body);
// {"text": "..."}: a statement proposed.
std::string parseStatementPost(std::string_view body);

std::string apiError(const std::string& what);  // {"error": "..."}
std::string apiCreated(const std::string& id, bool pending);
std::string apiVotes(int votes);
// [{"id": "i3", "text": "...", "votes": 4}]: the ideas like the one typed.
std::string similarJson(const std::vector<const Idea*>&);

}  // namespace wk::io
