// The example partnership site (the repository root): builds cleanly and reads like a real site.
#include <catch2/catch.hpp>

#include <tinyxml2.h>

#include "support.h"

using namespace publish_test;

namespace {

const BuiltSite& example() { return example_site(); }

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("the example site builds without errors or warnings") {
    const auto& s = example();
    INFO(s.result.err);
    REQUIRE(s.result.exit_code == 0);
    CHECK(contains(s.result.out, "(0 warnings)"));
    CHECK(s.result.err.empty());  // no warning of any kind: alt text, headings, link text, briefing size
}

TEST_CASE("the example site has its briefings, bulletins, report, arrangements and pages") {
    const auto& s = example();
    CHECK(s.count_pages("briefings/") >= 6);
    CHECK(s.count_pages("bulletins/") >= 4);
    CHECK(s.count_pages("annual-reports/2023-24/") >= 10);
    CHECK(s.count_pages("arrangements/") >= 8);
    for (const char* path : {"index.html", "about/index.html", "contact/index.html",
                             "accessibility-statement/index.html", "reviews/index.html", "search/index.html",
                             "search-index.json", "404.html"})
        CHECK(s.files.count(path) == 1);
}

TEST_CASE("the annual report's funding table sums to £372,064 from the data") {
    bool found = false;
    for (const auto& [path, bytes] : example().files)
        if (path.rfind("annual-reports/", 0) == 0 && contains(bytes, "funding-table") && contains(bytes, "£372,064"))
            found = true;
    CHECK(found);
}

TEST_CASE("the example's draft and embargoed documents leak nowhere") {
    for (const auto& [path, bytes] : example().files) {
        INFO(path);
        CHECK_FALSE(contains(bytes, "DRAFT-MARKER-7Q"));
        CHECK_FALSE(contains(bytes, "EMBARGO-MARKER-9Z"));
    }
}

TEST_CASE("every local link and asset of the example site resolves") {
    auto broken = broken_local_links(example().out, "/");
    INFO((broken.empty() ? std::string() : broken.front()));
    CHECK(broken.empty());
}

TEST_CASE("the search index finds briefings about neglect") {
    const std::string& index = example().files.at("search-index.json");
    CHECK(contains(index, "briefings/"));
    CHECK(contains(index, "eglect"));
}

TEST_CASE("the example feed and sitemap parse as XML") {
    tinyxml2::XMLDocument feed, sitemap;
    CHECK(feed.Parse(example().files.at("feed.xml").c_str()) == tinyxml2::XML_SUCCESS);
    CHECK(sitemap.Parse(example().files.at("sitemap.xml").c_str()) == tinyxml2::XML_SUCCESS);
}
