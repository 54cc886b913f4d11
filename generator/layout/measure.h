// Text measurement: the font-metrics interface layout asks for widths, and a width cache over it.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

namespace publish::layout {

/// The faces layout can ask for; pdf/ maps them to real fonts.
enum class FontStyle { regular, bold, italic, bold_italic, mono };

inline constexpr int font_style_count = 5;

/// Font metrics, supplied by pdf/ (real fonts) or tests (fixed widths). Units are 1/1000 em.
class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    /// Advance width of one code point in 1/1000 em (using a fallback face if the main one lacks it).
    virtual double advance(FontStyle style, char32_t code_point) = 0;
    /// True if some configured font can draw the code point.
    virtual bool covers(FontStyle style, char32_t code_point) = 0;
};

/// Decodes one UTF-8 code point at `i` and advances `i`; invalid bytes decode as U+FFFD.
char32_t next_code_point(std::string_view text, size_t& i);

/// Caches widths of whole words per face so a word is measured once per document.
class WidthCache {
public:
    explicit WidthCache(TextMeasurer& measurer) : measurer_(measurer) {}
    /// Width of `text` in points at `size`.
    double width(FontStyle style, std::string_view text, double size);
    /// Width in 1/1000 em.
    double units(FontStyle style, std::string_view text);
    TextMeasurer& measurer() { return measurer_; }

private:
    /// Lets the cache be searched with a string_view (no string built per look-up).
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    TextMeasurer& measurer_;
    std::array<std::unordered_map<std::string, double, Hash, std::equal_to<>>, font_style_count> cache_;
};

/// Every unit 500 (half an em) wide: a predictable measurer for tests.
class FixedWidthMeasurer : public TextMeasurer {
public:
    explicit FixedWidthMeasurer(double units = 500) : units_(units) {}
    double advance(FontStyle, char32_t) override { return units_; }
    bool covers(FontStyle, char32_t cp) override { return cp != 0x1F600; }

private:
    double units_;
};

}  // namespace publish::layout
