// Value axes with round ticks (0, 50,000, 100,000 …) and the mapping from values to positions.
#pragma once

#include <vector>

namespace publish::charts {

/// A linear axis from `min` to `max` with ticks every `step` (1, 2, 2.5 or 5 × a power of ten).
struct Scale {
    double min = 0, max = 1, step = 1;
    std::vector<double> ticks;  ///< min, min + step, …, max

    /// The position of `value` when `min` is drawn at `from` and `max` at `to`.
    double position(double value, double from, double to) const {
        return max == min ? from : from + (value - min) / (max - min) * (to - from);
    }
};

/// The roundest axis covering [low, high] with at most `max_ticks` ticks (at least 2). Zero is
/// always included when low ≥ 0 (bars start at zero). low == high gives a unit-wide axis.
Scale nice_scale(double low, double high, int max_ticks = 6);

/// The number of decimals a tick step needs (2.5 → 1, 0.25 → 2, 50,000 → 0).
int step_decimals(double step);

}  // namespace publish::charts
