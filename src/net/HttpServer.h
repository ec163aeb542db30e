// A small HTTP server on the kiosk's own network, by libmicrohttpd (Debian's, made for embedding
// a server in a program: a few threads, no dependencies, limits on connections, time-outs against
// slow clients). It turns requests into plain values and hands them to one handler (which must
// take calls from several threads at once); it knows nothing of sessions or phones.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace wk::io {

struct HttpRequest {
    std::string method, path, body;
    std::vector<std::pair<std::string, std::string>> query;  // decoded
    std::string contentType, cookie, acceptLanguage;
    std::string client;  // the peer's address, for the per-address limit
    bool bodyTooLarge = false;
    // Sent from a page elsewhere: an Origin naming another host than the one asked (or "null"),
    // or without Origin a Referer from another host. Without either it is not known.
    bool foreignOrigin = false;
};

struct HttpResponse {
    int status = 200;
    std::string contentType = "text/plain; charset=utf-8";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;  // Set-Cookie, Location, ...
};

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

struct HttpError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

constexpr std::size_t kMaxBody = 16 * 1024;  // a larger body is refused with 413

// A request must be complete this long after its connection opened (or its last answer): a
// client trickling its header a byte at a time is cut off, not waited for.
constexpr int kRequestSeconds = 10;
// Threads answering at once; the handler is called from all of them.
constexpr int kThreads = 8;

class HttpServer {
public:
    // Listens on `bind` (an IPv4 address; "0.0.0.0" for every interface) and `port` (0: any
    // free one), with at most `perAddress` connections open from one address. Only requests
    // whose Host names this server (the join address or an address it listens on) are
    // answered. Throws HttpError naming the address when it cannot listen.
    static std::unique_ptr<HttpServer> start(const std::string& bind, int port, HttpHandler handler, int perAddress = 8);
    ~HttpServer();
    int port() const { return port_; }

private:
    HttpServer() = default;
    void watch();  // the watchdog's thread: cuts requests not complete in time
    struct Daemon;
    struct Watch;
    std::unique_ptr<Watch> watch_;
    std::unique_ptr<Daemon> daemon_;
    HttpHandler handler_;
    std::vector<std::string> hosts_;  // what Host may name, each with ":port"
    int port_ = 0;
    friend struct HttpAccess;
};

// Whether a Host header names one of `hosts` ("addr:port"); a missing ":80" counts as port 80.
bool hostAllowed(const std::string& host, const std::vector<std::string>& hosts);
// The host[:port] an Origin or Referer names ("" when it names none, as "null" does).
std::string originAuthority(const std::string& url);

// The address phones reach this machine at: `bind` itself, or when it is 0.0.0.0 the first
// IPv4 address of a network interface that is up and not the loopback (else 127.0.0.1).
std::string joinHost(const std::string& bind);

// Percent-decoding and form fields (application/x-www-form-urlencoded).
std::string urlDecode(std::string_view s);
std::vector<std::pair<std::string, std::string>> formFields(std::string_view body);

}  // namespace wk::io
