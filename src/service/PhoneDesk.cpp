#include "service/PhoneDesk.h"

#include <algorithm>
#include <chrono>

#include "domain/Text.h"
#include "io/Clock.h"

namespace wk::service {
namespace {

double seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Takes one request from a bucket that refills at `rate` a second up to `burst`.
template <class B> bool spend(B& b, double burst, double rate) {
    const double now = seconds();
    b.budget = b.budget < 0 ? burst : std::min(burst, b.budget + (now - b.at) * rate);
    b.at = now;
    if (b.budget < 1) return false;
    b.budget -= 1;
    return true;
}

}  // namespace

PhoneDesk::PhoneDesk(const io::KioskConfig& config, const std::string& dbPath, std::int64_t sessionId)
    : config_(config),
      db_(store::Database::open(dbPath)),
      edits_(std::make_unique<EditService>(*db_, sessionId, config.policy)),
      repo_(std::make_unique<store::Repository>(*db_)),
      matcher_(config.policy.stopWords) {}

bool PhoneDesk::spendAddress(const std::string& address) {
    const int share = config_.phones.visitsPerAddress;
    return spend(addresses_[address], kVisitBurst * share, kVisitRate * share);
}

bool PhoneDesk::spendVisit(const std::string& visitId) { return spend(visitBudgets_[visitId], kVisitBurst, kVisitRate); }
bool PhoneDesk::spendSimilar(const std::string& visitId) { return spend(similarBudgets_[visitId], kSimilarBurst, kSimilarRate); }

std::vector<const Idea*> PhoneDesk::similar(const std::string& text) { return matcher_.similar(publicSession(), text); }

std::optional<PhoneDesk::Visit> PhoneDesk::visit(const std::string& id) { return repo_->visit(edits_->session().info.id, id); }

std::optional<PhoneDesk::Visit> PhoneDesk::join(const std::string& address) {
    const std::string id = randomHex(16);  // a random cookie for this address only: no tracking beyond it
    if (!repo_->addVisit(edits_->session().info.id, id, address, io::localDateTime(), config_.phones.visitsPerAddress)) return std::nullopt;
    return Visit{id, address, "", {}};
}

bool PhoneDesk::full(const std::string& address) {
    return repo_->visitCount(edits_->session().info.id, address) >= config_.phones.visitsPerAddress;
}

const Session& PhoneDesk::publicSession() { return public_.of(edits_->session(), edits_->revision(), Audience::Public, &edits_->journal()); }

int PhoneDesk::supportsLeft(const Visit& v) const { return config_.policy.supportsLeft(static_cast<int>(v.supported.size())); }

PhoneDesk::Entry::Entry(PhoneDesk& desk) : desk_(desk) {
    ++desk_.inDoor_;  // counted before it waits: a group's writer waits for it to ask or leave
    desk_.mutex_.lock();
}

PhoneDesk::Entry::~Entry() {
    --desk_.inDoor_;
    desk_.turn_.notify_all();
    desk_.mutex_.unlock();
}

PhoneDesk::VisitTurn::VisitTurn(PhoneDesk& desk, std::string visitId) : desk_(desk), visit_(std::move(visitId)) {
    if (desk_.busyVisits_.count(visit_)) {
        --desk_.inDoor_;  // not about to join a group while it waits: nobody waits for it
        desk_.turn_.notify_all();
        desk_.turn_.wait(desk_.mutex_, [&] { return !desk_.busyVisits_.count(visit_); });
        ++desk_.inDoor_;
    }
    desk_.busyVisits_.insert(visit_);
}

PhoneDesk::VisitTurn::~VisitTurn() {
    desk_.busyVisits_.erase(visit_);
    desk_.turn_.notify_all();
}

EditResult PhoneDesk::issue(Intent intent, const EditService::Alongside& alongside) {
    // Called at the desk (an Entry held). Joins the next group; the first to join writes it.
    // Not written until the group says otherwise, whatever happens to the group.
    Waiting me{{{std::move(intent), Role::Resident, io::localDateTime()}, alongside, {std::nullopt, "not written", {}}}, false};
    queue_.push_back(&me);
    --inDoor_;
    turn_.notify_all();
    struct Back {  // in the door again, however this ends
        std::atomic<int>& n;
        ~Back() { ++n; }
    } back{inDoor_};
    if (leading_) {
        turn_.wait(mutex_, [&] { return me.done; });
        return me.edit.result;
    }
    leading_ = true;
    std::vector<Waiting*> group;
    struct Release {  // every member hears, and the next group can form, even after an exception
        PhoneDesk& desk;
        std::vector<Waiting*>& group;
        ~Release() {
            for (Waiting* w : group) w->done = true;
            desk.leading_ = false;
            desk.turn_.notify_all();
        }
    } release{*this, group};
    // Those in the door ask first (or leave); 20 ms at most, should requests that write nothing
    // keep coming.
    turn_.wait_for(mutex_, std::chrono::milliseconds(20), [&] { return inDoor_.load() == 0 || queue_.size() >= kGroupMost; });
    group.swap(queue_);
    std::vector<EditService::Grouped*> edits;
    for (Waiting* w : group) edits.push_back(&w->edit);
    edits_->submitGroup(edits);
    ++groups_.groups;
    groups_.edits += static_cast<long long>(edits.size());
    return me.edit.result;
}

EditResult PhoneDesk::submitIdea(SubmitIdea idea) { return issue(std::move(idea)); }

EditResult PhoneDesk::askFloor(const Visit& v, const std::string& name, bool consent) {
    return issue(AskFloor{name, "resident", consent && !name.empty(), "phone-" + v.id});
}

bool PhoneDesk::onFloorList(const Visit& v) const {
    for (const Turn& t : edits_->session().turns)
        if (t.visit == "phone-" + v.id && t.ended.empty()) return true;
    return false;
}

PhoneDesk::Supported PhoneDesk::support(const Visit& v, const std::string& ideaId) {
    if (std::find(v.supported.begin(), v.supported.end(), ideaId) != v.supported.end()) return {Support::Already, 0};
    if (supportsLeft(v) <= 0) return {Support::Spent, 0};
    if (!find<Idea>(publicSession(), ideaId)) return {Support::NotOnWall, 0};
    const std::int64_t sid = edits_->session().info.id;
    const EditResult res = issue(SupportIdea{ideaId}, [&](store::Repository& repo, const store::Repository::Tx& tx, const std::string&) { repo.addVisitSupport(tx, sid, v.id, ideaId); });
    if (!res.ok()) return {Support::NotSaved, 0};
    const Idea* i = find<Idea>(edits_->session(), ideaId);
    return {Support::Given, i ? i->votes : 0};
}

// The phone's visit in the session: "phone-" and its cookie, as spreekrecht keeps it.
EditResult PhoneDesk::checkIn(const Visit& v, const std::string& kind, const std::string& name, bool consent) {
    return issue(CheckInVisit{kind, "phone", name, consent && !trim(name).empty(), "phone-" + v.id});
}

bool PhoneDesk::checkedIn(const Visit& v) const {
    for (const CheckIn& c : edits_->session().checkIns)
        if (c.visit == "phone-" + v.id) return true;
    return false;
}

EditResult PhoneDesk::answer(const Visit& v, const std::string& poll, std::vector<long long> values, std::string text) {
    return issue(answerFor(*repo_, edits_->session().info.id, poll, "phone-" + v.id, "phone", std::move(values), std::move(text)));
}

std::optional<PollAnswer> PhoneDesk::answerOf(const Visit& v, const std::string& poll) {
    return answerOfVisit(*repo_, edits_->session(), poll, "phone-" + v.id);
}

EditResult PhoneDesk::proposeStatement(const Visit& v, const std::string& text) {
    return issue(ProposeStatement{text, "phone-" + v.id});
}

std::string PhoneDesk::participantOf(const Visit& v) {
    if (!v.participant.empty()) return v.participant;
    const std::int64_t sid = edits_->session().info.id;
    const EditResult joined =
        issue(JoinAsResident{}, [&](store::Repository& repo, const store::Repository::Tx& tx, const std::string& made) {
            repo.setVisitParticipant(tx, sid, v.id, made);
        });
    return joined.ok() ? joined.createdId : "";
}

bool PhoneDesk::place(const std::string& participant, const std::string& slider, std::optional<int> now, std::optional<int> desired,
                      const std::string& reason) {
    if (!issue(PlaceSlider{participant, slider, now, desired}).ok()) return false;
    return reason.empty() || issue(GiveReason{participant, slider, reason}).ok();
}

}  // namespace wk::service
