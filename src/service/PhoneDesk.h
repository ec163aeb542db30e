// A meeting's phone desk: the visits (one per join-page load, stored with the meeting, a few per
// address), their request budgets, and what a visit does (add an idea, support one, place the
// sliders), each as the resident's intent through the edit service. No HTTP here: the phone's
// door (app/PhoneDoor) speaks that and asks the desk.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "io/Config.h"
#include "service/EditService.h"
#include "service/Privacy.h"
#include "service/Matching.h"
#include "service/Voice.h"

namespace wk::service {

class PhoneDesk {
public:
    using Visit = store::Repository::Visit;

    // The meeting `sessionId` in the database at `dbPath`, on a connection of the desk's own.
    PhoneDesk(const io::KioskConfig& config, const std::string& dbPath, std::int64_t sessionId);

    // The desk serves one request at a time: a door holds an Entry while it answers one. Edits
    // of requests that arrived together are written as one group (one transaction, one fsync):
    // the first to ask waits until every request in the door has asked or left, writes them
    // all, and each request hears its own result only once the group is on disk.
    class Entry {
    public:
        explicit Entry(PhoneDesk& desk);
        ~Entry();
        Entry(const Entry&) = delete;
        Entry& operator=(const Entry&) = delete;

    private:
        PhoneDesk& desk_;
    };
    // Held by a request of a visit at the desk (after its Entry): the visit's next request waits
    // until this one is answered, without holding up other phones.
    class VisitTurn {
    public:
        VisitTurn(PhoneDesk& desk, std::string visitId);
        ~VisitTurn();
        VisitTurn(const VisitTurn&) = delete;
        VisitTurn& operator=(const VisitTurn&) = delete;

    private:
        PhoneDesk& desk_;
        std::string visit_;
    };
    static constexpr std::size_t kGroupMost = 64;
    // How many groups were written, with how many edits in all (the bench's, and a test's).
    struct Groups {
        long long groups = 0, edits = 0;
    };
    Groups groups() const { return groups_; }
    // Requests at the door or waiting for it (not waiting in a group).
    int inDoor() const { return inDoor_.load(); }

    // A request's budget: an address sends as much as its share of visits (`[phones]
    // visits_per_address`) would; a visit this many at once, then this many a second (a phone
    // adding ideas and supporting others never meets it).
    static constexpr double kVisitBurst = 40, kVisitRate = 2;
    bool spendAddress(const std::string& address);
    bool spendVisit(const std::string& visitId);

    // The visit with this id, if this meeting has it. Throws store::StoreError.
    std::optional<Visit> visit(const std::string& id);
    // A new visit for `address`, unless the address has its share already. Throws store::StoreError.
    std::optional<Visit> join(const std::string& address);
    // Whether `address` has its share of visits: more phones from it only read.
    bool full(const std::string& address);
    // Picks up what another writer (the kiosk itself) changed.
    void refresh() { edits_->refresh(); }

    // The meeting as the public sees it (no contacts; while blind nobody's values).
    const Session& publicSession();
    const Session& session() const { return edits_->session(); }
    int supportsLeft(const Visit& v) const;

    EditResult submitIdea(SubmitIdea idea);
    // Spreekrecht from the phone: the visit asks for the floor (its name only with consent on
    // the room screen); a second request while the first waits is refused ("already_asked").
    EditResult askFloor(const Visit& v, const std::string& name, bool consent);
    // Whether the visit waits for the floor or has it now.
    bool onFloorList(const Visit& v) const;
    // Once per idea and a few per visit, only for what the public wall shows; the support and the
    // visit's record of it are stored both, or neither.
    enum class Support { Given, Already, Spent, NotOnWall, NotSaved };
    struct Supported {
        Support outcome = Support::NotSaved;
        int votes = 0;  // the idea's supports now
    };
    Supported support(const Visit& v, const std::string& ideaId);
    // "Ik ben er" from the visit: once (a second time is "already_checked_in"); a name only with consent.
    EditResult checkIn(const Visit& v, const std::string& kind, const std::string& name, bool consent);
    bool checkedIn(const Visit& v) const;
    // The visit's answer to an open public poll, under its pseudonym for that poll; a second one
    // replaces the first.
    EditResult answer(const Visit& v, const std::string& poll, std::vector<long long> values, std::string text = {});
    // What the visit answered to `poll` while it is open (to show it and change it), or none.
    std::optional<PollAnswer> answerOf(const Visit& v, const std::string& poll);
    // A statement the visit proposes; it waits for the facilitator.
    EditResult proposeStatement(const Visit& v, const std::string& text);
    // "Lijkt op": the ideas on the public wall like `text`. A visit asks at most kSimilarBurst at
    // once and kSimilarRate a second after that (typing asks often; saving must not wait on it).
    static constexpr double kSimilarBurst = 10, kSimilarRate = 0.5;
    bool spendSimilar(const std::string& visitId);
    std::vector<const Idea*> similar(const std::string& text);
    // The visit's own participant, made when it first places sliders; empty when that failed.
    std::string participantOf(const Visit& v);
    // One slider's placement by the visit's participant, and its reason when given.
    bool place(const std::string& participant, const std::string& slider, std::optional<int> now, std::optional<int> desired,
               const std::string& reason);

private:
    struct Bucket {
        double budget = -1, at = 0;  // -1: full, on first use
    };
    EditResult issue(Intent intent, const EditService::Alongside& alongside = {});
    struct Waiting {
        EditService::Grouped edit;
        bool done = false;
    };
    std::mutex mutex_;                  // held by the request at the desk (Entry)
    std::condition_variable_any turn_;  // a group written, or a request in or out
    std::atomic<int> inDoor_{0};        // requests at or waiting for the desk, not waiting in a group
    std::vector<Waiting*> queue_;       // the next group
    bool leading_ = false;              // a request is gathering or writing a group
    Groups groups_;
    std::set<std::string> busyVisits_;  // visits with a request at the desk

    const io::KioskConfig& config_;
    std::unique_ptr<store::Database> db_;
    std::unique_ptr<EditService> edits_;
    std::unique_ptr<store::Repository> repo_;  // the visits, kept with the meeting
    std::map<std::string, Bucket> addresses_, visitBudgets_, similarBudgets_;
    WordMatcher matcher_;
    AudienceView public_;
};


}  // namespace wk::service
