// Figures from a spreadsheet: the small site with data/funding.json replaced by a CSV export
// (tests/sites/small-csv/: data/funding.csv, saved as Excel's "CSV UTF-8" with a byte order mark
// and CRLF line ends, and its description data/funding.csv.json) builds exactly the same site.
#include <catch2/catch.hpp>

#include <fstream>

#include "support.h"

using namespace publish_test;

TEST_CASE("a funding CSV file and its description build the same site, PDFs included, as funding.json") {
    TempDir dir;
    fs::path json_site = source_dir() / "tests/sites/small", csv_site = dir.path() / "site";
    copy_tree(json_site, csv_site);
    fs::remove(csv_site / "data/funding.json");
    copy_tree(source_dir() / "tests/sites/small-csv", csv_site);

    auto from_json = run_publish("build --site '" + json_site.string() + "' --out '" + (dir.path() / "a").string() + "'");
    auto from_csv = run_publish("build --site '" + csv_site.string() + "' --out '" + (dir.path() / "b").string() + "'");
    INFO(from_csv.err);
    REQUIRE(from_json.exit_code == 0);
    REQUIRE(from_csv.exit_code == 0);
    CHECK(from_csv.err.find("warning") == std::string::npos);
    auto a = read_tree(dir.path() / "a"), b = read_tree(dir.path() / "b");
    REQUIRE(a.count("annual-reports/2023-24/funding/index.html"));
    const std::string& page = b["annual-reports/2023-24/funding/index.html"];
    CHECK(page.find("£162,435") != std::string::npos);
    CHECK(page.find("£372,064") != std::string::npos);
    CHECK(a == b);  // every page, figure and PDF byte for byte
}

TEST_CASE("a CSV cell that disagrees is reported in the CSV file, and so is a figure the readers check") {
    TempDir dir;
    fs::path site = dir.path() / "site";
    copy_tree(source_dir() / "tests/sites/small", site);
    fs::remove(site / "data/funding.json");
    copy_tree(source_dir() / "tests/sites/small-csv", site);
    std::string csv = read_file(site / "data/funding.csv");
    const std::string from = "\xC2\xA3" "3,595";
    REQUIRE(csv.find(from) != std::string::npos);
    csv.replace(csv.find(from), from.size(), "\xC2\xA3" "3,600");
    std::ofstream(site / "data/funding.csv", std::ios::binary) << csv;
    auto result = run_publish("check --site '" + site.string() + "'");
    INFO(result.err);
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("data/funding.csv.json:10:55: error: stated total £372,064 does not match the sum of "
                          "contributions £372,069") != std::string::npos);
}

TEST_CASE("a shortcode's error about a CSV data set names the CSV file") {
    TempDir dir;
    fs::path site = dir.path() / "site";
    copy_tree(source_dir() / "tests/sites/small", site);
    fs::remove(site / "data/funding.json");
    copy_tree(source_dir() / "tests/sites/small-csv", site);
    fs::path page = site / "content/annual-reports/2023-24/funding.md";
    std::string text = read_file(page);
    const std::string from = "{{< funding-table period=\"2023-24\" >}}";
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), "{{< funding-table period=\"2022-23\" >}}");
    std::ofstream(page, std::ios::binary) << text;
    auto result = run_publish("check --site '" + site.string() + "'");
    INFO(result.err);
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("funding.md:8:1: error: no funding for period \"2022-23\" in data/funding.csv") !=
          std::string::npos);
}
