// data/funding.json → Funding, checking periods, amounts and any stated total.
#include <cmath>
#include <set>

#include "data/format.h"
#include "data/json_fields.h"
#include "data/period.h"
#include "data/readers.h"

namespace publish {

namespace {

/// Reads one year's contributions and checks its stated_total against their sum.
FundingYear read_year(const DataFile& file, JsonFields& year, const std::string& pointer, Diagnostics& diagnostics) {
    FundingYear out;
    out.where = year.where();
    out.period = year.text("period", true);
    if (year.has("period") && !out.period.empty() && !valid_period(out.period)) {
        diagnostics.error(year.where("period"), "invalid period \"" + out.period +
                                                    "\" (expected two consecutive years like \"2023-24\")");
    }
    size_t count = year.array_size("contributions", true);
    double sum = 0;
    for (size_t i = 0; i < count; ++i) {
        JsonFields item(file, pointer + "/contributions/" + std::to_string(i), diagnostics, "a contribution");
        if (!item.ok()) continue;
        Contribution c;
        c.partner = item.text("partner", true);
        c.amount = item.figure("amount", true);
        c.where = item.where();
        if (c.amount && *c.amount < 0) {
            diagnostics.error(item.where("amount"), "amount must not be negative");
        }
        if (c.amount) sum += *c.amount;
        out.contributions.push_back(std::move(c));
    }
    if (year.has("stated_total")) {
        out.stated_total = year.figure("stated_total");
        out.stated_total_where = year.where("stated_total");
        if (out.stated_total && std::llround(*out.stated_total * 100) != std::llround(sum * 100)) {
            diagnostics.error(out.stated_total_where, "stated total " + format_money(*out.stated_total) +
                                                          " does not match the sum of contributions " +
                                                          format_money(sum));
        }
    }
    return out;
}

}  // namespace

std::optional<Funding> read_funding(const DataFile& file, Diagnostics& diagnostics) {
    JsonFields root(file, "", diagnostics, file.path);
    if (!root.ok()) return std::nullopt;
    Funding funding;
    std::string currency = root.text("currency");
    if (!currency.empty()) funding.currency = currency;
    if (funding.currency != "GBP") {
        diagnostics.error(root.where("currency"), "unsupported currency \"" + funding.currency + "\" (only GBP)");
    }
    size_t count = root.array_size("years", true);
    std::set<std::string> periods;
    for (size_t i = 0; i < count; ++i) {
        std::string pointer = "/years/" + std::to_string(i);
        JsonFields year(file, pointer, diagnostics, "a funding year");
        if (!year.ok()) continue;
        FundingYear y = read_year(file, year, pointer, diagnostics);
        if (!y.period.empty() && !periods.insert(y.period).second) {
            diagnostics.error(year.where("period"), "period \"" + y.period + "\" appears twice");
        }
        funding.years.push_back(std::move(y));
    }
    return funding;
}

}  // namespace publish
