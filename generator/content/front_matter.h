// Front matter: splitting it from the Markdown body and reading its fields (YAML).
#pragma once

#include <string>
#include <string_view>

#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace publish {

/// A content file cut into its YAML front matter and Markdown body.
struct SplitSource {
    std::string_view yaml;       ///< between the --- lines
    std::string_view body;       ///< after the closing ---
    int yaml_first_line = 2;     ///< file line on which the YAML starts
    int body_first_line = 1;     ///< file line on which the body starts
};

/// Cuts `text` at its `---` lines. A file without front matter, or with an unclosed one, is an
/// error naming the file (every content file needs at least a title).
bool split_front_matter(std::string_view text, const std::string& file, SplitSource& out, Diagnostics& diagnostics);

/// Reads the fields of the content model from YAML; wrong types, bad dates and unknown fields
/// are reported at their line and column (unknown fields as warnings with a did-you-mean hint).
FrontMatter parse_front_matter(std::string_view yaml, const std::string& file, int first_line,
                               Diagnostics& diagnostics);

/// True if `date` is a real calendar date written YYYY-MM-DD.
bool is_valid_date(std::string_view date);

}  // namespace publish
