// Palette colours and the WCAG contrast arithmetic that checks them.
#include "charts/palette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace publish::charts {

namespace {

constexpr std::array<Colour, 6> palette{{
    {0x1d, 0x35, 0x57},  // navy       12.4:1 on white
    {0xc9, 0x7a, 0x00},  // amber       3.4:1
    {0x0b, 0x3d, 0x2e},  // dark green 12.2:1
    {0x3d, 0x8b, 0xd9},  // blue        3.6:1
    {0x4b, 0x12, 0x48},  // plum       14.2:1
    {0xd1, 0x6b, 0xa5},  // pink        3.3:1
}};

double channel(std::uint8_t v) {
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

Colour series_colour(size_t index) { return palette[index % palette.size()]; }

Pattern series_pattern(size_t index) {
    static constexpr std::array<Pattern, 4> patterns{Pattern::solid, Pattern::diagonal, Pattern::solid, Pattern::dots};
    return patterns[index % patterns.size()];
}

double relative_luminance(Colour c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

double contrast_ratio(Colour a, Colour b) {
    double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Colour text_on(Colour background) { return contrast_ratio(background, white) >= 4.5 ? white : ink; }

std::string hex(Colour c) {
    static const char digits[] = "0123456789abcdef";
    std::string out = "#";
    for (std::uint8_t v : {c.r, c.g, c.b}) {
        out += digits[v >> 4];
        out += digits[v & 15];
    }
    return out;
}

}  // namespace publish::charts
