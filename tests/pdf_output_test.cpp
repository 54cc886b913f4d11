// Every PDF of the example site, checked with real tools: qpdf, pdffonts, pdfinfo, pdftotext.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "support.h"

using namespace publish_test;

TEST_CASE("the example site writes a PDF for every briefing, bulletin and long document") {
    auto paths = example_pdf_paths();
    size_t briefings = 0, bulletins = 0, reports = 0;
    for (const auto& p : paths) {
        briefings += p.rfind("briefings/", 0) == 0;
        bulletins += p.rfind("bulletins/", 0) == 0;
        reports += p.rfind("annual-reports/", 0) == 0 || p.rfind("arrangements/", 0) == 0;
    }
    CHECK(briefings >= 6);
    CHECK(bulletins >= 4);
    CHECK(reports == 2);
}

TEST_CASE("every PDF passes qpdf --check and embeds all its fonts") {
    for (const auto& path : example_pdf_paths()) {
        INFO(path);
        fs::path pdf = example_site().out / path;
        int status = -1;
        std::string check = run_shell("qpdf --check " + quoted(pdf) + " 2>&1", &status);
        CHECK(status == 0);
        std::string fonts = run_shell("pdffonts " + quoted(pdf) + " 2>/dev/null");
        CHECK(fonts.find("CID TrueType") != std::string::npos);
        std::istringstream lines(fonts);
        std::string line;
        int row = 0;
        while (std::getline(lines, line))
            if (++row > 2 && !line.empty()) CHECK(line.find(" yes yes ") != std::string::npos);  // emb sub
    }
}

TEST_CASE("every PDF is A4 and every briefing is exactly one page") {
    for (const auto& path : example_pdf_paths()) {
        INFO(path);
        fs::path pdf = example_site().out / path;
        std::string info = run_shell("pdfinfo " + quoted(pdf) + " 2>/dev/null");
        CHECK(info.find("595.28 x 841.89 pts (A4)") != std::string::npos);
        if (path.rfind("briefings/", 0) == 0) CHECK(pdf_page_count(pdf) == 1);
        if (path.rfind("annual-reports/", 0) == 0) CHECK(pdf_page_count(pdf) >= 10);
    }
}

TEST_CASE("the text of each briefing and bulletin PDF holds every word of its source in order") {
    for (const auto& path : example_pdf_paths()) {
        if (path.rfind("briefings/", 0) != 0 && path.rfind("bulletins/", 0) != 0) continue;
        INFO(path);
        std::string slug = fs::path(path).stem().string();
        std::string section = path.substr(0, path.find('/'));
        fs::path source = source_dir() / "content" / section / (slug + ".md");
        if (!fs::exists(source)) continue;  // a slug set in front matter
        // -raw: content-stream order, which is the reading order we write (panels 1 to 7)
        std::string text = run_shell("pdftotext -raw -enc UTF-8 " + quoted(example_site().out / path) + " - 2>/dev/null");
        std::string missing;
        bool ordered = in_order(markdown_words(read_file(source)), words_of(text), &missing);
        INFO("first missing word: " << missing);
        CHECK(ordered);
    }
}

TEST_CASE("the annual report PDF carries the computed funding total") {
    for (const auto& path : example_pdf_paths()) {
        if (path.rfind("annual-reports/", 0) != 0) continue;
        std::string text = run_shell("pdftotext -enc UTF-8 " + quoted(example_site().out / path) + " - 2>/dev/null");
        CHECK(text.find("£372,064") != std::string::npos);
    }
}

TEST_CASE("no draft or embargoed text reaches any PDF") {
    for (const auto& path : example_pdf_paths()) {
        std::string text = run_shell("pdftotext -enc UTF-8 " + quoted(example_site().out / path) + " - 2>/dev/null");
        CHECK(text.find("DRAFT-MARKER") == std::string::npos);
        CHECK(text.find("EMBARGO-MARKER") == std::string::npos);
    }
}

TEST_CASE("PDFs have bookmarks and link annotations") {
    for (const auto& path : example_pdf_paths()) {
        if (path.rfind("annual-reports/", 0) != 0) continue;
        std::string json = run_shell("qpdf --json " + quoted(example_site().out / path) + " 2>/dev/null");
        CHECK(json.find("\"/Outlines\"") != std::string::npos);
        CHECK(json.find("/Link") != std::string::npos);
    }
}

TEST_CASE("two builds of the example site give identical PDF bytes") {
    BuiltSite again(source_dir());
    for (const auto& path : example_pdf_paths()) {
        INFO(path);
        CHECK(again.files.count(path) == 1);
        if (again.files.count(path)) CHECK(again.files.at(path) == example_site().files.at(path));
    }
}
