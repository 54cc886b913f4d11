#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <fstream>
#include <sstream>

#include "pipeline/build.h"
#include "pipeline/incremental.h"

using namespace publish;

namespace {

namespace fs = std::filesystem;

/// A site folder's content/ and data/, read into memory with the built-in theme.
FileMap read_site_folder(const fs::path& root) {
    FileMap files;
    std::error_code ignored;  // a folder the site does not have
    // Only these two folders: the rest of a repository root holds builds and outputs that other
    // tests write and remove while this one reads.
    for (const char* folder : {"content", "data"})
        for (const auto& entry : fs::recursive_directory_iterator(root / folder, fs::directory_options::none, ignored)) {
            if (!entry.is_regular_file()) continue;
            std::string relative = fs::relative(entry.path(), root).generic_string();
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            files[relative] = bytes.str();
        }
    add_builtin_theme(files);
    return files;
}

/// The fixture site tests/sites/small.
FileMap small_site() { return read_site_folder(fs::path(PUBLISH_SOURCE_DIR) / "tests/sites/small"); }

Site settings(bool drafts = false) {
    Site site;
    site.build_date = "2024-06-01";
    site.build_timestamp = "2024-06-01T00:00:00Z";
    site.drafts = drafts;
    return site;
}

/// A fresh full build of `files`, as `publish build` makes it.
std::map<std::string, std::string> full_build(const FileMap& input, bool drafts = false, bool pdf = true) {
    FileMap files = input;
    Site site = settings(drafts);
    site.files = &files;
    Diagnostics diagnostics;
    BuildOptions options;
    options.pdf = pdf;
    BuildResult result = build_site(files, site, options, diagnostics);
    std::string messages;
    for (const auto& d : diagnostics.all()) messages += format_diagnostic(d) + "\n";
    INFO(messages);
    REQUIRE_FALSE(diagnostics.has_errors());
    std::map<std::string, std::string> out;
    for (auto& file : result.files) out[file.path] = std::move(file.bytes);
    return out;
}

/// The engine's outputs equal a full build of the same files, byte for byte.
void check_same_as_full_build(const IncrementalBuild& engine, const FileMap& files, bool drafts = false,
                              bool pdf = true) {
    auto expected = full_build(files, drafts, pdf);
    REQUIRE(engine.outputs().size() == expected.size());
    for (const auto& [path, bytes] : expected) {
        INFO(path);
        auto found = engine.outputs().find(path);
        REQUIRE(found != engine.outputs().end());
        CHECK(*found->second == bytes);
    }
}

bool has(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

std::string show(const std::vector<std::string>& list) {
    std::string out;
    for (const auto& s : list) out += s + "\n";
    return out;
}

void replace_once(std::string& text, const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
}

UpdateResult update(IncrementalBuild& engine, const FileMap& files) {
    Diagnostics diagnostics;
    UpdateResult result = engine.update(files, diagnostics);
    std::string messages;
    for (const auto& d : diagnostics.all()) messages += format_diagnostic(d) + "\n";
    INFO(messages);
    REQUIRE_FALSE(diagnostics.has_errors());
    return result;
}

const std::string briefing = "content/briefings/safety-plans.md";

}  // namespace

TEST_CASE("the first update is a full build equal to build_site") {
    FileMap files = small_site();
    IncrementalBuild engine(settings(), BuildOptions{});
    UpdateResult first = update(engine, files);
    CHECK(first.ok);
    CHECK(first.full);
    check_same_as_full_build(engine, files);
}

TEST_CASE("editing a briefing's body redoes its page, its PDF and the search index, nothing else") {
    FileMap files = small_site();
    IncrementalBuild engine(settings(), BuildOptions{});
    update(engine, files);
    files[briefing] += "\nA sentence added while writing.\n";
    UpdateResult result = update(engine, files);
    INFO(show(result.rendered));
    CHECK(result.ok);
    CHECK_FALSE(result.full);
    // Lists, the feed and the sitemap show only front matter, which did not change.
    CHECK(result.rendered == std::vector<std::string>{"briefings/safety-plans/index.html",
                                                      "briefings/safety-plans/safety-plans.pdf", "search-index.json"});
    CHECK(engine.outputs().at("briefings/safety-plans/index.html")->find("A sentence added while writing.") !=
          std::string::npos);
    CHECK(engine.outputs().at("search-index.json")->find("A sentence added while writing.") != std::string::npos);
    check_same_as_full_build(engine, files);
}

TEST_CASE("editing a briefing's summary also redoes the pages listing it, the feed and the sitemap") {
    FileMap files = small_site();
    IncrementalBuild engine(settings(), BuildOptions{});
    update(engine, files);
    std::string& text = files[briefing];
    text.replace(text.find("summary: Who owns"), 17, "summary: Who keeps");
    UpdateResult result = update(engine, files);
    INFO(show(result.rendered));
    CHECK(result.ok);
    CHECK_FALSE(result.full);
    for (const char* path : {"briefings/safety-plans/index.html", "briefings/safety-plans/safety-plans.pdf",
                             "briefings/index.html", "themes/safety-plans/index.html", "priorities/neglect/index.html",
                             "index.html", "search-index.json", "feed.xml", "sitemap.xml"})
        CHECK(has(result.rendered, path));
    for (const char* path : {"bulletins/safety-plans/index.html", "about/index.html", "annual-reports/2023-24/index.html",
                             "annual-reports/2023-24/2023-24.pdf", "static/css/site.css", "search/index.html"})
        CHECK_FALSE(has(result.rendered, path));
    CHECK(engine.outputs().at("briefings/index.html")->find("Who keeps a safety plan") != std::string::npos);
    check_same_as_full_build(engine, files);
}

TEST_CASE("saving a file unchanged redoes nothing") {
    FileMap files = small_site();
    IncrementalBuild engine(settings(), BuildOptions{});
    update(engine, files);
    UpdateResult result = update(engine, files);
    CHECK(result.ok);
    CHECK_FALSE(result.full);
    CHECK(result.rendered.empty());
}

TEST_CASE("editing a data file redoes the documents, pages and PDFs that read it") {
    FileMap files = small_site();
    IncrementalBuild engine(settings(), BuildOptions{});
    update(engine, files);
    std::string& funding = files["data/funding.json"];
    for (auto [from, to] : {std::pair{"162435", "162436"}, std::pair{"372064", "372065"}}) {
        size_t at = funding.find(from);
        REQUIRE(at != std::string::npos);
        funding.replace(at, 6, to);
    }
    UpdateResult result = update(engine, files);
    INFO(show(result.rendered));
    CHECK_FALSE(result.full);
    CHECK(has(result.rendered, "annual-reports/2023-24/funding/index.html"));
    CHECK(has(result.rendered, "annual-reports/2023-24/2023-24.pdf"));
    // the briefing quotes the total with {{< value >}}; the bulletin and the about page use no data
    CHECK(has(result.rendered, "briefings/safety-plans/index.html"));
    CHECK_FALSE(has(result.rendered, "bulletins/safety-plans/index.html"));
    CHECK_FALSE(has(result.rendered, "bulletins/safety-plans/safety-plans.pdf"));
    CHECK_FALSE(has(result.rendered, "about/index.html"));
    CHECK_FALSE(has(result.rendered, "reviews/index.html"));
    CHECK(engine.outputs().at("annual-reports/2023-24/funding/index.html")->find("372,065") != std::string::npos);
    check_same_as_full_build(engine, files);
}

TEST_CASE("editing a template redoes the pages made from it") {
    FileMap files = small_site();
    IncrementalBuild engine(settings(), BuildOptions{});
    update(engine, files);
    std::string& page = files["themes/default/templates/briefing.mustache"];
    size_t main = page.find("</main>");
    REQUIRE(main != std::string::npos);
    page.insert(main, "<p>Printed from the briefing template.</p>\n");
    UpdateResult result = update(engine, files);
    INFO(show(result.rendered));
    CHECK_FALSE(result.full);
    CHECK(result.rendered == std::vector<std::string>{"briefings/safety-plans/index.html"});
    check_same_as_full_build(engine, files);
}

TEST_CASE("a content error keeps the last good outputs, and the fix builds again") {
    FileMap files = small_site();
    IncrementalBuild engine(settings(), BuildOptions{});
    update(engine, files);
    auto before = engine.outputs().at("briefings/safety-plans/index.html");
    FileMap broken = files;
    broken[briefing] += "\n{{< fundng-table >}}\n";
    Diagnostics diagnostics;
    UpdateResult failed = engine.update(broken, diagnostics);
    CHECK_FALSE(failed.ok);
    REQUIRE(diagnostics.has_errors());
    CHECK(format_diagnostic(diagnostics.all().front()).find(briefing + ":") == 0);
    CHECK(engine.outputs().at("briefings/safety-plans/index.html") == before);
    files[briefing] += "\nFixed.\n";
    UpdateResult fixed = update(engine, files);
    CHECK(fixed.ok);
    CHECK(fixed.full);  // the first build after an error is a full one, reusing the unchanged documents' trees
    CHECK(fixed.reused_trees > 0);
    check_same_as_full_build(engine, files);
}

TEST_CASE("a change the engine cannot follow precisely falls back to a full build") {
    FileMap files = small_site();
    IncrementalBuild engine(settings(true), BuildOptions{});
    update(engine, files);
    SECTION("site.json") {
        files["data/site.json"] += "\n";
        UpdateResult result = update(engine, files);
        CHECK(result.full);
        CHECK(result.reused_trees == 0);  // every tree may depend on it
    }
    SECTION("the style sheet") {
        files["themes/default/static/css/site.css"] += "\n/* edited */\n";
        UpdateResult result = update(engine, files);
        CHECK(result.full);
        CHECK(result.reused_trees == engine.site().documents.size());  // no tree depends on it
    }
    SECTION("a new file") {
        files["content/new-page.md"] = "---\ntitle: New\n---\n\nText.\n";
        CHECK(update(engine, files).full);
    }
    SECTION("a document's slug") {
        std::string& text = files[briefing];
        text.insert(text.find("\n") + 1, "slug: renamed\n");
        UpdateResult result = update(engine, files);
        CHECK(result.full);
        CHECK(has(result.removed, "briefings/safety-plans/index.html"));
    }
    check_same_as_full_build(engine, files, true);
}

TEST_CASE("edits of every kind to the example site: each gives the same bytes as a full build") {
    FileMap files = read_site_folder(PUBLISH_SOURCE_DIR);
    BuildOptions options;
    options.pdf = false;  // the PDFs' dependencies are checked on the small site; this is about pages
    IncrementalBuild engine(settings(), options);
    REQUIRE(update(engine, files).full);
    struct Edit {
        const char* what;
        std::function<void(FileMap&)> apply;
    };
    std::vector<Edit> edits = {
        {"a report section's text",
         [](FileMap& f) { f["content/annual-reports/2023-24/reviews-and-learning.md"] += "\nOne more finding.\n"; }},
        {"a report section's title (the report's contents on every section)",
         [](FileMap& f) {
             replace_once(f["content/annual-reports/2023-24/reviews-and-learning.md"], "title: Reviews and learning",
                          "title: Reviews and what we learned");
         }},
        {"what a section covers (the checklist appendix)",
         [](FileMap& f) {
             replace_once(f["content/annual-reports/2023-24/reviews-and-learning.md"], ", little-progress]", "]");
         }},
        {"a bulletin's summary",
         [](FileMap& f) {
             replace_once(f["content/bulletins/case-transfer-fresh-eyes.md"], "summary: \"Learning from",
                          "summary: \"What we learned from");
         }},
        {"a review's title in data/reviews.json",
         [](FileMap& f) {
             replace_once(f["data/reviews.json"], "Rapid review after the deaths", "Rapid review following the deaths");
         }},
        {"a period's label in data/training.json",
         [](FileMap& f) { replace_once(f["data/training.json"], "Sep 2022 – Sep 2023", "September 2022 – Sep 2023"); }},
        {"a briefing's date (lists reorder)",
         [](FileMap& f) { replace_once(f["content/briefings/safer-sleep.md"], "date: 20", "date: 19"); }},
        {"the home page template",
         [](FileMap& f) {
             replace_once(f["themes/default/templates/home.mustache"], "</main>", "<p>From the template.</p>\n</main>");
         }},
    };
    for (const auto& edit : edits) {
        SECTION(edit.what) {
            edit.apply(files);
            UpdateResult result = update(engine, files);
            INFO(show(result.rendered));
            CHECK(result.ok);
            CHECK_FALSE(result.full);
            CHECK_FALSE(result.rendered.empty());
            check_same_as_full_build(engine, files, false, false);
        }
    }
}

TEST_CASE("a build without PDFs, whose pages follow each tree at once, gives the same bytes as one that keeps the trees") {
    // build_site without PDFs renders each document's pages as soon as its tree is made and drops
    // the tree; the engine keeps every tree and renders the pages afterwards.
    for (const FileMap& files : {small_site(), read_site_folder(PUBLISH_SOURCE_DIR)})
        for (bool drafts : {false, true}) {
            BuildOptions options;
            options.pdf = false;
            IncrementalBuild engine(settings(drafts), options);
            CHECK(update(engine, files).full);
            check_same_as_full_build(engine, files, drafts, false);
        }
}

TEST_CASE("editing a data set kept as CSV redoes what reads it, like its JSON form would") {
    FileMap files = small_site();
    files.erase("data/funding.json");
    FileMap csv = read_site_folder(fs::path(PUBLISH_SOURCE_DIR) / "tests/sites/small-csv");
    for (const char* path : {"data/funding.csv", "data/funding.csv.json"}) files[path] = csv.at(path);
    IncrementalBuild engine(settings(), BuildOptions{});
    REQUIRE(update(engine, files).full);
    replace_once(files["data/funding.csv"], "Integrated Care Board", "Integrated Care Board for the county");
    UpdateResult edit = update(engine, files);
    CHECK_FALSE(edit.full);
    INFO(show(edit.rendered));
    CHECK(has(edit.rendered, "annual-reports/2023-24/funding/index.html"));
    CHECK(engine.outputs().at("annual-reports/2023-24/funding/index.html")->find("Integrated Care Board for the county") !=
          std::string::npos);
    check_same_as_full_build(engine, files);
}
