#include "export/Site.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "domain/Plan.h"
#include "domain/Purge.h"
#include "domain/Rules.h"
#include "domain/Text.h"
#include "domain/Vocabulary.h"
#include "io/I18n.h"

namespace wk::io {
namespace {

std::string esc(const std::string& s) { return escapeHtml(s); }

// A wijk's meetings, oldest first, as the web shows them.
struct Wijk {
    std::string name, slug;
    std::vector<Session> meetings;
};

// The page of an idea: its number when it has one, else the meeting's date and its id.
std::string ideaPage(const Session& m, const Idea& i) {
    return "idee/" + (isIdeaNumber(i.number) ? i.number : m.info.date + "-" + i.id) + ".html";
}
std::string ideaLabel(const Idea& i) { return i.number.empty() ? truncateVisibly(i.text, 40) : i.number; }

class Builder {
public:
    Builder(const KioskConfig& c, const Words& w, const std::string& today) : c_(c), w_(w), today_(today), base_(htmlLook(c, "", "")) {
        // The logo once, as a file every page points to (a site of thousands of idea pages).
        if (!base_.logoPng.empty()) files_.push_back({"logo.png", base_.logoPng});
        base_.logoPng.clear();
    }

    // The municipality's look for a page `depth` folders deep.
    HtmlLook look(const std::string& title, const std::string& root) const {
        HtmlLook l = base_;
        l.title = title;
        l.footer = fillIn(w_("site.updated"), dateWords(today_, w_));
        l.navLabel = w_("site.where");
        if (!files_.empty() && files_.front().path == "logo.png") l.logoHref = root + "logo.png";
        return l;
    }

    // A page at `path` ("brouwhuis/index.html"): the municipality's look, the way back home.
    void page(const std::string& path, const std::string& title, std::vector<std::pair<std::string, std::string>> crumbs,
              const std::string& body) {
        std::string root;
        for (char ch : path)
            if (ch == '/') root += "../";
        HtmlLook l = look(title + " · " + c_.municipality, root);
        l.nav.push_back({w_("site.home"), root + "index.html"});
        for (auto& [label, href] : crumbs) l.nav.push_back({label, href.empty() ? "" : root + href});
        if (path == "index.html") l.nav.clear();
        std::string withFooter = body + "<p class=\"muted\"><a href=\"" + root + "toegankelijkheid.html\">" + esc(w_("site.accessibility")) +
                                 "</a></p>\n";
        files_.push_back({path, htmlPage(l, withFooter)});
    }

    std::string answerHtml(const Response& r) const {
        if (r.value.empty()) return "<p>" + esc(w_("export.no_answer")) + "</p>\n";
        std::string out = "<dl class=\"answer\">\n<dt>" + esc(w_("site.answer")) + "</dt><dd>" + esc(w_("answer." + r.value)) + "</dd>\n";
        if (!r.motivation.empty()) out += "<dt>" + esc(w_("answer.motivation")) + "</dt><dd>" + esc(r.motivation) + "</dd>\n";
        if (!r.condition.empty()) out += "<dt>" + esc(w_("answer.condition")) + "</dt><dd>" + esc(r.condition) + "</dd>\n";
        if (!r.due.empty()) out += "<dt>" + esc(w_("answer.due")) + "</dt><dd>" + esc(dateWords(r.due, w_)) + "</dd>\n";
        return out + "</dl>\n";
    }

    std::string who(const Action& a) const {
        std::string out = a.party ? c_.parties.at(*a.party) : "";
        if (!a.owner.empty()) out += (out.empty() ? "" : ", ") + a.owner;
        return out;
    }

    std::string actionHtml(const Action& a) const {
        std::string out = "<li><strong>" + esc(a.what) + "</strong><br>";
        out += esc(promiseWords(a, !a.owner.empty() ? a.owner : a.party ? c_.parties.at(*a.party) : "", w_)) + "<br>";
        if (!a.indicator.empty()) out += esc(w_("plan.indicator") + ": " + a.indicator) + "<br>";
        std::string steps;
        for (const auto& h : a.history)
            steps += (steps.empty() ? "" : " → ") + w_("status." + std::string(toString(h.status))) +
                     (h.at.empty() ? "" : " " + dateWords(h.at.substr(0, 10), w_));
        // Where the history ends before the status (an older file): the status now, undated.
        if (a.history.empty() || a.history.back().status != a.status)
            steps += (steps.empty() ? "" : " → ") + w_("status." + std::string(toString(a.status)));
        out += esc(w_("site.status") + ": " + steps) + "</li>\n";
        return out;
    }

    void ideaPageFor(const Wijk& wijk, const Session& m, const Idea& i) {
        std::string body = "<h1>" + esc(fillIn(w_("site.idea_title"), ideaLabel(i))) + "</h1>\n";
        body += "<p><strong>" + esc(i.text) + "</strong></p>\n";
        if (!i.theme.empty()) body += "<p>" + esc(w_("site.theme") + ": " + i.theme) + "</p>\n";
        body += "<p>" + esc(fillIn(w_("site.idea_from"), dateWords(m.info.date, w_))) + " (" + esc(m.info.title) + ")</p>\n";
        if (i.votes > 0) body += "<p>" + esc(trn("ideas.votes", i.votes, w_)) + "</p>\n";
        body += "<h2>" + esc(w_("site.our_answer")) + "</h2>\n" + answerHtml(i.response);
        for (const auto& a : m.actions)
            if (std::find(a.ideas.begin(), a.ideas.end(), i.id) != a.ideas.end())
                body += "<p>" + esc(fillIn(w_("site.in_plan"), a.what)) + "</p>\n";
        page(ideaPage(m, i), fillIn(w_("site.idea_title"), ideaLabel(i)), {{wijk.name, wijk.slug + "/index.html"}, {ideaLabel(i), ""}}, body);
    }

    void wijkPage(const Wijk& wijk, const std::map<std::string, std::string>& maps) {
        std::string body = "<h1>" + esc(wijk.name) + "</h1>\n<p>" + esc(w_("site.wijk_intro")) + "</p>\n";
        // The meetings, newest first, each with its minutes.
        body += "<h2>" + esc(w_("site.meetings")) + "</h2>\n<ul>\n";
        for (auto it = wijk.meetings.rbegin(); it != wijk.meetings.rend(); ++it) {
            const std::string file = it->info.date + "-" + siteSlug(it->info.title) + ".html";
            body += "<li><a href=\"" + esc(file) + "\">" + esc(dateWords(it->info.date, w_) + ": " + it->info.title) + "</a></li>\n";
            MinutesContext context;
            context.web = true;
            const Document minutes = minutesDocument(*it, Audience::Public, c_, w_, context);
            HtmlLook l = look(it->info.title + " · " + c_.municipality, "../");
            l.nav = {{w_("site.home"), "../index.html"}, {wijk.name, "index.html"}, {dateWords(it->info.date, w_), ""}};
            files_.push_back({wijk.slug + "/" + file, toHtml(minutes, l)});
        }
        body += "</ul>\n";
        // The plan: what is still open, and what was achieved, each chain once.
        const Progress p = progress(wijk.meetings, today_, {});
        body += "<h2>" + esc(w_("plan.title")) + "</h2>\n";
        if (p.openActions.empty() && p.achieved.empty()) body += "<p>" + esc(w_("site.no_plan")) + "</p>\n";
        if (!p.openActions.empty()) {
            body += "<h3>" + esc(w_("site.open_actions")) + "</h3>\n<ul>\n";
            for (const auto& t : p.openActions) body += actionHtml(t.action);
            body += "</ul>\n";
        }
        if (!p.achieved.empty()) {
            body += "<h3>" + esc(w_("voortgang.achieved")) + "</h3>\n<ul>\n";
            for (const auto& a : p.achieved)
                body += "<li>" + esc(a.tracked.action.what + " (" + fillIn(w_("home.achieved_on"), dateWords(a.doneOn, w_)) + ")") + "</li>\n";
            body += "</ul>\n";
        }
        // Every public idea with its number and its answer, the newest meeting first.
        body += "<h2>" + esc(w_("site.ideas")) + "</h2>\n";
        std::string pins;
        bool anyIdea = false;
        for (auto it = wijk.meetings.rbegin(); it != wijk.meetings.rend(); ++it) {
            if (it->ideas.empty()) continue;
            anyIdea = true;
            body += "<h3>" + esc(dateWords(it->info.date, w_)) + "</h3>\n<ul>\n";
            for (const auto& i : it->ideas) {
                ideaPageFor(wijk, *it, i);
                const std::string answer = i.response.value.empty() ? w_("export.no_answer") : w_("answer." + i.response.value);
                body += "<li><a href=\"../" + esc(ideaPage(*it, i)) + "\">" + esc(i.number.empty() ? w_("site.idea") : i.number) + "</a>: " +
                        esc(i.text) + " <em>(" + esc(answer) + ")</em></li>\n";
                if (i.map) {
                    char at[64];
                    std::snprintf(at, sizeof at, "left:%.1f%%;top:%.1f%%", i.map->x * 100, i.map->y * 100);
                    pins += "<a class=\"pin\" style=\"" + std::string(at) + "\" href=\"../" + esc(ideaPage(*it, i)) + "\">" +
                            esc(i.number.empty() ? "•" : i.number) + "</a>\n";
                }
            }
            body += "</ul>\n";
        }
        if (!anyIdea) body += "<p>" + esc(w_("site.no_ideas")) + "</p>\n";
        if (const auto map = maps.find(wijk.name); map != maps.end() && !pins.empty()) {
            files_.push_back({wijk.slug + "/kaart.png", map->second});
            body += "<h2>" + esc(w_("site.map")) + "</h2>\n<p>" + esc(w_("site.map_hint")) + "</p>\n<div class=\"map\"><img src=\"kaart.png\" alt=\"" +
                    esc(fillIn(w_("site.map_alt"), wijk.name)) + "\">\n" + pins + "</div>\n";
        }
        page(wijk.slug + "/index.html", wijk.name, {{wijk.name, ""}}, body);
    }

    void home(const std::vector<Wijk>& wijken, const std::vector<std::pair<std::string, std::string>>& numbers) {
        std::string body = "<h1>" + esc(w_("site.title")) + "</h1>\n<p>" + esc(w_("site.intro")) + "</p>\n";
        body += "<h2>" + esc(w_("site.wijken")) + "</h2>\n<ul>\n";
        for (const auto& wijk : wijken) body += "<li><a href=\"" + esc(wijk.slug) + "/index.html\">" + esc(wijk.name) + "</a></li>\n";
        body += "</ul>\n";
        // An idea's number leads to its page without a search box: the list, in order.
        body += "<h2>" + esc(w_("site.find_idea")) + "</h2>\n<p>" + esc(w_("site.find_idea_hint")) + "</p>\n<ul>\n";
        for (const auto& [label, href] : numbers) body += "<li><a href=\"" + esc(href) + "\">" + esc(label) + "</a></li>\n";
        body += "</ul>\n<p>" + esc(w_("site.not_listed")) + "</p>\n";
        page("index.html", w_("site.title"), {}, body);
    }

    void accessibility() {
        std::string body = "<h1>" + esc(w_("site.accessibility")) + "</h1>\n";
        body += "<p>" + esc(fillIn(w_("site.a11y_intro"), c_.municipality)) + "</p>\n";
        body += "<p>" + esc(w_("site.a11y_checked")) + "</p>\n";
        body += "<h2>" + esc(w_("site.a11y_fill")) + "</h2>\n<ul>\n";
        for (const char* k : {"site.a11y_status", "site.a11y_date", "site.a11y_known", "site.a11y_contact"})
            body += "<li>" + esc(w_(k)) + "</li>\n";
        body += "</ul>\n";
        page("toegankelijkheid.html", w_("site.accessibility"), {{w_("site.accessibility"), ""}}, body);
    }

    std::vector<SiteFile> take() { return std::move(files_); }

private:
    const KioskConfig& c_;
    const Words& w_;
    std::string today_;
    HtmlLook base_;
    std::vector<SiteFile> files_;
};

}  // namespace

std::string siteSlug(const std::string& name) {
    std::string out;
    for (unsigned char ch : name) {
        if (std::isalnum(ch) && ch < 0x80) out += static_cast<char>(std::tolower(ch));
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "wijk" : out;
}

std::vector<SiteFile> publicSite(const std::vector<Session>& meetings, const KioskConfig& c, const Words& w, const std::string& today,
                                 const std::map<std::string, std::string>& maps) {
    std::vector<Wijk> wijken;
    for (const auto& m : meetings) {
        if (m.info.preparing) continue;  // not held yet: nothing to tell
        auto it = std::find_if(wijken.begin(), wijken.end(), [&](const Wijk& x) { return x.name == m.info.wijk; });
        if (it == wijken.end()) it = wijken.insert(wijken.end(), {m.info.wijk, siteSlug(m.info.wijk), {}});
        it->meetings.push_back(webSession(m));
    }
    std::sort(wijken.begin(), wijken.end(), [](const Wijk& a, const Wijk& b) { return a.name < b.name; });
    // Two wijken whose names give one folder name: the later one numbered.
    for (std::size_t i = 1; i < wijken.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (wijken[i].slug == wijken[j].slug) wijken[i].slug += "-" + std::to_string(i + 1);
    Builder b(c, w, today);
    std::vector<std::pair<std::string, std::string>> numbers;
    for (auto& wijk : wijken) {
        std::stable_sort(wijk.meetings.begin(), wijk.meetings.end(), [](const Session& a, const Session& x) { return a.info.date < x.info.date; });
        b.wijkPage(wijk, maps);
        for (const auto& m : wijk.meetings)
            for (const auto& i : m.ideas)
                if (!i.number.empty()) numbers.push_back({i.number + ": " + truncateVisibly(i.text, 60), ideaPage(m, i)});
    }
    std::sort(numbers.begin(), numbers.end());
    b.home(wijken, numbers);
    b.accessibility();
    return b.take();
}

}  // namespace wk::io
