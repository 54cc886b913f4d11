// Tests for {{< governance >}}: a diagram with a nested list as its text alternative, or a clear error.
#include <catch2/catch.hpp>

#include "charts/drawing.h"
#include "shortcodes/test_site.h"

using namespace publish;
using namespace publish::testing;

TEST_CASE("governance draws site.json's tree and lists it as nested text") {
    std::string json = std::string(site_json);
    json.insert(json.size() - 1, ", \"governance\": {\"name\": \"Assurance Executive\", \"chair\": \"Independent Chair\", "
                                 "\"children\": [{\"name\": \"Strategic Management Group\", \"children\": []}]}");
    TestSite site(FileMap{{"data/site.json", json}});
    REQUIRE(site.load_errors.all().empty());
    Diagnostics d;
    auto nodes = expand_paragraph(site, "{{< governance >}}", d);
    CHECK(messages(d).empty());
    REQUIRE(nodes.size() == 1);
    REQUIRE(nodes[0].figure() != nullptr);
    CHECK(nodes[0].figure()->kind == "governance");
    CHECK(nodes[0].text == "Assurance Executive leads the partnership (chair: Independent Chair). Assurance Executive "
                           "oversees Strategic Management Group.");
    CHECK(dump(nodes[0].children) ==
          "list\n"
          "  item\n"
          "    paragraph\n"
          "      text \"Assurance Executive (chair: Independent Chair)\"\n"
          "    list\n"
          "      item\n"
          "        paragraph\n"
          "          text \"Strategic Management Group\"\n");
}

TEST_CASE("governance without a governance tree, or with arguments, is an error") {
    TestSite site(full_site());
    Diagnostics d;
    expand_paragraph(site, "{{< governance >}}\n{{< governance depth=\"2\" >}}", d);
    CHECK(messages(d) == std::vector<std::string>{
                             "content/page.md:1:1: error: data/site.json has no \"governance\" for the governance "
                             "shortcode\n  hint: add \"governance\": { \"name\": …, \"chair\": …, \"children\": [ … ] }",
                             "content/page.md:2:1: error: unknown argument \"depth\" for governance\n"
                             "  hint: governance takes no arguments",
                         });
}
