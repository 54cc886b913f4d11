// The sensitive-terms list: names and identifiers a site must never publish.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.h"

namespace publish {

/// Where a site keeps its list; data/private/ is read but never loaded as data or published.
inline constexpr std::string_view sensitive_terms_path = "data/private/sensitive-terms.txt";

/// One entry of the list and the line it is on.
struct SensitiveTerm {
    std::string text;      ///< as written, trimmed
    SourceLocation where;  ///< data/private/sensitive-terms.txt:line:1
};

/// Parses the list: one term per line, surrounding spaces trimmed, blank lines and lines
/// starting with '#' skipped. A term shorter than two characters would match almost anything:
/// it is an error at its line.
std::vector<SensitiveTerm> parse_sensitive_terms(std::string_view text, const std::string& path,
                                                 Diagnostics& diagnostics);

}  // namespace publish
