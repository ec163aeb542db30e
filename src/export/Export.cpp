#include "export/Export.h"

#include "io/Stemmer.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "domain/Rules.h"
#include "io/AtomicFile.h"
#include "io/I18n.h"
#include "export/CycleDocs.h"
#include "export/IdeasSheet.h"
#include "export/OdtWriter.h"
#include "export/PdfWriter.h"
#include "export/PlanXlsx.h"
#include "io/SessionJson.h"

namespace wk::io {
std::optional<ExportFormat> parseExportFormat(std::string_view w) {
    if (w == "md") return ExportFormat::Markdown;
    if (w == "html") return ExportFormat::Html;
    if (w == "csv") return ExportFormat::Csv;
    if (w == "json") return ExportFormat::Json;
    if (w == "png") return ExportFormat::Png;
    if (w == "xlsx") return ExportFormat::Xlsx;
    if (w == "pdf") return ExportFormat::Pdf;
    if (w == "odt") return ExportFormat::Odt;
    if (w == "contacts") return ExportFormat::Contacts;
    return std::nullopt;
}

std::optional<ExportFormat> ideasFormatFor(const std::string& file) {
    std::string ext = std::filesystem::path(file).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".xlsx") return ExportFormat::IdeasXlsx;
    if (ext == ".csv") return ExportFormat::IdeasCsv;
    return std::nullopt;
}

std::string renderExport(const Session& full, ExportFormat format, Audience audience, const KioskConfig& config,
                         const Words& words, const ChartWords& chartWords, const ExportContext& context) {
    if (format == ExportFormat::Contacts && audience != Audience::Internal)
        throw IoError("the contact list is internal only: residents' phone numbers and e-mail addresses never go out in public");
    const Session s = visibleTo(full, audience);
    switch (format) {
        case ExportFormat::Json: return sessionToJson(s);
        case ExportFormat::Png: return sliderChartPng(s, config, chartWords);
        case ExportFormat::Csv: return planCsv(s, config, words);
        case ExportFormat::Xlsx: return planXlsx(s, config, words);
        case ExportFormat::Contacts: return contactsCsv(s, words);
        case ExportFormat::IdeasXlsx: return ideasXlsx(s, audience == Audience::Internal, config, words);
        case ExportFormat::IdeasCsv: return ideasCsv(s, audience == Audience::Internal, words);
        case ExportFormat::Markdown:
        case ExportFormat::Html:
        case ExportFormat::Pdf:
        case ExportFormat::Odt: {
            MinutesContext minutes;
            minutes.nextMeeting = context.nextMeeting;
            minutes.ideasFile = exportFileName(full.info, ExportFormat::IdeasXlsx, audience, words);  // written beside them
            {
                const DutchStemmer stem;
                minutes.cloud = wordCloud(ideaTexts(s, audience == Audience::Public), stem.fn(), config.policy.stopWords, s.info.hiddenWords, 15);
            }
            minutes.chart.alt = chartWords.title;
            if (!s.placements.empty() && format != ExportFormat::Markdown) {
                // Narrower for paper: the same words larger on A4, drawn as vectors in the PDF.
                const Picture chart = sliderChart(s, config, chartWords, 1000);
                if (format == ExportFormat::Pdf) minutes.chart.vector = std::make_shared<const Picture>(chart);
                else minutes.chart.png = pictureToPng(chart, config);
            }
            const Document doc = minutesDocument(s, audience, config, words, minutes);
            if (format == ExportFormat::Markdown) return toMarkdown(doc) + "\n";
            const HtmlLook look = htmlLook(config, s.info.title, s.info.title + " · " + dateWords(s.info.date, words) + " · " +
                                                                   words(audience == Audience::Public ? "export.public_version" : "export.internal_version"));
            return format == ExportFormat::Pdf ? toPdf(doc, look) : format == ExportFormat::Odt ? toOdt(doc, look) : toHtml(doc, look);
        }
    }
    return {};
}

HtmlLook htmlLook(const KioskConfig& config, const std::string& title, const std::string& footer) {
    HtmlLook look;
    look.title = title;
    look.municipality = config.municipality;
    look.primary = cssColour(config.colours.primary);
    look.accent = cssColour(config.colours.accent);
    look.lang = config.language;
    look.footer = footer;
    if (!config.logo.empty()) try {
            look.logoPng = readFile(config.logo);
        } catch (const IoError&) {
        }
    return look;
}

std::string exportFileName(const SessionInfo& info, ExportFormat format, Audience audience, const Words& words) {
    std::string what, ext;
    switch (format) {
        case ExportFormat::Markdown: what = words("export.file_minutes"); ext = ".md"; break;
        case ExportFormat::Html: what = words("export.file_minutes"); ext = ".html"; break;
        case ExportFormat::Csv: what = words("export.file_plan"); ext = ".csv"; break;
        case ExportFormat::Json: what = words("export.file_session"); ext = ".json"; break;
        case ExportFormat::Png: what = words("export.file_chart"); ext = ".png"; break;
        case ExportFormat::Xlsx: what = words("export.file_plan"); ext = ".xlsx"; break;
        case ExportFormat::Pdf: what = words("export.file_minutes"); ext = ".pdf"; break;
        case ExportFormat::Odt: what = words("export.file_minutes"); ext = ".odt"; break;
        case ExportFormat::Contacts: what = words("export.file_contacts"); ext = ".csv"; break;
        case ExportFormat::IdeasXlsx: what = words("export.file_ideas"); ext = ".xlsx"; break;
        case ExportFormat::IdeasCsv: what = words("export.file_ideas"); ext = ".csv"; break;
    }
    return fileSafe(info.date + " " + info.wijk + " " + what + " " + words(audience == Audience::Public ? "export.file_public" : "export.file_internal")) + ext;
}

std::string fileSafe(std::string name) {
    // Nothing a file system or a USB stick's FAT could refuse.
    for (char& c : name)
        if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|') c = '-';
    return name;
}

namespace {
// A folder on another file system than its parent: something is mounted there.
bool isMountPoint(const std::filesystem::path& p) {
    struct stat self {}, parent {};
    return ::stat(p.c_str(), &self) == 0 && ::stat(p.parent_path().c_str(), &parent) == 0 && self.st_dev != parent.st_dev;
}
}  // namespace

std::vector<std::string> exportFolders() {
    const char* home = std::getenv("HOME");
    return exportFolders({"/media", "/run/media"}, home ? home : "");
}

std::vector<std::string> exportFolders(const std::vector<std::string>& mediaRoots, const std::string& home) {
    namespace fs = std::filesystem;
    std::vector<std::string> out;
    std::error_code ec;
    const auto writable = [](const fs::path& p) { return ::access(p.c_str(), W_OK) == 0; };
    for (const auto& root : mediaRoots) {
        for (const auto& user : fs::directory_iterator(root, ec)) {
            if (!user.is_directory(ec)) continue;
            // A stick mounted straight under /media (usbmount's /media/usb0) is offered itself,
            // not its folders; otherwise /media/<user>/<stick>, as udisks mounts it.
            if (isMountPoint(user.path()) && writable(user.path())) {
                out.push_back(user.path().string());
                continue;
            }
            bool nested = false;
            for (const auto& mount : fs::directory_iterator(user.path(), ec))
                if (mount.is_directory(ec) && writable(mount.path())) {
                    out.push_back(mount.path().string());
                    nested = true;
                }
            if (!nested && writable(user.path())) out.push_back(user.path().string());
        }
    }
    if (!home.empty() && writable(home)) out.push_back(home);
    return out;
}

FileAccess accessFor(ExportFormat f, Audience a) {
    // Residents' names (and contacts) only for the municipality's own eyes.
    const bool names = f == ExportFormat::Json || f == ExportFormat::IdeasXlsx || f == ExportFormat::IdeasCsv;
    return f == ExportFormat::Contacts || (names && a == Audience::Internal) ? FileAccess::OwnerOnly : FileAccess::AsUmask;
}

std::vector<std::string> exportAll(const Session& full, Audience audience, const std::string& folder, const KioskConfig& config,
                                   const Words& words, const ChartWords& chartWords, const ExportContext& context,
                                   const ExportGuard& guard) {
    std::vector<std::string> names;
    std::vector<ExportFormat> formats = {ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Pdf, ExportFormat::Odt,
                                         ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Json, ExportFormat::IdeasXlsx};
    if (audience == Audience::Internal) formats.push_back(ExportFormat::Contacts);
    for (ExportFormat f : formats) {
        const std::string name = exportFileName(full.info, f, audience, words);
        writeExport((std::filesystem::path(folder) / name).string(), renderExport(full, f, audience, config, words, chartWords, context), guard,
                    accessFor(f, audience));
        names.push_back(name);
    }
    // The cycle's documents beside the minutes, printable: the werkagenda, and the wijk's
    // progress report when the app handed over its meetings.
    const auto cycleName = [&](const char* what) {
        std::string n = exportFileName(full.info, ExportFormat::Html, audience, words);
        return n.replace(n.find(words("export.file_minutes")), words("export.file_minutes").size(), words(what));
    };
    const Session shown = visibleTo(full, audience);
    const std::string footer = words(audience == Audience::Public ? "export.public_version" : "export.internal_version");
    {
        const std::string name = cycleName("export.file_werkagenda");
        writeExport((std::filesystem::path(folder) / name).string(),
                    toHtml(werkagendaDocument(shown, audience, config, words), htmlLook(config, words("werkagenda.title"), footer)), guard);
        names.push_back(name);
    }
    if (context.wijkMeetings) {
        std::vector<Session> meetings;
        for (const auto& m : *context.wijkMeetings) meetings.push_back(visibleTo(m, audience));
        const std::string name = cycleName("export.file_voortgang");
        writeExport((std::filesystem::path(folder) / name).string(),
                    toHtml(voortgangDocument(meetings, shown, audience, config, words, context.today),
                           htmlLook(config, words("voortgang.title") + " " + full.info.wijk, footer)),
                    guard);
        names.push_back(name);
    }
    return names;
}

}  // namespace wk::io
