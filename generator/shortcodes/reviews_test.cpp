#include <catch2/catch.hpp>

#include "shortcodes/test_site.h"

using namespace publish;
using namespace publish::testing;

TEST_CASE("reviews lists every review with human type and status names and dates in words") {
    TestSite site(full_site());
    REQUIRE(site.load_errors.all().empty());
    Diagnostics d;
    auto nodes = expand_paragraph(site, "{{< reviews >}}", d);
    CHECK(messages(d).empty());
    CHECK(dump(nodes) ==
          "table .data-table reviews-table caption=\"Reviews\"\n"
          "  row header\n"
          "    cell\n      text \"Review\"\n"
          "    cell\n      text \"Type\"\n"
          "    cell\n      text \"Status\"\n"
          "    cell\n      text \"Started\"\n"
          "    cell\n      text \"Completed\"\n"
          "  row\n"
          "    cell\n      text \"Ownership of safety plans at case closure\"\n"
          "    cell\n      text \"Rapid review\"\n"
          "    cell\n      text \"Completed\"\n"
          "    cell\n      text \"2 November 2023\"\n"
          "    cell\n      text \"14 December 2023\"\n"
          "  row\n"
          "    cell\n      text \"Learning from a family in crisis\"\n"
          "    cell\n      text \"Local child safeguarding practice review\"\n"
          "    cell\n      text \"In progress\"\n"
          "    cell\n      text \"1 February 2024\"\n"
          "    cell\n"
          "  row\n"
          "    cell\n      text \"Neglect in early years\"\n"
          "    cell\n      text \"Multi-agency practice review\"\n"
          "    cell\n      text \"Published\"\n"
          "    cell\n      text \"1 May 2022\"\n"
          "    cell\n      text \"1 October 2022\"\n");
}

TEST_CASE("reviews filters by type and by period") {
    TestSite site(full_site());
    Diagnostics d;
    auto by_period = expand_paragraph(site, "{{< reviews period=\"2023-24\" >}}", d);
    REQUIRE(by_period.size() == 1);
    CHECK(by_period[0].children.size() == 3);  // header + the rapid review + the LCSPR
    auto both = expand_paragraph(site, "{{< reviews type=\"rapid-review\" period=\"2023-24\" >}}", d);
    REQUIRE(both[0].children.size() == 2);
    CHECK(texts(both[0].children[1].children[0]) == "Ownership of safety plans at case closure");
    auto none = expand_paragraph(site, "{{< reviews type=\"national\" >}}", d);
    CHECK(dump(none) == "paragraph\n  text \"No reviews match.\"\n");
    CHECK(messages(d).empty());
}

TEST_CASE("reviews errors: unknown type lists the allowed ones, bad period, missing file") {
    TestSite site(full_site());
    Diagnostics d;
    expand_paragraph(site, "{{< reviews type=\"rapid-reveiw\" >}}\n{{< reviews period=\"2023\" >}}", d);
    CHECK(messages(d) == std::vector<std::string>{
                             "content/page.md:1:1: error: unknown review type \"rapid-reveiw\" (allowed: "
                             "rapid-review, lcspr, map-review, joint-review, national, out-of-area)\n"
                             "  hint: did you mean \"rapid-review\"?",
                             "content/page.md:2:1: error: invalid period \"2023\" (expected two consecutive years "
                             "like \"2023-24\")",
                         });
    TestSite bare(FileMap{{"data/site.json", site_json}});
    Diagnostics missing;
    expand_paragraph(bare, "{{< reviews >}}", missing);
    CHECK(messages(missing) ==
          std::vector<std::string>{"content/page.md:1:1: error: data/reviews.json is needed by reviews"});
}
