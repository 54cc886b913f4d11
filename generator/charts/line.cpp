// Line charts: one line per series over the categories (periods), points labelled with their values.
#include <algorithm>

#include "charts/chart_layouts.h"
#include "charts/text_metrics.h"

namespace publish::charts {

Drawing layout_line(const ChartData& chart, double width) {
    Drawing d;
    d.width = width;
    double top = 0;
    if (chart.series.size() > 1) {
        std::vector<std::string> names;
        for (const auto& s : chart.series) names.push_back(s.name);
        top = add_legend(d, names, 0, 0, width) + 4;
    }
    double high = 0;
    for (const auto& s : chart.series)
        for (const auto& v : s.values)
            if (v) high = std::max(high, *v);
    Scale scale = nice_scale(0, chart.scale_max.value_or(high), 6);
    double tick_w = 0;
    for (double t : scale.ticks) tick_w = std::max(tick_w, text_width(tick_label(chart, scale, t), tick_size));
    double left = tick_w + 10, right = width - 16;
    double plot_top = top + value_size * 2, plot_bottom = plot_top + 220;

    for (double t : scale.ticks) {  // horizontal gridlines and tick labels
        double y = scale.position(t, plot_bottom, plot_top);
        Line g;
        g.x1 = left;
        g.x2 = right;
        g.y1 = g.y2 = y;
        g.stroke = t == 0 ? axis : grid;
        g.width = t == 0 ? 1.5 : 1;
        d.add(g);
        d.add(text(left - 6, y + tick_size * 0.35, tick_label(chart, scale, t), tick_size, Anchor::end, false, muted));
    }
    size_t n = chart.categories.size();
    double step = n == 0 ? 0 : (right - left) / n;
    auto x_of = [&](size_t i) { return left + step * (i + 0.5); };
    double labels_bottom = plot_bottom;
    for (size_t i = 0; i < n; ++i) {
        auto lines = wrap_text(chart.categories[i], tick_size, false, std::max(step - 8, 40.0), 2);
        labels_bottom = std::max(labels_bottom, add_lines(d, lines, x_of(i), plot_bottom + tick_size + 6, tick_size,
                                                          Anchor::middle, false, ink));
    }
    for (size_t s = 0; s < chart.series.size(); ++s) {
        const auto& values = chart.series[s].values;
        Colour colour = series_colour(s * 2);  // dark tones: lines need more contrast than areas
        Polyline segment;
        segment.stroke = colour;
        segment.width = 2.5;
        auto flush = [&] {
            if (segment.points.size() > 1) d.add(segment);
            segment.points.clear();
        };
        for (size_t i = 0; i < n && i < values.size(); ++i) {
            if (!values[i]) {
                flush();
                continue;
            }
            segment.points.push_back({x_of(i), scale.position(*values[i], plot_bottom, plot_top)});
        }
        flush();
        for (size_t i = 0; i < n && i < values.size(); ++i) {
            if (!values[i]) continue;
            Circle c;
            c.cx = x_of(i);
            c.cy = scale.position(*values[i], plot_bottom, plot_top);
            c.r = 4.5;
            c.filled = s % 2 == 0;  // alternate series: hollow markers, so shape tells them apart too
            c.fill = s % 2 == 0 ? colour : white;
            c.stroked = true;
            c.stroke = s % 2 == 0 ? white : colour;
            c.stroke_width = s % 2 == 0 ? 1.5 : 2;
            d.add(c);
            d.add(text(c.cx, c.cy - 10, chart_value(chart, values[i]), value_size, Anchor::middle, true));
        }
    }
    double y = labels_bottom;
    if (!chart.value_label.empty()) {
        y += 6;
        d.add(text(left, y + tick_size, chart.value_label, tick_size, Anchor::start, false, muted));
        y += tick_size * 1.6;
    }
    d.height = y + 4;
    return d;
}

}  // namespace publish::charts
