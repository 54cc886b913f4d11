// Share charts: one stacked 100% bar of the categories' shares, with a legend that gives every figure.
#include <algorithm>

#include "charts/chart_layouts.h"
#include "charts/text_metrics.h"

namespace publish::charts {

Drawing layout_share(const ChartData& chart, double width) {
    Drawing d;
    d.width = width;
    if (chart.series.empty()) return d;
    const auto& values = chart.series.front().values;
    std::vector<size_t> order = ranked_order(values);
    std::vector<double> shares = shares_of(values);
    double total = 0;
    for (const auto& v : values)
        if (v) total += *v;

    const double bar_h = 44;
    double x = 0;
    std::vector<size_t> drawn;  // categories with a segment, in order
    for (size_t c : order) {
        if (!values[c] || total <= 0 || *values[c] <= 0) continue;
        size_t k = drawn.size();
        drawn.push_back(c);
        double w = *values[c] / total * width;
        Rect seg;
        seg.x = x;
        seg.y = 0;
        seg.width = w;
        seg.height = bar_h;
        seg.fill = series_colour(k);
        seg.pattern = series_pattern(k);
        d.add(seg);
        std::string label = format_percent(shares[c], 1);
        double tw = text_width(label, value_size, true);
        if (tw + 14 <= w) {  // a solid chip behind the label keeps it readable on a pattern
            Rect chip;
            chip.x = x + w / 2 - tw / 2 - 4;
            chip.y = bar_h / 2 - value_size * 0.8;
            chip.width = tw + 8;
            chip.height = value_size * 1.6;
            chip.fill = seg.fill;
            chip.corner_radius = 2;
            d.add(chip);
            d.add(text(x + w / 2, bar_h / 2 + value_size * 0.35, label, value_size, Anchor::middle, true,
                       text_on(seg.fill)));
        }
        x += w;
    }
    for (size_t k = 1; k < drawn.size(); ++k) {  // white gaps between segments
        double gx = 0;
        for (size_t j = 0; j < k; ++j) gx += *values[drawn[j]] / total * width;
        Line gap;
        gap.x1 = gap.x2 = gx;
        gap.y1 = 0;
        gap.y2 = bar_h;
        gap.stroke = white;
        gap.width = 2;
        d.add(gap);
    }

    // Legend: swatch, name, figure and share in three aligned columns, in the bar's order.
    double y = bar_h + 18;
    const double swatch = 14;
    double share_right = width, value_right = width - 70;
    double name_width = value_right - 100 - swatch - 8;
    d.add(text(value_right, y + label_size, chart.value_label, tick_size, Anchor::end, false, muted));
    d.add(text(share_right, y + label_size, "Share", tick_size, Anchor::end, false, muted));
    y += label_size * 1.9;
    size_t k = 0;
    for (size_t c : order) {
        bool has_segment = k < drawn.size() && drawn[k] == c;
        auto lines = wrap_text(chart.categories[c], label_size, false, name_width, 3);
        if (has_segment) {
            Rect r;
            r.x = 0;
            r.y = y;
            r.width = r.height = swatch;
            r.fill = series_colour(k);
            r.pattern = series_pattern(k);
            d.add(r);
            ++k;
        }
        double baseline = y + swatch - 2;
        add_lines(d, lines, swatch + 8, baseline, label_size, Anchor::start);
        d.add(text(value_right, baseline, chart_value(chart, values[c]), label_size, Anchor::end, true));
        d.add(text(share_right, baseline, values[c] ? format_percent(shares[c], 1) : "n/a", label_size, Anchor::end,
                   true));
        y += std::max(swatch, lines.size() * label_size * line_gap) + 8;
    }
    Line rule;
    rule.x1 = 0;
    rule.x2 = width;
    rule.y1 = rule.y2 = y;
    rule.stroke = axis;
    d.add(rule);
    y += 6;
    d.add(text(swatch + 8, y + label_size, "Total", label_size, Anchor::start, true));
    d.add(text(value_right, y + label_size, chart_value(chart, total), label_size, Anchor::end, true));
    d.add(text(share_right, y + label_size, format_percent(100, 1), label_size, Anchor::end, true));
    d.height = y + label_size + 8;
    return d;
}

}  // namespace publish::charts
