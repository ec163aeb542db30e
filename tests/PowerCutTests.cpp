// kill -9 in the middle of edits: every edit the service reported as saved must be there after.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstring>
#include <random>
#include <thread>

#include "TestUtil.h"
#include "service/EditService.h"
#include "store/Repository.h"

using namespace wk;
using namespace wk::store;
using namespace wk::service;

namespace {

[[noreturn]] void editForever(const std::string& path, std::int64_t id, int reportFd) {
    auto db = Database::open(path);
    EditService edits(*db, id);
    for (int k = 1;; ++k) {
        if (!edits.submit(test::as(AddNote{NoteKind::Note, "Notitie " + std::to_string(k) + " met ë", Visibility::Public})).ok())
            _exit(3);
        // Reported only after submit returned: from here on the edit counts as committed.
        if (::write(reportFd, &k, sizeof k) != sizeof k) _exit(4);
    }
}

}  // namespace

TEST_CASE("a power cut (SIGKILL) during edits loses no committed edit") {
    std::mt19937 rng(20261123);
    constexpr int kTrials = 50;
    int totalReported = 0;
    for (int trial = 0; trial < kTrials; ++trial) {
        test::TempDir dir;
        const std::string path = dir.file("k.db");
        std::int64_t id = 0;
        {
            auto db = Database::open(path);
            id = test::create(*db, test::smallSession());
        }
        const test::Child child = test::forkReporting([&](int report) { editForever(path, id, report); });
        REQUIRE(child.pid > 0);
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(10, 120)(rng)));
        ::kill(child.pid, SIGKILL);
        int status = 0;
        ::waitpid(child.pid, &status, 0);
        REQUIRE(WIFSIGNALED(status));
        const std::string reports = test::readAll(child.fd);
        int last = 0;
        for (std::size_t at = 0; at + sizeof last <= reports.size(); at += sizeof last) std::memcpy(&last, reports.data() + at, sizeof last);
        totalReported += last;

        auto db = Database::open(path);
        auto& check = db->prepare("PRAGMA integrity_check");
        REQUIRE(check.step());
        CHECK(check.text(0) == "ok");
        check.reset();
        const Session s = Repository(*db).load(id);
        for (int n = 1; n <= last; ++n) {
            INFO("trial " << trial << ", edit " << n << " of " << last);
            // The n-th note added: ids come from the store's counter, after the session's n1 and n2.
            const Note* note = find<Note>(s, "n" + std::to_string(n + 2));
            REQUIRE(note != nullptr);
            CHECK(note->text == "Notitie " + std::to_string(n) + " met ë");
        }
    }
    CHECK(totalReported > 0);  // the edits did happen before the kills
}
