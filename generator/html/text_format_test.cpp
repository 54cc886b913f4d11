// Tests for how dates, sizes and labels are written on pages.
#include <catch2/catch.hpp>

#include "html/text_format.h"

using namespace publish;

TEST_CASE("dates are written as day, month name and year") {
    CHECK(format_date("2023-12-14") == "14 December 2023");
    CHECK(format_date("2024-01-05") == "5 January 2024");
    CHECK(format_date("2024-13-05") == "2024-13-05");
    CHECK(format_date("soon") == "soon");
    CHECK(format_date("") == "");
}

TEST_CASE("a PDF link says pages and size") {
    CHECK(pdf_label({"a.pdf", 12, 240 * 1024}) == "PDF, 12 pages, 240 KB");
    CHECK(pdf_label({"a.pdf", 1, 1536}) == "PDF, 1 page, 2 KB");
    CHECK(pdf_label({"a.pdf", 40, 1258291}) == "PDF, 40 pages, 1.2 MB");
    CHECK(pdf_label({"a.pdf", 0, 0}) == "PDF");
    CHECK(format_file_size(500) == "500 bytes");
}

TEST_CASE("types and statuses are words") {
    CHECK(review_type_label("lcspr") == "Local child safeguarding practice review");
    CHECK(review_type_plural("rapid-review") == "Rapid reviews");
    CHECK(status_label("in-progress") == "In progress");
    CHECK(section_title("briefings") == "7-minute briefings");
    CHECK(section_title("news-items") == "News items");
}
