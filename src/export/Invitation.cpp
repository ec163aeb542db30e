#include "export/Invitation.h"

#include <algorithm>

#include "domain/Agenda.h"
#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "io/I18n.h"

namespace wk::io {
namespace {

// What both the letter and the event need: the meeting as the audience may see it, with the
// planned time of each of its items taken from the whole agenda (a closed item before a public
// one still moves the public one's time on).
struct Plan {
    Session shown;                              // filtered for the audience
    std::vector<std::string> itemStarts;        // per item of `shown.agenda`
    std::string start, end;                     // the audience's part: YYYY-MM-DDTHH:MM:SS
    std::string meetingStart;                   // the meeting's own start
    bool closedFirst = false;                   // the public comes after a part without them
    const MeetingDefaults* type = nullptr;
    const Gebied* gebied = nullptr;
};

std::string hhmm(const std::string& iso) { return iso.size() >= 16 ? iso.substr(11, 5) : iso; }

Plan planFor(const Session& full, Audience audience, const KioskConfig& config) {
    Plan p;
    p.type = config.meeting(full.info.type);
    if (const Area* a = config.area(full.info.wijk)) p.gebied = config.gebied(a->gebied);
    const SessionInfo& info = full.info;
    if (!isIsoDate(info.date) || info.time.empty())
        throw NothingToInvite(NothingToInvite::Why::NoTime,
                              "meeting " + std::to_string(info.id) + " has no date and time yet: an invitation needs both");
    auto starts = plannedStarts(full.agenda, info.date, info.time);
    if (starts.empty()) throw NothingToInvite(NothingToInvite::Why::NoTime, "meeting " + std::to_string(info.id) + ": its time \"" + info.time + "\" is not a time like 19:30");
    p.meetingStart = starts.front();
    // An agenda with no minutes planned says nothing of the end: two hours, as a calendar shows it.
    p.end = starts.back() != starts.front() ? starts.back() : addSeconds(starts.front(), 2 * 3600);
    p.start = p.meetingStart;
    if (audience == Audience::Public) {
        const bool closedType = p.type && p.type->closed;
        std::optional<std::string> from = publicStart(info, full.agenda);
        if (!from && full.agenda.empty() && !closedType) from = p.meetingStart;  // open all through
        if (!from)
            throw NothingToInvite(NothingToInvite::Why::NoPublicPart, "meeting " + std::to_string(info.id) +
                          " has no public part (no public agenda item, no public_at): a public invitation would invite residents to "
                          "nothing; export the internal one");
        p.start = *from;
        p.closedFirst = p.start > p.meetingStart;
        if (p.end <= p.start) p.end = addSeconds(p.start, 3600);
    }
    p.shown = visibleTo(full, audience);
    for (const AgendaItem& shown : p.shown.agenda)
        for (std::size_t i = 0; i < full.agenda.size(); ++i)
            if (full.agenda[i].id == shown.id) p.itemStarts.push_back(starts[i]);
    return p;
}

std::vector<std::string> contactLines(const Plan& p, const Words& w) { return gebiedContact(p.gebied, w); }

void addAgendaTable(Document& doc, const Plan& p, Audience audience, const Words& w) {
    if (p.shown.agenda.empty()) return;
    if (audience == Audience::Public) {
        std::vector<std::string> items;
        for (std::size_t i = 0; i < p.shown.agenda.size(); ++i)
            items.push_back(timeWords(p.itemStarts[i], w) + ": " + p.shown.agenda[i].title);
        doc.add(Heading{2, w("invite.agenda_public")});
        doc.add(Bullets{items});
        return;
    }
    doc.add(Heading{2, w("invite.agenda")});
    // Who introduces an item only as a column when someone does.
    const bool introducers = std::any_of(p.shown.agenda.begin(), p.shown.agenda.end(), [](const AgendaItem& i) { return !i.introducer.empty(); });
    Table t{{w("invite.col_time"), w("invite.col_item"), w("invite.col_kind")}, {}};
    if (introducers) t.header.push_back(w("invite.col_introducer"));
    t.header.push_back(w("invite.col_part"));
    for (std::size_t i = 0; i < p.shown.agenda.size(); ++i) {
        const AgendaItem& item = p.shown.agenda[i];
        std::vector<std::string> row{hhmm(p.itemStarts[i]), item.title, w("agenda.kind." + std::string(toString(item.kind)))};
        if (introducers) row.push_back(item.introducer);
        row.push_back(w(item.visibility == Visibility::Closed ? "badge.closed" : "badge.public"));
        t.rows.push_back(std::move(row));
    }
    doc.add(std::move(t));
}

// The parties' contributions brought as discussion and decision points, for those who prepare.
void addPoints(Document& doc, const Session& s, const KioskConfig& config, const Words& w) {
    const auto numbers = actionNumbers(s);
    Table t{{w("export.nr"), w("plan.what"), w("export.party"), w("export.point")}, {}};
    for (const Action* a : planOrder(s))
        if (a->point != PointKind::None)
            t.rows.push_back({numbers.count(a->id) ? std::to_string(numbers.at(a->id)) : "", a->what,
                              a->party ? config.parties.at(*a->party) : "", w("point." + std::string(toString(a->point)))});
    if (t.rows.empty()) return;
    doc.add(Heading{2, w("export.points")});
    doc.add(Paragraph{w("invite.points_intro")});
    doc.add(std::move(t));
}

std::string icsStamp(const std::string& iso) {  // 2027-03-15T19:30:00 -> 20270315T193000
    std::string out;
    for (char ch : iso.substr(0, 19))
        if (ch != '-' && ch != ':') out += ch;
    return out;
}

// A parameter value (CN): quoted, with the quote itself left out (RFC 5545 3.2).
std::string icsParam(const std::string& value) {
    std::string out;
    for (char ch : value)
        if (ch != '"' && static_cast<unsigned char>(ch) >= 0x20) out += ch;
    return "\"" + out + "\"";
}

}  // namespace

std::string invitationTitle(const SessionInfo& info, const KioskConfig& config, const Words& w) {
    return fillIn(w("invite.title"), typeLabel(info, config) + (info.wijk.empty() ? "" : " " + info.wijk));
}

Document invitationDocument(const Session& full, Audience audience, const KioskConfig& config, const Words& w, const std::string& today) {
    const Plan p = planFor(full, audience, config);
    const SessionInfo& info = full.info;
    const std::string label = lowerFirst(typeLabel(info, config));
    Document doc;
    doc.add(Paragraph{dateWords(today, w), true});
    doc.add(Heading{1, invitationTitle(info, config, w)});
    const std::string timeSpan = fillIn(fillIn(w("invite.from_to"), timeWords(p.start, w)), timeWords(p.end, w));
    std::vector<std::string> facts{w("invite.date") + ": " + dateWords(p.start.substr(0, 10), w, true), w("invite.time") + ": " + timeSpan};
    if (!info.location.empty()) facts.push_back(w("invite.place") + ": " + info.location);
    if (audience == Audience::Public) {
        doc.add(Paragraph{info.wijk.empty() ? w("invite.dear_resident") : fillIn(w("invite.dear_resident_of"), info.wijk)});
        doc.add(Paragraph{fillIn(w("invite.welcome"), label) + " " + w("invite.what")});
        doc.add(Bullets{facts});
        if (p.closedFirst) doc.add(Paragraph{fillIn(w("invite.closed_first"), timeWords(p.start, w))});
        addAgendaTable(doc, p, audience, w);
        doc.add(Heading{2, w("invite.speak_title")});
        doc.add(Paragraph{fillIn(w("invite.speak"), w("agenda.ask")) + " " + trn("invite.speak_minutes", config.policy.speakerMinutes, w)});
        doc.add(Heading{2, w("invite.good_to_know")});
        doc.add(Paragraph{w("invite.listen")});
    } else {
        if (!info.chair.empty()) facts.push_back(w("export.chair") + ": " + info.chair);
        doc.add(Paragraph{w("invite.dear_participant")});
        doc.add(Paragraph{fillIn(w("invite.invited"), label + (info.wijk.empty() ? "" : " " + info.wijk))});
        doc.add(Bullets{facts});
        if (const auto from = publicStart(info, full.agenda); from && *from > p.meetingStart)
            doc.add(Paragraph{fillIn(w("invite.public_from"), timeWords(*from, w))});
        addAgendaTable(doc, p, audience, w);
        addPoints(doc, p.shown, config, w);
    }
    const std::vector<std::string> contact = contactLines(p, w);
    if (!contact.empty()) {
        doc.add(Heading{2, w("invite.questions")});
        doc.add(Paragraph{joinLines(contact)});
    }
    // Signed by the person to ask, when there is one: a letter from someone, not from an office.
    doc.add(Paragraph{w("invite.regards") + "\n" + (p.gebied && !p.gebied->contact.empty() ? p.gebied->contact + "\n" : "") + config.municipality});
    return doc;
}

std::string lowerFirst(std::string s) {
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
}

std::string typeLabel(const SessionInfo& info, const KioskConfig& config) {
    const MeetingDefaults* m = config.meeting(info.type);
    return m ? m->label : std::string(toString(info.type));
}

std::vector<std::string> gebiedContact(const Gebied* gebied, const Words& w) {
    if (!gebied || gebied->contact.empty()) return {};
    std::vector<std::string> out{fillIn(w("invite.contact"), gebied->contact)};
    if (!gebied->phone.empty()) out.push_back(fillIn(w("invite.phone"), gebied->phone));
    if (!gebied->email.empty()) out.push_back(fillIn(w("invite.email"), gebied->email));
    return out;
}

std::string joinLines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
    return out;
}

std::string icsText(const std::string& text) {
    std::string out;
    for (char ch : text) {
        if (ch == '\\' || ch == ';' || ch == ',') out += '\\', out += ch;
        else if (ch == '\n') out += "\\n";
        else if (ch == '\r' || (static_cast<unsigned char>(ch) < 0x20 && ch != '\t')) continue;
        else out += ch;
    }
    return out;
}

std::string icsFold(const std::string& line) {
    // At most 75 octets a line, never inside a UTF-8 character; a continuation starts with a space.
    std::string out;
    std::size_t width = 0;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t len = 1;
        const auto c = static_cast<unsigned char>(line[i]);
        if (c >= 0xF0) len = 4;
        else if (c >= 0xE0) len = 3;
        else if (c >= 0xC0) len = 2;
        len = std::min(len, line.size() - i);
        if (width + len > 75) {
            out += "\r\n ";
            width = 1;
        }
        out.append(line, i, len);
        width += len;
        i += len;
    }
    return out + "\r\n";
}

std::string invitationIcs(const Session& full, Audience audience, const KioskConfig& config, const Words& w, const std::string& stampUtc) {
    const Plan p = planFor(full, audience, config);
    const SessionInfo& info = full.info;
    std::string out;
    const auto line = [&](const std::string& l) { out += icsFold(l); };
    // The organizer a calendar answers to: the gebied's contact, else the first of the
    // municipality's genodigden for it. Only the internal event asks anyone.
    std::string organizer;
    std::vector<const Invitee*> attendees;
    if (audience == Audience::Internal) {
        const std::string gebied = p.gebied ? p.gebied->name : "";
        for (const Invitee& v : config.invitees)
            if (v.gebied.empty() || v.gebied == gebied) attendees.push_back(&v);
        if (p.gebied && !p.gebied->email.empty())
            organizer = "ORGANIZER;CN=" + icsParam(p.gebied->contact.empty() ? config.municipality : p.gebied->contact) + ":mailto:" + p.gebied->email;
        else
            for (const Invitee* v : attendees)
                if (organizer.empty() && v->party == Party::Gemeente)
                    organizer = "ORGANIZER;CN=" + icsParam(v->name) + ":mailto:" + v->email;
    }
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//wijkkiosk//uitnodiging//" + std::string(config.language == "en" ? "EN" : "NL"));
    line("CALSCALE:GREGORIAN");
    line(organizer.empty() ? "METHOD:PUBLISH" : "METHOD:REQUEST");
    // The Netherlands' rules since 1996: summer time from the last Sunday of March to the last
    // of October.
    for (const char* l : {"BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                          "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
                          "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
                          "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"})
        line(l);
    line("BEGIN:VEVENT");
    line("UID:" + (info.uid.empty() ? std::to_string(info.id) : info.uid) + "-" + (audience == Audience::Public ? "openbaar" : "intern") +
         "@wijkkiosk");
    line("DTSTAMP:" + stampUtc);
    line("DTSTART;TZID=Europe/Amsterdam:" + icsStamp(p.start));
    line("DTEND;TZID=Europe/Amsterdam:" + icsStamp(p.end));
    line("SUMMARY:" + icsText(typeLabel(info, config) + (info.wijk.empty() ? "" : " " + info.wijk)));
    if (!info.location.empty()) line("LOCATION:" + icsText(info.location));
    // What a phone shows first: when to come, then the programme, how to speak, whom to ask.
    std::string about;
    if (audience == Audience::Public && p.closedFirst) about += fillIn(w("invite.closed_first"), timeWords(p.start, w)) + "\n\n";
    if (!p.shown.agenda.empty()) about += w(audience == Audience::Public ? "invite.agenda_public" : "invite.agenda") + ":\n";
    for (std::size_t i = 0; i < p.shown.agenda.size(); ++i) {
        const AgendaItem& item = p.shown.agenda[i];
        about += "- " + timeWords(p.itemStarts[i], w) + ": " + item.title;
        if (audience == Audience::Internal && item.visibility == Visibility::Closed) about += " (" + w("badge.closed") + ")";
        about += "\n";
    }
    if (audience == Audience::Public) about += "\n" + w("invite.ics_speak") + "\n";
    if (const auto contact = contactLines(p, w); !contact.empty()) about += "\n" + w("invite.questions") + " " + joinLines(contact) + "\n";
    line("DESCRIPTION:" + icsText(about));
    line("STATUS:CONFIRMED");
    line("TRANSP:OPAQUE");
    if (!organizer.empty()) line(organizer);
    for (const Invitee* v : attendees)
        line("ATTENDEE;CN=" + icsParam(v->name + (v->organisation.empty() ? "" : " (" + v->organisation + ")")) +
             ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + v->email);
    // Reminders the day before and an hour before: a calendar says it when one may have forgotten.
    for (const char* trigger : {"-P1D", "-PT1H"}) {
        line("BEGIN:VALARM");
        line("ACTION:DISPLAY");
        line("DESCRIPTION:" + icsText(typeLabel(info, config) + (info.wijk.empty() ? "" : " " + info.wijk)));
        line(std::string("TRIGGER:") + trigger);
        line("END:VALARM");
    }
    line("END:VEVENT");
    line("END:VCALENDAR");
    return out;
}

}  // namespace wk::io
