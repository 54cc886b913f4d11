// Build date and time from SOURCE_DATE_EPOCH or the system clock, formatted by hand.
#include "io/clock.h"

#include <chrono>
#include <cstdlib>

namespace publish {
namespace {

constexpr std::int64_t last_second_of_9999 = 253402300799;

/// `value` as at least `width` digits with leading zeros.
std::string padded(long long value, int width) {
    std::string digits = std::to_string(value);
    if (static_cast<int>(digits.size()) < width) digits.insert(0, width - digits.size(), '0');
    return digits;
}

std::int64_t now_seconds() {
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

/// SOURCE_DATE_EPOCH if set and valid, else now; `invalid` receives a bad value.
std::int64_t build_seconds(std::string* invalid) {
    if (const char* env = std::getenv("SOURCE_DATE_EPOCH"); env && *env) {
        if (auto seconds = parse_epoch_seconds(env)) return *seconds;
        if (invalid) *invalid = env;
    }
    return now_seconds();
}

}  // namespace

std::optional<std::int64_t> parse_epoch_seconds(std::string_view text) {
    if (text.empty() || text.size() > 12) return std::nullopt;
    std::int64_t seconds = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        seconds = seconds * 10 + (c - '0');
    }
    if (seconds > last_second_of_9999) return std::nullopt;
    return seconds;
}

std::string utc_date(std::int64_t seconds) {
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_seconds{std::chrono::seconds{seconds}});
    const year_month_day ymd{day};
    return padded(static_cast<int>(ymd.year()), 4) + "-" + padded(static_cast<unsigned>(ymd.month()), 2) +
           "-" + padded(static_cast<unsigned>(ymd.day()), 2);
}

std::string utc_timestamp(std::int64_t seconds) {
    using namespace std::chrono;
    const sys_seconds time{std::chrono::seconds{seconds}};
    const hh_mm_ss clock{time - floor<days>(time)};
    return utc_date(seconds) + "T" + padded(clock.hours().count(), 2) + ":" +
           padded(clock.minutes().count(), 2) + ":" + padded(clock.seconds().count(), 2) + "Z";
}

std::string build_date_from_env() { return utc_date(build_seconds(nullptr)); }

std::string build_timestamp_from_env() { return utc_timestamp(build_seconds(nullptr)); }

BuildTime build_time_from_env(Diagnostics& diagnostics) {
    std::string invalid;
    const std::int64_t seconds = build_seconds(&invalid);
    if (!invalid.empty())
        diagnostics.error(SourceLocation{"SOURCE_DATE_EPOCH"},
                          "must be a whole number of seconds since 1970-01-01, not \"" + invalid + "\"");
    return {utc_date(seconds), utc_timestamp(seconds)};
}

}  // namespace publish
