// The kiosk's links to the world: residents' phones (the server in this process) and the
// municipal archive (on a thread of its own).
#include "app/KioskApp.h"

#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include "export/Qr.h"
#include "domain/Rules.h"
#include "io/Clock.h"
#include "io/I18n.h"
#include "ui/widgets/Gesture.h"
#include "ui/widgets/Touch.h"

namespace wk::app {

void KioskApp::setPhones(bool on) {
    phoneServer_.reset();
    phoneDoor_.reset();
    phones_.on = false;
    phones_.url.clear();
    phones_.qr = {};
    phones_.error.clear();
    if (!on || !edits_) return;
    try {
        if (db_.path() == ":memory:") throw std::runtime_error("phones need the meeting in a database file (--db)");
        phoneDoor_ = std::make_unique<app::PhoneDoor>(config_, db_.path(), edits_->session().info.id, app::PhoneDoor::newToken());
        phoneServer_ = io::HttpServer::start(config_.phones.bind, config_.phones.port,
                                             [svc = phoneDoor_.get()](const io::HttpRequest& r) { return svc->handle(r); },
                                             config_.phones.connectionsPerAddress);
        phones_.on = true;
        phones_.url = "http://" + io::joinHost(config_.phones.bind) + ":" + std::to_string(phoneServer_->port()) + "/j/" +
                      phoneDoor_->token();
        phones_.qr = io::encodeQr(phones_.url);
    } catch (const std::exception& e) {
        phoneServer_.reset();
        phoneDoor_.reset();
        phones_.error = io::trf("phones.failed", e.what());
    }
}

void KioskApp::linkArchive(const std::string& url, const std::string& dbPath) {
    archive_ = std::make_unique<service::ArchiveLink>(url, dbPath, config_);
}

void KioskApp::showArchiveStatus() {
    if (!archive_) return;
    const service::ArchiveLink::Status s = archive_->status();
    switch (s.state) {
        case service::ArchiveLink::State::Connecting: status_.archive = io::tr("archive.connecting"); break;
        case service::ArchiveLink::State::Offline: status_.archive = io::tr("archive.offline"); break;
        case service::ArchiveLink::State::Connected:
            status_.archive = s.heldElsewhere ? io::trn("archive.held", s.heldElsewhere) : std::string(io::tr("archive.connected"));
            break;
    }
    status_.archiveIsError = s.state == service::ArchiveLink::State::Offline || s.heldElsewhere > 0;
    status_.archiveHeldHere = false;
    if (s.heldElsewhere && edits_) {
        const auto held = archive_->heldElsewhere();
        status_.archiveHeldHere = std::find(held.begin(), held.end(), edits_->session().info.uid) != held.end();
        if (status_.archiveHeldHere) status_.archive = io::tr("archive.held_here");
    }
    // Edits of this meeting the archive refused, or a take-over replaced: in a file, said so.
    if (edits_) {
        const auto aside = archive_->setAside();
        if (const auto it = aside.find(edits_->session().info.uid); it != aside.end()) {
            const std::string file = std::filesystem::path(it->second).filename().string();
            status_.archive = io::trf(status_.archiveHeldHere ? "archive.aside_held" : "archive.aside_taken", file);
            status_.archiveIsError = true;
        }
    }
}

}  // namespace wk::app
