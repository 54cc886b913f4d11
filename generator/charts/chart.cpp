// Chart kinds, the printed form of figures, the finding in words and the data table.
#include "charts/chart.h"

#include <algorithm>
#include <cmath>

#include "charts/chart_layouts.h"
#include "model/node_builders.h"

namespace publish {

namespace {

constexpr const char* kind_names[] = {"bar", "grouped-bar", "before-after", "line", "share"};

/// Sum of the known figures of a series, and whether there was any.
std::optional<double> total_of(const ChartSeries& s) {
    double total = 0;
    bool any = false;
    for (const auto& v : s.values) {
        if (v) total += *v, any = true;
    }
    return any ? std::optional<double>(total) : std::nullopt;
}

std::string lower_first(std::string text) {
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z'))
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

/// "up 4,496", "down 12", "no change": a difference in words (the PDF font may lack arrows).
std::string change_words(const ChartData& chart, double from, double to) {
    double d = to - from;
    double unit = std::pow(10.0, -chart.decimals) / 2;
    if (std::abs(d) < unit) return "no change";
    return (d > 0 ? "up " : "down ") + chart_value(chart, std::abs(d));
}

std::string describe_ranked(const ChartData& chart) {
    const ChartSeries& s = chart.series.front();
    auto order = charts::ranked_order(s.values);
    if (order.empty() || !s.values[order.front()]) return {};
    auto total = total_of(s);
    size_t top = order.front();
    std::string out = chart.categories[top] + " has the largest " + lower_first(chart.value_label) + ": " +
                      chart_value(chart, s.values[top]);
    if (total && *total > 0) {
        out += " of " + chart_value(chart, *total) + " (" + format_percent(*s.values[top] / *total * 100, 1) + ")";
    }
    out += ".";
    size_t last = order.back();
    if (order.size() > 1 && s.values[last] && total && *total > 0) {
        out += " The smallest is " + chart.categories[last] + ": " + chart_value(chart, s.values[last]) + " (" +
               format_percent(*s.values[last] / *total * 100, 1) + ").";
    }
    return out;
}

std::string describe_series_totals(const ChartData& chart) {
    std::string out;
    std::vector<std::optional<double>> totals;
    for (const auto& s : chart.series) totals.push_back(total_of(s));
    if (chart.summable && chart.series.size() >= 2 && totals.front() && totals.back()) {
        out = "In total, " + lower_first(chart.value_label) + ": " + chart_value(chart, *totals.front()) + " in " +
              chart.series.front().name + " and " + chart_value(chart, *totals.back()) + " in " +
              chart.series.back().name + " (" + change_words(chart, *totals.front(), *totals.back()) + ").";
    }
    const ChartSeries& latest = chart.series.back();
    auto order = charts::ranked_order(latest.values);
    if (!order.empty() && latest.values[order.front()]) {
        out += (out.empty() ? "" : " ") + std::string("The largest in ") + latest.name + ": " +
               chart.categories[order.front()] + " (" + chart_value(chart, latest.values[order.front()]) + ").";
    }
    return out;
}

std::string describe_before_after(const ChartData& chart) {
    if (chart.series.size() < 2) return {};
    const auto& before = chart.series[0].values;
    const auto& after = chart.series[1].values;
    bool all_rose = true;
    std::string parts;
    for (size_t i = 0; i < chart.categories.size(); ++i) {
        if (!before[i] || !after[i]) continue;
        all_rose = all_rose && *after[i] > *before[i];
        parts += (parts.empty() ? "" : "; ") + chart.categories[i] + " from " + chart_value(chart, before[i]) +
                 " to " + chart_value(chart, after[i]) + " (" + change_words(chart, *before[i], *after[i]) + ")";
    }
    if (parts.empty()) return {};
    std::string scale = chart.scale_max ? " out of " + format_number(*chart.scale_max) : "";
    return std::string(all_rose ? "Scores rose after every course" : "Scores before and after") + scale + ": " +
           parts + ".";
}

std::string describe_line(const ChartData& chart) {
    const ChartSeries& s = chart.series.front();
    size_t first = 0, last = s.values.size();
    while (first < s.values.size() && !s.values[first]) ++first;
    while (last > first && !s.values[last - 1]) --last;
    if (first >= last) return {};
    --last;
    if (first == last) return chart.value_label + ": " + chart_value(chart, s.values[first]) + " in " +
                              chart.categories[first] + ".";
    return chart.value_label + " went from " + chart_value(chart, s.values[first]) + " in " + chart.categories[first] +
           " to " + chart_value(chart, s.values[last]) + " in " + chart.categories[last] + " (" +
           change_words(chart, *s.values[first], *s.values[last]) + ").";
}

}  // namespace

const char* chart_kind_name(ChartKind kind) { return kind_names[static_cast<int>(kind)]; }

bool parse_chart_kind(std::string_view name, ChartKind& out) {
    for (int i = 0; i < 5; ++i) {
        if (name == kind_names[i]) {
            out = static_cast<ChartKind>(i);
            return true;
        }
    }
    return false;
}

std::vector<std::string> chart_kind_names() { return {std::begin(kind_names), std::end(kind_names)}; }

std::string chart_value(const ChartData& chart, const Figure& value) {
    if (!value) return "n/a";
    switch (chart.format) {
        case FigureKind::money: return format_money(*value);
        case FigureKind::percent: return format_percent(*value, chart.decimals);
        case FigureKind::number: break;
    }
    return format_number(*value, chart.decimals);
}

std::string describe_chart(const ChartData& chart) {
    if (!chart.description.empty()) return chart.description;
    if (chart.series.empty() || chart.categories.empty()) return "No figures to show.";
    switch (chart.kind) {
        case ChartKind::bar:
        case ChartKind::share: return describe_ranked(chart);
        case ChartKind::grouped_bar: return describe_series_totals(chart);
        case ChartKind::before_after: return describe_before_after(chart);
        case ChartKind::line: return describe_line(chart);
    }
    return {};
}

Drawing layout_chart(const ChartData& chart, double width) {
    Drawing d;
    switch (chart.kind) {
        case ChartKind::bar:
        case ChartKind::grouped_bar: d = charts::layout_bars(chart, width); break;
        case ChartKind::before_after: d = charts::layout_before_after(chart, width); break;
        case ChartKind::line: d = charts::layout_line(chart, width); break;
        case ChartKind::share: d = charts::layout_share(chart, width); break;
    }
    d.title = chart.title;
    d.description = describe_chart(chart);
    d.kind = chart_kind_name(chart.kind);
    return d;
}

Node chart_table(const ChartData& chart) {
    std::vector<Node> rows;
    std::vector<Node> header;
    header.push_back(table_cell(chart.category_label.empty() ? "Category" : chart.category_label));
    bool single = chart.series.size() == 1;
    bool before_after = chart.kind == ChartKind::before_after && chart.series.size() == 2;
    bool shares = chart.kind == ChartKind::share && single;
    for (const auto& s : chart.series) header.push_back(table_cell(single ? chart.value_label : s.name, 'r'));
    if (before_after) header.push_back(table_cell("Change", 'r'));
    if (shares) header.push_back(table_cell("Share", 'r'));
    rows.push_back(table_row(std::move(header), true));

    std::vector<double> share_values;
    if (shares) share_values = charts::shares_of(chart.series.front().values);
    for (size_t i = 0; i < chart.categories.size(); ++i) {
        std::vector<Node> cells;
        cells.push_back(table_cell(chart.categories[i]));
        for (const auto& s : chart.series) cells.push_back(table_cell(chart_value(chart, s.values[i]), 'r'));
        if (before_after) {
            const Figure& b = chart.series[0].values[i];
            const Figure& a = chart.series[1].values[i];
            cells.push_back(table_cell(b && a ? change_words(chart, *b, *a) : "n/a", 'r'));
        }
        if (shares) {
            const Figure& v = chart.series.front().values[i];
            cells.push_back(table_cell(v ? format_percent(share_values[i], 1) : "n/a", 'r'));
        }
        rows.push_back(table_row(std::move(cells)));
    }
    if (chart.summable && !before_after) {
        std::vector<Node> cells;
        cells.push_back(table_cell("Total", 0, true));
        for (const auto& s : chart.series) {
            auto total = total_of(s);
            cells.push_back(table_cell(total ? chart_value(chart, *total) : "n/a", 'r'));
        }
        if (shares) cells.push_back(table_cell(format_percent(100, 1), 'r'));
        rows.push_back(table_row(std::move(cells)));
    }
    return table(chart.title, "data-table chart-data-table", std::move(rows));
}

}  // namespace publish
