// The PDF's fonts: Noto Sans faces embedded as subsets, DejaVu as fallback; also layout's measurer.
#pragma once

#include <array>
#include <string>
#include <vector>

#include <hpdf.h>

#include "layout/measure.h"

namespace publish::pdf {

/// Loads faces into one libharu document on first use and answers layout's width questions
/// with their real metrics (so what layout measures is exactly what the PDF draws).
class PdfFonts : public layout::TextMeasurer {
public:
    explicit PdfFonts(HPDF_Doc doc);

    double advance(layout::FontStyle style, char32_t code_point) override;
    bool covers(layout::FontStyle style, char32_t code_point) override;

    /// The font to draw a code point in a style: the main face, or the fallback if only it has the glyph.
    HPDF_Font font_for(layout::FontStyle style, char32_t code_point);
    /// True if the main face has the glyph (false: draw it with the fallback).
    bool in_primary(layout::FontStyle style, char32_t code_point);
    /// Which face draws a BMP code point: 1 main, 2 fallback, 3 none.
    int face_of(layout::FontStyle style, char32_t code_point) {
        auto& m = metrics_[static_cast<int>(style)];
        if (m.where[code_point] == 0) look_up(static_cast<int>(style), code_point);
        return m.where[code_point];
    }
    /// Advance of a BMP code point already looked up (face_of called), 1/1000 em.
    double known_advance(layout::FontStyle style, char32_t code_point) const {
        return metrics_[static_cast<int>(style)].width[code_point];
    }
    /// Paths of font files that could not be loaded (reported by the caller).
    const std::vector<std::string>& missing() const { return missing_; }

private:
    struct Face {
        std::string path;
        std::string name;            ///< libharu's font name once loaded
        HPDF_FontDef def = nullptr;
        HPDF_Font font = nullptr;
        bool tried = false;
    };
    struct Metrics {
        std::vector<short> width;    ///< per BMP code point, 1/1000 em; -1 = not looked up
        std::vector<char> where;     ///< 0 unknown, 1 primary, 2 fallback, 3 none
    };
    Face& load(Face& face);
    void look_up(int style, char32_t cp);

    HPDF_Doc doc_;
    std::array<Face, layout::font_style_count> primary_, fallback_;
    std::array<Metrics, layout::font_style_count> metrics_;
    std::vector<std::string> missing_;
};

}  // namespace publish::pdf
