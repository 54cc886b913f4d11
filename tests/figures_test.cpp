// Figures drawn from data (issue 4): charts and the governance diagram on the web page and in
// the PDF, key figures, and the statutory checklist with --strict.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "support.h"

using namespace publish_test;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

const std::string& page(const std::string& path) { return example_site().files.at(path); }

std::string report_pdf_text() {
    static std::string text = run_shell("pdftotext -enc UTF-8 '" +
                                        (example_site().out / "annual-reports/2023-24/2023-24.pdf").string() +
                                        "' - 2>/dev/null");
    return text;
}

}  // namespace

TEST_CASE("the annual report shows the governance diagram and the funding chart as accessible SVG") {
    const std::string& html = page("annual-reports/2023-24/partnership-and-governance/index.html");
    CHECK(contains(html, "<svg"));
    CHECK(contains(html, "role=\"img\""));
    CHECK(contains(html, ">How the partnership is governed</title>"));
    CHECK(contains(html, ">Share of core contributions, 2023 to 2024</title>"));
    CHECK(contains(html, "<desc"));
    CHECK(contains(html, "Show the data"));
}

TEST_CASE("the training section shows key figures and the training charts with their data") {
    const std::string& html = page("annual-reports/2023-24/training-and-development/index.html");
    CHECK(contains(html, "key-figures"));
    CHECK(contains(html, "67,677"));
    CHECK(contains(html, "up 4,496"));
    CHECK(contains(html, ">People attending each course, by period</title>"));
    CHECK(contains(html, ">Knowledge before and after training (0 to 10)</title>"));
}

TEST_CASE("the report PDF draws the same figures with real text labels") {
    const std::string& text = report_pdf_text();
    CHECK(contains(text, "Strategic Management Group"));
    CHECK(contains(text, "Share of core contributions"));
    CHECK(contains(text, "People attending each course"));
    CHECK(contains(text, "67,677"));
}

TEST_CASE("the checklist appendix shows every Working Together requirement as met") {
    const std::string& html = page("annual-reports/2023-24/appendix-checklist/index.html");
    CHECK(contains(html, "Working Together"));
    CHECK((contains(html, "Partner contributions") || contains(html, "partner")));
    CHECK_FALSE(contains(html, "Not covered in this report"));
}

TEST_CASE("check --strict fails when a report section no longer covers a requirement") {
    TempDir dir;
    fs::path site = dir.path() / "site";
    for (const char* folder : {"content", "data"}) copy_tree(source_dir() / folder, site / folder);
    CHECK(run_publish("check --strict --site '" + site.string() + "'").exit_code == 0);
    // Strip every covers: line from the report's sections: all requirements become uncovered.
    for (const auto& entry : fs::directory_iterator(site / "content/annual-reports/2023-24")) {
        std::string text = read_file(entry.path()), kept;
        std::istringstream lines(text);
        for (std::string line; std::getline(lines, line);)
            if (line.rfind("covers:", 0) != 0) kept += line + "\n";
        std::ofstream(entry.path(), std::ios::binary) << kept;
    }
    auto result = run_publish("check --strict --site '" + site.string() + "'");
    INFO(result.out << result.err);
    CHECK(result.exit_code == 1);
}
