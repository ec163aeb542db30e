#include "domain/Agenda.h"

#include <cstdio>

#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"

namespace wk {
namespace {

constexpr std::string_view kKinds[] = {"informeren", "bespreken", "besluiten"};

// Seconds since 1970 of a local ISO date-time ("2026-12-06T19:30[:15]"); nullopt for anything else.
std::optional<long long> secondsOf(const std::string& iso) {
    if (iso.size() < 16 || !isIsoDateTime(iso)) return std::nullopt;
    const auto day = dayNumber(iso.substr(0, 10));
    if (!day) return std::nullopt;
    const long long h = std::stoi(iso.substr(11, 2)), m = std::stoi(iso.substr(14, 2));
    const long long s = iso.size() >= 19 ? std::stoi(iso.substr(17, 2)) : 0;
    return *day * 86400 + h * 3600 + m * 60 + s;
}

}  // namespace

std::string_view toString(AgendaKind k) { return kKinds[static_cast<int>(k)]; }

std::optional<AgendaKind> parseAgendaKind(std::string_view s) {
    for (int i = 0; i < 3; ++i)
        if (kKinds[i] == s) return static_cast<AgendaKind>(i);
    return std::nullopt;
}

std::optional<std::string> agendaProblem(const AgendaItem& item) {
    if (isBlank(item.title)) return "title";
    if (item.minutes < 0 || item.minutes > 24 * 60) return "minutes";
    if (!item.started.empty() && !secondsOf(item.started)) return "started";
    if (!item.ended.empty() && (!secondsOf(item.ended) || item.started.empty() || *secondsOf(item.ended) < *secondsOf(item.started)))
        return "ended";
    return std::nullopt;
}

const AgendaItem* currentItem(const std::vector<AgendaItem>& agenda) {
    const AgendaItem* current = nullptr;
    for (const auto& item : agenda)
        if (!item.started.empty() && item.ended.empty()) current = &item;
    return current;
}

const AgendaItem* nextItem(const std::vector<AgendaItem>& agenda) {
    const AgendaItem* current = currentItem(agenda);
    bool past = current == nullptr;
    for (const auto& item : agenda) {
        if (&item == current) past = true;
        else if (past && item.started.empty()) return &item;
    }
    return nullptr;
}

AgendaNow agendaNow(const std::vector<AgendaItem>& agenda, const std::string& now) {
    AgendaNow out;
    const auto t = secondsOf(now);
    out.current = currentItem(agenda);
    if (!out.current || !t) return out;
    const auto from = secondsOf(out.current->started);
    if (!from) return out;
    out.secondsLeft = *from + out.current->minutes * 60LL - *t;
    out.over = out.secondsLeft < 0;
    out.warning = out.secondsLeft <= 120;
    return out;
}

std::optional<int> minutesTaken(const AgendaItem& item) {
    const auto from = secondsOf(item.started), to = secondsOf(item.ended);
    if (!from || !to || *to < *from) return std::nullopt;
    return static_cast<int>((*to - *from + 30) / 60);
}

bool agendaUsed(const std::vector<AgendaItem>& agenda) {
    for (const auto& item : agenda)
        if (!item.started.empty()) return true;
    return false;
}

const Turn* speakingNow(const std::vector<Turn>& turns) {
    for (const auto& t : turns)
        if (!t.started.empty() && t.ended.empty()) return &t;
    return nullptr;
}

std::vector<const Turn*> waitingTurns(const std::vector<Turn>& turns) {
    std::vector<const Turn*> out;
    for (const auto& t : turns)
        if (t.started.empty() && t.ended.empty()) out.push_back(&t);
    return out;
}

long long turnSeconds(const Turn& turn, const std::string& now) {
    const auto from = secondsOf(turn.started);
    const auto to = secondsOf(turn.ended.empty() ? now : turn.ended);
    return from && to && *to > *from ? *to - *from : 0;
}

long long speakerSecondsLeft(const Turn& turn, int limitMinutes, const std::string& now) {
    return limitMinutes * 60LL - turnSeconds(turn, now);
}

std::string addSeconds(const std::string& iso, long long seconds) {
    const auto t = secondsOf(iso);
    if (!t) return iso;
    const long long total = *t + seconds;
    const long long day = total >= 0 ? total / 86400 : (total - 86399) / 86400;
    const long long rest = total - day * 86400;
    char clock[64];
    std::snprintf(clock, sizeof clock, "T%02lld:%02lld:%02lld", rest / 3600, rest / 60 % 60, rest % 60);
    return addToDate(iso.substr(0, 10), static_cast<int>(day - *dayNumber(iso.substr(0, 10))), 0, 0) + clock;
}

std::vector<std::string> plannedStarts(const std::vector<AgendaItem>& agenda, const std::string& date, const std::string& time) {
    const std::string start = date + "T" + time + ":00";
    if (time.size() != 5 || !secondsOf(start)) return {};
    std::vector<std::string> out{start};
    long long minutes = 0;
    for (const auto& item : agenda) {
        minutes += item.minutes;
        out.push_back(addSeconds(start, minutes * 60));
    }
    return out;
}

std::optional<std::string> publicStart(const SessionInfo& info, const std::vector<AgendaItem>& agenda) {
    const auto starts = plannedStarts(agenda, info.date, info.time);
    if (starts.empty()) return std::nullopt;
    if (!info.publicAt.empty()) {
        // A public part planned before the meeting's own time is after midnight.
        const std::string at = info.date + "T" + info.publicAt + ":00";
        return info.publicAt < info.time ? addSeconds(at, 86400) : at;
    }
    for (std::size_t i = 0; i < agenda.size(); ++i)
        if (agenda[i].visibility == Visibility::Public) return starts[i];
    return std::nullopt;
}

std::string turnRoleOf(const std::string& role) {
    if (isResidentRole(role)) return "resident";
    if (role == "partner" || role == "professional" || role == "wijkorgaan") return "partner";
    return "official";
}

long long minutesLeft(long long seconds) { return seconds <= 0 ? 0 : (seconds + 59) / 60; }

std::map<std::string, long long> speakingSeconds(const std::vector<Turn>& turns, const std::string& now) {
    std::map<std::string, long long> out;
    for (const auto& turn : turns)
        if (const long long s = turnSeconds(turn, now); s > 0) out[turn.role] += s;
    return out;
}

}  // namespace wk
