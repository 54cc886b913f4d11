// Tests for {{< chart >}}: a figure node with its drawing, text alternative and data table; exact errors.
#include <catch2/catch.hpp>

#include "charts/drawing.h"
#include "shortcodes/test_site.h"

using namespace publish;
using namespace publish::testing;

TEST_CASE("chart gives a figure with a drawing, its finding as text and the data as a table") {
    TestSite site(full_site());
    Diagnostics d;
    auto nodes = expand_paragraph(site, "{{< chart data=\"funding.2023-24\" kind=\"share\" title=\"Shares\" >}}", d);
    CHECK(messages(d).empty());
    REQUIRE(nodes.size() == 1);
    const Node& figure = nodes[0];
    CHECK(figure.kind == NodeKind::figure);
    REQUIRE(figure.figure() != nullptr);
    CHECK(figure.figure()->kind == "share");
    CHECK(figure.figure()->title == "Shares");
    CHECK(figure.caption() == "Shares");
    CHECK(figure.css_class() == "chart chart-share");
    CHECK(figure.text == "County Council gave the most: £162,435 of £372,064 (43.7%). Probation Service gave the "
                         "least: £3,595 (1.0%).");
    CHECK(figure.line == 1);
    REQUIRE(figure.children.size() == 1);
    CHECK(figure.children[0].kind == NodeKind::table);
    CHECK(figure.children[0].caption() == "Shares");
    CHECK(texts(figure.children[0].children.back()) == "Total£372,064100.0%");
}

TEST_CASE("training charts take a measure") {
    TestSite site(full_site());
    Diagnostics d;
    auto nodes = expand_paragraph(site,
                                  "{{< chart data=\"training\" kind=\"grouped-bar\" measure=\"sessions\" >}}\n"
                                  "{{< chart data=\"training\" kind=\"line\" >}}",
                                  d);
    CHECK(messages(d).empty());
    REQUIRE(nodes.size() == 2);
    CHECK(nodes[0].caption() == "Training sessions by course and period");
    CHECK(nodes[1].text == "People attending went from 593 in 2022–23 to 1,200 in 2023–24 (up 607).");
}

TEST_CASE("chart errors are at the shortcode and say what would work") {
    TestSite site(full_site());
    Diagnostics d;
    auto nodes = expand_paragraph(site,
                                  "Text first.\n"
                                  "  {{< chart data=\"funding.2023-25\" kind=\"share\" >}}\n"
                                  "{{< chart data=\"funding.2023-24\" kind=\"line\" >}}\n"
                                  "{{< chart data=\"training\" kind=\"doughnut\" >}}\n"
                                  "{{< chart kind=\"bar\" >}}\n"
                                  "{{< chart data=\"training\" measure=\"people\" >}}\n"
                                  "{{< chart data=\"training\" colour=\"red\" >}}",
                                  d);
    CHECK(nodes.size() == 1);  // the paragraph "Text first."
    CHECK(messages(d) ==
          std::vector<std::string>{
              "content/page.md:2:3: error: unknown data path \"funding.2023-25\" for chart\n"
              "  hint: did you mean \"funding.2023-24\"?",
              "content/page.md:3:1: error: a line chart cannot show funding.2023-24\n"
              "  hint: kinds that can: bar, share",
              "content/page.md:4:1: error: unknown chart kind \"doughnut\"\n"
              "  hint: kinds: bar, grouped-bar, before-after, line, share",
              "content/page.md:5:1: error: chart needs data=\"…\"\n"
              "  hint: data paths: funding, funding.2022-23, funding.2023-24, training, training.evaluations",
              "content/page.md:6:1: error: unknown measure \"people\" for chart\n"
              "  hint: measures: attended, sessions",
              "content/page.md:7:1: error: unknown argument \"colour\" for chart\n"
              "  hint: arguments: data, kind, measure, title",
          });
    TestSite bare(FileMap{{"data/site.json", site_json}});
    Diagnostics missing;
    expand_paragraph(bare, "{{< chart data=\"training\" >}}", missing);
    CHECK(messages(missing) ==
          std::vector<std::string>{"content/page.md:1:1: error: data/training.json is needed by chart"});
}
