// Residents hear back (issue 32): for every resident who left a contact, a letter in the
// municipality's letterhead (PDF and ODT from one Document) with their own idea, its number, the
// answer with its explanation, condition and date, and what happens next; and a list for the
// municipality's mail merge with each letter's e-mail address and telephone number. A letter
// holds only its recipient's own words: a merged idea gets the answer of the idea it joined,
// never another resident's text or name; a closed or hidden idea gets no letter.
#pragma once
#include <string>
#include <vector>

#include "domain/Types.h"
#include "export/Document.h"
#include "export/Minutes.h"
#include "io/Config.h"

namespace wk::io {

// The addresses in what a resident typed as contact: e-mail addresses and a phone number (8 to
// 15 digits, spaces, hyphens and a leading + allowed), separated by commas, semicolons or spaces.
struct ContactAddress {
    std::string email, phone;
    bool any() const { return !email.empty() || !phone.empty(); }
};
ContactAddress contactAddress(const std::string& contact);

struct AnswerLetter {
    std::string number;  // the idea's number (its id where the meeting numbers none): the file's name
    std::string name;    // whom it is to: the name they gave, or empty
    ContactAddress address;
    std::string answer;  // the answer's word, or empty while there is none
    std::string status;  // "brief", or why there is none: "geen adres", "besloten", "verborgen", "wacht"
    Document letter;     // empty without a letter
};

// Every idea of `full` with a contact, in its order; `today` (YYYY-MM-DD) dates the letters.
std::vector<AnswerLetter> answerLetters(const Session& full, const KioskConfig&, const Words&, const std::string& today);
// The mail-merge list: UTF-8 with BOM, ';', CRLF, like the plan's CSV; one row per idea with a contact.
std::string lettersCsv(const std::vector<AnswerLetter>&, const Words&);

}  // namespace wk::io
