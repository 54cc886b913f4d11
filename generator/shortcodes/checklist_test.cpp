// Tests for checklist coverage: the appendix table with links, the check report and strict failure.
#include <catch2/catch.hpp>

#include "shortcodes/checklist.h"
#include "shortcodes/test_site.h"

using namespace publish;
using namespace publish::testing;

namespace {

const char* checklists_json =
    "{\"checklists\": [{\"id\": \"annual-report\", \"title\": \"What the annual report must contain\",\n"
    "  \"source\": \"Working Together to Safeguard Children 2023\", \"items\": [\n"
    "  {\"id\": \"partner-contributions\", \"title\": \"The contribution of each partner\"},\n"
    "  {\"id\": \"cost-breakdown\", \"title\": \"A breakdown of costs\"},\n"
    "  {\"id\": \"little-progress\", \"title\": \"Priorities with little progress\"}]}]}";

Document doc(std::string path, std::string title, std::vector<std::string> covers, int bundle) {
    Document d;
    d.source_path = std::move(path);
    d.meta.title = std::move(title);
    d.meta.covers = std::move(covers);
    d.type = DocType::annual_report;
    d.bundle = bundle;
    return d;
}

/// A site with one annual report bundle: index, two sections, an appendix; and a page elsewhere.
TestSite report_site() {
    FileMap files = full_site();
    files["data/checklists.json"] = checklists_json;
    TestSite site(files);
    auto& docs = site.site.documents;
    docs.push_back(doc("content/annual-reports/2023-24/index.md", "Annual report 2023 to 2024", {}, 0));
    docs.back().bundle_index = true;
    docs.push_back(doc("content/annual-reports/2023-24/partners.md", "Our partnership", {"partner-contributions", "cost-breakdown"}, 0));
    docs.push_back(doc("content/annual-reports/2023-24/money.md", "Money", {"cost-breakdown"}, 0));
    docs.push_back(doc("content/annual-reports/2023-24/appendix.md", "Appendix", {}, 0));
    docs.push_back(doc("content/about.md", "About us", {"little-progress"}, -1));
    docs.back().type = DocType::page;
    site.site.bundles.push_back({"content/annual-reports/2023-24", 0, {1, 2, 3}});
    return site;
}

}  // namespace

TEST_CASE("coverage lists the documents covering each item and counts the missing ones") {
    TestSite site = report_site();
    REQUIRE(site.load_errors.all().empty());
    const Checklist& list = site.site.data.checklists.at(0);
    auto publications = checklist_publications(site.site, list);
    REQUIRE(publications.size() == 1);  // the page is not an annual report
    CHECK(publications[0] == std::vector<int>{0, 1, 2, 3});
    ChecklistCoverage coverage = checklist_coverage(site.site, list, publications[0]);
    REQUIRE(coverage.items.size() == 3);
    CHECK(coverage.items[0].documents.size() == 1);
    CHECK(coverage.items[1].documents.size() == 2);
    CHECK(coverage.items[2].documents.empty());
    CHECK(coverage.missing == 1);
    site.site.documents[2].published = false;  // a draft section covers nothing
    CHECK(checklist_coverage(site.site, list, publications[0]).items[1].documents.size() == 1);
}

TEST_CASE("the check report names covering sections and missing items, --strict counts them") {
    TestSite site = report_site();
    ChecklistReport report = checklist_report(site.site);
    CHECK(report.missing == 1);
    CHECK(report.lines ==
          std::vector<std::string>{
              "Checklist \"annual-report\" in content/annual-reports/2023-24 (Annual report 2023 to 2024): 2 of 3 "
              "requirements covered",
              "  covered  partner-contributions: Our partnership (content/annual-reports/2023-24/partners.md)",
              "  covered  cost-breakdown: Our partnership (content/annual-reports/2023-24/partners.md); Money "
              "(content/annual-reports/2023-24/money.md)",
              "  missing  little-progress: Priorities with little progress",
          });
    site.site.documents[3].meta.covers = {"little-progress"};
    CHECK(checklist_report(site.site).missing == 0);
}

TEST_CASE("the checklist appendix links each requirement to the sections that meet it") {
    TestSite site = report_site();
    Diagnostics d;
    auto nodes = expand_paragraph(site, "{{< checklist id=\"annual-report\" >}}", d,
                                  "content/annual-reports/2023-24/appendix.md");
    CHECK(messages(d).empty());
    REQUIRE(nodes.size() == 1);
    CHECK(nodes[0].caption() == "What the annual report must contain (Working Together to Safeguard Children 2023)");
    const Node& costs = nodes[0].children[2].children[1];
    REQUIRE(costs.children.size() == 3);
    CHECK(costs.children[0].kind == NodeKind::link);
    CHECK(costs.children[0].url() == "partners.md");
    CHECK(costs.children[2].url() == "money.md");
    CHECK(texts(costs) == "Our partnership; Money");
    CHECK(texts(nodes[0].children[3]) == "Priorities with little progressNot covered in this report");
    // from another folder the links are relative to it
    auto elsewhere = expand_paragraph(site, "{{< checklist >}}", d, "content/pages/x.md");
    CHECK(elsewhere[0].children[1].children[1].children[0].url() == "../annual-reports/2023-24/partners.md");
}

TEST_CASE("checklist errors") {
    TestSite site = report_site();
    Diagnostics d;
    expand_paragraph(site, "{{< checklist id=\"annual-reprt\" >}}", d);
    CHECK(messages(d) == std::vector<std::string>{
                             "content/page.md:1:1: error: unknown checklist \"annual-reprt\" in data/checklists.json\n"
                             "  hint: did you mean \"annual-report\"?"});
    // A data set kept as CSV is named by its own file.
    site.store.files.at("checklists").path = "data/checklists.csv";
    Diagnostics from_csv;
    expand_paragraph(site, "{{< checklist id=\"annual-reprt\" >}}", from_csv);
    REQUIRE(from_csv.error_count() == 1);
    CHECK(format_diagnostic(from_csv.all()[0]).find("unknown checklist \"annual-reprt\" in data/checklists.csv") !=
          std::string::npos);
    TestSite bare(full_site());
    Diagnostics missing;
    expand_paragraph(bare, "{{< checklist id=\"annual-report\" >}}", missing);
    CHECK(messages(missing) ==
          std::vector<std::string>{"content/page.md:1:1: error: data/checklists.json is needed by checklist"});
}
