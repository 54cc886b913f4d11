#include <catch2/catch.hpp>

#include "diagnostics/diagnostics.h"

using namespace publish;

TEST_CASE("a diagnostic prints as file:line:col: error: message") {
    Diagnostic d{Severity::error, {"content/briefings/safer-sleep.md", 14, 3}, "unknown shortcode", ""};
    CHECK(format_diagnostic(d) == "content/briefings/safer-sleep.md:14:3: error: unknown shortcode");
}

TEST_CASE("unknown parts of a location are left out") {
    CHECK(format_diagnostic({Severity::warning, {"data/site.json", 0, 0}, "m", ""}) ==
          "data/site.json: warning: m");
    CHECK(format_diagnostic({Severity::error, {}, "m", "try this"}) == "error: m\n  hint: try this");
}

TEST_CASE("did you mean suggests the closest name, and nothing for a far one") {
    std::vector<std::string> names{"funding-table", "training-table", "reviews", "value"};
    CHECK(did_you_mean("fundng-table", names) == "did you mean \"funding-table\"?");
    CHECK(did_you_mean("completely-different", names).empty());
}

TEST_CASE("offsets become 1-based lines and character columns") {
    std::string text = "ab\n£c\nd";
    auto loc = location_of_offset(text, 5, "f");  // 'c' after a 2-byte '£'
    CHECK(loc.line == 2);
    CHECK(loc.column == 2);
}

TEST_CASE("diagnostics count errors and warnings and sort by place") {
    Diagnostics list;
    list.error({"b.md", 2, 1}, "x");
    list.warning({"a.md", 9, 1}, "y");
    list.error({"a.md", 3, 1}, "z");
    CHECK(list.error_count() == 2);
    CHECK(list.warning_count() == 1);
    list.sort();
    CHECK(list.all()[0].message == "z");
    CHECK(list.all()[2].message == "x");
}

TEST_CASE("the same message at the same place is reported once") {
    Diagnostics list;
    list.error({"partials/footer.mustache", 1, 9}, "unknown partial \"x\"");
    list.error({"a.md", 1, 1}, "other");
    list.error({"partials/footer.mustache", 1, 9}, "unknown partial \"x\"");
    list.error({"partials/footer.mustache", 1, 9}, "a different message");
    list.warning({"partials/footer.mustache", 1, 9}, "unknown partial \"x\"");
    list.sort();
    CHECK(list.all().size() == 4);
    CHECK(list.error_count() == 3);
    CHECK(list.warning_count() == 1);
}
