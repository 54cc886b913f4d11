// XML-safe text, ISO date checks and indented printing for feeds and sitemaps.
#include "feeds/xml_text.h"

namespace publish {
namespace {

/// tinyxml2's printer with two spaces per level instead of four.
class TwoSpacePrinter : public tinyxml2::XMLPrinter {
public:
    TwoSpacePrinter() : XMLPrinter(nullptr, false) {}

protected:
    void PrintSpace(int depth) override {
        for (int i = 0; i < depth; ++i) Write("  ", 2);
    }
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string xml_safe_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
        out += c;
    }
    return out;
}

bool is_iso_date(std::string_view date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!is_digit(date[i])) return false;
    return true;
}

std::string date_to_rfc3339(std::string_view date) {
    return std::string(date) + "T00:00:00Z";
}

std::string print_xml(const tinyxml2::XMLDocument& doc) {
    TwoSpacePrinter printer;
    doc.Print(&printer);
    std::string out(printer.CStr());
    if (out.empty() || out.back() != '\n') out += '\n';
    return out;
}

tinyxml2::XMLElement* add_text_element(tinyxml2::XMLElement* parent, const char* name,
                                       std::string_view text) {
    tinyxml2::XMLElement* el = parent->InsertNewChildElement(name);
    el->SetText(xml_safe_text(text).c_str());
    return el;
}

}  // namespace publish
