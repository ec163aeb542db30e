#include "export/MinutesVoice.h"

#include "domain/Polls.h"
#include "io/I18n.h"

namespace wk::io {
namespace {

std::string count(const std::map<std::string, long long>& m, const char* key) {
    const auto it = m.find(key);
    return std::to_string(it == m.end() ? 0 : it->second);
}

}  // namespace

void addAttendance(Document& doc, const Session& s, const Words& w) {
    const Attendance a = attendance(s);
    if (a.checkedIn == 0 && a.headCount == 0) return;
    doc.add(Heading{2, w("export.attendance")});
    std::vector<std::string> facts;
    if (a.headCount > 0) facts.push_back(fillIn(w("export.head_count"), std::to_string(a.headCount)));
    if (a.checkedIn > 0) {
        facts.push_back(fillIn(w("export.checked_in"), std::to_string(a.checkedIn)) + ": " + count(a.byKind, "resident") + " " +
                        w("voice.kind_resident") + ", " + count(a.byKind, "official") + " " + w("voice.kind_official") + ", " +
                        count(a.byKind, "partner") + " " + w("voice.kind_partner"));
        facts.push_back(w("export.by_channel") + ": " + count(a.byChannel, "phone") + " " + w("voice.channel_phone") + ", " +
                        count(a.byChannel, "kiosk") + " " + w("voice.channel_kiosk"));
    }
    // Names only of those who gave one with consent.
    std::string names;
    for (const auto& c : s.checkIns)
        if (!c.name.empty()) names += (names.empty() ? "" : ", ") + c.name;
    if (!names.empty()) facts.push_back(w("export.checked_in_names") + ": " + names);
    doc.add(Bullets{facts});
}

void addPolls(Document& doc, const Session& s, Audience audience, const Words& w) {
    if (s.polls.empty()) return;
    doc.add(Heading{2, w("export.polls")});
    for (const Poll& poll : s.polls) {
        std::string title = poll.question;
        if (audience == Audience::Internal && poll.visibility == Visibility::Closed) title += " (" + w("badge.closed") + ")";
        doc.add(Heading{3, title});
        std::string kind = w("voice.kind." + std::string(toString(poll.kind)));
        if (poll.kind == PollKind::Budget) kind += ", " + std::to_string(poll.total) + " euro";
        doc.add(Paragraph{kind, true});
        const Tally t = resultOf(s, poll);
        if (isOpen(poll)) {
            doc.add(Paragraph{w("export.poll_open")});
            continue;
        }
        const std::string what = poll.kind == PollKind::Ranking ? w("export.poll_points")
                                 : poll.kind == PollKind::Budget ? w("export.poll_euros")
                                                                 : w("export.poll_count");
        Table table{{w("voice.option"), what}, {}};
        for (std::size_t i = 0; i < t.values.size(); ++i) {
            std::string label = poll.kind == PollKind::Scale ? std::to_string(i + 1) : poll.options[i];
            if (poll.kind == PollKind::Scale && !poll.options[i].empty()) label += " (" + poll.options[i] + ")";
            table.rows.push_back({label, std::to_string(t.values[i])});
        }
        doc.add(std::move(table));
        std::string answered = fillIn(w("export.poll_answered"), std::to_string(t.answered())) + ": " + std::to_string(t.phone) + " " +
                               w("voice.channel_phone") + ", " + std::to_string(t.kiosk) + " " + w("voice.channel_kiosk") + ", " +
                               std::to_string(t.paper) + " " + w("voice.channel_paper");
        doc.add(Paragraph{answered});
        if (poll.kind == PollKind::Budget) doc.add(Paragraph{w(poll.adopted ? "export.poll_adopted" : "export.poll_advisory")});
        if (poll.kind == PollKind::Ranking) doc.add(Paragraph{w("export.poll_borda"), true});
    }
}

}  // namespace wk::io
