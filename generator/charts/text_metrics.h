// Estimated widths of sans-serif text, and word wrapping by those widths (no font files needed).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace publish::charts {

/// Estimated advance width in points of a UTF-8 run at `size` points: Helvetica metrics widened by
/// 8% so that Noto Sans, Liberation Sans, Arial and most system faces fit in the space reserved.
double text_width(std::string_view text, double size, bool bold = false);

/// Splits text at spaces into lines no wider than `max_width`; a single word wider than that gets a
/// line of its own. At most `max_lines` lines: the last one is shortened with "…" if needed.
std::vector<std::string> wrap_text(std::string_view text, double size, bool bold, double max_width,
                                   size_t max_lines = 4);

}  // namespace publish::charts
