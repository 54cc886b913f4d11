#include <catch2/catch.hpp>

#include "leaks/sensitive_terms.h"

using namespace publish;

TEST_CASE("the terms list has one term a line, trimmed, with comments and blank lines skipped") {
    Diagnostics d;
    auto terms = parse_sensitive_terms("# Names\n\n  Jordan Example  \r\nCASE-0042\n   # indented comment\n",
                                       "data/private/sensitive-terms.txt", d);
    CHECK_FALSE(d.has_errors());
    REQUIRE(terms.size() == 2);
    CHECK(terms[0].text == "Jordan Example");
    CHECK(terms[0].where.line == 3);
    CHECK(terms[0].where.column == 3);
    CHECK(terms[1].text == "CASE-0042");
    CHECK(terms[1].where.line == 4);
}

TEST_CASE("a one-character term is an error at its line") {
    Diagnostics d;
    auto terms = parse_sensitive_terms("Jordan\nx\n", "data/private/sensitive-terms.txt", d);
    CHECK(terms.size() == 1);
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.all()[0]).starts_with("data/private/sensitive-terms.txt:2:1: error:"));
}

TEST_CASE("an empty list or one with only comments holds no terms") {
    Diagnostics d;
    CHECK(parse_sensitive_terms("", "t", d).empty());
    CHECK(parse_sensitive_terms("\xEF\xBB\xBF# only a comment", "t", d).empty());
    CHECK_FALSE(d.has_errors());
}
