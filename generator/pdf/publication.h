// A published document (or a whole bundle) as PDF bytes.
#pragma once

#include <optional>
#include <string>

#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace publish {

struct PdfResult {
    std::string bytes;
    int pages = 0;
    std::string text;  ///< what a reader would extract (layout::reading_text), for the leak check
};

/// Lays out and writes the PDF of Site::documents[document]: a briefing (one A4 page, seven
/// panels), a bulletin (with the review's facts), a page, or — for a bundle's index — the whole
/// annual report / arrangements with cover, contents, numbered sections, bookmarks and links.
/// Byte-identical for identical input. Problems (a briefing that cannot fit, a glyph no font
/// draws) are diagnostics at the author's line; returns nullopt on error.
std::optional<PdfResult> render_publication_pdf(const Site& site, int document, Diagnostics& diagnostics);

}  // namespace publish
