// Pieces every chart layout uses: ranking, shares, text runs, legends and the value axis.
#include <algorithm>
#include <numeric>

#include "charts/chart_layouts.h"
#include "charts/text_metrics.h"

namespace publish::charts {

std::vector<size_t> ranked_order(const std::vector<Figure>& values) {
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (!values[a] || !values[b]) return values[a].has_value() && !values[b].has_value();
        return *values[a] > *values[b];
    });
    return order;
}

std::vector<double> shares_of(const std::vector<Figure>& values) {
    std::vector<double> known;
    for (const auto& v : values)
        if (v) known.push_back(*v);
    std::vector<double> rounded = shares_to_100(known, 1);
    std::vector<double> out;
    size_t k = 0;
    for (const auto& v : values) out.push_back(v ? rounded[k++] : 0.0);
    return out;
}

TextRun text(double x, double y, std::string s, double size, Anchor anchor, bool bold, Colour fill) {
    TextRun t;
    t.x = x;
    t.y = y;
    t.text = std::move(s);
    t.size = size;
    t.anchor = anchor;
    t.bold = bold;
    t.fill = fill;
    return t;
}

double add_lines(Drawing& d, const std::vector<std::string>& lines, double x, double y, double size, Anchor anchor,
                 bool bold, Colour fill) {
    for (const auto& line : lines) {
        d.add(text(x, y, line, size, anchor, bold, fill));
        y += size * line_gap;
    }
    return y;
}

double add_legend(Drawing& d, const std::vector<std::string>& names, double x, double y, double width) {
    const double swatch = 14, gap = 6, spacing = 20, row = 22;
    double cx = x, cy = y;
    for (size_t i = 0; i < names.size(); ++i) {
        double w = swatch + gap + text_width(names[i], label_size);
        if (cx > x && cx + w > x + width) {
            cx = x;
            cy += row;
        }
        Rect r;
        r.x = cx;
        r.y = cy;
        r.width = r.height = swatch;
        r.fill = series_colour(i);
        r.pattern = series_pattern(i);
        d.add(r);
        d.add(text(cx + swatch + gap, cy + swatch - 2, names[i], label_size));
        cx += w + spacing;
    }
    return cy - y + row;
}

std::string tick_label(const ChartData& chart, const Scale& scale, double value) {
    int decimals = step_decimals(scale.step);
    switch (chart.format) {
        case FigureKind::money: return "£" + format_number(value, decimals);
        case FigureKind::percent: return format_percent(value, decimals);
        case FigureKind::number: break;
    }
    return format_number(value, decimals);
}

void add_value_axis(Drawing& d, const Scale& scale, const ChartData& chart, double left, double right, double top,
                    double bottom) {
    for (double t : scale.ticks) {
        double x = scale.position(t, left, right);
        Line g;
        g.x1 = g.x2 = x;
        g.y1 = top;
        g.y2 = bottom;
        g.stroke = t == 0 ? axis : grid;
        g.width = t == 0 ? 1.5 : 1;
        d.add(g);
        d.add(text(x, bottom + tick_size + 4, tick_label(chart, scale, t), tick_size, Anchor::middle, false, muted));
    }
}

}  // namespace publish::charts
