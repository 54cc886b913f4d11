#include <catch2/catch.hpp>

#include "content/front_matter.h"

using namespace publish;

namespace {
std::string first_message(const Diagnostics& d) {
    return d.all().empty() ? std::string{} : format_diagnostic(d.all().front());
}
}  // namespace

TEST_CASE("front matter is split from the body with the body's first line") {
    Diagnostics d;
    SplitSource split;
    REQUIRE(split_front_matter("---\ntitle: A\n---\n## Body\n", "f.md", split, d));
    CHECK(split.yaml == "title: A\n");
    CHECK(split.body == "## Body\n");
    CHECK(split.body_first_line == 4);
}

TEST_CASE("a file without front matter or with an unclosed one is an error") {
    Diagnostics d;
    SplitSource split;
    CHECK_FALSE(split_front_matter("# Hello\n", "f.md", split, d));
    CHECK(first_message(d) == "f.md:1:1: error: missing front matter\n  hint: start the file with a line \"---\", then \"title: …\", then \"---\"");
    Diagnostics d2;
    CHECK_FALSE(split_front_matter("---\ntitle: A\n", "f.md", split, d2));
    CHECK(first_message(d2).find("front matter is not closed") != std::string::npos);
}

TEST_CASE("front matter fields are read with their types") {
    Diagnostics d;
    auto meta = parse_front_matter("title: Safer sleep\ndate: 2024-03-01\nthemes: [neglect, safer-sleep]\n"
                                   "draft: true\nweight: 20\npdf: false\ntype: briefing\n",
                                   "f.md", 2, d);
    CHECK_FALSE(d.has_errors());
    CHECK(meta.title == "Safer sleep");
    CHECK(meta.date == "2024-03-01");
    CHECK(meta.themes == std::vector<std::string>{"neglect", "safer-sleep"});
    CHECK(meta.draft);
    CHECK(meta.weight == 20);
    CHECK(meta.pdf == false);
    REQUIRE(meta.type.has_value());
    CHECK(*meta.type == DocType::briefing);
    CHECK(meta.field_locations["themes"].line == 4);
    CHECK(meta.field_locations["themes"].column == 9);
}

TEST_CASE("a bad date is reported at its line and column") {
    Diagnostics d;
    parse_front_matter("title: A\ndate: 2024-02-30\n", "content/b.md", 2, d);
    CHECK(first_message(d) ==
          "content/b.md:3:7: error: \"date\" is not a date: \"2024-02-30\"\n  hint: write dates as YYYY-MM-DD, e.g. 2024-03-31");
}

TEST_CASE("invalid YAML is reported at the file's line") {
    Diagnostics d;
    parse_front_matter("title: A\nthemes: [neglect\n", "f.md", 2, d);
    REQUIRE(d.has_errors());
    CHECK(first_message(d).rfind("f.md:", 0) == 0);
    CHECK(first_message(d).find("front matter is not valid YAML") != std::string::npos);
}

TEST_CASE("an unknown type and an unknown field get did-you-mean hints") {
    Diagnostics d;
    parse_front_matter("title: A\ntype: breifing\ntheme: [neglect]\n", "f.md", 2, d);
    REQUIRE(d.all().size() == 2);
    CHECK(format_diagnostic(d.all()[0]) == "f.md:3:7: error: unknown type \"breifing\"\n  hint: did you mean \"briefing\"?");
    CHECK(format_diagnostic(d.all()[1]) ==
          "f.md:4:1: warning: unknown front matter field \"theme\"\n  hint: did you mean \"themes\"?");
}

TEST_CASE("draft must be true or false and weight a whole number") {
    Diagnostics d;
    parse_front_matter("title: A\ndraft: maybe\nweight: ten\n", "f.md", 2, d);
    CHECK(d.error_count() == 2);
}

TEST_CASE("calendar dates are validated, leap years included") {
    CHECK(is_valid_date("2024-02-29"));
    CHECK_FALSE(is_valid_date("2023-02-29"));
    CHECK_FALSE(is_valid_date("2024-13-01"));
    CHECK_FALSE(is_valid_date("24-01-01"));
}
