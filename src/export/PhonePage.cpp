#include "export/PhonePage.h"

#include "domain/Agenda.h"

#include <algorithm>

#include "domain/Change.h"
#include "domain/Text.h"
#include "export/Document.h"
#include "io/I18n.h"

namespace wk::io {
namespace {

}  // namespace

// Large type and targets, the municipality's colours, readable at 320 px and up; focus always
// visible; nothing from elsewhere. Served as a file of its own: the page's security policy
// allows no inline style or script.
std::string phoneCss(const KioskConfig& c) {
    const std::string primary = cssColour(c.colours.primary), accent = cssColour(c.colours.accent);
    return ":root{--p:" + primary + ";--a:" + accent + "}"
           "*{box-sizing:border-box}"
           "body{margin:0;font:1.15rem/1.5 system-ui,'DejaVu Sans',sans-serif;color:#1a1a1a;background:#f5f6f8}"
           "header{background:var(--p);color:#fff;padding:.8rem 1rem;display:flex;gap:.8rem;align-items:center}"
           "header img{height:2.6rem;width:auto}"
           "header p{margin:0;font-size:1rem}"
           "h1{font-size:1.35rem;margin:0}"
           "h2{font-size:1.25rem;margin:1.4rem 0 .6rem}"
           "main{padding:0 1rem 2rem;max-width:40rem;margin:0 auto}"
           ".skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;color:#000;padding:.5rem;z-index:9}"
           ".msg{padding:.8rem 1rem;border-radius:.5rem;margin:1rem 0;background:#e3f2e6;color:#0f4a1c;border:2px solid #1a7f37}"
           ".msg.err{background:#fbe9e9;color:#7a1010;border-color:#b71c1c}"
           ".msg.note{background:#eef2f8;color:#1a1a1a;border-color:#555}"
           "label{display:block;font-weight:600;margin:.8rem 0 .3rem}"
           "textarea,input[type=text],select{width:100%;font:inherit;padding:.7rem;border:2px solid #555;border-radius:.4rem;background:#fff;color:#1a1a1a}"
           "textarea{min-height:7rem}"
           ".check{display:flex;gap:.6rem;align-items:flex-start;margin:.9rem 0}"
           ".check input{width:1.6rem;height:1.6rem;margin:0}.check label{margin:0;font-weight:400}"
           "button{font:inherit;font-weight:600;min-height:3rem;padding:.6rem 1.2rem;border-radius:.5rem;border:2px solid var(--p);"
           "background:var(--p);color:#fff;cursor:pointer}"
           "button.soft{background:#fff;color:var(--p)}"
           "button[disabled]{background:#e6e6e6;border-color:#767676;color:#3d3d3d}"
           ":focus-visible{outline:4px solid var(--a);outline-offset:2px}"
           ".hint{font-size:1rem;color:#4a4a4a;margin:.2rem 0}"
           "ul.wall{list-style:none;padding:0;margin:0;display:grid;gap:.8rem}"
           ".card{background:#fff;border:1px solid #c8c8c8;border-radius:.6rem;padding:.8rem}"
           ".card p{margin:0 0 .5rem}"
           ".meta{font-size:1rem;color:#4a4a4a}"
           ".answer{display:inline-block;padding:.1rem .6rem;border-radius:1rem;background:#eef;color:#1a1a1a;font-size:1rem}"
           "fieldset{border:1px solid #c8c8c8;border-radius:.6rem;background:#fff;margin:.8rem 0;padding:.6rem 1rem}"
           "legend{font-weight:700;padding:0;float:left;width:100%;margin:.2rem 0 .4rem}legend+*{clear:both}"
           ".pair{display:flex;gap:.8rem}.pair>div{flex:1}"
           "input[type=number]{width:100%;font:inherit;padding:.7rem;border:2px solid #555;border-radius:.4rem;background:#fff;color:#1a1a1a}"
           ".result{list-style:none;padding:0;margin:.4rem 0}.result li{margin:.4rem 0}"
           ".result meter{display:block;width:100%;height:1.1rem}"
           ".choices{display:flex;flex-wrap:wrap;gap:.6rem;margin:.4rem 0}.choices button{flex:1 1 6rem}"
           "button[aria-pressed=true]{outline:3px solid #1a1a1a;outline-offset:2px}"
           ".similar{background:#fff8e1;border:2px solid #8a6d00;border-radius:.6rem;padding:.6rem .8rem;margin:.6rem 0}"
           ".similar p{margin:.2rem 0 .5rem}"
           "footer{padding:1rem;font-size:1rem;color:#4a4a4a;max-width:40rem;margin:0 auto}"
           "footer a{color:var(--p)}\n";
}

namespace {

std::string head(const PhoneLanguage& l, const std::string& title, const KioskConfig&) {
    return "<!doctype html><html lang=\"" + escapeHtml(l.code) + "\" dir=\"" + (l.rightToLeft ? "rtl" : "ltr") +
           "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<meta name=\"robots\" content=\"noindex\"><title>" + escapeHtml(title) + "</title>"
           "<link rel=\"stylesheet\" href=\"/phone.css\"></head><body>";
}

// Moves the page to the wall and the form without reloading, and keeps the wall current.
const char* kScript = R"JS((function(){
  var base=document.body.getAttribute('data-base');
  function send(form,ev){
    if(!window.fetch) return;
    ev.preventDefault();
    var data=new URLSearchParams(new FormData(form));
    if(ev.submitter&&ev.submitter.name) data.append(ev.submitter.name,ev.submitter.value);
    fetch(form.action,{method:'POST',body:data,headers:{'Accept':'text/html'},credentials:'same-origin'})
      .then(function(r){return r.text();})
      .then(function(html){
        var doc=new DOMParser().parseFromString(html,'text/html');
        var main=doc.querySelector('main');
        if(main){document.querySelector('main').replaceWith(main);bind();
          var m=document.querySelector('.msg');if(m){m.focus();}}
      }).catch(function(){form.submit();});
  }
  function bind(){
    document.querySelectorAll('form[data-live]').forEach(function(f){
      if(f.getAttribute('data-bound')) return;  // once: a refreshed part binds only its new forms
      f.setAttribute('data-bound','1');
      f.addEventListener('submit',function(ev){send(f,ev);});
    });
  }
  bind();
  // "Lijkt op": a moment after the resident stops typing, the ideas like it.
  var typing=null;
  document.addEventListener('input',function(ev){
    if(ev.target.id!=='text') return;
    clearTimeout(typing);
    typing=setTimeout(function(){
      var v=ev.target.value;
      fetch(base+'/similar?text='+encodeURIComponent(v.slice(0,300)),{credentials:'same-origin'})
        .then(function(r){return r.ok?r.text():'';})
        .then(function(html){var s=document.getElementById('similar');if(html&&s){s.outerHTML=html;bind();}});
    },700);
  });
  setInterval(function(){
    if(document.activeElement&&/TEXTAREA|INPUT|SELECT/.test(document.activeElement.tagName)) return;
    fetch(base+'/wall',{credentials:'same-origin'}).then(function(r){return r.ok?r.text():'';})
      .then(function(html){var w=document.getElementById('wall-list');if(html&&w){w.outerHTML=html;bind();}});
  },4000);
})();
)JS";

std::string answerWord(const PhonePage& p, const std::string& value) {
    return p.strings.get(p.lang, "answer_" + value);
}

}  // namespace

// The list of ideas alone: the page's wall, and what the script fetches to keep it current.
std::string renderPhoneWall(const PhonePage& p) {
    std::string h = "<ul class=\"wall\" id=\"wall-list\">";
    const auto& s = p.session;
    if (s.ideas.empty()) h += "<li class=\"card\"><p>" + escapeHtml(p.strings.get(p.lang, "wall_empty")) + "</p></li>";
    // Newest first: what was just added is at the top of a phone's screen.
    for (auto it = s.ideas.rbegin(); it != s.ideas.rend(); ++it) {
        const Idea& i = *it;
        const bool mine = std::find(p.supported.begin(), p.supported.end(), i.id) != p.supported.end();
        h += "<li class=\"card\"><p>" + escapeHtml(i.text) + "</p><p class=\"meta\">";
        if (!i.theme.empty()) h += escapeHtml(i.theme) + " · ";
        h += escapeHtml(p.strings.get(p.lang, i.votes == 0 ? "votes_zero" : i.votes == 1 ? "votes_one" : "votes", {{"n", std::to_string(i.votes)}}));
        if (!i.author.empty()) h += " · " + escapeHtml(i.author);
        h += "</p>";
        if (!i.response.value.empty()) {
            // The answer as the kiosk shows it (issue 32): its word, why, on what condition, and
            // when the final answer comes, the date in words.
            const Response& r = i.response;
            h += "<p><span class=\"answer\">" + escapeHtml(p.strings.get(p.lang, "answer")) + ": " + escapeHtml(answerWord(p, r.value)) + "</span></p>";
            if (!r.motivation.empty())
                h += "<p class=\"meta\">" + escapeHtml(p.strings.get(p.lang, "answer_motivation")) + ": " + escapeHtml(r.motivation) + "</p>";
            if (!r.condition.empty())
                h += "<p class=\"meta\">" + escapeHtml(p.strings.get(p.lang, "answer_condition")) + ": " + escapeHtml(r.condition) + "</p>";
            if (!r.due.empty()) {
                const auto word = [&](std::string_view k) {
                    std::string key(k);
                    std::replace(key.begin(), key.end(), '.', '_');  // "month.4" is month_4 in the page's words
                    return p.strings.get(p.lang, key);
                };
                h += "<p class=\"meta\">" + escapeHtml(p.strings.get(p.lang, "answer_due")) + ": " + escapeHtml(dateWords(r.due, word)) + "</p>";
            }
        }
        if (!p.mayAct) {  // a visit that reads only has no button it cannot use
            h += "</li>";
            continue;
        }
        h += "<form method=\"post\" data-live action=\"" + p.base + "/support/" + escapeHtml(i.id) + "\">";
        if (mine)
            h += "<button type=\"submit\" class=\"soft\" disabled>" + escapeHtml(p.strings.get(p.lang, "supported")) + "</button>";
        else
            h += "<button type=\"submit\" class=\"soft\"" + std::string(p.supportsLeft <= 0 ? " disabled" : "") +
                 " aria-label=\"" + escapeHtml(p.strings.get(p.lang, "support") + ": " + truncateVisibly(i.text, 80)) + "\">" +
                 escapeHtml(p.strings.get(p.lang, "support")) + "</button>";
        h += "</form></li>";
    }
    return h + "</ul>";
}

std::string renderPhonePage(const PhonePage& p) {
    const auto& S = p.strings;
    const auto& L = p.lang;
    const SessionInfo& info = p.session.info;
    const auto t = [&](const char* key) { return escapeHtml(S.get(L, key)); };
    std::string h = head(L, S.get(L, "page_title", {{"title", info.title}}), p.config);
    h.insert(h.find("<body>") + 5, " data-base=\"" + p.base + "\"");
    h += "<a class=\"skip\" href=\"#main\">" + t("skip") + "</a><header>";
    if (p.hasLogo) h += "<img src=\"" + p.base + "/logo.png\" alt=\"" + escapeHtml(p.config.municipality) + "\">";
    h += "<div><h1>" + escapeHtml(info.title) + "</h1><p>" + escapeHtml(p.config.municipality) + "</p></div></header>";
    h += "<main id=\"main\">";
    if (!p.message.empty())
        h += "<p class=\"msg" + std::string(p.messageIsError ? " err" : "") + "\" role=\"status\" tabindex=\"-1\">" +
             escapeHtml(p.message) + "</p>";
    h += "<p>" + escapeHtml(S.get(L, "intro", {{"wijk", info.wijk}})) + "</p>";

    // A visit beyond its address's share reads only: it is told why, with no form to fail on.
    if (!p.mayAct)
        h += "<p class=\"msg note\" role=\"status\">" + escapeHtml(S.get(L, "read_only", {{"n", std::to_string(p.visitsPerAddress)}})) + "</p>";

    // Spreekrecht: while an item of the agenda runs, the phone asks for the floor as the kiosk does.
    if (const AgendaNow now = agendaNow(p.session.agenda, p.clock); now.current) {
        h += "<section aria-labelledby=\"floor\"><h2 id=\"floor\">" + escapeHtml(S.get(L, "agenda_now", {{"item", now.current->title}})) + "</h2>";
        if (p.onFloorList) {
            // Said once: not again here when the page's message just said it.
            if (p.message != S.get(L, "floor_asked")) h += "<p class=\"msg\" role=\"status\">" + t("floor_asked") + "</p>";
        } else if (p.mayAct) {
            h += "<form method=\"post\" data-live action=\"" + p.base + "/floor\">";
            h += "<label for=\"speaker\">" + t("name_label") + "</label><input type=\"text\" id=\"speaker\" name=\"name\" maxlength=\"100\" autocomplete=\"name\">";
            h += "<div class=\"check\"><input type=\"checkbox\" id=\"floor-consent\" name=\"consent\" value=\"1\"><label for=\"floor-consent\">" +
                 t("floor_consent") + "</label></div>";
            h += "<button type=\"submit\">" + t("floor_send") + "</button></form>";
        }
        h += "</section>";
    }

    // Who came, and the room's polls.
    h += renderPhoneCheckIn(p) + renderPhonePolls(p) + renderPhoneStatements(p) + renderPhoneEvaluation(p);

    // Add an idea.
    if (p.mayAct) {
        h += "<section aria-labelledby=\"add\"><h2 id=\"add\">" + t("add_heading") + "</h2>";
        h += "<form method=\"post\" data-live action=\"" + p.base + "/idea\">";
        h += "<label for=\"text\">" + t("idea_label") + "</label><textarea id=\"text\" name=\"text\" maxlength=\"1000\" required>" +
             escapeHtml(p.draft) + "</textarea>";
        // "Lijkt op": filled by the page's script as the resident types (read out when it changes).
        h += "<div aria-live=\"polite\"><div id=\"similar\"></div></div>";
        h += "<label for=\"theme\">" + t("theme_label") + "</label><select id=\"theme\" name=\"theme\"><option value=\"\">" +
             t("theme_none") + "</option>";
        for (const auto& th : p.config.policy.themes) h += "<option>" + escapeHtml(th) + "</option>";
        h += "</select>";
        h += "<label for=\"author\">" + t("name_label") + "</label><input type=\"text\" id=\"author\" name=\"author\" maxlength=\"100\" autocomplete=\"name\">";
        h += "<label for=\"contact\">" + t("contact_label") + "</label><input type=\"text\" id=\"contact\" name=\"contact\" maxlength=\"200\" aria-describedby=\"contact-hint\">";
        h += "<p class=\"hint\" id=\"contact-hint\">" + t("contact_hint") + "</p>";
        h += "<div class=\"check\"><input type=\"checkbox\" id=\"consent\" name=\"consent\" value=\"1\"><label for=\"consent\">" +
             t("consent_label") + "</label></div>";
        h += "<button type=\"submit\">" + t("send") + "</button></form></section>";
    }

    // The sliders, when the facilitator opened them to residents.
    if (p.mayAct && p.placingOpen && !p.session.sliders.empty()) {
        h += "<section aria-labelledby=\"sliders\"><h2 id=\"sliders\">" + t("sliders_heading") + "</h2><p>" + t("sliders_intro") + "</p>";
        if (info.settings.blind) h += "<p class=\"hint\">" + t("sliders_blind") + "</p>";
        h += "<form method=\"post\" data-live action=\"" + p.base + "/place\">";
        for (const auto& sl : p.session.sliders) {
            const Placement* mine = p.participant.empty() ? nullptr : find<Placement>(p.session, p.participant + '\x1f' + sl.key);
            const auto choice = [&](const char* which, const std::optional<int>& v) {
                const std::string id = std::string(which) + "-" + escapeHtml(sl.key);
                std::string c = "<div><label for=\"" + id + "\">" + t(which) + "</label><select id=\"" + id + "\" name=\"" + id + "\">";
                c += "<option value=\"\">" + t("choose") + "</option>";
                for (int n = 0; n <= 100; n += 10)
                    c += "<option" + std::string(v && *v == n ? " selected" : "") + ">" + std::to_string(n) + "</option>";
                return c + "</select></div>";
            };
            h += "<fieldset><legend>" + escapeHtml(sl.label) + "</legend>";
            if (!sl.top.empty()) h += "<p class=\"hint\">100: " + escapeHtml(sl.top) + "</p>";
            h += "<div class=\"pair\">" + choice("now", mine ? mine->now : std::nullopt) + choice("desired", mine ? mine->desired : std::nullopt) + "</div>";
            h += "<label for=\"reason-" + escapeHtml(sl.key) + "\">" + t("reason_label") + "</label><input type=\"text\" id=\"reason-" +
                 escapeHtml(sl.key) + "\" name=\"reason-" + escapeHtml(sl.key) + "\" maxlength=\"500\" value=\"" +
                 escapeHtml(mine ? mine->reason : "") + "\"></fieldset>";
        }
        h += "<button type=\"submit\">" + t("sliders_send") + "</button></form></section>";
    }

    // The wall.
    h += "<section aria-labelledby=\"wall\"><h2 id=\"wall\">" + t("wall_heading") + "</h2>";
    if (p.mayAct)
        h += "<p class=\"hint\">" + escapeHtml(S.get(L, "supports_left", {{"n", std::to_string(std::max(0, p.supportsLeft))}})) + "</p>";
    h += renderPhoneWall(p) + "</section></main>";

    // Other languages, and what the page keeps.
    h += "<footer><p>" + t("privacy") + "</p>";
    if (S.languages().size() > 1) {
        h += "<nav aria-label=\"" + t("language") + "\"><p>";
        for (const auto& l : S.languages())
            h += (l.code == L.code ? "<strong>" + escapeHtml(l.name) + "</strong>"
                                   : "<a href=\"" + p.base + "?lang=" + escapeHtml(l.code) + "\" lang=\"" + escapeHtml(l.code) +
                                         "\" hreflang=\"" + escapeHtml(l.code) + "\">" + escapeHtml(l.name) + "</a>") + " ";
        h += "</p></nav>";
    }
    h += "</footer><script src=\"/phone.js\"></script></body></html>";
    return h;
}

std::string phoneScript() { return kScript; }

std::string renderPhoneMessage(const PhoneStrings& S, const PhoneLanguage& L, const KioskConfig& c, const std::string& message) {
    return head(L, c.municipality, c) + "<header><div><h1>" + escapeHtml(c.municipality) + "</h1></div></header><main id=\"main\">" +
           "<p class=\"msg err\" role=\"status\">" + escapeHtml(message) + "</p></main><footer><p>" + escapeHtml(S.get(L, "privacy")) +
           "</p></footer></body></html>";
}

}  // namespace wk::io
