// Words and numbers as pages show them.
#include "html/text_format.h"

#include <cstdio>

namespace publish {

namespace {

bool is_iso_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

/// "in-progress" → "In progress".
std::string words_from_id(const std::string& id) {
    std::string out = id;
    for (char& c : out)
        if (c == '-' || c == '_') c = ' ';
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

}  // namespace

std::string format_date(const std::string& iso_date) {
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    if (!is_iso_date(iso_date)) return iso_date;
    int month = std::stoi(iso_date.substr(5, 2));
    int day = std::stoi(iso_date.substr(8, 2));
    if (month < 1 || month > 12 || day < 1 || day > 31) return iso_date;
    return std::to_string(day) + " " + months[month - 1] + " " + iso_date.substr(0, 4);
}

std::string format_file_size(size_t bytes) {
    char buffer[32];
    if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    if (bytes < 1024 * 1024) return std::to_string((bytes + 512) / 1024) + " KB";
    std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buffer;
}

std::string pdf_label(const PdfInfo& pdf) {
    std::string label = "PDF";
    if (pdf.pages > 0) label += ", " + std::to_string(pdf.pages) + (pdf.pages == 1 ? " page" : " pages");
    if (pdf.bytes > 0) label += ", " + format_file_size(pdf.bytes);
    return label;
}

std::string section_title(const std::string& section) {
    if (section == "briefings") return "7-minute briefings";
    if (section == "bulletins") return "Learning bulletins";
    if (section == "annual-reports") return "Annual reports";
    if (section == "arrangements") return "Safeguarding arrangements";
    return words_from_id(section);
}

std::string doc_type_label(DocType type) {
    switch (type) {
        case DocType::briefing: return "7-minute briefing";
        case DocType::bulletin: return "Learning bulletin";
        case DocType::annual_report: return "Annual report";
        case DocType::arrangements: return "Safeguarding arrangements";
        case DocType::page: return "Page";
    }
    return "Page";
}

std::string review_type_label(const std::string& type) {
    if (type == "rapid-review") return "Rapid review";
    if (type == "lcspr") return "Local child safeguarding practice review";
    if (type == "map-review") return "Multi-agency practice review";
    if (type == "joint-review") return "Joint review";
    if (type == "national") return "National review";
    if (type == "out-of-area") return "Review led by another area";
    return words_from_id(type);
}

std::string review_type_plural(const std::string& type) {
    if (type == "out-of-area") return "Reviews led by other areas";
    return review_type_label(type) + "s";
}

std::string status_label(const std::string& status) { return words_from_id(status); }

}  // namespace publish
