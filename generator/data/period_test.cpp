#include <catch2/catch.hpp>

#include "data/period.h"

using namespace publish;

TEST_CASE("dates must be real calendar dates written YYYY-MM-DD") {
    CHECK(valid_date("2023-12-14"));
    CHECK(valid_date("2024-02-29"));
    CHECK_FALSE(valid_date("2023-02-29"));
    CHECK_FALSE(valid_date("1900-02-29"));
    CHECK(valid_date("2000-02-29"));
    CHECK_FALSE(valid_date("2023-13-01"));
    CHECK_FALSE(valid_date("2023-04-31"));
    CHECK_FALSE(valid_date("2023-4-01"));
    CHECK_FALSE(valid_date("14/12/2023"));
    CHECK_FALSE(valid_date("2023-12-14 "));
}

TEST_CASE("a period is two consecutive years") {
    CHECK(valid_period("2023-24"));
    CHECK(valid_period("1999-00"));
    CHECK_FALSE(valid_period("2023-25"));
    CHECK_FALSE(valid_period("2023/24"));
    CHECK_FALSE(valid_period("2023-2024"));
}

TEST_CASE("a period runs from year_starts to the day before a year later") {
    auto april = period_range("2023-24", "04-01");
    REQUIRE(april);
    CHECK(april->start == "2023-04-01");
    CHECK(april->end == "2024-03-31");
    auto september = period_range("2022-23", "09-01");
    REQUIRE(september);
    CHECK(september->start == "2022-09-01");
    CHECK(september->end == "2023-08-31");
    auto january = period_range("2023-24", "01-01");
    REQUIRE(january);
    CHECK(january->end == "2023-12-31");
    auto march = period_range("2023-24", "03-01");
    CHECK(march->end == "2024-02-29");
    CHECK_FALSE(period_range("2023-25", "04-01"));
    CHECK_FALSE(period_range("2023-24", "02-29"));
    CHECK_FALSE(period_range("2023-24", "4-1"));
}

TEST_CASE("period labels use an en dash and dates read as words") {
    CHECK(period_label("2023-24") == "2023\xE2\x80\x93" "24");
    CHECK(period_label("other") == "other");
    CHECK(format_date("2023-12-14") == "14 December 2023");
    CHECK(format_date("2024-03-01") == "1 March 2024");
    CHECK(format_date("soon") == "soon");
}

TEST_CASE("a review belongs to a period when it was open at any time in it") {
    Review r;
    r.started = "2023-11-02";
    r.completed = "2023-12-14";
    CHECK(review_in_period(r, "2023-24"));
    CHECK_FALSE(review_in_period(r, "2022-23"));
    CHECK_FALSE(review_in_period(r, "2024-25"));
    r.started = "2023-03-01";
    r.completed = "2023-04-01";  // completed on the first day: still open in 2023-24
    CHECK(review_in_period(r, "2023-24"));
    CHECK(review_in_period(r, "2022-23"));
    r.completed = "2023-03-31";
    CHECK_FALSE(review_in_period(r, "2023-24"));
    r.completed = "";  // still open
    CHECK(review_in_period(r, "2025-26"));
    r.started = "2024-03-31";
    CHECK(review_in_period(r, "2023-24"));
    r.started = "2024-04-01";
    CHECK_FALSE(review_in_period(r, "2023-24"));
    CHECK(review_in_period(r, "2023-24", "09-01"));
    r.started = "";
    CHECK_FALSE(review_in_period(r, "2023-24"));
    CHECK_FALSE(review_in_period(r, "bad"));
}
