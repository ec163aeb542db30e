#include "export/Letters.h"

#include <algorithm>

#include "domain/Lookup.h"
#include "domain/Text.h"
#include "export/Invitation.h"
#include "io/I18n.h"

namespace wk::io {
namespace {

bool isEmail(const std::string& t) {
    const auto at = t.find('@');
    return at != std::string::npos && at > 0 && t.find('.', at) != std::string::npos && t.find('@', at + 1) == std::string::npos &&
           t.back() != '.';
}

// What the resident wrote, without what merging added to it (other residents' words).
std::string ownText(const Session& s, const Idea& idea) {
    std::string text = idea.text;
    for (const auto& other : s.ideas) {
        if (other.mergedInto != idea.id || other.text.empty()) continue;
        const auto at = text.find(other.text);
        if (at == std::string::npos) continue;
        const auto cut = text.rfind("\n\n", at);
        text = text.substr(0, cut == std::string::npos ? at : cut);
    }
    return trim(text);
}

Document letterFor(const Session& s, const Idea& idea, const Idea& answered, const std::string& number, const KioskConfig& config,
                   const Words& w, const std::string& today) {
    const SessionInfo& info = s.info;
    const Response& r = answered.response;
    Document doc;
    doc.add(Paragraph{dateWords(today, w), true});
    doc.add(Heading{1, fillIn(w("letter.title"), truncateVisibly(cleanLine(ownText(s, idea)), 60))});
    doc.add(Paragraph{fillIn(w("letter.your_number"), number), true});
    doc.add(Paragraph{idea.author.empty() ? w("letter.dear_resident") : fillIn(w("letter.dear"), idea.author)});
    doc.add(Paragraph{fillIn(fillIn(fillIn(w("letter.intro"), dateWords(info.date, w)), lowerFirst(typeLabel(info, config))), info.wijk)});
    doc.add(Paragraph{"“" + ownText(s, idea) + "”"});
    // Merged: said so, without the other idea's number (it would lead to the other resident).
    if (&answered != &idea) doc.add(Paragraph{w("letter.merged")});
    doc.add(Heading{2, w("letter.answer_title")});
    if (r.value.empty()) {
        doc.add(Paragraph{w("letter.no_answer")});
    } else {
        doc.add(Paragraph{fillIn(w("letter.answer_is"), w("answer." + r.value)) + " " + w("letter.means_" + r.value)});
        // The words the kiosk and the phone show; the date once, under what happens next.
        std::vector<std::string> details;
        if (!r.motivation.empty()) details.push_back(w("answer.motivation") + ": " + r.motivation);
        if (!r.condition.empty()) details.push_back(w("answer.condition") + ": " + r.condition);
        if (!r.due.empty() && r.value != "ooit" && r.value != "ja_mits") details.push_back(w("answer.due") + ": " + dateWords(r.due, w));
        if (!details.empty()) doc.add(Bullets{details});
    }
    doc.add(Heading{2, w("letter.next_title")});
    const std::string next = r.value.empty()                                  ? w("letter.next_none")
                             : (r.value == "nu" || r.value == "ja")           ? w("letter.next_do")
                             : (r.value == "nooit" || r.value == "nee")       ? w("letter.next_not")
                             : !r.due.empty()                                 ? fillIn(w("letter.next_later_by"), dateWords(r.due, w))
                                                                              : w("letter.next_later");
    doc.add(Paragraph{next});
    const Area* area = config.area(info.wijk);
    const Gebied* gebied = area ? config.gebied(area->gebied) : nullptr;
    const auto contact = gebiedContact(gebied, w);
    doc.add(Heading{2, w("invite.questions")});
    if (!contact.empty()) doc.add(Paragraph{joinLines(contact)});
    doc.add(Paragraph{fillIn(w("letter.mention_number"), number)});
    doc.add(Paragraph{w("invite.regards") + "\n" + (gebied && !gebied->contact.empty() ? gebied->contact + "\n" : "") + config.municipality});
    return doc;
}

}  // namespace

ContactAddress contactAddress(const std::string& contact) {
    ContactAddress out;
    std::string rest;
    std::string token;
    const auto flush = [&] {
        if (isEmail(token)) out.email += (out.email.empty() ? "" : ", ") + token;
        else rest += token + " ";
        token.clear();
    };
    for (char c : contact) {
        if (c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n') flush();
        else token += c;
    }
    flush();
    // The phone number: the first run of digits (with spaces, hyphens, brackets, a leading +) that
    // holds 8 to 15 digits.
    std::string run;
    int digits = 0;
    const auto take = [&] {
        if (out.phone.empty() && digits >= 8 && digits <= 15) out.phone = trim(run);
        run.clear();
        digits = 0;
    };
    for (char c : rest) {
        if (c >= '0' && c <= '9') ++digits, run += c;
        else if ((c == '+' && digits == 0) || ((c == ' ' || c == '-' || c == '(' || c == ')') && !run.empty())) run += c;
        else take();
    }
    take();
    return out;
}

std::vector<AnswerLetter> answerLetters(const Session& full, const KioskConfig& config, const Words& w, const std::string& today) {
    std::vector<AnswerLetter> out;
    for (const auto& idea : full.ideas) {
        if (isBlank(idea.contact)) continue;  // no contact left: nobody to write to
        AnswerLetter l;
        l.number = idea.number.empty() ? idea.id : idea.number;
        l.name = idea.author;
        l.address = contactAddress(idea.contact);
        // A merged idea is answered by the one it joined; only that answer is taken from it.
        const Idea* answered = &idea;
        if (!idea.mergedInto.empty())
            if (const Idea* kept = find<Idea>(full, idea.mergedInto)) answered = kept;
        l.answer = answered->response.value.empty() ? "" : w("answer." + answered->response.value);
        if (idea.visibility == Visibility::Closed) l.status = w("letter.status_closed");
        else if (idea.hidden && idea.mergedInto.empty()) l.status = w("letter.status_hidden");
        else if (idea.pending) l.status = w("letter.status_waiting");
        else if (!l.address.any()) l.status = w("letter.status_no_address");
        else {
            l.status = w("letter.status_letter");
            l.letter = letterFor(full, idea, *answered, l.number, config, w, today);
        }
        out.push_back(std::move(l));
    }
    return out;
}

std::string lettersCsv(const std::vector<AnswerLetter>& letters, const Words& w) {
    std::vector<std::vector<std::string>> rows{{w("letter.col_number"), w("export.name"), w("letter.col_email"), w("letter.col_phone"),
                                                w("export.answer"), w("letter.col_letter")}};
    for (const auto& l : letters)
        rows.push_back({l.number, l.name, l.address.email, l.address.phone, l.answer.empty() ? w("export.no_answer") : l.answer, l.status});
    return csvRows(rows);
}

}  // namespace wk::io
