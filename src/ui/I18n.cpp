#include "ui/I18n.h"

#include "domain/Text.h"

namespace wk::ui {
namespace {

Lang g_lang = Lang::Nl;

constexpr Entry kTable[] = {
    // Navigation
    {"nav.home", "Start", "Home"},
    {"nav.sliders", "Schuifjes", "Sliders"},
    {"nav.ideas", "Ideeën", "Ideas"},
    {"nav.plan", "Actieplan", "Action plan"},
    {"nav.minutes", "Verslag", "Minutes"},
    {"nav.undo", "Ongedaan maken", "Undo"},
    {"nav.redo", "Opnieuw", "Redo"},
    // Phases
    {"phase.closed", "Besloten deel", "Closed part"},
    {"phase.public", "Openbaar deel", "Public part"},
    {"phase.closed_hint", "Alleen voor deelnemers", "Participants only"},
    {"phase.public_hint", "Iedereen kan meekijken", "Everyone can watch"},
    {"badge.closed", "besloten", "closed"},
    {"badge.public", "openbaar", "public"},
    {"phase.to_public", "Naar openbaar deel", "Go public"},
    {"phase.to_closed", "Naar besloten deel", "Go closed"},
    // Modes
    {"mode.lock", "Vergrendelen", "Lock"},
    {"mode.facilitator", "Beheer", "Facilitator"},
    {"pin.title", "Pincode van de gespreksleider", "Facilitator PIN"},
    {"pin.hint", "Tik de pincode en dan OK.", "Tap the PIN, then OK."},
    {"pin.wrong", "Deze pincode klopt niet.", "That PIN is not right."},
    {"pin.wait", "Te vaak een onjuiste pincode. Probeer het over {} seconden opnieuw.", "Too many wrong PINs. Try again in {} seconds."},
    {"pin.clear", "Wis", "Clear"},
    {"pin.ok", "OK", "OK"},
    {"pin.cancel", "Terug", "Back"},
    {"welcome.invite", "Deel uw idee voor de wijk, of kijk wat anderen hebben bedacht.", "Share your idea for the neighbourhood, or see what others came up with."},
    {"welcome.start", "Tik om te beginnen", "Tap to start"},
    // Meeting types
    {"meeting.wijktafel", "Wijktafel", "Wijktafel"},
    {"meeting.wijkwerkoverleg", "Wijkwerkoverleg", "Wijkwerkoverleg"},
    {"meeting.wijkbezoek", "Wijkbezoek", "Neighbourhood visit"},
    {"meeting.college_on_tour", "College on tour", "College on tour"},
    {"meeting.overig", "Overig", "Other"},
    // Home
    {"home.where", "Waar", "Where"},
    {"home.when", "Wanneer", "When"},
    {"home.chair", "Voorzitter", "Chair"},
    {"home.present", "Aanwezig", "Present"},
    {"home.no_participants", "Nog geen deelnemers", "No participants yet"},
    {"home.resident", "Bewoner", "Resident"},
    {"home.ideas_count", "{} ideeën", "{} ideas"},
    {"home.actions_count", "{} acties", "{} actions"},
    {"home.notes_count", "{} notities", "{} notes"},
    {"home.opgaven_count", "{} opgaven", "{} tasks"},
    {"home.result", "Resultaat", "Result"},
    {"home.today", "Vandaag", "Today"},
    {"home.new_meeting", "Nieuwe bijeenkomst", "New meeting"},
    {"home.meeting_type", "Soort bijeenkomst", "Kind of meeting"},
    {"home.starts_closed", "Begint besloten.", "Starts closed."},
    {"home.starts_public", "Openbaar.", "Public."},
    {"home.with_public_part", "Met een openbaar deel.", "With a public part."},
    {"home.area", "Wijk of kern", "Neighbourhood or village"},
    {"home.start_meeting", "Starten", "Start"},
    {"home.add_person", "Deelnemer toevoegen", "Add a participant"},
    {"home.name", "Naam", "Name"},
    {"home.role", "Rol", "Role"},
    {"home.organisation", "Organisatie", "Organisation"},
    {"home.consent", "Naam mag openbaar", "Name may be public"},
    {"home.add", "Toevoegen", "Add"},
    {"home.earlier", "Eerdere bijeenkomsten", "Earlier meetings"},
    {"home.edit_info", "Gegevens wijzigen", "Edit details"},
    {"home.title_field", "Titel", "Title"},
    {"home.quit", "Kiosk afsluiten", "Close the kiosk"},
    {"home.resident_hint", "Tik op ‘Ideeën’ om een idee toe te voegen.", "Tap ‘Ideas’ to add an idea."},
    // Sliders
    {"sliders.title", "Waar staan we, waar willen we heen?", "Where are we, where do we want to go?"},
    {"sliders.now", "Nu", "Now"},
    {"sliders.desired", "Gewenst", "Desired"},
    {"sliders.median", "mediaan", "median"},
    {"sliders.spread", "spreiding", "spread"},
    {"sliders.skipped", "{} overgeslagen", "{} skipped"},
    {"sliders.none", "Nog geen schuifjes geplaatst", "No sliders placed yet"},
    {"sliders.top", "Bovenaan", "Top end"},
    {"sliders.most_different", "Hier verschillen we het meest", "This is where we differ most"},
    {"sliders.participant_n", "Deelnemer {}", "Participant {}"},
    {"sliders.last_time", "Vorige keer:", "Last time:"},
    {"sliders.no_reason", "(geen toelichting)", "(no reason given)"},
    {"sliders.hidden", "{} keer geplaatst; verborgen tot ‘Toon iedereen’.", "Placed {} times; hidden until ‘Show everyone’."},
    {"sliders.lowest", "Laagste inschatting van nu", "Lowest estimate of now"},
    {"sliders.highest", "Hoogste inschatting van nu", "Highest estimate of now"},
    {"sliders.who_places", "Wie plaatst de schuifjes?", "Who is placing the sliders?"},
    {"sliders.why", "Waarom?", "Why?"},
    {"sliders.comparison", "Vergelijking", "Comparison"},
    {"chart.title", "Positionering met vijf schuiven: nu en gewenst", "Positioning with five sliders: now and desired"},
    {"chart.skipped", "overgeslagen", "skipped"},
    {"sliders.skip", "Overslaan", "Skip"},
    {"sliders.compare", "Vergelijken", "Compare"},
    {"sliders.place", "Plaatsen", "Place"},
    {"sliders.invite", "Bewoners mogen plaatsen", "Residents may place"},
    {"sliders.blind", "Blind plaatsen", "Place blind"},
    {"sliders.reveal", "Toon iedereen", "Show everyone"},
    {"sliders.differences", "Waar verschillen we?", "Where do we differ?"},
    {"sliders.anonymous", "Anoniem", "Anonymous"},
    {"sliders.compare_last", "Vergelijk met vorige keer", "Compare with last time"},
    // Ideas
    {"ideas.title", "Ideeën voor de wijk", "Ideas for the neighbourhood"},
    {"ideas.add", "Idee toevoegen", "Add an idea"},
    {"ideas.save", "Opslaan", "Save"},
    {"ideas.cancel", "Annuleren", "Cancel"},
    {"ideas.your_idea", "Uw idee", "Your idea"},
    {"ideas.theme", "Thema", "Theme"},
    {"ideas.empty", "Nog geen ideeën. Tik op ‘Idee toevoegen’.", "No ideas yet. Tap ‘Add an idea’."},
    {"ideas.votes", "{} steunbetuigingen", "{} supporters"},
    {"ideas.saved", "Bedankt! Uw idee is opgeslagen.", "Thank you! Your idea has been saved."},
    {"ideas.other_theme", "overig", "other"},
    {"ideas.newest", "Nieuwste", "Newest"},
    {"ideas.support", "+1 Steun", "+1 Support"},
    {"ideas.supported", "✓ Gesteund", "✓ Supported"},
    {"ideas.answer", "Beantwoorden", "Answer"},
    {"ideas.make_closed", "Maak besloten", "Make closed"},
    {"ideas.make_public", "Maak openbaar", "Make public"},
    {"ideas.name_optional", "Uw naam (mag leeg blijven)", "Your name (may stay empty)"},
    {"ideas.name", "Naam", "Name"},
    {"ideas.contact_optional", "Telefoon of e-mail (mag leeg blijven)", "Phone or e-mail (may stay empty)"},
    {"ideas.contact", "Contact", "Contact"},
    {"ideas.consent", "Mijn naam mag openbaar bij mijn idee staan", "My name may be shown publicly with my idea"},
    {"ideas.filter_all", "Alle", "All"},
    {"ideas.map", "Kaart van de wijk", "Map of the neighbourhood"},
    {"ideas.map_optional", "Tik op de kaart waar uw idee over gaat (mag ook niet)", "Tap the map where your idea is about (optional)"},
    {"ideas.remove_pin", "Speld weghalen", "Remove the pin"},
    {"ideas.by_theme", "Per thema", "By theme"},
    {"ideas.on_map", "Op de kaart", "On the map"},
    {"ideas.map_count", "{} ideeën op de kaart", "{} ideas on the map"},
    {"ideas.map_unplaced", "{} zonder plek", "{} without a place"},
    {"ideas.tap_pin", "Tik op een speld om het idee te lezen.", "Tap a pin to read the idea."},
    {"ideas.filter_open", "Nog geen antwoord", "Not answered yet"},
    {"ideas.filter_incomplete", "Onvolledige antwoorden", "Incomplete answers"},
    {"answer.title", "Antwoord op dit idee", "Answer to this idea"},
    {"answer.motivation", "Motivatie", "Motivation"},
    {"answer.depends", "Toelichting", "Explanation"},
    {"answer.need_motivation", "een motivatie", "a motivation"},
    {"answer.need_condition", "de voorwaarde", "the condition"},
    {"answer.need_due", "de datum van het definitieve antwoord", "the date of the final answer"},
    {"answer.missing", "Nog nodig voor een volledig antwoord: {}.", "Still needed for a complete answer: {}."},
    {"date.day", "dag", "day"},
    {"date.month", "maand", "month"},
    {"date.year", "jaar", "year"},
    {"date.none", "nog geen datum", "no date yet"},
    {"answer.nu", "Nu", "Now"},
    {"answer.ooit", "Ooit", "Some day"},
    {"answer.nooit", "Nooit", "Never"},
    {"answer.ja", "Ja", "Yes"},
    {"answer.nee", "Nee", "No"},
    {"answer.ja_mits", "Ja, op voorwaarde dat", "Yes, provided that"},
    {"answer.incomplete", "antwoord onvolledig", "answer incomplete"},
    {"answer.condition", "Voorwaarde", "Condition"},
    {"answer.due", "Definitief antwoord", "Final answer by"},
    // Plan
    {"plan.title", "Wijkactieplan", "Neighbourhood action plan"},
    {"plan.empty", "Nog geen opgaven of acties", "No tasks or actions yet"},
    {"plan.no_opgave", "Zonder opgave", "Without a task"},
    {"plan.what", "Wat", "What"},
    {"plan.indicator", "Meetbaar", "Measured by"},
    {"plan.who", "Wie", "Who"},
    {"plan.deadline", "Wanneer", "When"},
    {"plan.smart", "SMART", "SMART"},
    {"plan.not_smart", "Nog niet SMART", "Not SMART yet"},
    {"plan.party_missing", "partij ontbreekt", "party missing"},
    {"status.gepland", "gepland", "planned"},
    {"status.lopend", "lopend", "in progress"},
    {"status.gereed", "gereed", "done"},
    {"status.vervallen", "vervallen", "dropped"},
    // Minutes
    {"minutes.title", "Verslag", "Minutes"},
    {"minutes.empty", "Nog geen notities", "No notes yet"},
    {"minutes.add", "Toevoegen", "Add"},
    {"minutes.text", "Tekst van de notitie", "Text of the note"},
    {"minutes.positioning", "Positionering (mediaan)", "Positioning (median)"},
    // On-screen keyboard
    {"osk.back", "Wissen", "Delete"},
    {"osk.enter", "Enter", "Enter"},
    {"osk.shift", "Hoofdletter", "Capital"},
    {"osk.space", "spatie", "space"},
    {"osk.digits", "123", "123"},
    {"osk.letters", "abc", "abc"},
    {"osk.accents", "éü", "éü"},
    {"osk.close", "Sluiten", "Close"},
    {"minutes.edit", "Wijzigen", "Edit"},
    {"minutes.remove", "Verwijderen", "Remove"},
    {"kind.note", "Notitie", "Note"},
    {"kind.decision", "Besluit", "Decision"},
    {"kind.agreement", "Afspraak", "Agreement"},
    // Messages
    {"msg.not_saved", "Niet opgeslagen: {}", "Not saved: {}"},
    {"msg.text_empty", "Vul eerst iets in.", "Please type something first."},
    {"msg.nothing_to_undo", "Er is niets om ongedaan te maken.", "There is nothing to undo."},
    {"msg.nothing_to_redo", "Er is niets om opnieuw te doen.", "There is nothing to redo."},
    {"msg.problem", "Dit kan zo niet worden opgeslagen ({}).", "This cannot be saved like this ({})."},
};

}  // namespace

void setLanguage(Lang l) { g_lang = l; }
Lang language() { return g_lang; }

const char* tr(std::string_view key) {
    for (const auto& e : kTable)
        if (e.key == key) return (g_lang == Lang::Nl ? e.nl : e.en).data();
    return key.data();
}

std::string trf(std::string_view key, std::string_view arg) {
    std::string s = tr(key);
    if (const auto at = s.find("{}"); at != std::string::npos) s.replace(at, 2, arg);
    return s;
}

std::string decimal(double v) { return formatDecimal(v, g_lang == Lang::Nl ? ',' : '.'); }

const Entry* entries(std::size_t& count) {
    count = std::size(kTable);
    return kTable;
}

}  // namespace wk::ui
