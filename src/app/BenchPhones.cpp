// wijkkiosk-bench's poll in a full room (issue 30): the phone server in this process on loopback,
// the kiosk drawing offscreen meanwhile, and 200 phones, each from a loopback address of its own
// (127.0.0.10 and up, as on the hotspot), each loading the page and answering one poll once at a
// seeded random moment within ten seconds. Prints the answers' p50 and p99 beside the page's GET
// p50, and how many answers were sent, counted, lost and counted twice.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "app/BenchCity.h"
#include "app/KioskApp.h"
#include "app/PhoneDoor.h"
#include "domain/Polls.h"
#include "net/HttpServer.h"
#include "platform/Window.h"

namespace wk::bench {
namespace {

using Clock = std::chrono::steady_clock;
double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

}  // namespace

PhoneReply phoneRequest(int port, const std::string& from, const std::string& method, const std::string& path, const std::string& cookie,
              const std::string& body) {
    PhoneReply r;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return r;
    sockaddr_in local{}, server{};
    local.sin_family = server.sin_family = AF_INET;
    ::inet_pton(AF_INET, from.c_str(), &local.sin_addr);
    ::inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
    server.sin_port = htons(static_cast<uint16_t>(port));
    if (::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
        ::connect(fd, reinterpret_cast<sockaddr*>(&server), sizeof server) != 0) {
        ::close(fd);
        return r;
    }
    std::string req = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) + "\r\nConnection: close\r\n";
    if (!cookie.empty()) req += "Cookie: " + cookie + "\r\n";
    if (method == "POST") req += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    req += "\r\n" + body;
    for (std::size_t sent = 0; sent < req.size();) {
        const ssize_t n = ::send(fd, req.data() + sent, req.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) break;
        sent += static_cast<std::size_t>(n);
    }
    std::string in;
    char buf[16384];
    for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) in.append(buf, static_cast<std::size_t>(n));
    ::close(fd);
    if (in.rfind("HTTP/1.1 ", 0) == 0) r.status = std::atoi(in.c_str() + 9);
    if (const auto at = in.find("Set-Cookie: wkv="); at != std::string::npos) r.cookie = in.substr(at + 12, in.find(';', at) - at - 12);
    return r;
}

std::unique_ptr<io::HttpServer> phoneServer(app::PhoneDoor& door, const io::KioskConfig& config) {
    try {
        return io::HttpServer::start("127.0.0.1", 0, [&door](const io::HttpRequest& r) { return door.handle(r); }, config.phones.connectionsPerAddress);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "wijkkiosk-bench: phones: %s\n", e.what());
        return nullptr;
    }
}

void pollFigures(app::KioskApp& app, platform::Window& window, const io::KioskConfig& config, const std::string& dbPath) {
    constexpr int kPhones = 200;
    const std::int64_t sid = app.edits().session().info.id;
    const auto opened = app.issue(OpenPoll{{"Waar moet het wijkbudget heen?", PollKind::One, {"Speeltuin", "Bankjes", "Licht", "Groen"}, 0, 0,
                                            Visibility::Public, false}},
                                  Role::Facilitator);
    if (!opened.ok()) return;
    const std::string poll = opened.createdId;
    app::PhoneDoor door(config, dbPath, sid, app::PhoneDoor::newToken());
    std::unique_ptr<io::HttpServer> server = phoneServer(door, config);
    if (!server) return;
    const int port = server->port();
    const std::string base = "/j/" + door.token();
    std::mutex lock;
    std::vector<double> gets, answers;
    std::atomic<int> sent{0}, done{0};
    std::mt19937 seeded(20261206);
    std::vector<int> at(kPhones), choice(kPhones);
    for (int p = 0; p < kPhones; ++p) {
        at[p] = static_cast<int>(seeded() % 10000);
        choice[p] = static_cast<int>(seeded() % 4);
    }
    const auto start = Clock::now();
    std::vector<std::thread> phones;
    for (int p = 0; p < kPhones; ++p)
        phones.emplace_back([&, p] {
            const std::string from = "127.0.0." + std::to_string(10 + p);
            std::this_thread::sleep_until(start + std::chrono::milliseconds(at[p]));
            const auto g0 = Clock::now();
            const PhoneReply page = phoneRequest(port, from, "GET", base, "", "");
            const double g = ms(Clock::now() - g0);
            const auto a0 = Clock::now();
            const PhoneReply a = phoneRequest(port, from, "POST", base + "/api/polls/" + poll + "/answer", page.cookie,
                                    "{\"values\": [" + std::to_string(choice[p]) + "]}");
            const double t = ms(Clock::now() - a0);
            std::lock_guard<std::mutex> guard(lock);
            gets.push_back(g);
            if (a.status == 200) {
                answers.push_back(t);
                ++sent;
            }
            ++done;
        });
    // The kiosk keeps drawing meanwhile, as in the room.
    while (done.load() < kPhones) {
        app.frame();
        window.present();
    }
    for (auto& t : phones) t.join();
    server.reset();
    app.edits().refresh();  // what the phone server wrote, read from the database itself
    const Poll* p = find<Poll>(app.edits().session(), poll);
    const Tally tally = p ? resultOf(app.edits().session(), *p) : Tally{};
    long long counted = 0;
    for (long long v : tally.values) counted += v;
    const long long answeredNow = tally.answered();
    std::printf("poll_200_phones_answer_p50: %.3f ms\n", percentile(answers, 0.5));
    std::printf("poll_200_phones_answer_p99: %.3f ms\n", percentile(answers, 0.99));
    std::printf("poll_200_phones_sent: %d answers\n", sent.load());
    std::printf("poll_200_phones_counted: %lld answers\n", counted);
    std::printf("poll_200_phones_lost: %lld answers\n", std::max<long long>(0, sent.load() - counted));
    std::printf("poll_200_phones_counted_twice: %lld answers\n", std::max<long long>(0, answeredNow - sent.load()));
    std::printf("phone_page_get_p50: %.3f ms\n", percentile(gets, 0.5));
    app.issue(ClosePoll{poll}, Role::Facilitator);
}

}  // namespace wk::bench
