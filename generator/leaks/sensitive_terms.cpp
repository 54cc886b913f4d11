// Parsing data/private/sensitive-terms.txt.
#include "leaks/sensitive_terms.h"

namespace publish {

std::vector<SensitiveTerm> parse_sensitive_terms(std::string_view text, const std::string& path,
                                                 Diagnostics& diagnostics) {
    std::vector<SensitiveTerm> terms;
    int line_number = 0;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        ++line_number;
        start = end + 1;
        if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);  // a byte-order mark
        const size_t first = line.find_first_not_of(" \t\r");
        if (first == std::string_view::npos || line[first] == '#') continue;
        const size_t last = line.find_last_not_of(" \t\r");
        std::string term(line.substr(first, last - first + 1));
        SourceLocation where{path, line_number, static_cast<int>(first) + 1};
        if (term.size() < 2) {
            diagnostics.error(where, "a sensitive term needs at least two characters",
                              "a single character would match almost every page");
            continue;
        }
        terms.push_back({std::move(term), where});
    }
    return terms;
}

}  // namespace publish
