// Internal to charts/: one layout function per chart kind and the pieces they share.
#pragma once

#include <string>
#include <vector>

#include "charts/chart.h"
#include "charts/palette.h"
#include "charts/scale.h"

namespace publish::charts {

/// Type sizes (points) and spacing shared by every chart.
inline constexpr double label_size = 12;   ///< category labels, legend
inline constexpr double value_size = 11.5; ///< value labels at bar ends (bold)
inline constexpr double tick_size = 11;    ///< axis tick labels
inline constexpr double line_gap = 1.25;   ///< line height as a multiple of the size

/// Category indices, largest known value first (ties keep data order; nulls last).
std::vector<size_t> ranked_order(const std::vector<Figure>& values);

/// Percentage shares (1 decimal, summing to exactly 100) of the known values, in place: n/a → 0.
std::vector<double> shares_of(const std::vector<Figure>& values);

/// A run of text.
TextRun text(double x, double y, std::string s, double size, Anchor anchor = Anchor::start, bool bold = false,
             Colour fill = ink);

/// Adds lines of text, first baseline at `y`; returns the y below the last line.
double add_lines(Drawing& d, const std::vector<std::string>& lines, double x, double y, double size, Anchor anchor,
                 bool bold = false, Colour fill = ink);

/// A legend (swatch + name per series) flowing left to right from (x, y) within `width`; returns its height.
double add_legend(Drawing& d, const std::vector<std::string>& names, double x, double y, double width);

/// The value axis: vertical gridlines at each tick from `top` to `bottom`, tick labels under them.
void add_value_axis(Drawing& d, const Scale& scale, const ChartData& chart, double left, double right, double top,
                    double bottom);

/// A tick label: the figure as the chart prints it, with as many decimals as the step needs.
std::string tick_label(const ChartData& chart, const Scale& scale, double value);

Drawing layout_bars(const ChartData& chart, double width);
Drawing layout_before_after(const ChartData& chart, double width);
Drawing layout_line(const ChartData& chart, double width);
Drawing layout_share(const ChartData& chart, double width);

}  // namespace publish::charts
