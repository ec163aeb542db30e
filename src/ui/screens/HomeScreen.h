// The start screen: the meeting, who is there, a new meeting, export and the AVG purge.
#pragma once
#include <optional>
#include <string>

#include "ui/Screen.h"
#include "ui/screens/AgendaStrip.h"
#include "ui/screens/AgreePanel.h"
#include "ui/screens/VoicePanel.h"

namespace wk::ui {

struct HomeState {
    bool choosing = false;  // the new-meeting picker is open
    MeetingType type = MeetingType::Wijktafel;
    std::string wijk;
    std::optional<ResponseScheme> scheme;  // chosen for the new meeting; unset: its type's
    bool addingPerson = false;
    std::string name, role, organisation;
    bool consent = false;
    bool editingInfo = false;
    std::string title, location, chair, dossier, time, publicAt;
    bool rating = false;     // the bouwstenen card is open
    bool exporting = false;  // the export card is open
    std::string folder;
    Audience audience = Audience::Public;
    bool confirmPurge = false;
    bool confirmRemove = false;  // "remove this meeting?" is asked
    std::string shownUid;        // the meeting drawn last: another one opens at its top
    AgendaEditState agenda;      // an agenda item being changed or added
    VoiceState voice;            // check-in and polls
    AgreeState agree;            // statements, the evaluation, words
};


void drawHomeScreen(ScreenContext&, HomeState&);

}  // namespace wk::ui
