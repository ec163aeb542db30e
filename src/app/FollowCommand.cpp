// `wijkkiosk archive follow`: a kiosk without a window, linked to the archive on its own thread
// as a kiosk is, with a scripted editor on its own meeting. The bench's 20 kiosks (tests/city.sh)
// and the test of three kiosks that agree (tests/kiosks.sh) run it: it says how many ideas it
// made, and for each idea of another kiosk it saw, how long after its commit.
#include "app/ArchiveCommand.h"

#include <chrono>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>

#include "io/Clock.h"
#include "service/ArchiveSync.h"
#include "service/EditService.h"
#include "service/Meetings.h"

namespace wk::app {
namespace {
constexpr int kOk = 0, kFailed = 1, kBadInput = 2;

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// The scripted editor's ideas end in " @<ms since the epoch>", the moment they were committed
// (one clock: every kiosk of the bench runs on this machine).
constexpr const char* kMark = " @";
}  // namespace

int archiveFollow(const Options& o, const io::KioskConfig& config, const std::string& dbPath) {
    const std::string url = archiveUrl(o, config);
    if (url.empty()) {
        std::cerr << "wijkkiosk: no archive: give --archive postgresql://... or set [archive] url in the config\n";
        return kBadInput;
    }
    std::optional<std::int64_t> own;
    std::unique_ptr<store::Database> db;
    try {
        db = store::Database::open(dbPath, store::Database::Mode::ReadWrite);
        if (o.followEdits > 0) {
            if (o.session) own = service::Meetings(*db, config).find(*o.session);
            if (!own) {
                std::cerr << "wijkkiosk: archive follow --edits needs --session ID, a meeting of this kiosk\n";
                return kBadInput;
            }
        }
    } catch (const std::exception& e) {
        std::cerr << "wijkkiosk: " << e.what() << "\n";
        return kFailed;
    }

    std::mutex mutex;
    std::condition_variable changed;
    // Ideas this kiosk had before it followed: not news, and not counted.
    std::set<std::string> seen;
    {
        const service::Meetings meetings(*db, config);
        for (const auto& m : meetings.list())
            for (const auto& idea : meetings.load(m.id).ideas)
                if (idea.text.find(kMark) != std::string::npos) seen.insert(idea.text);
    }
    const std::size_t had = seen.size();
    std::int64_t connectedAt = 0;  // ideas made before this were caught up, not followed: no time
    std::vector<std::pair<std::string, std::int64_t>> seenAfter;
    const auto onPull = [&](store::Database& linkDb, const service::SyncReport& r) {
        const service::Meetings meetings(linkDb, config);
        const std::int64_t now = nowMs();
        std::lock_guard<std::mutex> lock(mutex);
        for (const auto& uid : r.brought) {
            const auto id = meetings.find(uid);
            if (!id) continue;
            for (const auto& idea : meetings.load(*id).ideas) {
                const auto at = idea.text.rfind(kMark);
                if (at == std::string::npos || !seen.insert(idea.text).second) continue;
                const std::int64_t made = std::atoll(idea.text.c_str() + at + 2);
                // Made before this kiosk was connected: caught up, not followed (no time).
                seenAfter.emplace_back(idea.text.substr(0, at), made >= connectedAt && connectedAt > 0 ? now - made : -1);
            }
        }
        changed.notify_all();
    };
    service::ArchiveLink link(url, dbPath, config, onPull);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(o.followSeconds);
    while (link.status().state != service::ArchiveLink::State::Connected) {
        if (std::chrono::steady_clock::now() > deadline) {
            std::cerr << "wijkkiosk: archive follow: not connected in " << o.followSeconds << " s: " << link.status().detail << "\n";
            return kFailed;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));  // the link's own thread connects
    }
    {
        std::lock_guard<std::mutex> lock(mutex);
        connectedAt = nowMs();
    }

    int sent = 0;
    if (own) {
        service::EditService edits(*db, *own);
        const std::string site = service::siteId(*db).substr(0, 8);
        auto next = std::chrono::steady_clock::now();
        for (int i = 1; i <= o.followEdits; ++i) {
            next += std::chrono::milliseconds(o.followEveryMs);
            std::this_thread::sleep_until(next);  // the editor's pace, not a wait for a result
            const std::string text = "Idee van kiosk " + site + " nummer " + std::to_string(i) + kMark + std::to_string(nowMs());
            const auto made = edits.submit({SubmitIdea{text, "", "", "", false, std::nullopt}, Role::Facilitator, io::localDateTime()});
            if (made.ok()) ++sent;
            else std::cerr << "wijkkiosk: archive follow: idea " << i << " refused: " << (made.problem ? made.problem->code : made.storeError) << "\n";
        }
    }
    std::unique_lock<std::mutex> lock(mutex);
    const auto received = [&] { return static_cast<int>(seen.size() - had); };
    changed.wait_until(lock, deadline, [&] { return received() >= o.followExpect; });
    std::cout << "sent " << sent << "\n";
    for (const auto& [key, ms] : seenAfter) {
        if (ms >= 0) std::cout << "seen " << key << '\t' << ms << "\n";
        else std::cout << "caught " << key << "\n";
    }
    std::cout << "received " << received() << "\n";
    return received() >= o.followExpect ? kOk : kFailed;
}

}  // namespace wk::app
