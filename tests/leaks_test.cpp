// Sensitive terms (data/private/sensitive-terms.txt) never reach output/: a leak fails the build,
// naming the source file and line, and the list itself is never published.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "support.h"

using namespace publish_test;

namespace {

const char* const fixture_terms = "# fictional names for the test\nJordan Example\nCASE-0042\n";

/// The small site with a terms list, ready to be changed by a test.
struct LeakSite {
    TempDir dir;
    fs::path site = dir.path() / "site", out = dir.path() / "out";
    LeakSite() {
        copy_tree(source_dir() / "tests/sites/small", site);
        fs::create_directories(site / "data/private");
        std::ofstream(site / "data/private/sensitive-terms.txt") << fixture_terms;
    }
    CommandResult build(const std::string& extra = "--no-pdf") const {
        return run_publish("build " + extra + " --site '" + site.string() + "' --out '" + out.string() + "'", 300);
    }
    void write(const std::string& path, const std::string& text) const { std::ofstream(site / path) << text; }
};

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("a site with a terms list and no leak builds, and the list is not published") {
    LeakSite s;
    auto result = s.build();
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    for (const auto& [path, bytes] : read_tree(s.out)) {
        CHECK_FALSE(contains(path, "private"));
        CHECK_FALSE(contains(path, "sensitive"));
        CHECK_FALSE(contains(bytes, "Jordan Example"));
    }
}

TEST_CASE("a sensitive term in a page fails the build naming the source file and line, not the term") {
    LeakSite s;
    REQUIRE(s.build().exit_code == 0);
    auto before = read_tree(s.out);
    s.write("content/about.md", "---\ntitle: About us\nsummary: Who we are.\n---\n\n## Who we are\n\nWe worked with\njordan   example last year.\n");
    auto result = s.build();
    INFO(result.err);
    CHECK(result.exit_code == 1);
    CHECK(contains(result.err, "content/about.md:9:1: error: a sensitive term (listed at "
                               "data/private/sensitive-terms.txt:2) would be published in about/index.html and "));
    CHECK_FALSE(contains(result.err, "Jordan"));
    CHECK_FALSE(contains(result.err, "jordan"));
    CHECK(read_tree(s.out) == before);
}

TEST_CASE("a sensitive term from a data file is caught in pages and in PDF text") {
    LeakSite s;
    std::string reviews = read_file(s.site / "data/reviews.json");
    const std::string from = "Ownership of safety plans at case closure";
    REQUIRE(contains(reviews, from));
    reviews.replace(reviews.find(from), from.size(), "Ownership of the plan for CASE-0042");
    s.write("data/reviews.json", reviews);
    auto result = s.build("");  // with PDFs: the bulletin's PDF prints the review's title
    INFO(result.err);
    CHECK(result.exit_code == 1);
    CHECK(contains(result.err, "data/reviews.json:6:43: error: a sensitive term (listed at "
                               "data/private/sensitive-terms.txt:3) would be published in "));
    CHECK(contains(result.err, "bulletins/safety-plans/safety-plans.pdf"));
    CHECK(contains(result.err, "reviews/index.html"));
    CHECK_FALSE(contains(result.err, "0042"));
    CHECK_FALSE(fs::exists(s.out));
}

TEST_CASE("a sensitive term only in a draft or embargoed document is not a leak") {
    LeakSite s;
    s.write("data/private/sensitive-terms.txt", std::string(fixture_terms) + "DRAFT-MARKER-SMALL\nEMBARGO-MARKER-SMALL\n");
    auto result = s.build();
    INFO(result.err);
    CHECK(result.exit_code == 0);
}

TEST_CASE("the example site's fictional terms appear in no output, including the PDFs' text") {
    const auto& site = example_site();
    REQUIRE(site.result.exit_code == 0);
    std::vector<std::string> terms;
    std::istringstream list(read_file(source_dir() / "data/private/sensitive-terms.txt"));
    for (std::string line; std::getline(list, line);)
        if (!line.empty() && line[0] != '#') terms.push_back(line);
    REQUIRE(terms.size() >= 5);
    for (const auto& [path, bytes] : site.files) {
        CHECK_FALSE(contains(path, "private"));
        std::string text = bytes;
        if (path.ends_with(".pdf"))
            text = run_shell("pdftotext -enc UTF-8 '" + (site.out / path).string() + "' - 2>/dev/null");
        for (const auto& term : terms) {
            INFO(path << " holds " << term);
            CHECK_FALSE(contains(text, term));
        }
    }
}
