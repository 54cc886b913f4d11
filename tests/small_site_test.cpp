// The small fixture site: pages, computed figures, drafts absent, links resolving, XML parsing,
// reproducible bytes, check writes nothing.
#include <catch2/catch.hpp>

#include <tinyxml2.h>

#include <cstdio>

#include "support.h"

using namespace publish_test;

namespace {

/// Builds tests/sites/small into a temporary folder once for all the checks below.
struct SmallSite {
    TempDir dir;
    fs::path out;
    CommandResult result;
    std::map<std::string, std::string> files;
    SmallSite() {
        out = dir.path() / "out";
        result = run_publish("build --site '" + (source_dir() / "tests/sites/small").string() + "' --out '" +
                             out.string() + "'");
        files = read_tree(out);
    }
};

const SmallSite& small_site() {
    static SmallSite site;
    return site;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("the small site builds with exit status 0 and a summary") {
    const auto& s = small_site();
    INFO(s.result.err);
    REQUIRE(s.result.exit_code == 0);
    CHECK(contains(s.result.out, "Built "));
}

TEST_CASE("every kind of page is written where the content model says") {
    const auto& f = small_site().files;
    for (const char* path : {"index.html", "about/index.html", "briefings/index.html", "briefings/safety-plans/index.html",
                             "bulletins/safety-plans/index.html", "annual-reports/2023-24/index.html",
                             "annual-reports/2023-24/foreword/index.html", "annual-reports/2023-24/funding/index.html",
                             "themes/neglect/index.html", "priorities/neglect/index.html", "reviews/index.html",
                             "404.html", "feed.xml", "sitemap.xml", "robots.txt"})
        CHECK(f.count(path) == 1);
}

TEST_CASE("figures are computed from the data") {
    const auto& f = small_site().files;
    const std::string& funding = f.at("annual-reports/2023-24/funding/index.html");
    CHECK(contains(funding, "£372,064"));
    CHECK(contains(funding, "£162,435"));
    CHECK(contains(funding, "43.7%"));
    CHECK(contains(f.at("briefings/safety-plans/index.html"), "£372,064"));
}

TEST_CASE("drafts and embargoed documents appear nowhere in the output") {
    for (const auto& [path, bytes] : small_site().files) {
        INFO(path);
        CHECK_FALSE(contains(bytes, "DRAFT-MARKER-SMALL"));
        CHECK_FALSE(contains(bytes, "EMBARGO-MARKER-SMALL"));
        CHECK_FALSE(contains(bytes, "must never be published"));
        CHECK_FALSE(contains(bytes, "embargoed bulletin"));
    }
}

TEST_CASE("links between content files become page URLs under the base path, and all resolve") {
    const auto& s = small_site();
    CHECK(contains(s.files.at("about/index.html"), "href=\"/sub/briefings/safety-plans/\""));
    CHECK(broken_local_links(s.out, "/sub/").empty());
}

TEST_CASE("the feed and the sitemap are well-formed XML with the published documents") {
    const auto& f = small_site().files;
    tinyxml2::XMLDocument feed, sitemap;
    REQUIRE(feed.Parse(f.at("feed.xml").c_str()) == tinyxml2::XML_SUCCESS);
    REQUIRE(sitemap.Parse(f.at("sitemap.xml").c_str()) == tinyxml2::XML_SUCCESS);
    CHECK(contains(f.at("feed.xml"), "https://tscp.example.org/sub/briefings/safety-plans/"));
    CHECK(contains(f.at("sitemap.xml"), "<loc>https://tscp.example.org/sub/about/</loc>"));
}

TEST_CASE("drafts and embargoed documents are shown with the drafts option, for previews") {
    TempDir dir;
    auto result = run_publish("build --drafts --no-pdf --site '" + (source_dir() / "tests/sites/small").string() +
                              "' --out '" + (dir.path() / "out").string() + "'");
    REQUIRE(result.exit_code == 0);
    auto files = read_tree(dir.path() / "out");
    CHECK(files.count("briefings/draft-briefing/index.html") == 1);
    CHECK(files.count("bulletins/embargoed/index.html") == 1);
}

TEST_CASE("two builds of the same input are byte-identical") {
    TempDir dir;
    auto again = run_publish("build --site '" + (source_dir() / "tests/sites/small").string() + "' --out '" +
                             (dir.path() / "out").string() + "'");
    REQUIRE(again.exit_code == 0);
    CHECK(read_tree(dir.path() / "out") == small_site().files);
}

TEST_CASE("check runs every check and writes nothing") {
    TempDir dir;
    fs::copy(source_dir() / "tests/sites/small", dir.path() / "site", fs::copy_options::recursive);
    auto result = run_publish("check --site '" + (dir.path() / "site").string() + "'");
    CHECK(result.exit_code == 0);
    CHECK_FALSE(fs::exists(dir.path() / "site/output"));
}

TEST_CASE("no template or shortcode syntax leaks into any page") {
    for (const auto& [path, bytes] : small_site().files) {
        if (path.size() < 5 || path.substr(path.size() - 5) != ".html") continue;
        INFO(path);
        CHECK_FALSE(contains(bytes, "{{"));
        CHECK_FALSE(contains(bytes, "}}"));
        CHECK_FALSE(contains(bytes, "\xEE\x80\x80"));  // a shortcode placeholder
    }
}

TEST_CASE("a page break asked for in the content starts a new page in the PDF") {
    const auto& s = small_site();
    std::string pdf = quoted(s.out / "annual-reports/2023-24/2023-24.pdf");
    int pages = pdf_page_count(s.out / "annual-reports/2023-24/2023-24.pdf");
    REQUIRE(pages > 1);
    int table_page = 0, after_page = 0;
    for (int p = 1; p <= pages; ++p) {
        std::string text = run_shell("pdftotext -f " + std::to_string(p) + " -l " + std::to_string(p) + " " + pdf + " -");
        if (contains(text, "Probation Service")) table_page = p;
        if (contains(text, "The total was")) after_page = p;
    }
    CHECK(table_page > 0);
    CHECK(after_page == table_page + 1);
}
