// Knuth–Plass total fit, adapted to ragged right: demerits are squared slack, not stretch ratios.
#include "layout/linebreak.h"

#include <limits>

namespace publish::layout {
namespace {

constexpr double consecutive_hyphen_cost = 30;
constexpr double overflow_cost = 1e7;

bool is_break(const std::vector<BreakItem>& items, size_t i) {
    const auto& it = items[i];
    if (it.type == BreakItem::penalty) return true;
    // Glue is a break only after a box (TeX's rule), so runs of glue break once.
    return it.type == BreakItem::glue && i > 0 && items[i - 1].type == BreakItem::box;
}

}  // namespace

std::vector<size_t> break_lines(const std::vector<BreakItem>& items, double line_width, double em) {
    size_t n = items.size();
    if (n == 0) return {};
    // prefix[i] = width of items [0, i) counting boxes and glue.
    std::vector<double> prefix(n + 1, 0);
    for (size_t i = 0; i < n; ++i)
        prefix[i + 1] = prefix[i] + (items[i].type == BreakItem::penalty ? 0 : items[i].width);
    // Candidate breaks; position "start" is a virtual break before item 0.
    std::vector<size_t> breaks;
    for (size_t i = 0; i < n; ++i) if (is_break(items, i)) breaks.push_back(i);
    const double inf = std::numeric_limits<double>::infinity();
    size_t m = breaks.size();
    std::vector<double> best(m, inf);
    std::vector<long> from(m, -1);
    // Start of the line after break k (index k+1; 0 = paragraph start): skip the glue broken at and leading glue.
    std::vector<size_t> starts(m + 1);
    std::vector<char> forced(m), flagged(m);
    for (size_t k = 0; k <= m; ++k) {
        size_t s = k == 0 ? 0 : breaks[k - 1] + 1;
        while (s < n && items[s].type == BreakItem::glue) ++s;
        starts[k] = s;
        if (k < m) forced[k] = items[breaks[k]].forced, flagged[k] = items[breaks[k]].flagged;
    }
    // Forced breaks partition the search: a line may not pass over one.
    for (size_t j = 0; j < m; ++j) {
        size_t end = breaks[j];
        const auto& brk = items[end];
        for (long k = static_cast<long>(j) - 1; k >= -1; --k) {
            double before = k < 0 ? 0 : best[k];
            double width = prefix[end] - prefix[starts[k + 1]] + (brk.type == BreakItem::penalty ? brk.width : 0);
            double slack = line_width - width;
            bool single_chunk = k == static_cast<long>(j) - 1;  // nothing to break between
            if (slack < 0 && !single_chunk) break;  // earlier starts only make the line longer
            double demerits = 1;
            if (slack < 0) demerits += overflow_cost;
            else if (!brk.forced) demerits += (slack / em) * (slack / em);  // last and hard-broken lines are free
            if (brk.type == BreakItem::penalty && !brk.forced) demerits += brk.cost;
            if (brk.flagged && k >= 0 && flagged[k]) demerits += consecutive_hyphen_cost;
            if (before + demerits < best[j]) {
                best[j] = before + demerits;
                from[j] = k;
            }
            if (k >= 0 && forced[k]) break;
        }
    }
    // Walk back from the final break.
    std::vector<size_t> result;
    long j = static_cast<long>(m) - 1;
    while (j >= 0) {
        result.push_back(breaks[j]);
        j = from[j];
    }
    return {result.rbegin(), result.rend()};
}

}  // namespace publish::layout
