// Charts: a data selection (categories × series) and its layout into a Drawing, kind by kind.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "charts/drawing.h"
#include "data/format.h"
#include "model/data.h"
#include "model/document.h"

namespace publish {

/// What a chart shows.
enum class ChartKind {
    bar,           ///< horizontal bars, ranked largest first (one series)
    grouped_bar,   ///< horizontal bars, one per series (period) side by side in each category
    before_after,  ///< two series (before, after) per category as a dot-and-line on a fixed scale
    line,          ///< one line per series over the categories (periods)
    share,         ///< one stacked 100% bar of the categories' shares (one series)
};

/// "bar", "grouped-bar", "before-after", "line", "share".
const char* chart_kind_name(ChartKind kind);
/// Parses a kind name; false if unknown.
bool parse_chart_kind(std::string_view name, ChartKind& out);
/// Every kind name, in declaration order.
std::vector<std::string> chart_kind_names();

/// One series of figures, one per category (null = not available, drawn as "n/a").
struct ChartSeries {
    std::string name;             ///< "2023-24", "Before", "Contribution"
    std::vector<Figure> values;
};

/// A chart before layout: the data and how to print it. No output format in it.
struct ChartData {
    ChartKind kind = ChartKind::bar;
    std::string title;            ///< shown as the figure's caption
    std::string description;      ///< the finding in words; computed by describe_chart if empty
    std::string category_label;   ///< header of the category column ("Partner", "Course")
    std::string value_label;      ///< what the figures count ("Contribution", "People attending")
    std::vector<std::string> categories;
    std::vector<ChartSeries> series;
    FigureKind format = FigureKind::number;
    int decimals = 0;             ///< decimals of every printed figure (1 for scores)
    std::optional<double> scale_max;  ///< a fixed top of the value axis (10 for a 0-10 scale)
    bool summable = true;         ///< a total row makes sense (money, people; not scores)
};

/// A figure as the chart, its table and its description print it (the same string everywhere).
std::string chart_value(const ChartData& chart, const Figure& value);

/// The finding in one or two sentences, e.g. "County Council gave the most: £162,435 of £372,064
/// (43.7%)." Used when ChartData::description is empty.
std::string describe_chart(const ChartData& chart);

/// Lays the chart out at `width` points wide (the height follows from the data).
Drawing layout_chart(const ChartData& chart, double width = 640);

/// The chart's data as a table node (header row, one row per category, a total row if summable,
/// shares for a share chart): the "Show the data" table and the PDF's text.
Node chart_table(const ChartData& chart);

}  // namespace publish
