// The build's date and time: the only place that reads the clock or the environment.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "diagnostics/diagnostics.h"

namespace publish {

/// When the build happened, in the forms the site needs.
struct BuildTime {
    std::string date;       ///< YYYY-MM-DD (UTC)
    std::string timestamp;  ///< RFC 3339 UTC: YYYY-MM-DDTHH:MM:SSZ
};

/// The build date: SOURCE_DATE_EPOCH (UTC) if set and valid, else today's UTC date.
std::string build_date_from_env();

/// The build time as RFC 3339 UTC, from SOURCE_DATE_EPOCH if set and valid, else now.
std::string build_timestamp_from_env();

/// Date and timestamp from one reading of the clock; an invalid SOURCE_DATE_EPOCH is an error
/// (`SOURCE_DATE_EPOCH: error: …`) and the current time is used instead.
BuildTime build_time_from_env(Diagnostics& diagnostics);

/// Seconds since 1970-01-01 UTC from text of digits only (up to year 9999); nullopt otherwise.
std::optional<std::int64_t> parse_epoch_seconds(std::string_view text);

/// "YYYY-MM-DD" (UTC) of a time in seconds since 1970.
std::string utc_date(std::int64_t seconds);

/// "YYYY-MM-DDTHH:MM:SSZ" of a time in seconds since 1970.
std::string utc_timestamp(std::int64_t seconds);

}  // namespace publish
