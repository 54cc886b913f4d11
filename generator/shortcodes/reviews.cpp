// {{< reviews type="rapid-review" period="2023-24" >}}: the matching reviews with status and dates.
#include <algorithm>

#include "data/period.h"
#include "data/readers.h"
#include "shortcodes/handlers.h"
#include "model/node_builders.h"

namespace publish {

std::vector<Node> render_reviews(const ShortcodeInput& input) {
    std::string type = input.arg("type");
    std::string period = input.arg("period");
    if (input.has("type") && std::find(review_types().begin(), review_types().end(), type) == review_types().end()) {
        std::string allowed;
        for (const auto& t : review_types()) allowed += (allowed.empty() ? "" : ", ") + t;
        input.error("unknown review type \"" + type + "\" (allowed: " + allowed + ")", did_you_mean(type, review_types()));
        return {};
    }
    std::optional<PeriodRange> range;
    if (input.has("period")) {
        range = period_range(period, input.context.site.config.year_starts);
        if (!range) {
            input.error("invalid period \"" + period + "\" (expected two consecutive years like \"2023-24\")");
            return {};
        }
    }
    if (!input.need_file("reviews") || !input.data().reviews) return {};

    std::vector<Node> rows;
    rows.push_back(table_row(node_list(table_cell("Review"), table_cell("Type"), table_cell("Status"), table_cell("Started"),
                              table_cell("Completed")),
                             true));
    for (const auto& review : *input.data().reviews) {
        if (!type.empty() && review.type != type) continue;
        if (range && !review_in_period(review, *range)) continue;
        rows.push_back(table_row(node_list(table_cell(review.title), table_cell(review_type_title(review.type)),
                                  table_cell(status_title(review.status)), table_cell(format_date(review.started)),
                                  table_cell(format_date(review.completed)))));
    }
    std::vector<Node> out;
    if (rows.size() == 1) {
        out.push_back(text_paragraph("No reviews match."));
    } else {
        out.push_back(table("Reviews", "data-table reviews-table", std::move(rows)));
    }
    return out;
}

}  // namespace publish
