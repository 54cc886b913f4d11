// Tests for {{< key-figures >}}: values formatted by kind, change in words, picking by id, errors.
#include <catch2/catch.hpp>

#include "shortcodes/test_site.h"

using namespace publish;
using namespace publish::testing;

TEST_CASE("key figures: value, caption and the change since the previous period in words") {
    TestSite site(full_site());
    Diagnostics d;
    auto nodes = expand_paragraph(site, "{{< key-figures data=\"key-figures\" >}}", d);
    CHECK(messages(d).empty());
    CHECK(dump(nodes) ==
          "table .key-figures caption=\"Key figures\"\n"
          "  row header\n"
          "    cell align=r\n      text \"Figure\"\n"
          "    cell\n      text \"What it counts\"\n"
          "    cell\n      text \"Change since last report\"\n"
          "  row\n"
          "    cell align=r\n      text \"67,677\"\n"
          "    cell header\n      text \"Learners registered\"\n"
          "    cell\n      text \"up 4,496 since last report\"\n"
          "  row\n"
          "    cell align=r\n      text \"10,932\"\n"
          "    cell header\n      text \"Volunteers registered\"\n"
          "    cell\n"
          "  row\n"
          "    cell align=r\n      text \"£372,064\"\n"
          "    cell header\n      text \"Budget\"\n"
          "    cell\n");
}

TEST_CASE("key figures by id, in the order asked") {
    TestSite site(full_site());
    Diagnostics d;
    auto nodes = expand_paragraph(site, "{{< key-figures ids=\"budget, learners\" >}}", d);
    CHECK(messages(d).empty());
    REQUIRE(nodes.size() == 1);
    REQUIRE(nodes[0].children.size() == 3);
    CHECK(texts(nodes[0].children[1]) == "£372,064Budget");
    CHECK(texts(nodes[0].children[2]) == "67,677Learners registeredup 4,496 since last report");
}

TEST_CASE("key figures errors") {
    TestSite site(full_site());
    Diagnostics d;
    expand_paragraph(site,
                     "{{< key-figures ids=\"learner\" >}}\n"
                     "{{< key-figures data=\"funding\" >}}",
                     d);
    CHECK(messages(d) ==
          std::vector<std::string>{
              "content/page.md:1:1: error: unknown key figure \"learner\" in data/key-figures.json\n"
              "  hint: did you mean \"learners\"?",
              "content/page.md:2:1: error: unknown data path \"funding\" for key-figures\n"
              "  hint: key figures come from data/key-figures.json: data=\"key-figures\"",
          });
}
