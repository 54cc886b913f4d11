// {{< funding-table period="2023-24" >}}: one year's contributions with computed shares and total.
#include <algorithm>

#include "data/format.h"
#include "data/period.h"
#include "shortcodes/handlers.h"
#include "model/node_builders.h"

namespace publish {

namespace {

/// The year for `period` ("" = the latest); reports an unknown period with the known ones.
const FundingYear* funding_year(const ShortcodeInput& input, const Funding& funding, const std::string& period) {
    const FundingYear* found = nullptr;
    for (const auto& year : funding.years) {
        if (period.empty() ? (found == nullptr || year.period > found->period) : year.period == period) found = &year;
    }
    if (found != nullptr) return found;
    std::vector<std::string> periods;
    for (const auto& year : funding.years) periods.push_back(year.period);
    std::string source = input.data_source("funding");
    if (periods.empty()) {
        input.error(source + " has no years");
        return nullptr;
    }
    std::string hint = did_you_mean(period, periods);
    std::string list;
    for (const auto& p : periods) list += (list.empty() ? "" : ", ") + p;
    input.error("no funding for period \"" + period + "\" in " + source,
                hint.empty() ? "periods: " + list : hint);
    return nullptr;
}

}  // namespace

std::vector<Node> render_funding_table(const ShortcodeInput& input) {
    if (!input.need_file("funding") || !input.data().funding) return {};
    const FundingYear* year = funding_year(input, *input.data().funding, input.arg("period"));
    if (year == nullptr) return {};

    std::vector<double> amounts;
    for (const auto& c : year->contributions) {
        if (c.amount) amounts.push_back(*c.amount);
    }
    double total = 0;
    for (double a : amounts) total += a;
    std::vector<double> shares = shares_to_100(amounts, 1);
    bool shares_known = total > 0;

    std::vector<Node> rows;
    rows.push_back(table_row(node_list(table_cell("Partner"), table_cell("Contribution", 'r'), table_cell("Share", 'r')), true));
    size_t known = 0;
    bool missing = false;
    for (const auto& c : year->contributions) {
        std::string share = "n/a";
        if (c.amount && shares_known) share = format_percent(shares[known], 1);
        if (c.amount) ++known;
        missing = missing || !c.amount;
        rows.push_back(table_row(
            {table_cell(c.partner), table_cell(format_figure(c.amount, FigureKind::money), 'r'), table_cell(share, 'r')}));
    }
    rows.push_back(table_row(node_list(table_cell("Total", 0, true), table_cell(format_money(total), 'r'),
                              table_cell(shares_known ? format_percent(100, 1) : "n/a", 'r'))));

    std::vector<Node> out;
    out.push_back(table("Partner contributions " + period_label(year->period), "data-table funding-table",
                        std::move(rows)));
    if (missing) out.push_back(not_available_note());
    return out;
}

}  // namespace publish
