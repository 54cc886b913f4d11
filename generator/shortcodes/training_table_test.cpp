#include <catch2/catch.hpp>

#include "shortcodes/test_site.h"

using namespace publish;
using namespace publish::testing;

TEST_CASE("training-table shows courses × periods with sessions and attendance, n/a and totals") {
    TestSite site(full_site());
    REQUIRE(site.load_errors.all().empty());
    Diagnostics d;
    auto nodes = expand_paragraph(site, "{{< training-table >}}", d);
    CHECK(messages(d).empty());
    CHECK(dump(nodes) ==
          "table .data-table training-table caption=\"Training courses: sessions and attendance\"\n"
          "  row header\n"
          "    cell\n      text \"Course\"\n"
          "    cell\n      text \"Format\"\n"
          "    cell align=r\n      text \"Sessions 2022–23\"\n"
          "    cell align=r\n      text \"Attended 2022–23\"\n"
          "    cell align=r\n      text \"Sessions 2023–24\"\n"
          "    cell align=r\n      text \"Attended 2023–24\"\n"
          "  row\n"
          "    cell\n      text \"Child Exploitation\"\n"
          "    cell\n      text \"Face-to-face\"\n"
          "    cell align=r\n      text \"11\"\n"
          "    cell align=r\n      text \"183\"\n"
          "    cell align=r\n      text \"12\"\n"
          "    cell align=r\n      text \"1,200\"\n"
          "  row\n"
          "    cell\n      text \"Inter-agency safeguarding\"\n"
          "    cell\n      text \"Virtual\"\n"
          "    cell align=r\n      text \"24\"\n"
          "    cell align=r\n      text \"410\"\n"
          "    cell align=r\n      text \"n/a\"\n"
          "    cell align=r\n      text \"n/a\"\n"
          "  row\n"
          "    cell header\n      text \"Total\"\n"
          "    cell\n"
          "    cell align=r\n      text \"35\"\n"
          "    cell align=r\n      text \"593\"\n"
          "    cell align=r\n      text \"12\"\n"
          "    cell align=r\n      text \"1,200\"\n"
          "paragraph .table-note\n"
          "  text \"n/a: figure not available; not included in the total.\"\n");
}

TEST_CASE("training-table measure picks one measure") {
    TestSite site(full_site());
    Diagnostics d;
    auto nodes = expand_paragraph(site, "{{< training-table measure=\"attended\" >}}", d);
    REQUIRE(nodes.size() == 2);
    CHECK(nodes[0].caption() == "Training courses: attendance");
    const Node& header = nodes[0].children[0];
    REQUIRE(header.children.size() == 4);
    CHECK(texts(header.children[2]) == "Attended 2022–23");
    CHECK(texts(nodes[0].children.back().children[3]) == "1,200");
}

TEST_CASE("training-table errors: unknown measure, missing file") {
    TestSite site(full_site());
    Diagnostics d;
    expand_paragraph(site, "{{< training-table measure=\"atended\" >}}\n{{< training-table measure=\"people\" >}}", d);
    CHECK(messages(d) == std::vector<std::string>{
                             "content/page.md:1:1: error: unknown measure \"atended\" for training-table\n"
                             "  hint: did you mean \"attended\"?",
                             "content/page.md:2:1: error: unknown measure \"people\" for training-table\n"
                             "  hint: measures: attended, sessions, both",
                         });
    TestSite bare(FileMap{{"data/site.json", site_json}});
    Diagnostics missing;
    expand_paragraph(bare, "{{< training-table >}}", missing);
    CHECK(messages(missing) ==
          std::vector<std::string>{"content/page.md:1:1: error: data/training.json is needed by training-table"});
}
