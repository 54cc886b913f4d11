// A paragraph's inline runs → broken, positioned lines (prepare, break, finalize).
#pragma once

#include <string>
#include <vector>

#include "layout/frames.h"
#include "layout/hyphenate.h"
#include "layout/measure.h"

namespace publish::layout {

/// A stretch of text in one style: what inline collection produces from the tree.
struct Run {
    std::string text;
    FontStyle font = FontStyle::regular;
    double size = 10;
    Color color;
    std::string link;        ///< link target ("https://…", "#anchor"), "" if none
    int element = -1;        ///< structure element (the paragraph, or a link/note inside it)
    int footnote = -1;       ///< index of the footnote this run refers to, -1 if none
    bool strike = false;
    bool underline = false;
    double rise = 0;         ///< baseline shift upwards (superscript note numbers)
    bool hard_break = false; ///< a forced line break (text ignored)
};

/// How to set one paragraph.
struct ParagraphFormat {
    double width = 400;       ///< measure in points
    double line_height = 15;  ///< baseline-to-baseline distance
    double size = 10.5;       ///< base type size (ems for the breaker, baseline placement)
    char align = 'l';         ///< 'l', 'c' or 'r' (never justified: ragged right aids reading)
    bool hyphenate = true;
};

/// One set line: items with x from the paragraph's left and y from the line's top.
struct Line {
    double height = 0;
    double baseline = 0;
    double width = 0;              ///< natural width of the text
    std::vector<FrameItem> items;
    std::vector<int> footnotes;    ///< footnotes referred to on this line
    bool hyphenated = false;       ///< ends with an inserted hyphen (never the last line of a page)
};

/// Services the paragraph setter needs.
struct TextServices {
    WidthCache& widths;
    HyphenationCache& hyphenation;
};

/// Breaks and positions a paragraph; the last word is never hyphenated.
std::vector<Line> set_paragraph(const std::vector<Run>& runs, const ParagraphFormat& format, TextServices& services);

/// Width of the runs set on one line, unbroken (for table column widths).
double natural_width(const std::vector<Run>& runs, WidthCache& widths);
/// Width of the widest word of the runs (the narrowest a column may be).
double widest_word(const std::vector<Run>& runs, WidthCache& widths);

}  // namespace publish::layout
