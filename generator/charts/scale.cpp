// Round axis ticks: the smallest of 1, 2, 2.5, 5 × 10^k that fits the range in the tick budget.
#include "charts/scale.h"

#include <algorithm>
#include <cmath>

namespace publish::charts {

Scale nice_scale(double low, double high, int max_ticks) {
    max_ticks = std::max(max_ticks, 2);
    if (low > high) std::swap(low, high);
    if (low > 0) low = 0;
    if (high == low) high = low + 1;
    double range = high - low;
    double magnitude = std::pow(10.0, std::floor(std::log10(range / (max_ticks - 1))));
    Scale s;
    for (double m = magnitude / 10;; ) {
        bool found = false;
        for (double f : {1.0, 2.0, 2.5, 5.0}) {
            double step = f * m;
            double first = std::floor(low / step + 1e-9) * step;
            double last = std::ceil(high / step - 1e-9) * step;
            if (std::llround((last - first) / step) + 1 <= max_ticks) {
                s.min = first;
                s.max = last;
                s.step = step;
                found = true;
                break;
            }
        }
        if (found) break;
        m *= 10;
    }
    long count = std::llround((s.max - s.min) / s.step);
    for (long i = 0; i <= count; ++i) {
        double t = s.min + i * s.step;
        s.ticks.push_back(std::abs(t) < s.step * 1e-9 ? 0.0 : t);
    }
    return s;
}

int step_decimals(double step) {
    for (int d = 0; d < 6; ++d) {
        double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6) return d;
    }
    return 6;
}

}  // namespace publish::charts
