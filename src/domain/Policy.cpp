#include "domain/Policy.h"

#include <algorithm>

#include "domain/Change.h"

namespace wk {

const MeetingDefaults* Policy::meeting(const MeetingType& t) const {
    for (const auto& m : meetings)
        if (m.type == t) return &m;
    return nullptr;
}

bool Policy::allowsTheme(const std::string& theme) const {
    return theme.empty() || themes.empty() || std::find(themes.begin(), themes.end(), theme) != themes.end();
}

Session newMeeting(const Policy& policy, const std::vector<Slider>& sliders, const MeetingType& type, const std::string& wijk,
                   const std::string& date, const std::string& dayInWords) {
    Session s;
    const MeetingDefaults* m = policy.meeting(type);
    s.info.type = type;
    s.info.wijk = wijk;
    s.info.date = date;
    // Type, wijk and the day: a wijk's meetings of one year each have a title of their own.
    s.info.title = (m ? m->label : std::string("Bijeenkomst")) + " " + wijk + " " + (dayInWords.empty() ? date : dayInWords);
    s.info.chair = m ? m->chair : "";
    s.info.scheme = m ? m->scheme : policy.scheme;  // the meeting type's answer scheme, else the kiosk's
    s.info.phase = startPhase(policy, type);
    s.sliders = sliders;
    giveTypeAgenda(s, policy);
    return s;
}

Visibility startPhase(const Policy& policy, const MeetingType& type) {
    const MeetingDefaults* m = policy.meeting(type);
    return m && !m->closed ? Visibility::Public : Visibility::Closed;
}

bool giveTypeAgenda(Session& s, const Policy& policy) {
    const MeetingDefaults* m = policy.meeting(s.info.type);
    if (!s.agenda.empty() || !m || m->agenda.empty()) return false;
    std::int64_t seq = 0;
    for (AgendaItem item : m->agenda) {
        item.id = freshId(s, 'g');
        item.seq = ++seq;
        item.started.clear();
        item.ended.clear();
        s.agenda.push_back(std::move(item));
        reindex<AgendaItem>(s);
    }
    return true;
}

}  // namespace wk
