#include <catch2/catch.hpp>

#include "shortcodes/test_site.h"

using namespace publish;
using namespace publish::testing;

namespace {

/// The paragraph text after expanding `markdown`, or the errors.
std::string value_text(const TestSite& site, const std::string& markdown) {
    Diagnostics d;
    auto nodes = expand_paragraph(site, markdown, d);
    if (!d.all().empty()) return format_diagnostic(d.all()[0]);
    return nodes.empty() ? "" : texts(nodes[0]);
}

}  // namespace

TEST_CASE("value prints computed funding figures") {
    TestSite site(full_site());
    CHECK(value_text(site, "Total {{< value \"funding.2023-24.total\" >}}.") == "Total £372,064.");
    CHECK(value_text(site, "{{< value path=\"funding.2023-24.total\" >}}") == "£372,064");
    CHECK(value_text(site, "{{< value \"funding.2023-24.count\" >}}") == "5");
    CHECK(value_text(site, "{{< value \"funding.2023-24.county-council\" >}}") == "£162,435");
    CHECK(value_text(site, "{{< value \"funding.2023-24.4\" >}}") == "£3,595");
    CHECK(value_text(site, "{{< value \"funding.2023-24.probation-service.share\" >}}") == "1.0%");
    CHECK(value_text(site, "{{< value \"funding.2022-23.integrated-care-board\" >}}") == "n/a");
    CHECK(value_text(site, "{{< value \"funding.2023-24.stated_total\" >}}") == "£372,064");
}

TEST_CASE("value prints training sums, review counts and key figures") {
    TestSite site(full_site());
    CHECK(value_text(site, "{{< value \"training.2022-23.attended\" >}}") == "593");
    CHECK(value_text(site, "{{< value \"training.2023-24.sessions\" >}}") == "12");
    CHECK(value_text(site, "{{< value \"training.2022-23.child-exploitation.attended\" >}}") == "183");
    CHECK(value_text(site, "{{< value \"reviews.count\" >}}") == "3");
    CHECK(value_text(site, "{{< value \"reviews.rapid-review.count\" >}}") == "1");
    CHECK(value_text(site, "{{< value \"reviews.2023-24.count\" >}}") == "2");
    CHECK(value_text(site, "{{< value \"reviews.2023-24.lcspr.count\" >}}") == "1");
    CHECK(value_text(site, "{{< value \"key-figures.learners\" >}}") == "67,677");
    CHECK(value_text(site, "{{< value \"key-figures.learners.previous\" >}}") == "63,181");
    CHECK(value_text(site, "{{< value \"key-figures.volunteers-registered\" >}}") == "10,932");
    CHECK(value_text(site, "{{< value \"key-figures.volunteers-registered.previous\" >}}") == "n/a");
    CHECK(value_text(site, "{{< value \"key-figures.budget\" >}}") == "£372,064");
}

TEST_CASE("value falls back to any leaf of the data, money under funding") {
    TestSite site(full_site());
    CHECK(value_text(site, "{{< value \"funding.2023-24.contributions.1.amount\" >}}") == "£74,933");
    CHECK(value_text(site, "{{< value \"funding.currency\" >}}") == "GBP");
    CHECK(value_text(site, "{{< value \"site.name\" >}}") == "Example Safeguarding Children Partnership");
    CHECK(value_text(site, "{{< value \"training.courses.0.attended.2023-24\" >}}") == "1,200");
}

TEST_CASE("value errors name the path with a hint") {
    TestSite site(full_site());
    CHECK(value_text(site, "See {{< value \"funding.2023-25.total\" >}}") ==
          "content/page.md:1:5: error: unknown data path \"funding.2023-25.total\"\n"
          "  hint: did you mean \"funding.2023-24.total\"?");
    CHECK(value_text(site, "{{< value \"fundng.2023-24.total\" >}}") ==
          "content/page.md:1:1: error: unknown data path \"fundng.2023-24.total\"\n"
          "  hint: did you mean \"funding.2023-24.total\"?");
    CHECK(value_text(site, "{{< value \"funding.2023-24\" >}}") ==
          "content/page.md:1:1: error: data path \"funding.2023-24\" is a group of values, not a single figure");
    CHECK(value_text(site, "{{< value >}}") ==
          "content/page.md:1:1: error: value needs a data path, like {{< value \"funding.2023-24.total\" >}}");
    CHECK(value_text(site, "{{< value \"a\" path=\"b\" >}}") ==
          "content/page.md:1:1: error: value takes one data path, not both a path and path=\"…\"");
    CHECK(value_text(site, "{{< value \"a\" \"b\" >}}") == "content/page.md:1:1: error: value takes one unnamed argument");
    TestSite bare(FileMap{{"data/site.json", site_json}});
    CHECK(value_text(bare, "{{< value \"funding.2023-24.total\" >}}") ==
          "content/page.md:1:1: error: data/funding.json is needed by value");
}
