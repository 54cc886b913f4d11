#include <catch2/catch.hpp>

#include "shortcodes/test_site.h"

using namespace publish;
using publish::testing::messages;

namespace {

using Args = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("a call is replaced by a placeholder and recorded with its arguments and place") {
    Diagnostics d;
    auto x = extract_shortcodes("Intro\n\n{{< funding-table period=\"2023-24\" >}}\n", "content/a.md", 5, d);
    CHECK(d.all().empty());
    CHECK(x.text == "Intro\n\n" + shortcode_placeholder(0) + "\n");
    REQUIRE(x.calls.size() == 1);
    CHECK(x.calls[0].name == "funding-table");
    CHECK(x.calls[0].args == Args{{"period", "2023-24"}});
    CHECK(x.calls[0].source_text == "{{< funding-table period=\"2023-24\" >}}");
    CHECK(x.calls[0].where.file == "content/a.md");
    CHECK(x.calls[0].where.line == 7);
    CHECK(x.calls[0].where.column == 1);
}

TEST_CASE("the placeholder is U+E000, the index, U+E001") {
    CHECK(shortcode_placeholder(12) == "\xEE\x80\x80" "12" "\xEE\x80\x81");
}

TEST_CASE("arguments: single or double quotes, escapes, positional, bare words, flexible spaces") {
    Diagnostics d;
    auto x = extract_shortcodes(
        "{{<value \"funding.2023-24.total\">}} and {{<   chart  data='training'   kind=bar title=\"The \\\"best\\\" "
        "\\\\ year\" >}}",
        "f.md", 1, d);
    CHECK(messages(d).empty());
    REQUIRE(x.calls.size() == 2);
    CHECK(x.calls[0].args == Args{{"", "funding.2023-24.total"}});
    CHECK(x.calls[1].args == Args{{"data", "training"}, {"kind", "bar"}, {"title", "The \"best\" \\ year"}});
    CHECK(x.calls[1].where.column == 41);
    CHECK(x.text == shortcode_placeholder(0) + " and " + shortcode_placeholder(1));
}

TEST_CASE("columns count characters, not bytes") {
    Diagnostics d;
    auto x = extract_shortcodes("Total for £ and – is {{< value \"funding.2023-24.total\" >}}.", "f.md", 3, d);
    REQUIRE(x.calls.size() == 1);
    CHECK(x.calls[0].where.line == 3);
    CHECK(x.calls[0].where.column == 22);
}

TEST_CASE("an unclosed call is an error at its {{< and is left as text") {
    Diagnostics d;
    auto x = extract_shortcodes("line one\nA £ {{< funding-table period=\"2023-24\"\n>}}", "content/a.md", 10, d);
    CHECK(messages(d) == std::vector<std::string>{
                             "content/a.md:11:5: error: unclosed shortcode: expected >}} on the same line"});
    CHECK(x.calls.empty());
    CHECK(x.text == "line one\nA £ {{< funding-table period=\"2023-24\"\n>}}");
}

TEST_CASE("bad quoting and bad names are errors at the offending column") {
    Diagnostics d;
    extract_shortcodes("{{< funding-table period=\"2023-24 >}}\n"
                       "{{< value \"a\"b >}}\n"
                       "{{< Funding-table >}}\n"
                       "{{< >}}\n"
                       "{{< reviews type= >}}\n"
                       "{{< reviews =\"x\" >}}\n"
                       "{{< value \"é\" x\"y >}} {{< value \"ok\" >}}",
                       "c.md", 1, d);
    CHECK(messages(d) == std::vector<std::string>{
                             "c.md:1:26: error: unterminated quoted argument",
                             "c.md:2:14: error: expected a space or >}} after the closing quote",
                             "c.md:3:5: error: invalid shortcode name \"Funding-table\" (use a-z, 0-9 and -)",
                             "c.md:4:5: error: expected a shortcode name after {{<",
                             "c.md:5:18: error: expected a value after type=",
                             "c.md:6:13: error: expected an argument name before '='",
                             "c.md:7:16: error: expected a space before the next argument",
                         });
}

TEST_CASE("after a malformed call, later calls on the line are still found") {
    Diagnostics d;
    auto x = extract_shortcodes("{{< value \"x >}} then {{< value \"ok\" >}}", "c.md", 1, d);
    // the first call's quote runs to the second call's first quote; the second call is still found
    CHECK(messages(d) ==
          std::vector<std::string>{"c.md:1:34: error: expected a space or >}} after the closing quote"});
    REQUIRE(x.calls.size() == 1);
    CHECK(x.calls[0].where.column == 23);
    Diagnostics d2;
    auto y = extract_shortcodes("{{< Bad >}} then {{< value \"ok\" >}}", "c.md", 1, d2);
    REQUIRE(y.calls.size() == 1);
    CHECK(y.calls[0].where.column == 18);
}

TEST_CASE("calls inside fenced code blocks are left alone, even malformed ones") {
    Diagnostics d;
    std::string md = "```markdown\n{{< funding-table >}}\n{{< broken\n```\n{{< value \"x\" >}}\n~~~\n{{< a >}}\n~~~";
    auto x = extract_shortcodes(md, "c.md", 1, d);
    CHECK(messages(d).empty());
    REQUIRE(x.calls.size() == 1);
    CHECK(x.calls[0].where.line == 5);
    CHECK(x.text == "```markdown\n{{< funding-table >}}\n{{< broken\n```\n" + shortcode_placeholder(0) +
                        "\n~~~\n{{< a >}}\n~~~");
}

TEST_CASE("{{</* … */>}} writes a call literally") {
    Diagnostics d;
    auto x = extract_shortcodes("Write {{</* value \"funding.2023-24.total\" */>}} to show a figure.", "c.md", 1, d);
    CHECK(messages(d).empty());
    CHECK(x.calls.empty());
    CHECK(x.text == "Write {{< value \"funding.2023-24.total\" >}} to show a figure.");
}

TEST_CASE("text without calls comes back unchanged, CRLF included") {
    Diagnostics d;
    std::string md = "# Title\r\n\r\nA { { < not a call >}} and {{ also not }}\r\n";
    auto x = extract_shortcodes(md, "c.md", 1, d);
    CHECK(x.text == md);
    CHECK(x.calls.empty());
}

TEST_CASE("extraction is linear: many calls on one long line") {
    std::string md;
    for (int i = 0; i < 20000; ++i) md += "é {{< value \"funding.2023-24.total\" >}} ";
    Diagnostics d;
    auto x = extract_shortcodes(md, "c.md", 1, d);
    REQUIRE(x.calls.size() == 20000);
    CHECK(x.calls[19999].where.column == 19999 * 40 + 3);
}
