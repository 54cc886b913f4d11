// Drawing → SVG for the web: an accessible <svg role="img"> with <title>, <desc> and real text.
#pragma once

#include <string>
#include <string_view>

#include "charts/drawing.h"

namespace publish {

/// The drawing as one <svg> element (no XML declaration), ready to inline in HTML or to save as a
/// file: role="img", aria-labelledby its <title> and <desc>, a viewBox so it scales to any width,
/// presentation attributes only (no style= attributes: the site's CSP forbids inline styles).
/// `id_prefix` makes the ids of title, desc and patterns unique on a page ("figure-1").
std::string render_svg(const Drawing& drawing, std::string_view id_prefix = "chart");

/// A number as SVG writes it: at most 2 decimals, no trailing zeros ("12.5", "3", "-0.25").
std::string svg_number(double value);

}  // namespace publish
