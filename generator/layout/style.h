// The PDF style of a theme (themes/<theme>/pdf.json): page size, margins, type sizes, colours.
#pragma once

#include <string>
#include <string_view>

#include "diagnostics/diagnostics.h"
#include "layout/frames.h"

namespace publish::layout {

/// Every dimension in points; sizes of type in points; leading as a factor of the size.
struct PdfStyle {
    double page_width = 595.28, page_height = 841.89;
    double margin_top = 70, margin_bottom = 64, margin_left = 62, margin_right = 62;
    double body_size = 10.5, leading = 1.42, paragraph_space = 0.55;  ///< space in ems of body size
    double heading_sizes[4] = {20, 15, 12.5, 11};  ///< levels 1, 2, 3, 4+
    double heading_space_before = 1.1;  ///< ems
    double small_size = 8, footnote_size = 8.5, code_size = 9, table_size = 9;
    double list_indent = 16, quote_indent = 18;
    double briefing_max = 11, briefing_min = 8, briefing_step = 0.5;
    Color text{0.10f, 0.10f, 0.12f}, accent{0.0f, 0.33f, 0.58f}, muted{0.37f, 0.42f, 0.48f};
    Color rule{0.78f, 0.81f, 0.84f}, tint{0.93f, 0.95f, 0.97f}, link{0.04f, 0.36f, 0.68f};
    Color band_text{1, 1, 1};

    double content_width() const { return page_width - margin_left - margin_right; }
};

/// Reads a pdf.json (flat or nested objects of numbers and "#rrggbb" strings) over the defaults;
/// unknown keys and bad values are warnings at their line in `file`.
PdfStyle parse_pdf_style(std::string_view json, const std::string& file, Diagnostics& diagnostics);

}  // namespace publish::layout
