// UTF-8 decoding and the per-face word width cache.
#include "layout/measure.h"

namespace publish::layout {

char32_t next_code_point(std::string_view s, size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (extra == 0) {
        ++i;
        return c;
    }
    if (extra < 0 || i + extra >= s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        unsigned char d = static_cast<unsigned char>(s[i + k]);
        if ((d & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (d & 0x3F);
    }
    i += extra + 1;
    return cp;
}

double WidthCache::units(FontStyle style, std::string_view text) {
    auto& map = cache_[static_cast<int>(style)];
    auto found = map.find(text);
    if (found != map.end()) return found->second;
    double total = 0;
    for (size_t i = 0; i < text.size();) total += measurer_.advance(style, next_code_point(text, i));
    map.emplace(std::string(text), total);
    return total;
}

double WidthCache::width(FontStyle style, std::string_view text, double size) {
    return units(style, text) * size / 1000.0;
}

}  // namespace publish::layout
