#include "app/KioskApp.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "domain/Agenda.h"
#include "io/Clock.h"
#include "io/I18n.h"
#include "export/Invitation.h"
#include "service/Exports.h"
#include "service/Voice.h"
#include "service/Planning.h"
#include "service/Words.h"
#include "ui/Theme.h"

namespace wk::app {

KioskApp::KioskApp(const io::KioskConfig& config, store::Database& db, platform::Window& window, int roomHeight)
    : config_(config), db_(db), window_(window), meetings_(db, config), state_(db, config) {
    service::useLanguage(config);
    const float scale = window.dpiScale();
    ui::Fonts fonts = ui::loadFonts(config, scale);
    // The room is read from the back of the room: 1.5x the console's type, growing with a
    // bigger picture (a 4K projector).
    if (roomHeight <= 0) {
        int w = 0;
        window.size(w, roomHeight);
    }
    roomPx_ = config.fontSize * scale * 1.5f * std::max(1.0f, static_cast<float>(roomHeight) / 1080.0f);
    ui::applyStyle(config);
    ImGui::GetStyle().ScaleAllSizes(scale);
    if (!config.logo.empty()) {
        int w = 0, h = 0;
        if (const unsigned tex = platform::loadTexture(config.logo, w, h)) {
            logo_ = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(tex));
            logoAspect_ = static_cast<float>(w) / static_cast<float>(h);
        }
    }
    kiosk_ = std::make_unique<ui::Kiosk>(config, fonts, logo_, logoAspect_);
    phones_.available = config.phones.enabled;
    restorePin();
}

// The PIN the facilitator chose at this kiosk (when the config names none), and the wrong
// tries so far with the wait still to go: a restart neither forgets the PIN nor ends the wait.
void KioskApp::restorePin() {
    try {
        if (const auto hash = state_.chosenPin()) kiosk_->setPinHash(*hash);
        if (const auto t = state_.tries()) kiosk_->restorePinTries(t->failures, t->waitSeconds, now());
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "wijkkiosk: %s\n", e.what());
    }
}

KioskApp::~KioskApp() {
    phoneServer_.reset();  // no request is answered once the service is gone
    phoneDoor_.reset();
}

void KioskApp::openSession(std::int64_t id) {
    // Another meeting: the phones' address of the last one ends with it.
    if (phones_.on) setPhones(false);
    edits_ = std::make_unique<service::EditService>(db_, id, config_.policy);
    meetings_.numberIdeas(*edits_, io::localDateTime());  // the kiosk that holds a meeting numbers its ideas
    kiosk_->setMayChoosePin(false);  // a meeting exists: from now on IT sets the PIN (set-pin)
    status_ = {};
    status_.speech = speaker_ && speaker_->available();  // the kiosk's, not the meeting's
    readLists();
    around_ = meetings_.around(edits_->session().info);
    map_ = {};
    mapFile_.clear();
    if (const io::Area* area = config_.area(edits_->session().info.wijk)) mapFile_ = area->map;
}

void KioskApp::readLists() {
    sessions_ = meetings_.list();
    planned_ = service::Planning(&db_, config_).planned();
}

double KioskApp::now() const { return platform::seconds() + clockOffset_; }

std::string KioskApp::meetingTime() const {
    if (!scriptClock_) return io::localDateTime();
    return addSeconds(*scriptClock_, static_cast<long long>(scriptSeconds_));
}

std::int64_t KioskApp::openDemo() {
    const std::int64_t id = meetings_.importDemo(io::localDateTime());
    openSession(id);
    return id;
}

void KioskApp::openLatest() {
    // No meeting is made here: on an empty database the kiosk waits on its start screen until
    // the facilitator begins one, so the planning never counts a meeting nobody held.
    readLists();
    if (!sessions_.empty()) openSession(sessions_.back().id);
    kiosk_->setMayChoosePin(sessions_.empty());
}

const Session& KioskApp::noMeeting() {
    if (noMeeting_.info.title.empty()) noMeeting_.info.title = io::tr("home.no_meeting");
    return noMeeting_;
}

Role KioskApp::role() const {
    return kiosk_->mode() == ui::Mode::Facilitator ? Role::Facilitator : Role::Resident;
}

service::EditResult KioskApp::issue(Intent intent, Role role) {
    if (!edits_) return {Problem{"no_meeting", "session"}, {}, {}};  // nothing to change yet
    service::EditResult r = edits_->submit({std::move(intent), role, meetingTime()});
    report(r);
    return r;
}

bool KioskApp::pollOtherWriters(bool immediately) {
    // Another kiosk or the phone server may write this session: look twice a second at most.
    const double t = now();
    if (!kiosk_->hasPin() && t - lastPinLook_ >= 0.5) {  // `wijkkiosk set-pin` while the kiosk runs
        lastPinLook_ = t;
        try {
            if (const auto hash = state_.chosenPin()) kiosk_->setPinHash(*hash);
        } catch (const store::StoreError&) {
        }
    }
    if (!edits_ || (!immediately && t - lastPoll_ < 0.5)) return false;
    lastPoll_ = t;
    // The file under the kiosk watched too: found replaced or damaged, the kiosk says so at
    // once (not at the next edit) and keeps the session it shows as it was confirmed.
    if (db_.damaged()) return false;
    try {
        db_.checkIntact();
    } catch (const store::StoreError& e) {
        report({std::nullopt, e.what(), {}});
        return true;
    }
    return edits_->refresh();
}

void KioskApp::report(const service::EditResult& r) {
    status_.canUndo = edits_ && edits_->canUndo();
    status_.canRedo = edits_ && edits_->canRedo();
    status_.undoName = edits_ ? edits_->undoName() : "";
    status_.redoName = edits_ ? edits_->redoName() : "";
    if (r.ok()) {
        status_.message.clear();
        return;
    }
    status_.messageIsError = true;
    if (!r.storeError.empty() && db_.damaged()) {
        // The file under the kiosk is gone or damaged: everything it confirmed is in the shown
        // session, so that goes beside it as a session file to import, once.
        if (rescued_.empty() && edits_) rescued_ = service::rescue(db_, edits_->session());
        status_.message = io::tr("msg.damaged");
        std::fprintf(stderr, "wijkkiosk: %s; the meeting as confirmed is in %s\n", r.storeError.c_str(), rescued_ == "-" ? "no file" : rescued_.c_str());
    } else if (!r.storeError.empty()) {
        status_.message = io::trf("msg.not_saved", r.storeError);
    } else {
        status_.message = io::problemMessage(*r.problem);
    }
}

namespace {
// One overload per request: a request type without one does not compile.
template <class... F> struct Handlers : F... { using F::operator()...; };
template <class... F> Handlers(F...) -> Handlers<F...>;
}  // namespace

void KioskApp::handle(const ui::Request& request) {
    std::visit(Handlers{
                   [&](const ui::Edit& e) {
                       const service::EditResult r = issue(e.intent, role());
                       status_.receipt = {e.ticket, r.ok(), r.createdId};
                   },
                   [&](const ui::Undo&) {
                       if (edits_) report(edits_->undo(role(), meetingTime()));
                   },
                   [&](const ui::Redo&) {
                       if (edits_) report(edits_->redo(role(), meetingTime()));
                   },
                   [&](const ui::OpenSession& o) { openSession(o.id); },
                   [&](const ui::Quit&) { quit_ = true; },
                   [&](const ui::ExportFiles& e) { exportFiles(e); },
                   [&](const ui::CheckInHere&) { voiceHere(request); },
                   [&](const ui::AnswerHere&) { voiceHere(request); },
                   [&](const ui::EndVisitHere&) {
                       kioskVisit_ = service::randomHex(16);
                       kiosk_->thank();
                   },
                   [&](const ui::ListExportFolders&) { exportFolders_ = io::exportFolders(); },
                   [&](const ui::PurgePersonalData&) { purgePersonalData(); },
                   [&](const ui::StartSession& n) { startSession(n); },
                   [&](const ui::SetPhones& p) { setPhones(p.on); },
                   [&](const ui::AddPlanned& a) { changePlanning(&a.item, 0); },
                   [&](const ui::RemovePlanned& r) { changePlanning(nullptr, r.id); },
                   [&](const ui::SetPin& p) { attempt([&] { kiosk_->setPinHash(state_.choosePin(p.pin)); }); },
                   [&](const ui::PinTries& t) { attempt([&] { state_.keepTries(t.failures, t.waitSeconds); }); },
                   [&](const ui::RemoveMeeting&) { removeMeeting(); },
                   [&](const ui::ReadAloud& r) { readAloud(r.what); },
                   [&](const ui::TakeOverSession&) {
                       if (archive_ && edits_) archive_->takeOver(edits_->session().info.uid);
                   },
                   [&](const ui::ShowPlanning&) {
                       readLists();  // another kiosk or the command line may have planned since
                       // Who is owed an update: read here, not every frame (it reads every meeting).
                       feedback_ = service::Planning(&db_, config_).feedback(meetingTime().substr(0, 10));
                       exportFolders_ = io::exportFolders();
                       kiosk_->setView(ui::View::Planning);
                   },
               },
               request);
}

void KioskApp::startSpeech() {
    if (!config_.speech.enabled || speaker_) return;
    speaker_ = std::make_unique<platform::Speaker>(config_.speech);
    status_.speech = speaker_->available();
}

// The words come from the session as this screen shows it: a forged or stale request for
// something closed in a public part says nothing.
void KioskApp::readAloud(const service::ReadRequest& what) {
    if (!speaker_ || !speaker_->available()) return;
    const Session& s = edits_ ? edits_->session() : noMeeting();
    if (const auto words = service::readAloudText(s, kiosk_->publicView(s), what, config_)) speaker_->say(*words);
}

void KioskApp::attempt(const std::function<void()>& act) {
    try {
        act();
    } catch (const std::exception& e) {
        report({std::nullopt, e.what(), {}});
    }
}

void KioskApp::say(const std::string& message, bool isError) {
    status_.message = message;
    status_.messageIsError = isError;
}

void KioskApp::startSession(const ui::StartSession& n) {
    attempt([&] { openSession(meetings_.begin(n.type, n.wijk, io::localDate(), n.scheme, io::localDateTime())); });
}

void KioskApp::removeMeeting() {
    if (!edits_) return;
    attempt([&] {
        if (!meetings_.remove(edits_->session().info.id, io::localDateTime(), "facilitator")) return say(io::tr("home.not_removable"), true);
        if (phones_.on) setPhones(false);
        edits_.reset();
        openLatest();  // the newest other meeting, or the start screen without one
        say(io::tr("home.removed"), false);
    });
}

void KioskApp::changePlanning(const Planned* add, std::int64_t remove) {
    try {
        service::Planning planning(&db_, config_);
        if (add && planning.add(*add).wrong) return say(io::tr("planning.not_planned"), true);
        if (!add) planning.remove(remove);
        planned_ = planning.planned();
    } catch (const store::StoreError& e) {
        say(e.what(), true);
    }
}

void KioskApp::exportFiles(const ui::ExportFiles& e) {
    if (!edits_) return;
    using What = ui::ExportFiles::What;
    try {
        // The shown meeting, or the one the terugkoppeling names.
        std::int64_t id = edits_->session().info.id;
        SessionSummary meeting{id, edits_->session().info.uid, edits_->session().info.date, edits_->session().info.type,
                               edits_->session().info.wijk, edits_->session().info.title};
        if (!e.meeting.empty()) {
            // Never the shown meeting's letters in place of another's.
            const auto it = std::find_if(sessions_.begin(), sessions_.end(), [&](const SessionSummary& s) { return s.uid == e.meeting; });
            if (it == sessions_.end()) throw io::IoError(e.meeting);
            id = it->id;
            meeting = *it;
        }
        const std::string name = meeting.date + " " + io::fileSafe(meeting.wijk);
        std::string where = e.folder;
        service::Exports exports(&db_, config_);
        if (e.what == What::Invitation) {
            exports.invitation(id, e.audience, e.folder);
        } else if (e.what == What::Letters) {
            // In a folder of their own: they hold residents' names and contacts.
            where = (std::filesystem::path(e.folder) / (io::tr("home.letters_folder") + std::string(" ") + name)).string();
            std::filesystem::create_directories(where);
            exports.letters(id, where);
        } else if (e.what == What::Package) {
            // A folder of its own, never an earlier package's: the next free name.
            const std::string base = io::tr("home.package_folder") + std::string(" ") + name + " " +
                                     io::tr(e.audience == Audience::Public ? "export.file_public" : "export.file_internal");
            where = (std::filesystem::path(e.folder) / base).string();
            for (int n = 2; std::filesystem::exists(where); ++n) where = (std::filesystem::path(e.folder) / (base + " " + std::to_string(n))).string();
            exports.package(id, e.audience, where);
        } else if (e.what == What::Progress) {
            where = (std::filesystem::path(e.folder) / (io::tr("home.progress_file") + std::string(" ") + name + ".html")).string();
            exports.cycleDocument(id, true, e.audience, where);
        } else {
            exports.meeting(id, e.audience, e.folder);
        }
        say(io::trf("home.export_done", where), false);
    } catch (const io::NothingToInvite& ex) {
        say(io::tr(ex.why == io::NothingToInvite::Why::NoTime ? "home.invitation_no_time" : "home.invitation_no_public"), true);
    } catch (const std::exception& ex) {
        say(io::trf("home.export_failed", ex.what()), true);
    }
}

void KioskApp::voiceHere(const ui::Request& r) {
    if (!edits_) return;
    if (kioskVisit_.empty()) kioskVisit_ = service::randomHex(16);
    service::EditResult res;
    if (const auto* c = std::get_if<ui::CheckInHere>(&r)) {
        res = issue(CheckInVisit{c->kind, "kiosk", "", false, "kiosk-" + kioskVisit_}, Role::Resident);
    } else if (const auto* a = std::get_if<ui::AnswerHere>(&r)) {
        res = issue(service::answerFor(db_, edits_->session().info.id, a->poll, "kiosk-" + kioskVisit_, "kiosk", a->values, a->text),
                    Role::Resident);
        if (res.ok() && a->more) return;  // the next statement of the round, for the same visit
    }
    if (!res.ok()) return;  // the status line says why; the visitor may try again
    kioskVisit_ = service::randomHex(16);
    kiosk_->thank();
}

void KioskApp::purgePersonalData() {
    attempt([&] {
        const auto p = service::purge(db_, service::purgeCutoff(config_, io::localDate()), io::localDateTime());
        // Reopened from the store, so no copy of the removed data stays in memory or in undo.
        if (edits_) openSession(edits_->session().info.id);
        say(io::trf("home.purge_done", std::to_string(p.ideas + p.participants)), false);
    });
}

}  // namespace wk::app
