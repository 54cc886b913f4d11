// publish new end to end: the exact files written for each kind, never overwriting, choosing the
// review and the report, and the site building with the new drafts.
#include <catch2/catch.hpp>

#include <fstream>

#include "support.h"

using namespace publish_test;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

/// A copy of the small site to write new documents into.
struct SiteCopy {
    TempDir dir;
    fs::path site;
    SiteCopy() : site(dir.path() / "site") { copy_tree(source_dir() / "tests/sites/small", site); }
    CommandResult run_new(const std::string& args) const {
        return run_publish("new " + args + " --site '" + site.string() + "' </dev/null");
    }
};

/// The four kinds, their titles and options, the file each writes and its expected text.
struct Kind {
    const char* args;
    const char* path;
    const char* expected;  ///< under tests/new/
    const char* url;       ///< the page of the new document in the output
};

const Kind kinds[] = {
    {"briefing \"Safer sleep\"", "content/briefings/safer-sleep.md", "briefing.md", "briefings/safer-sleep/index.html"},
    {"bulletin \"Closing cases safely\" --review RR-2023-02", "content/bulletins/closing-cases-safely.md", "bulletin.md",
     "bulletins/closing-cases-safely/index.html"},
    {"page \"Contact us\"", "content/contact-us.md", "page.md", "contact-us/index.html"},
    {"report-section \"Our partners\"", "content/annual-reports/2023-24/our-partners.md", "report-section.md",
     "annual-reports/2023-24/our-partners/index.html"},
};

}  // namespace

TEST_CASE("publish new writes each kind of document exactly as its template, and the site builds with them") {
    SiteCopy copy;
    for (const auto& kind : kinds) {
        INFO(kind.args);
        auto result = copy.run_new(kind.args);
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        CHECK(result.out == std::string("Wrote ") + kind.path +
                                " (a draft: preview it with publish serve; set \"draft: false\" when it is ready)\n");
        CHECK(read_file(copy.site / kind.path) == read_file(source_dir() / "tests/new" / kind.expected));
    }
    fs::path out = copy.dir.path() / "out";
    auto built = run_publish("build --drafts --site '" + copy.site.string() + "' --out '" + out.string() + "'");
    INFO(built.err);
    REQUIRE(built.exit_code == 0);
    CHECK(built.err.empty());  // no error and no warning
    CHECK(contains(built.out, "(0 warnings)"));
    for (const auto& kind : kinds) {
        INFO(kind.url);
        CHECK(fs::exists(out / kind.url));
    }
    // The briefing has its seven panels (a PDF of one page), the section comes after the last one.
    CHECK(fs::exists(out / "briefings/safer-sleep/safer-sleep.pdf"));
    std::string report = read_file(out / "annual-reports/2023-24/index.html");
    REQUIRE(contains(report, "Our partners"));
    CHECK(report.find("Funding") < report.find("Our partners"));
    // Without --drafts the new documents are not published.
    fs::path published = copy.dir.path() / "published";
    REQUIRE(run_publish("build --no-pdf --site '" + copy.site.string() + "' --out '" + published.string() + "'").exit_code == 0);
    for (const auto& kind : kinds) CHECK_FALSE(fs::exists(published / kind.url));
}

TEST_CASE("publish new outside a site folder is a usage error and writes nothing") {
    TempDir dir;
    auto result = run_publish("new page \"Contact us\" --site '" + dir.path().string() + "'");
    CHECK(result.exit_code == 2);
    CHECK(contains(result.err, "data/site.json does not exist: run publish new in a site folder, or give --site DIR"));
    CHECK_FALSE(fs::exists(dir.path() / "content"));
}

TEST_CASE("publish new never overwrites a file") {
    SiteCopy copy;
    REQUIRE(copy.run_new("page \"Contact us\"").exit_code == 0);
    std::ofstream(copy.site / "content/contact-us.md") << "mine\n";
    auto again = copy.run_new("page \"Contact us\"");
    CHECK(again.exit_code == 1);
    CHECK(again.err == "content/contact-us.md: error: the file already exists; publish new never overwrites\n"
                       "  hint: choose another title, or edit the file that is there\n");
    CHECK(read_file(copy.site / "content/contact-us.md") == "mine\n");
    auto existing = copy.run_new("bulletin \"Safety plans\" --review none");  // the small site has this bulletin
    CHECK(existing.exit_code == 1);
    CHECK(contains(existing.err, "content/bulletins/safety-plans.md: error: the file already exists"));
}

TEST_CASE("a bulletin's review must be one the site knows, and without --review and no terminal publish lists them") {
    SiteCopy copy;
    auto unknown = copy.run_new("bulletin \"Closing cases\" --review RR-2023-2");
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err == "publish: unknown review \"RR-2023-2\" (did you mean \"RR-2023-02\"?); the reviews in "
                         "data/reviews.json are:\n"
                         "  RR-2023-02  rapid review: Ownership of safety plans at case closure\n"
                         "or use --review none for a bulletin on national learning\n");
    auto missing = copy.run_new("bulletin \"Closing cases\"");
    CHECK(missing.exit_code == 2);
    CHECK(contains(missing.err, "publish: new bulletin needs --review ID (the review it reports on); the reviews in"));
    CHECK(contains(missing.err, "  RR-2023-02  rapid review: Ownership of safety plans at case closure\n"));
    CHECK_FALSE(fs::exists(copy.site / "content/bulletins/closing-cases.md"));

    auto national = copy.run_new("bulletin \"National learning\" --review none");
    REQUIRE(national.exit_code == 0);
    CHECK_FALSE(contains(read_file(copy.site / "content/bulletins/national-learning.md"), "review:"));
}

TEST_CASE("on a terminal, publish new bulletin lists the reviews and asks for one") {
    SiteCopy copy;
    auto asked = run_publish_in_terminal("new bulletin \"Closing cases\" --site '" + copy.site.string() + "'", "",
                                         "RR-2023-02\n");
    INFO(asked.out);
    REQUIRE(asked.exit_code == 0);
    CHECK(contains(asked.out, "Which review does this bulletin report on?\r\n"
                              "  RR-2023-02  rapid review: Ownership of safety plans at case closure\r\n"
                              "Review id (Enter for none): "));
    CHECK(contains(read_file(copy.site / "content/bulletins/closing-cases.md"), "\nreview: RR-2023-02\n"));
    auto wrong = run_publish_in_terminal("new bulletin \"Other\" --site '" + copy.site.string() + "'", "", "RR-9\n");
    CHECK(wrong.exit_code == 2);
    CHECK(contains(wrong.out, "publish: unknown review \"RR-9\""));
}

TEST_CASE("a report section goes into the report named by --report, after its last section") {
    SiteCopy copy;
    fs::create_directories(copy.site / "content/annual-reports/2022-23");
    std::ofstream(copy.site / "content/annual-reports/2022-23/index.md") << "---\ntitle: Annual report 2022 to 2023\nperiod: 2022-23\n---\n";
    std::ofstream(copy.site / "content/annual-reports/2022-23/a.md") << "---\ntitle: A\nweight: 45\n---\n";
    auto older = copy.run_new("report-section \"Our partners\" --report content/annual-reports/2022-23");
    INFO(older.err);
    REQUIRE(older.exit_code == 0);
    std::string text = read_file(copy.site / "content/annual-reports/2022-23/our-partners.md");
    CHECK(contains(text, "\n# weight: orders the sections; this one comes after a.md\nweight: 50\n"));
    auto newest = copy.run_new("report-section \"Our partners\"");
    REQUIRE(newest.exit_code == 0);
    CHECK(contains(read_file(copy.site / "content/annual-reports/2023-24/our-partners.md"), "\nweight: 30\n"));
    auto unknown = copy.run_new("report-section \"Our partners\" --report 2019-20");
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err == "publish: no annual report in \"content/annual-reports/2019-20\"; the reports are: "
                         "content/annual-reports/2022-23, content/annual-reports/2023-24\n");
}
