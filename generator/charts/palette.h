// The chart palette: colours with at least 3:1 contrast against white and between neighbours.
#pragma once

#include <string>

#include "charts/drawing.h"

namespace publish::charts {

/// Body text on white (#1b1b1b, 17:1).
inline constexpr Colour ink{0x1b, 0x1b, 0x1b};
/// Secondary text: ticks, notes (#4a4a4a, 8.9:1).
inline constexpr Colour muted{0x4a, 0x4a, 0x4a};
/// Axis lines and connectors (#6b6b6b, 5.3:1).
inline constexpr Colour axis{0x6b, 0x6b, 0x6b};
/// Gridlines: decorative, deliberately light (#d6d9dc).
inline constexpr Colour grid{0xd6, 0xd9, 0xdc};
/// Box backgrounds in diagrams (#f3f4f6).
inline constexpr Colour surface{0xf3, 0xf4, 0xf6};
inline constexpr Colour white{0xff, 0xff, 0xff};

/// Series colour `index` (cycles): dark and mid tones alternate (navy, amber, dark green, blue,
/// plum, pink) so every colour has ≥ 3:1 contrast with white and with the next one.
Colour series_colour(size_t index);

/// Series pattern `index` (cycles solid, diagonal, solid, dots …) so neighbours differ in texture too.
Pattern series_pattern(size_t index);

/// WCAG relative luminance of a colour (0 black … 1 white).
double relative_luminance(Colour c);

/// WCAG contrast ratio between two colours (1 … 21).
double contrast_ratio(Colour a, Colour b);

/// White or ink, whichever reads better on `background` (white if it reaches 4.5:1).
Colour text_on(Colour background);

/// "#1d3557".
std::string hex(Colour c);

}  // namespace publish::charts
