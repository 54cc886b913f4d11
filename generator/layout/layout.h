// Laying out a publication: the entry point of the layout module.
#pragma once

#include <optional>

#include "diagnostics/diagnostics.h"
#include "layout/frames.h"
#include "layout/hyphenate.h"
#include "layout/measure.h"
#include "layout/style.h"
#include "model/site.h"

namespace publish::layout {

/// What layout needs from outside: font metrics and a hyphenation dictionary (may be null).
struct LayoutServices {
    TextMeasurer& measurer;
    Hyphenator* hyphenator = nullptr;
};

/// The PDF style of the site's theme (themes/<theme>/pdf.json from Site::files, else defaults).
PdfStyle site_pdf_style(const Site& site, Diagnostics& diagnostics);

/// Lays out Site::documents[document] as its publication: a briefing (one page), a bulletin,
/// a page, or a bundle's index as the whole report with cover and contents.
/// Returns nullopt (with diagnostics) if it cannot be laid out.
std::optional<LaidOutDocument> layout_publication(const Site& site, int document, LayoutServices& services,
                                                  Diagnostics& diagnostics);

/// "2 November 2023" for "2023-11-02" (as written if not a date).
std::string long_date(const std::string& iso);

}  // namespace publish::layout
