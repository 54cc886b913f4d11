// The document tree as an HTML fragment (the body of a page).
#pragma once

#include <string>

#include "model/document.h"

namespace publish {

struct HtmlOptions {
    int heading_offset = 0;       ///< added to every heading level (so a body's ## can become h2 under the page's h1)
    bool number_headings = false; ///< prefix headings with their Node::number (annual report, arrangements)
};

/// Renders the blocks of a tree as semantic, escaped HTML5: every text and attribute escaped,
/// only safe URL schemes in href/src, tables with <caption>, <th scope>, footnotes as a
/// <section class="footnotes"> with back links, figures with their text alternative.
std::string render_html(const Node& doc, const HtmlOptions& options = {});

/// Escapes & < > " ' for HTML text and attributes.
std::string escape_html(std::string_view text);

}  // namespace publish
