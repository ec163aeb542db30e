#include "io/HttpServer.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <microhttpd.h>
#include <netinet/in.h>

#include <cstring>

namespace wk::io {

struct HttpServer::Daemon {
    MHD_Daemon* d = nullptr;
    ~Daemon() {
        if (d) MHD_stop_daemon(d);
    }
};

namespace {

// One request while its body arrives.
struct Pending {
    std::string body;
    bool tooLarge = false;
};

std::string header(MHD_Connection* c, MHD_ValueKind kind, const char* name) {
    const char* v = MHD_lookup_connection_value(c, kind, name);
    return v ? v : "";
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

}  // namespace

struct HttpAccess {
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
        HttpResponse out;
        try {
            out = server->handler_(r);
        } catch (const std::exception&) {
            out = {500, "text/plain; charset=utf-8", "Er ging iets mis. Probeer het zo nog eens.\n", {}};
        }
        MHD_Response* resp = MHD_create_response_from_buffer(out.body.size(), out.body.data(), MHD_RESPMEM_MUST_COPY);
        if (!resp) return MHD_NO;
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, out.contentType.c_str());
        // Nothing from elsewhere, nothing kept by the browser longer than the visit needs.
        MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
        MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
        MHD_add_response_header(resp, "Cache-Control", "no-store");
        for (const auto& [k, v] : out.headers) MHD_add_response_header(resp, k.c_str(), v.c_str());
        const MHD_Result ok = MHD_queue_response(c, static_cast<unsigned>(out.status), resp);
        MHD_destroy_response(resp);
        return ok;
    }
    static void done(void*, MHD_Connection*, void** state, MHD_RequestTerminationCode) {
        delete static_cast<Pending*>(*state);
        *state = nullptr;
    }
};

std::unique_ptr<HttpServer> HttpServer::start(const std::string& bind, int port, HttpHandler handler) {
    std::unique_ptr<HttpServer> s(new HttpServer());
    s->handler_ = std::move(handler);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    if (inet_pton(AF_INET, bind.c_str(), &addr.sin_addr) != 1)
        throw HttpError("phones.bind: \"" + bind + "\" is not an IPv4 address like 0.0.0.0 or 192.168.1.10");
    s->daemon_ = std::make_unique<Daemon>();
    // One thread answers every request in turn: the edits behind them are one at a time anyway.
    s->daemon_->d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL, static_cast<std::uint16_t>(port), nullptr, nullptr, &HttpAccess::answer,
        s.get(), MHD_OPTION_SOCK_ADDR, &addr, MHD_OPTION_NOTIFY_COMPLETED, &HttpAccess::done, nullptr,
        MHD_OPTION_CONNECTION_TIMEOUT, 10u,            // a slow client (slowloris) is cut off
        MHD_OPTION_CONNECTION_LIMIT, 1000u,            // 200 phones with a few connections each
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, 600u,      // all of them behind one address (a hotspot's NAT)
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, static_cast<size_t>(64 * 1024), MHD_OPTION_END);
    if (!s->daemon_->d)
        throw HttpError("cannot listen on " + bind + ":" + std::to_string(port) + " (in use, or not an address of this machine)");
    const MHD_DaemonInfo* info = MHD_get_daemon_info(s->daemon_->d, MHD_DAEMON_INFO_BIND_PORT);
    s->port_ = info ? info->port : port;
    return s;
}

HttpServer::~HttpServer() = default;

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
