// Horizontal bar charts: ranked bars, grouped bars (a bar per series) and before/after dots.
#include <algorithm>
#include <numeric>

#include "charts/chart_layouts.h"
#include "charts/text_metrics.h"

namespace publish::charts {

namespace {

constexpr double row_gap = 12;     ///< between categories
constexpr double bar_gap = 3;      ///< between bars of one category
constexpr double label_gap = 12;   ///< between the label column and the plot

/// The rows of a horizontal chart: wrapped labels, where each row starts and how tall it is.
struct Rows {
    double label_width = 0;
    std::vector<std::vector<std::string>> labels;
    std::vector<double> top, height;
    double bottom = 0;
};

/// Lays out category rows from `top`, each at least `content_height` tall.
Rows layout_rows(const ChartData& chart, const std::vector<size_t>& order, double width, double top,
                 double content_height) {
    Rows rows;
    double widest = 0;
    for (const auto& c : chart.categories) widest = std::max(widest, text_width(c, label_size));
    rows.label_width = std::min(widest, width * 0.36);
    double y = top;
    for (size_t i : order) {
        auto lines = wrap_text(chart.categories[i], label_size, false, rows.label_width, 3);
        double h = std::max(content_height, lines.size() * label_size * line_gap);
        rows.labels.push_back(std::move(lines));
        rows.top.push_back(y);
        rows.height.push_back(h);
        y += h + row_gap;
    }
    rows.bottom = y - row_gap;
    return rows;
}

/// Draws a row's label right-aligned against the plot, centred on the row.
void add_row_label(Drawing& d, const Rows& rows, size_t r) {
    const auto& lines = rows.labels[r];
    double block = lines.size() * label_size * line_gap;
    double y = rows.top[r] + (rows.height[r] - block) / 2 + label_size * 0.95;
    add_lines(d, lines, rows.label_width, y, label_size, Anchor::end);
}

/// The widest printed value among the drawn series (room kept right of the plot).
double widest_value(const ChartData& chart, const std::vector<size_t>& series) {
    double w = 0;
    for (size_t s : series)
        for (const auto& v : chart.series[s].values) w = std::max(w, text_width(chart_value(chart, v), value_size, true));
    return w;
}

double largest(const ChartData& chart, const std::vector<size_t>& series) {
    double m = 0;
    for (size_t s : series)
        for (const auto& v : chart.series[s].values)
            if (v) m = std::max(m, *v);
    return m;
}

/// Axis caption centred under the plot; returns the drawing's height.
double add_axis_caption(Drawing& d, const ChartData& chart, double left, double right, double bottom) {
    double y = bottom + tick_size + 4;
    if (!chart.value_label.empty()) {
        y += tick_size * 1.9;
        d.add(text((left + right) / 2, y, chart.value_label, tick_size, Anchor::middle, false, muted));
    }
    return y + 6;
}

}  // namespace

Drawing layout_bars(const ChartData& chart, double width) {
    Drawing d;
    d.width = width;
    bool grouped = chart.kind == ChartKind::grouped_bar && chart.series.size() > 1;
    std::vector<size_t> series;
    if (grouped) {
        series.resize(chart.series.size());
        std::iota(series.begin(), series.end(), 0);
    } else if (!chart.series.empty()) {
        series.push_back(chart.series.size() - 1);
    }
    std::vector<size_t> order(chart.categories.size());
    std::iota(order.begin(), order.end(), 0);
    if (!grouped && !series.empty()) order = ranked_order(chart.series[series[0]].values);

    double top = 0;
    if (grouped) {
        std::vector<std::string> names;
        for (const auto& s : chart.series) names.push_back(s.name);
        top = add_legend(d, names, 0, 0, width) + 8;
    }
    double bar_h = grouped ? 14 : 20;
    double content = series.empty() ? bar_h : series.size() * bar_h + (series.size() - 1) * bar_gap;
    Rows rows = layout_rows(chart, order, width, top + 4, content);
    double left = rows.label_width + label_gap;
    double right = width - widest_value(chart, series) - 10;
    Scale scale = nice_scale(0, chart.scale_max.value_or(largest(chart, series)), std::max(3, int((right - left) / 64) + 1));
    add_value_axis(d, scale, chart, left, right, top, rows.bottom + 4);

    for (size_t r = 0; r < order.size(); ++r) {
        size_t c = order[r];
        add_row_label(d, rows, r);
        double y = rows.top[r] + (rows.height[r] - content) / 2;
        for (size_t k = 0; k < series.size(); ++k) {
            const Figure& v = chart.series[series[k]].values[c];
            double x0 = scale.position(0, left, right);
            double cy = y + bar_h / 2 + value_size * 0.35;
            if (v) {
                Rect bar;
                bar.x = x0;
                bar.y = y;
                bar.width = std::max(0.0, scale.position(*v, left, right) - x0);
                bar.height = bar_h;
                bar.fill = series_colour(grouped ? k : 0);
                bar.pattern = grouped ? series_pattern(k) : Pattern::solid;
                d.add(bar);
                d.add(text(x0 + bar.width + 5, cy, chart_value(chart, v), value_size, Anchor::start, true));
            } else {
                d.add(text(x0 + 5, cy, "n/a", value_size, Anchor::start, false, muted));
            }
            y += bar_h + bar_gap;
        }
    }
    d.height = add_axis_caption(d, chart, left, right, rows.bottom + 4);
    return d;
}

Drawing layout_before_after(const ChartData& chart, double width) {
    Drawing d;
    d.width = width;
    const double r = 6;
    // Legend: hollow dot = before, filled dot = after (shape, not only colour, tells them apart).
    Colour before_colour = series_colour(1), after_colour = series_colour(0);
    std::string before_name = chart.series.size() > 0 ? chart.series[0].name : "Before";
    std::string after_name = chart.series.size() > 1 ? chart.series[1].name : "After";
    Circle hollow;
    hollow.cx = r + 1;
    hollow.cy = 8;
    hollow.r = r;
    hollow.fill = white;
    hollow.stroked = true;
    hollow.stroke = before_colour;
    hollow.stroke_width = 2.5;
    d.add(hollow);
    d.add(text(2 * r + 8, 12, before_name, label_size));
    Circle solid;
    solid.cx = 2 * r + 8 + text_width(before_name, label_size) + 22 + r;
    solid.cy = 8;
    solid.r = r;
    solid.fill = after_colour;
    d.add(solid);
    d.add(text(solid.cx + r + 7, 12, after_name, label_size));
    double top = 30;

    std::vector<size_t> order(chart.categories.size());
    std::iota(order.begin(), order.end(), 0);
    Rows rows = layout_rows(chart, order, width, top + 4, 24);
    double left = rows.label_width + label_gap + 30;
    double right = width - 40;
    std::vector<size_t> drawn;
    for (size_t s = 0; s < chart.series.size() && s < 2; ++s) drawn.push_back(s);
    double high = chart.scale_max.value_or(largest(chart, drawn));
    Scale scale = nice_scale(0, high, std::max(3, std::min(6, int((right - left) / 60) + 1)));
    add_value_axis(d, scale, chart, left, right, top, rows.bottom + 4);
    if (chart.series.size() < 2) {
        d.height = add_axis_caption(d, chart, left, right, rows.bottom + 4);
        return d;
    }
    for (size_t i = 0; i < order.size(); ++i) {
        add_row_label(d, rows, i);
        const Figure& b = chart.series[0].values[i];
        const Figure& a = chart.series[1].values[i];
        double cy = rows.top[i] + rows.height[i] / 2;
        double baseline = cy + value_size * 0.35;
        if (!b || !a) {
            d.add(text(left + 5, baseline, "n/a", value_size, Anchor::start, false, muted));
            continue;
        }
        double xb = scale.position(*b, left, right), xa = scale.position(*a, left, right);
        Line link;
        link.x1 = xb;
        link.x2 = xa;
        link.y1 = link.y2 = cy;
        link.stroke = axis;
        link.width = 3;
        d.add(link);
        Circle before = hollow, after = solid;
        before.cx = xb;
        before.cy = after.cy = cy;
        after.cx = xa;
        d.add(before);
        d.add(after);
        bool rising = *a >= *b;
        d.add(text(rising ? xb - r - 5 : xb + r + 5, baseline, chart_value(chart, b), value_size,
                   rising ? Anchor::end : Anchor::start, false, ink));
        d.add(text(rising ? xa + r + 5 : xa - r - 5, baseline, chart_value(chart, a), value_size,
                   rising ? Anchor::start : Anchor::end, true, ink));
    }
    d.height = add_axis_caption(d, chart, left, right, rows.bottom + 4);
    return d;
}

}  // namespace publish::charts
