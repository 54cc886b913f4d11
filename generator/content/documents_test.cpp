#include <catch2/catch.hpp>

#include "content/documents.h"

using namespace publish;

namespace {
Site site_on(const std::string& date) {
    Site site;
    site.build_date = date;
    return site;
}
}  // namespace

TEST_CASE("types, sections and URLs come from folders") {
    FileMap files{{"content/briefings/safer-sleep.md", "---\ntitle: Safer sleep\n---\nBody\n"},
                  {"content/about.md", "---\ntitle: About\n---\n"},
                  {"content/bulletins/rr.md", "---\ntitle: RR\nslug: rapid-review-learning\n---\n"}};
    Site site = site_on("2024-01-01");
    Diagnostics d;
    auto bodies = load_documents(files, site, d);
    REQUIRE_FALSE(d.has_errors());
    REQUIRE(site.documents.size() == 3);
    CHECK(site.documents[0].url == "about/");
    CHECK(site.documents[0].type == DocType::page);
    CHECK(site.documents[1].url == "briefings/safer-sleep/");
    CHECK(site.documents[1].type == DocType::briefing);
    CHECK(site.documents[1].section == "briefings");
    CHECK(bodies[1] == "Body\n");
    CHECK(site.documents[2].url == "bulletins/rapid-review-learning/");
}

TEST_CASE("a folder with index.md under annual-reports is a bundle ordered by weight") {
    FileMap files{{"content/annual-reports/2023-24/index.md", "---\ntitle: Annual report\n---\n"},
                  {"content/annual-reports/2023-24/a-foreword.md", "---\ntitle: Foreword\nweight: 20\n---\n"},
                  {"content/annual-reports/2023-24/b-intro.md", "---\ntitle: Intro\nweight: 10\n---\n"}};
    Site site = site_on("2024-01-01");
    Diagnostics d;
    load_documents(files, site, d);
    REQUIRE_FALSE(d.has_errors());
    REQUIRE(site.bundles.size() == 1);
    const Bundle& b = site.bundles[0];
    CHECK(site.documents[b.index].url == "annual-reports/2023-24/");
    CHECK(site.documents[b.index].bundle_index);
    REQUIRE(b.sections.size() == 2);
    CHECK(site.documents[b.sections[0]].meta.title == "Intro");
    CHECK(site.documents[b.sections[0]].url == "annual-reports/2023-24/b-intro/");
    CHECK(site.documents[b.sections[1]].type == DocType::annual_report);
}

TEST_CASE("drafts and embargoed documents are unpublished unless drafts are asked for") {
    FileMap files{{"content/a.md", "---\ntitle: A\ndraft: true\n---\n"},
                  {"content/b.md", "---\ntitle: B\npublish_after: 2030-01-01\n---\n"},
                  {"content/c.md", "---\ntitle: C\npublish_after: 2023-01-01\n---\n"}};
    Site site = site_on("2024-06-01");
    Diagnostics d;
    load_documents(files, site, d);
    CHECK_FALSE(site.documents[0].published);
    CHECK_FALSE(site.documents[1].published);
    CHECK(site.documents[2].published);
    Site preview = site_on("2024-06-01");
    preview.drafts = true;
    load_documents(files, preview, d);
    CHECK(preview.documents[0].published);
    CHECK(preview.documents[1].published);
}

TEST_CASE("two documents with the same URL are an error") {
    FileMap files{{"content/briefings/a.md", "---\ntitle: A\nslug: same\n---\n"},
                  {"content/briefings/same.md", "---\ntitle: B\n---\n"}};
    Site site = site_on("2024-01-01");
    Diagnostics d;
    load_documents(files, site, d);
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.all()[0]).find("two documents have the same URL \"/briefings/same/\"") != std::string::npos);
}

TEST_CASE("binary, empty and invalid UTF-8 files are errors") {
    FileMap files{{"content/a.md", std::string("---\ntitle: A\0\n---\n", 18)},
                  {"content/b.md", "  \n"},
                  {"content/c.md", "---\ntitle: \xC3\x28\n---\n"}};
    Site site = site_on("2024-01-01");
    Diagnostics d;
    load_documents(files, site, d);
    REQUIRE(d.error_count() == 3);
    CHECK(format_diagnostic(d.all()[0]).find("content/a.md: error: not a text file") == 0);
    CHECK(format_diagnostic(d.all()[1]).find("content/b.md: error: empty file") == 0);
    CHECK(format_diagnostic(d.all()[2]).find("content/c.md:2:8: error: invalid UTF-8") == 0);
}

TEST_CASE("unknown theme ids and a briefing without seven sections are reported") {
    Site site = site_on("2024-01-01");
    site.config.themes = {{"neglect", "Neglect", ""}};
    Document doc;
    doc.source_path = "content/briefings/x.md";
    doc.type = DocType::briefing;
    doc.meta.title = "X";
    doc.meta.date = "2024-01-01";
    doc.meta.themes = {"neglekt"};
    doc.meta.field_locations["themes"] = {"content/briefings/x.md", 4, 9};
    doc.body.kind = NodeKind::document;
    Node h;
    h.kind = NodeKind::heading;
    h.level = 2;
    doc.body.children.assign(6, h);
    site.documents.push_back(doc);
    Diagnostics d;
    check_documents(site, d);
    REQUIRE(d.error_count() == 2);
    CHECK(format_diagnostic(d.all()[0]) == "content/briefings/x.md:4:9: error: unknown theme \"neglekt\"\n  hint: did you mean \"neglect\"?");
    CHECK(format_diagnostic(d.all()[1]).find("needs exactly seven \"##\" sections; this one has 6") != std::string::npos);
}

TEST_CASE("an unknown priority id is called a priority") {
    Site site = site_on("2024-01-01");
    site.config.priorities = {{"neglect", "Reducing the impact of neglect", ""}};
    Document doc;
    doc.source_path = "content/about.md";
    doc.meta.title = "About";
    doc.meta.priorities = {"neglekt"};
    doc.meta.field_locations["priorities"] = {"content/about.md", 3, 13};
    doc.body.kind = NodeKind::document;
    site.documents.push_back(doc);
    Diagnostics d;
    check_documents(site, d);
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.all()[0]) == "content/about.md:3:13: error: unknown priority \"neglekt\"\n  hint: did you mean \"neglect\"?");
}
