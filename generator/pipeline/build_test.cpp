#include <catch2/catch.hpp>

#include "pipeline/build.h"

using namespace publish;

namespace {

const char* site_json = R"({
  "name": "Memory Safeguarding Children Partnership", "short_name": "MSCP",
  "base_url": "https://mscp.example.org/", "language": "en-GB",
  "contact": { "email": "mscp@example.org" },
  "priorities": [], "themes": [ { "id": "neglect", "title": "Neglect" } ],
  "partners": [] })";

const char* briefing = R"(---
title: Neglect
date: 2024-01-10
themes: [neglect]
---

## Background
One.
## Why it matters
Two.
## Information
Three.
## Learning
Four.
## Questions to reflect on
Five.
## What you should do
Six.
## Find out more
Seven.
)";

struct Built {
    Site site;
    FileMap files;
    Diagnostics diagnostics;
    BuildResult result;
    explicit Built(FileMap input, bool pdf = false) : files(std::move(input)) {
        add_builtin_theme(files);
        site.build_date = "2024-06-01";
        site.build_timestamp = "2024-06-01T00:00:00Z";
        site.files = &files;
        BuildOptions options;
        options.pdf = pdf;
        result = build_site(files, site, options, diagnostics);
    }
    const OutputFile* find(const std::string& path) const {
        for (const auto& f : result.files)
            if (f.path == path) return &f;
        return nullptr;
    }
};

}  // namespace

TEST_CASE("a site held in memory builds into pages, feed and sitemap without touching the disk") {
    Built b(FileMap{{"data/site.json", site_json}, {"content/briefings/neglect.md", briefing}});
    for (const auto& d : b.diagnostics.all()) INFO(format_diagnostic(d));
    REQUIRE_FALSE(b.diagnostics.has_errors());
    CHECK(b.find("index.html"));
    REQUIRE(b.find("briefings/neglect/index.html"));
    CHECK(b.find("briefings/neglect/index.html")->bytes.find("Why it matters") != std::string::npos);
    CHECK(b.find("themes/neglect/index.html"));
    CHECK(b.find("feed.xml"));
    CHECK(b.find("sitemap.xml"));
    CHECK(b.result.pages > 3);
}

TEST_CASE("a content error stops the build before any file is produced") {
    std::string broken = briefing;
    broken.replace(broken.find("themes: [neglect]"), 17, "themes: [neglekt]");
    Built b(FileMap{{"data/site.json", site_json}, {"content/briefings/neglect.md", broken}});
    CHECK(b.diagnostics.has_errors());
    CHECK(b.result.files.empty());
}

TEST_CASE("without data/site.json the build says what is missing") {
    Built b(FileMap{{"content/about.md", "---\ntitle: About\n---\n"}});
    REQUIRE(b.diagnostics.has_errors());
    CHECK(format_diagnostic(b.diagnostics.all().front()).find("data/site.json") == 0);
}

TEST_CASE("the output lists every file once, in path order") {
    Built b(FileMap{{"data/site.json", site_json}, {"content/briefings/neglect.md", briefing},
             {"content/images/logo.png", "PNG"}});
    REQUIRE_FALSE(b.diagnostics.has_errors());
    for (size_t i = 1; i < b.result.files.size(); ++i) CHECK(b.result.files[i - 1].path < b.result.files[i].path);
    CHECK(b.find("images/logo.png"));
}

TEST_CASE("the PDF step reports its progress, one call at a time, from 0 to the number of PDFs") {
    std::string second = briefing;
    second.replace(second.find("title: Neglect"), 14, "title: Neglect at home");
    FileMap files{{"data/site.json", site_json}, {"content/briefings/neglect.md", briefing},
                  {"content/briefings/neglect-at-home.md", second}, {"content/about.md", "---\ntitle: About\n---\n"}};
    add_builtin_theme(files);
    Site site;
    site.build_date = "2024-06-01";
    site.build_timestamp = "2024-06-01T00:00:00Z";
    site.files = &files;
    BuildOptions options;
    options.jobs = 3;
    std::vector<std::pair<int, int>> calls;
    int inside = 0, overlapped = 0;
    options.on_pdf_progress = [&](int done, int total) {
        if (++inside > 1) ++overlapped;
        calls.push_back({done, total});
        --inside;
    };
    Diagnostics diagnostics;
    BuildResult result = build_site(files, site, options, diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    REQUIRE(result.pdfs == 2);
    CHECK(calls == std::vector<std::pair<int, int>>{{0, 2}, {1, 2}, {2, 2}});
    CHECK(overlapped == 0);
}

TEST_CASE("each document's tree is freed once its pages are rendered, after the search index has read it") {
    Built b(FileMap{{"data/site.json", site_json}, {"content/briefings/neglect.md", briefing}});
    REQUIRE_FALSE(b.diagnostics.has_errors());
    REQUIRE(b.site.documents.size() == 1);
    CHECK(b.site.documents[0].body.children.empty());
    REQUIRE(b.find("briefings/neglect/index.html"));
    CHECK(b.find("briefings/neglect/index.html")->bytes.find("Seven.") != std::string::npos);
    REQUIRE(b.find("search-index.json"));
    CHECK(b.find("search-index.json")->bytes.find("Seven.") != std::string::npos);
}

TEST_CASE("a draft's front matter is checked with or without PDFs, and a published briefing's sections too") {
    std::string draft = briefing;
    draft.replace(draft.find("themes: [neglect]"), 17, "themes: [neglekt]\ndraft: true");
    std::string six = briefing;
    six.replace(six.find("## Find out more\nSeven.\n"), 24, "");
    for (bool pdf : {false, true}) {
        INFO("pdf " << pdf);
        Built b(FileMap{{"data/site.json", site_json}, {"content/briefings/draft.md", draft},
                        {"content/briefings/six.md", six}},
                pdf);
        REQUIRE(b.diagnostics.error_count() == 2);
        std::string messages;
        for (const auto& d : b.diagnostics.all()) messages += format_diagnostic(d) + "\n";
        INFO(messages);
        CHECK(messages.find("content/briefings/draft.md:4:9: error: unknown theme \"neglekt\"") != std::string::npos);
        CHECK(messages.find("content/briefings/six.md") != std::string::npos);
        CHECK(messages.find("exactly seven") != std::string::npos);
    }
}
