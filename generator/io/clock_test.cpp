// Tests for the build clock: SOURCE_DATE_EPOCH and date formatting.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "io/clock.h"

using namespace publish;

TEST_CASE("epoch seconds format as UTC dates and RFC 3339 timestamps") {
    CHECK(utc_date(0) == "1970-01-01");
    CHECK(utc_timestamp(0) == "1970-01-01T00:00:00Z");
    CHECK(utc_date(1709164800) == "2024-02-29");
    CHECK(utc_timestamp(1709251199) == "2024-02-29T23:59:59Z");
    CHECK(utc_timestamp(253402300799) == "9999-12-31T23:59:59Z");
}

TEST_CASE("only whole non-negative seconds up to year 9999 are valid epochs") {
    CHECK(parse_epoch_seconds("1700000000") == 1700000000);
    CHECK(parse_epoch_seconds("0") == 0);
    CHECK_FALSE(parse_epoch_seconds(""));
    CHECK_FALSE(parse_epoch_seconds("-1"));
    CHECK_FALSE(parse_epoch_seconds("17e8"));
    CHECK_FALSE(parse_epoch_seconds(" 1"));
    CHECK_FALSE(parse_epoch_seconds("253402300800"));
}

TEST_CASE("SOURCE_DATE_EPOCH sets the build date and time") {
    ::setenv("SOURCE_DATE_EPOCH", "1717236000", 1);  // 2024-06-01 10:00:00 UTC
    CHECK(build_date_from_env() == "2024-06-01");
    CHECK(build_timestamp_from_env() == "2024-06-01T10:00:00Z");
    Diagnostics diagnostics;
    BuildTime time = build_time_from_env(diagnostics);
    CHECK(time.date == "2024-06-01");
    CHECK(time.timestamp == "2024-06-01T10:00:00Z");
    CHECK(diagnostics.all().empty());
    ::unsetenv("SOURCE_DATE_EPOCH");
}

TEST_CASE("without SOURCE_DATE_EPOCH the date is today's, a bad value is an error") {
    ::unsetenv("SOURCE_DATE_EPOCH");
    const std::string today = build_date_from_env();
    CHECK(today.size() == 10);
    CHECK(today >= "2024-01-01");
    CHECK(build_timestamp_from_env().rfind(today.substr(0, 4), 0) == 0);

    ::setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
    Diagnostics diagnostics;
    BuildTime time = build_time_from_env(diagnostics);
    CHECK(time.date.size() == 10);
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(format_diagnostic(diagnostics.all()[0]) ==
          "SOURCE_DATE_EPOCH: error: must be a whole number of seconds since 1970-01-01, not \"yesterday\"");
    ::unsetenv("SOURCE_DATE_EPOCH");
}
