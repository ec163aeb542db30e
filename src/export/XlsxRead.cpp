#include "export/XlsxRead.h"

#include <expat.h>
#include <zip.h>

#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>

#include "domain/Text.h"
#include "export/ContributionSheet.h"

namespace wk::io {
namespace {

// An XML document walked once: start tags with their attributes, end tags, and text.
struct Walker {
    std::function<void(const std::string& tag, const std::map<std::string, std::string>& attrs)> start;
    std::function<void(const std::string& tag)> end;
    std::function<void(const std::string& text)> text;
};

// The tag's name without its namespace prefix ("x:row" is "row").
std::string local(const char* name) {
    const std::string n(name);
    const auto colon = n.rfind(':');
    return colon == std::string::npos ? n : n.substr(colon + 1);
}

bool walk(const std::string& xml, Walker& w) {
    std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> p(XML_ParserCreate("UTF-8"), XML_ParserFree);
    if (!p) return false;
    XML_SetUserData(p.get(), &w);
    XML_SetElementHandler(
        p.get(),
        [](void* data, const XML_Char* name, const XML_Char** atts) {
            auto& wk = *static_cast<Walker*>(data);
            if (!wk.start) return;
            std::map<std::string, std::string> a;
            for (int i = 0; atts[i]; i += 2) a[atts[i]] = atts[i + 1];
            wk.start(local(name), a);
        },
        [](void* data, const XML_Char* name) {
            auto& wk = *static_cast<Walker*>(data);
            if (wk.end) wk.end(local(name));
        });
    XML_SetCharacterDataHandler(p.get(), [](void* data, const XML_Char* s, int len) {
        auto& wk = *static_cast<Walker*>(data);
        if (wk.text) wk.text(std::string(s, static_cast<std::size_t>(len)));
    });
    return XML_Parse(p.get(), xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
}

// The package: its parts by name.
class Package {
public:
    Package(const std::string& bytes, const std::string& name) : name_(name) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
        if (src) zip_ = zip_open_from_source(src, ZIP_RDONLY, &error);
        if (!zip_) {
            if (src) zip_source_free(src);
            zip_error_fini(&error);
            throw SheetError(name + ": not an XLSX file (it is not a zip package)");
        }
        zip_error_fini(&error);
    }
    ~Package() { zip_discard(zip_); }
    Package(const Package&) = delete;
    Package& operator=(const Package&) = delete;

    // A part's bytes; empty when there is none. At most 64 MiB unpacked: a form is small.
    std::string part(const std::string& path) const {
        zip_stat_t st;
        if (zip_stat(zip_, path.c_str(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return {};
        if (st.size > 64u * 1024 * 1024) throw SheetError(name_ + ": " + path + " is too large for a form");
        zip_file_t* f = zip_fopen(zip_, path.c_str(), 0);
        if (!f) return {};
        std::string out(static_cast<std::size_t>(st.size), '\0');
        const zip_int64_t n = zip_fread(f, out.data(), st.size);
        zip_fclose(f);
        if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) throw SheetError(name_ + ": " + path + " cannot be read (a damaged file)");
        return out;
    }

private:
    std::string name_;
    zip_t* zip_ = nullptr;
};

// "BC12": column 54 (0-based), row 11 (0-based); false for anything else.
bool cellRef(const std::string& ref, int& row, int& col) {
    std::size_t i = 0;
    col = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') col = col * 26 + (ref[i++] - 'A' + 1);
    if (i == 0 || i >= ref.size() || col > 16384) return false;
    row = 0;
    for (; i < ref.size(); ++i) {
        if (ref[i] < '0' || ref[i] > '9' || row > 1'048'576) return false;
        row = row * 10 + (ref[i] - '0');
    }
    --col;
    --row;
    return row >= 0;
}

std::vector<std::string> sharedStrings(const std::string& xml, const std::string& name) {
    std::vector<std::string> out;
    if (xml.empty()) return out;
    bool inText = false, phonetic = false;
    Walker w;
    w.start = [&](const std::string& tag, const std::map<std::string, std::string>&) {
        if (tag == "si") out.emplace_back();
        else if (tag == "rPh") phonetic = true;  // a reading aid for East Asian text: not the text
        else if (tag == "t") inText = !phonetic && !out.empty();
    };
    w.end = [&](const std::string& tag) {
        if (tag == "t") inText = false;
        if (tag == "rPh") phonetic = false;
    };
    w.text = [&](const std::string& t) {
        if (inText) out.back() += t;
    };
    if (!walk(xml, w)) throw SheetError(name + ": its shared strings are not valid XML (a damaged file)");
    return out;
}

Grid worksheet(const std::string& xml, const std::vector<std::string>& shared, const std::string& name, const std::string& sheet) {
    Grid g;
    int row = -1, col = -1;
    std::string type, value;
    bool inValue = false, inInline = false, inCell = false;
    Walker w;
    w.start = [&](const std::string& tag, const std::map<std::string, std::string>& a) {
        if (tag == "row") {
            const auto r = a.find("r");
            row = r != a.end() ? std::atoi(r->second.c_str()) - 1 : row + 1;
            col = -1;
        } else if (tag == "c") {
            inCell = true;
            const auto r = a.find("r");
            int rr = row, cc = col + 1;
            if (r != a.end() && !cellRef(r->second, rr, cc)) throw SheetError(name + ": sheet \"" + sheet + "\": a cell named \"" + r->second + "\"");
            row = rr;
            col = cc;
            const auto t = a.find("t");
            type = t == a.end() ? "n" : t->second;
            value.clear();
        } else if (tag == "v" && inCell) {
            inValue = true;
        } else if (tag == "is" && inCell) {
            inInline = true;
        } else if (tag == "t" && inInline) {
            inValue = true;
        }
    };
    w.end = [&](const std::string& tag) {
        if (tag == "v" || tag == "t") inValue = false;
        if (tag == "is") inInline = false;
        if (tag != "c") return;
        inCell = false;
        if (row < 0 || col < 0 || row > 100'000 || col > 1000) return;
        Cell cell;
        if (type == "s") {
            const long k = std::strtol(value.c_str(), nullptr, 10);
            if (value.empty() || k < 0 || static_cast<std::size_t>(k) >= shared.size()) return;
            cell.text = shared[static_cast<std::size_t>(k)];
        } else if (type == "b") {
            cell.text = value == "1" ? "1" : "0";
        } else {
            cell.text = value;  // inlineStr, str (a formula's text), e (an error), n (a number)
            cell.number = type == "n" && !value.empty();
        }
        if (cell.text.empty()) return;
        auto& rows = g.rows;
        if (rows.size() <= static_cast<std::size_t>(row)) rows.resize(static_cast<std::size_t>(row) + 1);
        auto& r = rows[static_cast<std::size_t>(row)];
        if (r.size() <= static_cast<std::size_t>(col)) r.resize(static_cast<std::size_t>(col) + 1);
        r[static_cast<std::size_t>(col)] = std::move(cell);
    };
    w.text = [&](const std::string& t) {
        if (inValue) value += t;
    };
    if (!walk(xml, w)) throw SheetError(name + ": sheet \"" + sheet + "\" is not valid XML (a damaged file)");
    return g;
}

}  // namespace

Workbook readXlsx(const std::string& bytes, const std::string& name) {
    const Package zip(bytes, name);
    const std::string workbook = zip.part("xl/workbook.xml");
    if (workbook.empty()) throw SheetError(name + ": not an XLSX file (it has no workbook)");
    Workbook book;
    std::vector<std::pair<std::string, std::string>> sheetIds;  // name, relationship id
    Walker w;
    w.start = [&](const std::string& tag, const std::map<std::string, std::string>& a) {
        if (tag == "workbookPr") {
            const auto d = a.find("date1904");
            book.date1904 = d != a.end() && (d->second == "1" || d->second == "true");
        }
        if (tag != "sheet") return;
        std::string sheetName, id;
        for (const auto& [k, v] : a) {
            if (k == "name") sheetName = v;
            else if (k.size() > 3 && k.compare(k.size() - 3, 3, ":id") == 0) id = v;
        }
        sheetIds.emplace_back(sheetName, id);
    };
    if (!walk(workbook, w)) throw SheetError(name + ": its workbook is not valid XML (a damaged file)");
    std::map<std::string, std::string> targets;
    Walker rels;
    rels.start = [&](const std::string& tag, const std::map<std::string, std::string>& a) {
        if (tag != "Relationship" || !a.count("Id") || !a.count("Target")) return;
        std::string t = a.at("Target");
        t = t.rfind("/", 0) == 0 ? t.substr(1) : "xl/" + t;  // absolute, or relative to xl/
        targets[a.at("Id")] = t;
    };
    if (!walk(zip.part("xl/_rels/workbook.xml.rels"), rels)) throw SheetError(name + ": its relationships are not valid XML (a damaged file)");
    const auto shared = sharedStrings(zip.part("xl/sharedStrings.xml"), name);
    for (const auto& [sheetName, id] : sheetIds) {
        const auto t = targets.find(id);
        if (t == targets.end()) continue;
        book.sheets.emplace_back(sheetName, worksheet(zip.part(t->second), shared, name, sheetName));
    }
    return book;
}

std::string sheetDate(const std::string& text, bool date1904) {
    if (isIsoDate(text)) return text;
    if (text.size() >= 10 && isIsoDate(text.substr(0, 10)) && isIsoDateTime(text)) return text.substr(0, 10);
    int d = 0, m = 0, y = 0;
    char end = 0;
    if (std::sscanf(text.c_str(), "%d-%d-%d%c", &d, &m, &y, &end) == 3 || std::sscanf(text.c_str(), "%d/%d/%d%c", &d, &m, &y, &end) == 3) {
        char iso[32];
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
        return isIsoDate(iso) ? iso : "";
    }
    char* stop = nullptr;
    const double serial = std::strtod(text.c_str(), &stop);
    if (stop == text.c_str() || *stop || !(serial >= 1 && serial < 2'958'466)) return "";
    // Days since 1970-01-01, then the civil date (the proleptic Gregorian calendar by eras of
    // 400 years, as the C++ chrono library counts).
    long long z = static_cast<long long>(std::floor(serial)) - (date1904 ? 24107 : 25569) + 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const long long day = doy - (153 * mp + 2) / 5 + 1;
    const long long month = mp < 10 ? mp + 3 : mp - 9;
    const long long year = yoe + era * 400 + (month <= 2);
    char iso[96];
    std::snprintf(iso, sizeof iso, "%04lld-%02lld-%02lld", year, month, day);
    return iso;
}

}  // namespace wk::io
