#include "service/ReadAloud.h"

#include "domain/Lookup.h"
#include "domain/Rules.h"
#include "io/I18n.h"

namespace wk::service {
namespace {

// A sentence ends with a full stop, so the voice pauses between the parts.
void sentence(std::string& out, const std::string& s) {
    if (s.empty()) return;
    out += (out.empty() ? "" : " ") + s;
    if (out.back() != '.' && out.back() != '?' && out.back() != '!') out += '.';
}

}  // namespace

std::optional<std::string> readAloudText(const Session& full, bool publicPhase, const ReadRequest& r, const io::KioskConfig& config) {
    const Session shown = visibleTo(full, publicPhase ? Audience::Public : Audience::Internal);
    std::string out;
    switch (r.kind) {
        case ReadKind::Welcome:
            sentence(out, config.municipality);
            sentence(out, shown.info.title);
            sentence(out, io::tr("welcome.invite"));
            sentence(out, io::tr("welcome.start"));
            return out;
        case ReadKind::Idea: {
            const Idea* i = find<Idea>(shown, r.id);
            if (!i || i->hidden || i->pending) return std::nullopt;
            sentence(out, i->text);
            sentence(out, io::trn("ideas.votes", i->votes));
            const Response& a = i->response;
            if (!a.value.empty()) {
                sentence(out, std::string(io::tr("export.answer")) + ": " + io::tr("answer." + a.value));
                if (!a.motivation.empty()) sentence(out, std::string(io::tr("answer.motivation")) + ": " + a.motivation);
                if (!a.condition.empty()) sentence(out, std::string(io::tr("answer.condition")) + ": " + a.condition);
                if (!a.due.empty()) sentence(out, std::string(io::tr("answer.due")) + ": " + io::dateWords(a.due));
            }
            return out;
        }
        case ReadKind::Action: {
            const Action* a = find<Action>(shown, r.id);
            if (!a) return std::nullopt;
            sentence(out, a->what);
            std::string who = a->party ? config.parties.at(*a->party) : "";
            if (!a->owner.empty()) who += (who.empty() ? "" : ", ") + a->owner;
            if (!who.empty()) sentence(out, std::string(io::tr("plan.who")) + ": " + who);
            if (!a->deadline.empty()) sentence(out, std::string(io::tr("plan.deadline")) + ": " + io::dateWords(a->deadline));
            return out;
        }
    }
    return std::nullopt;
}

}  // namespace wk::service
