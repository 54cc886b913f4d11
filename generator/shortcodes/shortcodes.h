// Shortcodes: {{< name key="value" … >}} in Markdown, expanded from data into tree nodes.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/document.h"
#include "model/site.h"

namespace publish {

class DataStore;  // data/data_store.h

/// One {{< … >}} found in the source.
struct ShortcodeCall {
    std::string name;
    std::vector<std::pair<std::string, std::string>> args;  ///< in order; positional args have key ""
    std::string source_text;  ///< the call exactly as written (restored inside code)
    SourceLocation where;     ///< the "{{<" of the call
};

/// Markdown with every shortcode replaced by a placeholder, and the calls in order.
struct ExtractedShortcodes {
    std::string text;
    std::vector<ShortcodeCall> calls;
};

/// Placeholder for call i: U+E000, the decimal index, U+E001 (survives cmark untouched).
std::string shortcode_placeholder(size_t index);

/// Finds every {{< … >}} in a Markdown body (starting at `first_line` of `file`), records it and
/// replaces it with its placeholder. Malformed calls (unclosed, bad quoting) are errors.
ExtractedShortcodes extract_shortcodes(std::string_view markdown, const std::string& file, int first_line,
                                       Diagnostics& diagnostics);

/// What shortcodes may read.
struct ShortcodeContext {
    const Site& site;          ///< config, typed data, documents (for lists of pages)
    const DataStore& store;    ///< raw data files for `value` paths and charts
    /// If set, every shortcode records here what it read: "data:<name>" for data/<name>.json,
    /// "documents" when it reads other documents' front matter (checklist coverage).
    std::set<std::string>* reads = nullptr;
};

/// Replaces placeholders in the tree: a paragraph holding only a block shortcode becomes the
/// blocks it renders (tables with computed totals and shares, lists of reviews …); a placeholder
/// inside text becomes formatted text (`value`). Unknown names, arguments or data paths are
/// errors at the call's location with a did-you-mean hint; inside code the call is restored as text.
void expand_shortcodes(Node& doc, const std::vector<ShortcodeCall>& calls, const ShortcodeContext& context,
                       Diagnostics& diagnostics);

}  // namespace publish
