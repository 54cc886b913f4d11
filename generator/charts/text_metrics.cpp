// Helvetica-like advance widths per character, for laying out labels before any font is loaded.
#include "charts/text_metrics.h"

#include <array>

namespace publish::charts {

namespace {

// Widths in 1/1000 em for ASCII 32..126 (Helvetica and Helvetica-Bold AFM).
constexpr std::array<short, 95> regular{
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
    722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
    278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
constexpr std::array<short, 95> bold_widths{
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778,
    722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333,
    278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

constexpr double widen = 1.08;

/// Width of one code point in 1/1000 em.
int advance(char32_t c, bool bold) {
    if (c >= 32 && c <= 126) return (bold ? bold_widths : regular)[c - 32];
    switch (c) {
        case U'£': case U'–': case U'€': return 556;
        case U'—': case U'…': return 1000;
        case U'‘': case U'’': return 222;
        case U'“': case U'”': return 333;
        default: return 600;
    }
}

/// Decodes the next code point (invalid bytes count as one character each).
char32_t next_code_point(std::string_view text, size_t& i) {
    unsigned char c = static_cast<unsigned char>(text[i++]);
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
    for (int k = 0; k < extra && i < text.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
    return cp;
}

}  // namespace

double text_width(std::string_view text, double size, bool bold) {
    long units = 0;
    for (size_t i = 0; i < text.size();) units += advance(next_code_point(text, i), bold);
    return units * size * widen / 1000.0;
}

std::vector<std::string> wrap_text(std::string_view text, double size, bool bold, double max_width, size_t max_lines) {
    std::vector<std::string> words;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        if (end > start) words.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    std::vector<std::string> lines;
    for (const auto& word : words) {
        if (!lines.empty() && text_width(lines.back() + " " + word, size, bold) <= max_width) {
            lines.back() += " " + word;
        } else {
            lines.push_back(word);
        }
    }
    if (max_lines > 0 && lines.size() > max_lines) {
        lines.resize(max_lines);
        std::string& last = lines.back();
        while (!last.empty() && text_width(last + "…", size, bold) > max_width) {
            size_t cut = last.find_last_of(' ');
            last.resize(cut == std::string::npos ? 0 : cut);
        }
        last += "…";
    }
    return lines;
}

}  // namespace publish::charts
