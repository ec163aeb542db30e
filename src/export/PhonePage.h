// The page a resident's phone shows, as one HTML document: the public ideas to read and
// support, a form to add one, and the sliders when the facilitator has opened them to
// residents. It works without JavaScript (plain forms) and better with it (no reloads, the wall
// refreshed). B1 wording from the translation table, large targets, the municipality's colours.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "domain/Types.h"
#include "io/Config.h"
#include "export/PhoneStrings.h"

namespace wk::io {

struct PhonePage {
    const PhoneStrings& strings;
    const PhoneLanguage& lang;
    const KioskConfig& config;
    const Session& session;  // what the public may see, contacts removed
    std::string base;        // "/j/TOKEN"
    std::string message;     // a word of thanks or what went wrong, or empty
    bool messageIsError = false;
    std::vector<std::string> supported;  // ideas this visit supports
    int supportsLeft = 0;
    bool placingOpen = false;
    std::string participant;  // this visit's participant, when it placed sliders
    std::string draft;        // the idea text a failed send keeps
    bool hasLogo = false;
    // False for a visit beyond its address's share (or none): it reads, and is told why.
    bool mayAct = true;
    int visitsPerAddress = 3;
    std::string clock = {};   // the meeting's time (local ISO), for the item's minutes left
    bool onFloorList = false;  // this visit asked for the floor and waits (or speaks)
    bool checkedIn = false;    // this visit said "Ik ben er"
    std::map<std::string, PollAnswer> myAnswers = {};  // per open poll, this visit's answer
};

std::string renderPhonePage(const PhonePage&);
// The page's style and script, served as files of their own (/phone.css, /phone.js): the page's
// Content-Security-Policy allows no inline ones.
std::string phoneCss(const KioskConfig&);
std::string phoneScript();
// The room's voice (PhoneVoice.cpp): "Ik ben er" until the visit checked in; the open public
// polls as forms (a second answer replaces the first), and the last closed one's result.
std::string renderPhoneCheckIn(const PhonePage&);
std::string renderPhonePolls(const PhonePage&);
// Issue 31: the open statements (eens, oneens, weet niet; a resident may propose one) and the
// evaluation, each a section of its own.
std::string renderPhoneStatements(const PhonePage&);
std::string renderPhoneEvaluation(const PhonePage&);
// "Lijkt op": the ideas like the one being typed, each with its support button (what the page's
// script fetches as the resident types).
std::string renderPhoneSimilar(const PhonePage&, const std::vector<const Idea*>&);
// The wall alone (what the page's script fetches to keep it current).
std::string renderPhoneWall(const PhonePage&);
// A plain page with one message: a wrong or ended address.
std::string renderPhoneMessage(const PhoneStrings&, const PhoneLanguage&, const KioskConfig&, const std::string& message);

}  // namespace wk::io
