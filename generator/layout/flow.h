// The flow: a document as a column of unbreakable pieces with break rules, before pagination.
#pragma once

#include <vector>

#include "layout/frames.h"
#include "layout/style.h"

namespace publish::layout {

/// An unbreakable piece of the column: a line, a table row, an image, a rule.
struct FlowItem {
    double height = 0;
    double space_before = 0;        ///< dropped at the top of a page
    std::vector<FrameItem> items;   ///< y relative to the piece's top, x absolute
    bool break_before = true;       ///< a page may end before this piece (false: keep with the previous)
    bool page_break_before = false; ///< always start a new page here
    std::vector<int> footnotes;     ///< footnotes referred to in this piece (set at the foot of its page)
    int table = -1;                 ///< table this piece is a row of
    bool header_row = false;        ///< a header row (repeated on every page the table continues on)
};

/// The pieces of a document plus what pagination places separately.
struct Flow {
    std::vector<FlowItem> items;
    std::vector<std::vector<FlowItem>> footnotes;      ///< per footnote index: its set lines
    std::vector<std::vector<FlowItem>> table_headers;  ///< per table index: its header rows
};

/// The part of a page the flow fills.
struct PageArea {
    double top = 70, bottom = 777;
};

/// Fills pages from the flow: keeps pieces with their predecessors where asked, moves whole
/// keep-chains to the next page, repeats table headers, sets footnotes at the foot of the page
/// their reference lands on.
std::vector<Page> paginate(const Flow& flow, const PageArea& area, const PdfStyle& style);

/// Total height of a list of pieces set one after another (space before the first ignored).
double stacked_height(const std::vector<FlowItem>& items);

/// Appends pieces to a page at `y` (their tops), returns the y after the last.
double place_pieces(const std::vector<FlowItem>& items, double y, Page& page, bool first_at_top);

}  // namespace publish::layout
