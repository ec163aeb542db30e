#include "net/PhoneApi.h"

#include <nlohmann/json.hpp>

#include "domain/Text.h"

namespace wk::io {
namespace {

using Json = nlohmann::json;

Json object(std::string_view body) {
    if (!isValidUtf8(body)) throw ApiError("body: not UTF-8 text");
    Json j;
    try {
        j = Json::parse(body.begin(), body.end());
    } catch (const std::exception&) {
        throw ApiError("body: not valid JSON");
    }
    if (!j.is_object()) throw ApiError("body: must be a JSON object {...}");
    return j;
}

std::string text(const Json& j, const char* key, bool required) {
    if (!j.contains(key) || j.at(key).is_null()) {
        if (required) throw ApiError(std::string(key) + ": is missing");
        return "";
    }
    if (!j.at(key).is_string()) throw ApiError(std::string(key) + ": must be text");
    return j.at(key).get<std::string>();
}

std::optional<int> score(const Json& j, const char* key) {
    if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
    const Json& v = j.at(key);
    if (!v.is_number_integer() || v.get<long long>() < 0 || v.get<long long>() > 100)
        throw ApiError(std::string(key) + ": must be a whole number from 0 to 100");
    return static_cast<int>(v.get<long long>());
}

}  // namespace

IdeaPost parseIdeaPost(std::string_view body) {
    const Json j = object(body);
    IdeaPost p;
    p.text = text(j, "text", true);
    p.theme = text(j, "theme", false);
    p.author = text(j, "author", false);
    p.contact = text(j, "contact", false);
    if (j.contains("consent") && !j.at("consent").is_null()) {
        if (!j.at("consent").is_boolean()) throw ApiError("consent: must be true or false");
        p.consent = j.at("consent").get<bool>();
    }
    return p;
}

IdeaPost parseFloorPost(std::string_view body) {
    const Json j = object(body);
    IdeaPost p;
    p.author = text(j, "name", false);
    if (j.contains("consent") && !j.at("consent").is_null()) {
        if (!j.at("consent").is_boolean()) throw ApiError("consent: must be true or false");
        p.consent = j.at("consent").get<bool>();
    }
    return p;
}

PlacementPost parsePlacementPost(std::string_view body) {
    const Json j = object(body);
    PlacementPost p;
    p.slider = text(j, "slider", true);
    p.now = score(j, "now");
    p.desired = score(j, "desired");
    p.reason = text(j, "reason", false);
    return p;
}

CheckInPost parseCheckInPost(std::string_view body) {
    const Json j = object(body);
    CheckInPost p;
    p.kind = text(j, "kind", false);
    if (p.kind.empty()) p.kind = "resident";
    p.name = text(j, "name", false);
    if (j.contains("consent") && !j.at("consent").is_null()) {
        if (!j.at("consent").is_boolean()) throw ApiError("consent: must be true or false");
        p.consent = j.at("consent").get<bool>();
    }
    return p;
}

AnswerPost parseAnswerPost(std::string_view body) {
    const Json j = object(body);
    AnswerPost out;
    if (j.contains("text")) {
        if (!j.at("text").is_string()) throw ApiError("text: must be a string");
        out.text = j.at("text").get<std::string>();
        if (!j.contains("values")) return out;
    }
    if (!j.contains("values") || !j.at("values").is_array()) throw ApiError("values: must be a list of whole numbers, like [0]");
    for (const auto& v : j.at("values")) {
        if (!v.is_number_integer() || v.get<long long>() < -1'000'000'000 || v.get<long long>() > 1'000'000'000)
            throw ApiError("values: must be a list of whole numbers, like [0]");
        out.values.push_back(v.get<long long>());
    }
    if (out.values.size() > 64) throw ApiError("values: at most 64");
    return out;
}

std::string parseStatementPost(std::string_view body) {
    const Json j = object(body);
    if (!j.contains("text") || !j.at("text").is_string()) throw ApiError("text: must be a string");
    return j.at("text").get<std::string>();
}

std::string apiError(const std::string& what) { return Json{{"error", what}}.dump() + "\n"; }
std::string apiCreated(const std::string& id, bool pending) { return Json{{"id", id}, {"pending", pending}}.dump() + "\n"; }
std::string apiVotes(int votes) { return Json{{"votes", votes}}.dump() + "\n"; }
std::string similarJson(const std::vector<const Idea*>& ideas) {
    Json out = Json::array();
    for (const Idea* i : ideas) out.push_back({{"id", i->id}, {"text", i->text}, {"votes", i->votes}});
    return out.dump() + "\n";
}

}  // namespace wk::io
