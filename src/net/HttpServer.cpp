#include "net/HttpServer.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <microhttpd.h>
#include <netinet/in.h>

#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <set>
#include <thread>

namespace wk::io {

struct HttpServer::Daemon {
    MHD_Daemon* d = nullptr;
    ~Daemon() {
        if (d) MHD_stop_daemon(d);
    }
};

// Every open connection and since when it waits for a complete request. libmicrohttpd 0.9.75
// times out idle connections only; a client sending a byte every few seconds stays "active", so
// the watchdog shuts down a connection whose request is not complete in kRequestSeconds. The
// socket is only shut down, never closed here: libmicrohttpd sees the end and closes it itself.
struct HttpServer::Watch {
    struct Conn {
        int fd = -1;
        std::chrono::steady_clock::time_point since;
        bool answering = false, cut = false;
    };
    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;
    std::set<Conn*> conns;
    std::thread thread;
};

namespace {

using Clock = std::chrono::steady_clock;

// One request while its body arrives.
struct Pending {
    std::string body;
    bool tooLarge = false;
};

std::string header(MHD_Connection* c, MHD_ValueKind kind, const char* name) {
    const char* v = MHD_lookup_connection_value(c, kind, name);
    return v ? v : "";
}

std::string lower(std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

std::string peer(MHD_Connection* c) {
    const MHD_ConnectionInfo* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr) return "";
    char buf[INET6_ADDRSTRLEN] = {0};
    const sockaddr* sa = info->client_addr;
    if (sa->sa_family == AF_INET) inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr, buf, sizeof buf);
    else if (sa->sa_family == AF_INET6) inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr, buf, sizeof buf);
    return buf;
}

// The query's pairs, as libmicrohttpd decoded them.
MHD_Result collectArg(void* cls, MHD_ValueKind, const char* key, const char* value) {
    static_cast<std::vector<std::pair<std::string, std::string>>*>(cls)->emplace_back(key ? key : "", value ? value : "");
    return MHD_YES;
}

// Nothing from elsewhere: scripts, styles and pictures from this server only, forms posted only
// to it, never shown inside another site's frame.
constexpr const char* kPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

}  // namespace

struct HttpAccess {
    static HttpServer::Watch::Conn* conn(MHD_Connection* c) {
        const MHD_ConnectionInfo* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
        return info ? static_cast<HttpServer::Watch::Conn*>(info->socket_context) : nullptr;
    }
    static MHD_Result reply(MHD_Connection* c, const HttpResponse& out) {
        MHD_Response* resp = MHD_create_response_from_buffer(out.body.size(), const_cast<char*>(out.body.data()), MHD_RESPMEM_MUST_COPY);
        if (!resp) return MHD_NO;
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, out.contentType.c_str());
        // Nothing from elsewhere, nothing kept by the browser longer than the visit needs.
        MHD_add_response_header(resp, "Content-Security-Policy", kPolicy);
        MHD_add_response_header(resp, "X-Frame-Options", "DENY");
        MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
        // Same-origin: Chromium sends "Origin: null" on a form posted from a no-referrer page.
        MHD_add_response_header(resp, "Referrer-Policy", "same-origin");
        MHD_add_response_header(resp, "Cache-Control", "no-store");
        for (const auto& [k, v] : out.headers) MHD_add_response_header(resp, k.c_str(), v.c_str());
        const MHD_Result ok = MHD_queue_response(c, static_cast<unsigned>(out.status), resp);
        MHD_destroy_response(resp);
        return ok;
    }
    static MHD_Result answer(void* cls, MHD_Connection* c, const char* url, const char* method, const char*,
                             const char* upload, size_t* uploadSize, void** state) {
        auto* server = static_cast<HttpServer*>(cls);
        if (!*state) {  // the headers are in; the body (if any) follows in later calls
            *state = new Pending();
            return MHD_YES;
        }
        auto* p = static_cast<Pending*>(*state);
        if (*uploadSize > 0) {
            if (p->body.size() + *uploadSize > kMaxBody) p->tooLarge = true;
            else p->body.append(upload, *uploadSize);
            *uploadSize = 0;
            return MHD_YES;
        }
        if (auto* w = conn(c)) {  // complete: from here on the time is ours, not the client's
            std::lock_guard<std::mutex> lock(server->watch_->mutex);
            w->answering = true;
        }
        const std::string host = header(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
        if (!hostAllowed(host, server->hosts_))  // another name for this machine: DNS rebinding, a proxy
            return reply(c, {421, "text/plain; charset=utf-8", "host: this server answers only to its own address\n", {}});
        HttpRequest r;
        r.method = method ? method : "";
        r.path = url ? url : "";
        MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collectArg, &r.query);
        r.body = std::move(p->body);
        r.bodyTooLarge = p->tooLarge;
        r.contentType = header(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
        r.cookie = header(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_COOKIE);
        r.acceptLanguage = header(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT_LANGUAGE);
        r.client = peer(c);
        const char* origin = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Origin");
        const char* referer = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_REFERER);
        if (origin) r.foreignOrigin = originAuthority(origin) != lower(host);
        else if (referer) r.foreignOrigin = originAuthority(referer) != lower(host);
        HttpResponse out;
        try {
            out = server->handler_(r);
        } catch (const std::exception&) {
            out = {500, "text/plain; charset=utf-8", "Er ging iets mis. Probeer het zo nog eens.\n", {}};
        }
        return reply(c, out);
    }
    static void done(void* cls, MHD_Connection* c, void** state, MHD_RequestTerminationCode) {
        delete static_cast<Pending*>(*state);
        *state = nullptr;
        auto* server = static_cast<HttpServer*>(cls);
        if (auto* w = conn(c)) {  // kept alive: the next request has its own time
            std::lock_guard<std::mutex> lock(server->watch_->mutex);
            w->answering = false;
            w->since = Clock::now();
        }
    }
    static void notify(void* cls, MHD_Connection* c, void** context, MHD_ConnectionNotificationCode code) {
        auto* server = static_cast<HttpServer*>(cls);
        std::lock_guard<std::mutex> lock(server->watch_->mutex);
        if (code == MHD_CONNECTION_NOTIFY_STARTED) {
            auto* w = new HttpServer::Watch::Conn();
            const MHD_ConnectionInfo* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
            w->fd = info ? info->connect_fd : -1;
            w->since = Clock::now();
            server->watch_->conns.insert(w);
            *context = w;
        } else if (*context) {
            auto* w = static_cast<HttpServer::Watch::Conn*>(*context);
            server->watch_->conns.erase(w);
            delete w;
            *context = nullptr;
        }
    }
};

void HttpServer::watch() {
    std::unique_lock<std::mutex> lock(watch_->mutex);
    while (!watch_->stop) {
        watch_->wake.wait_for(lock, std::chrono::milliseconds(250));
        const auto late = Clock::now() - std::chrono::seconds(kRequestSeconds);
        for (auto* w : watch_->conns)
            if (!w->answering && !w->cut && w->since < late && w->fd >= 0) {
                ::shutdown(w->fd, SHUT_RDWR);
                w->cut = true;
            }
    }
}

namespace {
// Every IPv4 address of this machine's interfaces that are up (the loopback included).
std::vector<std::string> localAddresses() {
    std::vector<std::string> out;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return out;
    for (ifaddrs* i = list; i; i = i->ifa_next) {
        if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET || !(i->ifa_flags & IFF_UP)) continue;
        char buf[INET_ADDRSTRLEN] = {0};
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(i->ifa_addr)->sin_addr, buf, sizeof buf);
        out.emplace_back(buf);
    }
    freeifaddrs(list);
    return out;
}
}  // namespace

std::unique_ptr<HttpServer> HttpServer::start(const std::string& bind, int port, HttpHandler handler, int perAddress) {
    std::unique_ptr<HttpServer> s(new HttpServer());
    s->handler_ = std::move(handler);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    if (inet_pton(AF_INET, bind.c_str(), &addr.sin_addr) != 1)
        throw HttpError("phones.bind: \"" + bind + "\" is not an IPv4 address like 0.0.0.0 or 192.168.1.10");
    s->watch_ = std::make_unique<Watch>();
    s->daemon_ = std::make_unique<Daemon>();
    // A few threads, each answering the connections it accepted: requests that arrive together
    // reach the handler together (the phone desk writes their edits as one group), and a slow
    // page does not hold up the others' reading.
    s->daemon_->d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL, static_cast<std::uint16_t>(port), nullptr, nullptr, &HttpAccess::answer,
        s.get(), MHD_OPTION_SOCK_ADDR, &addr, MHD_OPTION_THREAD_POOL_SIZE, static_cast<unsigned>(kThreads),
        MHD_OPTION_NOTIFY_COMPLETED, &HttpAccess::done, s.get(),
        MHD_OPTION_NOTIFY_CONNECTION, &HttpAccess::notify, s.get(),
        MHD_OPTION_CONNECTION_TIMEOUT, static_cast<unsigned>(kRequestSeconds),  // idle: closed
        MHD_OPTION_CONNECTION_LIMIT, 1000u,                                    // 200 phones with a few connections each
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, static_cast<unsigned>(std::max(1, perAddress)),  // one address cannot take them all
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, static_cast<size_t>(64 * 1024), MHD_OPTION_END);
    if (!s->daemon_->d)
        throw HttpError("cannot listen on " + bind + ":" + std::to_string(port) + " (in use, or not an address of this machine)");
    const MHD_DaemonInfo* info = MHD_get_daemon_info(s->daemon_->d, MHD_DAEMON_INFO_BIND_PORT);
    s->port_ = info ? info->port : port;
    std::vector<std::string> names = bind == "0.0.0.0" ? localAddresses() : std::vector<std::string>{bind};
    names.push_back(joinHost(bind));
    for (const auto& n : names) s->hosts_.push_back(n + ":" + std::to_string(s->port_));
    s->watch_->thread = std::thread([raw = s.get()] { raw->watch(); });
    return s;
}

HttpServer::~HttpServer() {
    daemon_.reset();  // no more callbacks into the watch after this
    if (watch_ && watch_->thread.joinable()) {
        {
            std::lock_guard<std::mutex> lock(watch_->mutex);
            watch_->stop = true;
        }
        watch_->wake.notify_all();
        watch_->thread.join();
    }
    if (watch_)
        for (auto* w : watch_->conns) delete w;
}

bool hostAllowed(const std::string& host, const std::vector<std::string>& hosts) {
    if (host.empty()) return false;
    std::string h = lower(host);
    if (h.find(':') == std::string::npos) h += ":80";
    return std::find(hosts.begin(), hosts.end(), h) != hosts.end();
}

std::string originAuthority(const std::string& url) {
    const std::string u = lower(url);
    std::size_t start;
    if (u.rfind("http://", 0) == 0) start = 7;
    else if (u.rfind("https://", 0) == 0) start = 8;
    else return "";  // "null" (a sandboxed frame, a file), or something that is no address
    const std::size_t end = u.find_first_of("/?#", start);
    return u.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string joinHost(const std::string& bind) {
    if (bind != "0.0.0.0") return bind;
    std::string found = "127.0.0.1";
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return found;
    for (ifaddrs* i = list; i; i = i->ifa_next) {
        if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET || !(i->ifa_flags & IFF_UP) || (i->ifa_flags & IFF_LOOPBACK)) continue;
        char buf[INET_ADDRSTRLEN] = {0};
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(i->ifa_addr)->sin_addr, buf, sizeof buf);
        found = buf;
        break;
    }
    freeifaddrs(list);
    return found;
}

std::string urlDecode(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') out += ' ';
        else if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else out += s[i];
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> formFields(std::string_view body) {
    std::vector<std::pair<std::string, std::string>> out;
    std::size_t start = 0;
    while (start <= body.size()) {
        std::size_t end = body.find('&', start);
        if (end == std::string_view::npos) end = body.size();
        const std::string_view part = body.substr(start, end - start);
        if (!part.empty()) {
            const auto eq = part.find('=');
            out.emplace_back(urlDecode(part.substr(0, eq)), eq == std::string_view::npos ? "" : urlDecode(part.substr(eq + 1)));
        }
        start = end + 1;
    }
    return out;
}

}  // namespace wk::io
