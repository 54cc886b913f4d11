// Total-fit (Knuth–Plass) line breaking for ragged-right text over boxes, glue and penalties.
#pragma once

#include <cstddef>
#include <vector>

namespace publish::layout {

/// One element of a paragraph as the line breaker sees it.
struct BreakItem {
    enum Type { box, glue, penalty } type = box;
    double width = 0;       ///< box/glue width; for a penalty the width added if the line breaks here (a hyphen)
    double cost = 0;        ///< penalty: extra demerits for breaking here
    bool flagged = false;   ///< penalty: a hyphen break (two in a row cost more)
    bool forced = false;    ///< penalty: the line must break here (hard break, end of paragraph)
};

/// Chooses break positions minimising total demerits over the whole paragraph: each line but the
/// last costs (slack in ems)², hyphens and consecutive hyphens add their costs, lines never
/// overflow unless a single box is wider than the line. Returns the indices of the glue or
/// penalty items broken at, in order; the last is the final forced penalty.
std::vector<size_t> break_lines(const std::vector<BreakItem>& items, double line_width, double em);

}  // namespace publish::layout
