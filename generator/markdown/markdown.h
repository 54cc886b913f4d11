// Markdown (cmark-gfm) into the project's document tree, keeping source positions.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "diagnostics/diagnostics.h"
#include "model/document.h"

namespace publish {

/// Parses the Markdown body of `file` (which starts at line `first_line` of that file) into a
/// NodeKind::document tree: GFM tables, strikethrough, autolinks, task lists, footnotes, smart
/// punctuation; raw HTML is dropped (never reaches any output); every heading gets a stable,
/// unique id; footnotes are numbered in reference order. Nesting deeper than a sane limit is an
/// error at its line, not a crash.
Node parse_markdown(std::string_view text, const std::string& file, int first_line, Diagnostics& diagnostics);

/// Where relative links can point: published pages and copied files.
struct LinkTargets {
    std::map<std::string, std::string> pages;  ///< "content/briefings/safer-sleep.md" → "briefings/safer-sleep/"
    std::set<std::string> files;               ///< every site file, e.g. "content/images/logo.png"
    std::string base_path = "/";               ///< path of base_url, starts and ends with '/'
};

/// Rewrites links and images written relative to `source_path` into published URLs
/// (base_path + page URL, fragment kept), sets Node::source to the file they point to, and
/// reports links that point nowhere, leave the site, are absolute file paths, or use an unsafe
/// scheme (javascript:, data:, vbscript:, file:) as errors at their line and column.
void rewrite_links(Node& doc, const std::string& source_path, const LinkTargets& targets, Diagnostics& diagnostics);

/// Slug of a heading text or title: lower case ASCII letters and digits joined by '-'.
std::string slugify(std::string_view text);

}  // namespace publish
