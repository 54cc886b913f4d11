// Reporting periods ("2023-24") and calendar dates (YYYY-MM-DD).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/data.h"

namespace publish {

/// First and last day of a period, as YYYY-MM-DD (so they compare as strings).
struct PeriodRange {
    std::string start;
    std::string end;
};

/// True for a real calendar date written YYYY-MM-DD ("2024-02-29" yes, "2023-02-29" no).
bool valid_date(std::string_view text);

/// True for "MM-DD" naming a day that exists in every year ("04-01", "09-01"; not "02-29").
bool valid_month_day(std::string_view text);

/// True for two consecutive years written "2023-24" (also "1999-00").
bool valid_period(std::string_view period);

/// The days a period covers when years start on `year_starts` (MM-DD): "2023-24" with "04-01" →
/// 2023-04-01..2024-03-31. nullopt if the period or year_starts is malformed.
std::optional<PeriodRange> period_range(std::string_view period, std::string_view year_starts = "04-01");

/// "2023-24" → "2023–24" (en dash), for captions and headings.
std::string period_label(std::string_view period);

/// "2023-12-14" → "14 December 2023"; text that is not a valid date is returned as it is.
std::string format_date(std::string_view date);

/// A review belongs to a period when it was open at any time in it: started on or before the
/// period's end, and not completed before its start. A review with no start date belongs to none.
bool review_in_period(const Review& review, const PeriodRange& range);

/// review_in_period for a period written "2023-24"; false if the period is malformed.
bool review_in_period(const Review& review, std::string_view period, std::string_view year_starts = "04-01");

}  // namespace publish
