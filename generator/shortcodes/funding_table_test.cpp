#include <catch2/catch.hpp>

#include "shortcodes/test_site.h"

using namespace publish;
using namespace publish::testing;

TEST_CASE("funding-table renders partners, money, shares summing to 100 and the computed total") {
    TestSite site(full_site());
    REQUIRE(site.load_errors.all().empty());
    Diagnostics d;
    auto nodes = expand_paragraph(site, "{{< funding-table period=\"2023-24\" >}}", d);
    CHECK(messages(d).empty());
    CHECK(dump(nodes) ==
          "table .data-table funding-table caption=\"Partner contributions 2023–24\"\n"
          "  row header\n"
          "    cell\n      text \"Partner\"\n"
          "    cell align=r\n      text \"Contribution\"\n"
          "    cell align=r\n      text \"Share\"\n"
          "  row\n"
          "    cell\n      text \"County Council\"\n"
          "    cell align=r\n      text \"£162,435\"\n"
          "    cell align=r\n      text \"43.7%\"\n"
          "  row\n"
          "    cell\n      text \"Office of the Police and Crime Commissioner\"\n"
          "    cell align=r\n      text \"£74,933\"\n"
          "    cell align=r\n      text \"20.1%\"\n"
          "  row\n"
          "    cell\n      text \"Integrated Care Board\"\n"
          "    cell align=r\n      text \"£103,031\"\n"
          "    cell align=r\n      text \"27.7%\"\n"
          "  row\n"
          "    cell\n      text \"District councils\"\n"
          "    cell align=r\n      text \"£28,070\"\n"
          "    cell align=r\n      text \"7.5%\"\n"
          "  row\n"
          "    cell\n      text \"Probation Service\"\n"
          "    cell align=r\n      text \"£3,595\"\n"
          "    cell align=r\n      text \"1.0%\"\n"
          "  row\n"
          "    cell header\n      text \"Total\"\n"
          "    cell align=r\n      text \"£372,064\"\n"
          "    cell align=r\n      text \"100.0%\"\n");
    CHECK(nodes[0].line == 1);
    CHECK(nodes[0].column == 1);
}

TEST_CASE("funding-table without a period shows the latest year") {
    TestSite site(full_site());
    Diagnostics d;
    auto nodes = expand_paragraph(site, "{{< funding-table >}}", d);
    REQUIRE(nodes.size() == 1);
    CHECK(nodes[0].caption() == "Partner contributions 2023–24");
}

TEST_CASE("null amounts print n/a, stay out of the total, and a note follows the table") {
    TestSite site(full_site());
    Diagnostics d;
    auto nodes = expand_paragraph(site, "{{< funding-table period=\"2022-23\" >}}", d);
    CHECK(messages(d).empty());
    CHECK(dump(nodes) ==
          "table .data-table funding-table caption=\"Partner contributions 2022–23\"\n"
          "  row header\n"
          "    cell\n      text \"Partner\"\n"
          "    cell align=r\n      text \"Contribution\"\n"
          "    cell align=r\n      text \"Share\"\n"
          "  row\n"
          "    cell\n      text \"County Council\"\n"
          "    cell align=r\n      text \"£150,000\"\n"
          "    cell align=r\n      text \"100.0%\"\n"
          "  row\n"
          "    cell\n      text \"Integrated Care Board\"\n"
          "    cell align=r\n      text \"n/a\"\n"
          "    cell align=r\n      text \"n/a\"\n"
          "  row\n"
          "    cell header\n      text \"Total\"\n"
          "    cell align=r\n      text \"£150,000\"\n"
          "    cell align=r\n      text \"100.0%\"\n"
          "paragraph .table-note\n"
          "  text \"n/a: figure not available; not included in the total.\"\n");
}

TEST_CASE("funding-table errors: unknown period, unknown argument, missing file") {
    TestSite site(full_site());
    Diagnostics d;
    auto nodes = expand_paragraph(site,
                                  "{{< funding-table period=\"2023-25\" >}}\n"
                                  "{{< funding-table period=\"1999-00\" >}}\n"
                                  "{{< funding-table perod=\"2023-24\" >}}\n"
                                  "{{< funding-table \"2023-24\" >}}",
                                  d);
    CHECK(nodes.empty());
    CHECK(messages(d) == std::vector<std::string>{
                             "content/page.md:1:1: error: no funding for period \"2023-25\" in data/funding.json\n"
                             "  hint: did you mean \"2023-24\"?",
                             "content/page.md:2:1: error: no funding for period \"1999-00\" in data/funding.json\n"
                             "  hint: periods: 2022-23, 2023-24",
                             "content/page.md:3:1: error: unknown argument \"perod\" for funding-table\n"
                             "  hint: did you mean \"period\"?",
                             "content/page.md:4:1: error: funding-table takes no unnamed argument (\"2023-24\")\n"
                             "  hint: arguments: period",
                         });
    TestSite bare(FileMap{{"data/site.json", site_json}});
    Diagnostics missing;
    expand_paragraph(bare, "{{< funding-table >}}", missing);
    CHECK(messages(missing) ==
          std::vector<std::string>{"content/page.md:1:1: error: data/funding.json is needed by funding-table"});
}

TEST_CASE("a funding.json with a syntax error does not also make the shortcode fail") {
    TestSite broken(FileMap{{"data/site.json", site_json}, {"data/funding.json", "{"}});
    Diagnostics d;
    auto nodes = expand_paragraph(broken, "{{< funding-table >}}", d);
    CHECK(nodes.empty());
    CHECK(d.all().empty());
}
