// The live minutes: notes, decisions and agreements.
#include "domain/Decider.h"

#include <algorithm>

#include "domain/Plan.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"

namespace wk::decider {

Decision Decider::operator()(const AddNote& c) const {
    if (isBlank(c.text)) return refuse("text_empty", "note.text");
    Note n{newId_('n'), is_.at, c.text, c.kind, c.visibility, nextSeq<Note>(s_), ""};
    return made({Put<Note>{n}}, n.id + " " + std::string(toString(c.kind)) + " " + quote(c.text), "", n.id);
}

Decision Decider::operator()(const EditNote& c) const {
    const Note* old = find<Note>(s_, c.id);
    if (!old) return refuse("not_found", "note");
    if (isBlank(c.text)) return refuse("text_empty", "note.text");
    Note n = *old;  // keeps when it was said
    n.kind = c.kind;
    n.text = c.text;
    n.visibility = c.visibility;
    return done({Put<Note>{n}}, c.id + " " + quote(c.text));
}

Decision Decider::operator()(const RemoveNote& c) const {
    const Note* old = find<Note>(s_, c.id);
    if (!old) return refuse("not_found", "note");
    return done({Remove<Note>{*old}}, c.id + " " + quote(old->text));
}

// The minutes as the record (issue 35): adopted at the moment the intent carries, or back to a
// concept. A meeting still in preparation has no minutes to adopt.
Decision Decider::operator()(const AdoptMinutes& c) const {
    if (s_.info.preparing) return refuse("not_allowed", "session.adopted");
    if (c.adopted == !s_.info.adopted.empty()) return refuse("no_change", "session.adopted");
    SessionInfo info = s_.info;
    info.adopted = c.adopted ? is_.at : "";
    return done({SetInfo{info}}, c.adopted ? "adopted " + is_.at : "back to a concept");
}

}  // namespace wk::decider
