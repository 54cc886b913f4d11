// Drawing: a format-free picture (a display list of shapes and text) that SVG and PDF both paint.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace publish {

/// An sRGB colour, 0-255 per channel.
struct Colour {
    std::uint8_t r = 0, g = 0, b = 0;
    friend bool operator==(const Colour&, const Colour&) = default;
};

/// A texture laid over a fill so that series differ by more than colour. Drawn in white over the
/// fill colour: `diagonal` = 45° stripes (rising to the right) 1.5 pt wide every 5 pt; `dots` = dots of
/// radius 1 pt on a 5 pt grid. `solid` = the colour alone.
enum class Pattern { solid, diagonal, dots };

/// Horizontal alignment of a text run relative to its x.
enum class Anchor { start, middle, end };

/// A point in the drawing's coordinates.
struct Point {
    double x = 0, y = 0;
};

/// A filled rectangle (x, y = top-left corner), optionally outlined.
struct Rect {
    double x = 0, y = 0, width = 0, height = 0;
    Colour fill;
    Pattern pattern = Pattern::solid;
    bool stroked = false;       ///< draw an outline of `stroke` colour and `stroke_width`
    Colour stroke;
    double stroke_width = 0;
    double corner_radius = 0;   ///< rounded corners (0 = square); painters may ignore it
};

/// A straight line segment.
struct Line {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    Colour stroke;
    double width = 1;
    bool dashed = false;        ///< 3 pt on, 3 pt off
};

/// Connected line segments through `points` (not closed, not filled), round joins.
struct Polyline {
    std::vector<Point> points;
    Colour stroke;
    double width = 1;
};

/// A circle, filled or hollow, optionally outlined. For an arc or a pie slice use `Arc`.
struct Circle {
    double cx = 0, cy = 0, r = 0;
    bool filled = true;
    Colour fill;
    bool stroked = false;
    Colour stroke;
    double stroke_width = 0;
};

/// A pie slice (filled wedge from the centre) between two angles in degrees, measured clockwise from
/// 12 o'clock (0 = up, 90 = right), from `start` to `end` (end > start).
struct Arc {
    double cx = 0, cy = 0, r = 0;
    double start = 0, end = 0;
    Colour fill;
};

/// One line of real text. (x, y) is the baseline point: the start, middle or end of the run
/// according to `anchor`. Sizes are in points; the family is the document's sans-serif face.
struct TextRun {
    double x = 0, y = 0;
    std::string text;           ///< UTF-8, one line (no wrapping happens when painting)
    double size = 10;
    bool bold = false;
    Anchor anchor = Anchor::start;
    Colour fill;
};

/// One thing to paint.
using DrawItem = std::variant<Rect, Line, Polyline, Circle, Arc, TextRun>;

/// A chart or diagram, laid out and ready to paint: everything a painter needs and nothing about
/// SVG or PDF. Coordinates are points with the origin at the top-left corner and y growing
/// DOWNWARDS (as in SVG; a PDF painter flips y: pdf_y = bottom + height - y). Items are painted in
/// order, later ones on top. Text widths were estimated with charts/text_metrics.h (sans-serif
/// metrics), so a painter should use a similar face (Noto Sans, Liberation Sans, Arial).
/// The whole drawing may be scaled uniformly to fit a column (keep width:height).
struct Drawing {
    double width = 0;           ///< points
    double height = 0;          ///< points
    std::string title;          ///< short name of the figure (SVG <title>, PDF caption)
    std::string description;    ///< the finding in words (SVG <desc>; also the text alternative)
    std::string kind;           ///< "bar", "grouped-bar", "before-after", "line", "share", "governance"
    std::vector<DrawItem> items;

    /// Appends any item.
    template <typename Item>
    void add(Item item) { items.emplace_back(std::move(item)); }
};

}  // namespace publish
