// Tests for whole pages: structure every page must have, and what each kind of page shows.
#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <thread>

#include "html/site_pages.h"
#include "html/test_site.h"

using namespace publish;
using namespace publish::test;
using namespace std::string_literals;

namespace {

const Theme& default_theme() {
    static const FileMap files = default_theme_files();
    static Diagnostics diagnostics;
    static const std::unique_ptr<Theme> theme = Theme::load(files, "default", diagnostics);
    return *theme;
}

/// Every planned page of a site, by output path.
std::map<std::string, std::string> render_site(const Site& site, const std::map<std::string, PdfInfo>& pdfs = {}) {
    std::map<std::string, std::string> pages;
    Diagnostics diagnostics;
    for (const PageJob& job : plan_pages(site)) {
        OutputFile file = render_page(job, site, default_theme(), pdfs, diagnostics);
        CHECK(file.path == job.output_path);
        pages[file.path] = file.bytes;
    }
    for (const auto& d : diagnostics.all()) INFO(format_diagnostic(d));
    CHECK_FALSE(diagnostics.has_errors());
    return pages;
}

bool contains(const std::string& html, const std::string& text) { return html.find(text) != std::string::npos; }

std::vector<std::string> all_matches(const std::string& html, const std::regex& pattern) {
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), pattern); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1].str());
    return out;
}

/// The structure every page must have.
void check_page_structure(const std::string& path, const std::string& html) {
    INFO(path);
    CHECK(html.starts_with("<!doctype html>\n<html lang=\"en-GB\">"));
    CHECK(count_of(html, "<h1") == 1);
    CHECK(contains(html, "<meta charset=\"utf-8\">"));
    CHECK(contains(html, "name=\"viewport\""));
    CHECK(contains(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self' "
                         "data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
                         "form-action 'self'\">"));
    CHECK(contains(html, "<link rel=\"canonical\" href=\"https://example.org/lscp/"));
    CHECK(contains(html, "<meta property=\"og:url\" content=\"https://example.org/lscp/"));
    CHECK(contains(html, "og:site_name"));
    CHECK(contains(html, "<a class=\"skip-link\" href=\"#main\">"));
    CHECK(contains(html, "<main id=\"main\""));
    CHECK(count_of(html, "<header class=\"site-header\"") == 1);
    CHECK(count_of(html, "<footer") == 1);
    CHECK(contains(html, "<nav class=\"site-nav\" aria-label=\"Main\">"));
    CHECK(contains(html, "type=\"application/atom+xml\""));
    CHECK_FALSE(contains(html, "style="));
    CHECK_FALSE(contains(html, "<style"));
    CHECK(all_matches(html, std::regex(R"(<script(?![^>]*\ssrc=)([^>]*)>)")).empty());
    CHECK_FALSE(contains(html, " onclick="));
    // Headings start at h1 and never skip a level going down.
    int previous = 0;
    for (const auto& level : all_matches(html, std::regex(R"(<h([1-6])[\s>])"))) {
        int l = std::stoi(level);
        CHECK(l <= previous + 1);
        previous = l;
    }
    // Every link and source carries the base path (or is absolute, mail or in-page).
    for (const auto& href : all_matches(html, std::regex(R"((?:href|src)="([^"]*)\")"))) {
        INFO(href);
        bool ok = href.starts_with("/lscp/") || href.starts_with("#") || href.starts_with("mailto:") ||
                  href.starts_with("https://example.org/lscp/");
        CHECK(ok);
    }
}

}  // namespace


TEST_CASE("the plan has every page of the site and nothing unpublished") {
    Site site = make_site();
    std::set<std::string> paths;
    for (const auto& job : plan_pages(site)) CHECK(paths.insert(job.output_path).second);
    for (const char* path :
         {"index.html", "briefings/index.html", "bulletins/index.html", "annual-reports/index.html",
          "briefings/safer-sleep/index.html", "briefings/neglect/index.html", "bulletins/safety-plans/index.html",
          "annual-reports/2023-24/index.html", "annual-reports/2023-24/introduction/index.html",
          "annual-reports/2023-24/funding/index.html", "annual-reports/2023-24/training/index.html",
          "about/index.html", "accessibility/index.html", "themes/neglect/index.html",
          "themes/safety-plans/index.html", "priorities/exploitation/index.html", "reviews/index.html",
          "search/index.html", "404.html"}) {
        INFO(path);
        CHECK(paths.count(path));
    }
    CHECK_FALSE(paths.count("briefings/draft-one/index.html"));
    CHECK(paths.size() == 19);
}

TEST_CASE("every page has one h1, lang, security policy, landmarks and base-path links") {
    Site site = make_site();
    auto pages = render_site(site);
    REQUIRE(pages.size() == 19);
    for (const auto& [path, html] : pages) check_page_structure(path, html);
}

TEST_CASE("a page's title, description and social card say what it is") {
    auto pages = render_site(make_site());
    const std::string& html = pages["briefings/safer-sleep/index.html"];
    CHECK(contains(html, "<title>Safer sleep – Example Safeguarding Children Partnership</title>"));
    CHECK(contains(html, "<meta name=\"description\" content=\"How to talk to families about safer sleep.\">"));
    CHECK(contains(html, "<meta property=\"og:url\" content=\"https://example.org/lscp/briefings/safer-sleep/\">"));
    CHECK(contains(html, "<meta property=\"og:type\" content=\"article\">"));
    CHECK(contains(pages["index.html"], "<title>Example Safeguarding Children Partnership</title>"));
    CHECK(contains(html, "<a href=\"/lscp/briefings/\" aria-current=\"true\">Briefings</a>"));
    CHECK(contains(html, "<nav class=\"breadcrumbs container\" aria-label=\"Breadcrumb\">"));
    CHECK(contains(html, "<a href=\"/lscp/briefings/\">7-minute briefings</a>"));
    CHECK(contains(html, "<span aria-current=\"page\">Safer sleep</span>"));
}

TEST_CASE("a briefing shows its seven sections as numbered panels in order") {
    auto pages = render_site(make_site());
    const std::string& html = pages["briefings/safer-sleep/index.html"];
    REQUIRE(count_of(html, "<ol class=\"panels\">") == 1);
    CHECK(count_of(html, "<li class=\"panel\">") == 7);
    size_t position = html.find("<ol class=\"panels\">");
    for (const auto& heading : briefing_headings()) {
        INFO(heading);
        size_t panel = html.find("<li class=\"panel\">", position);
        size_t found = html.find(heading, position);
        REQUIRE(panel != std::string::npos);
        REQUIRE(found != std::string::npos);
        CHECK(panel < found);
        CHECK(html.find("<li class=\"panel\">", panel + 1) > found);  // the heading is inside its own panel
        position = found;
    }
}

TEST_CASE("a document shows its dates, PDF and tags") {
    std::map<std::string, PdfInfo> pdfs = {
        {"briefings/safer-sleep/", {"briefings/safer-sleep/safer-sleep.pdf", 1, 240 * 1024}},
        {"annual-reports/2023-24/", {"annual-reports/2023-24/2023-24.pdf", 24, 3 * 1024 * 1024}}};
    auto pages = render_site(make_site(), pdfs);
    const std::string& html = pages["briefings/safer-sleep/index.html"];
    CHECK(contains(html, "<dt>Published</dt><dd><time datetime=\"2024-01-10\">10 January 2024</time></dd>"));
    CHECK(contains(html, "<dt>Last updated</dt><dd><time datetime=\"2024-02-05\">5 February 2024</time></dd>"));
    CHECK(contains(html, "<dt>Next review</dt><dd><time datetime=\"2025-01-10\">10 January 2025</time></dd>"));
    CHECK(contains(html, "href=\"/lscp/briefings/safer-sleep/safer-sleep.pdf\""));
    CHECK(contains(html, "(PDF, 1 page, 240 KB)"));
    CHECK(contains(html, "<a href=\"/lscp/themes/neglect/\">Neglect</a>"));
    CHECK(contains(html, "<a href=\"/lscp/priorities/exploitation/\">Priority: Tackling child exploitation</a>"));
    CHECK_FALSE(contains(pages["briefings/neglect/index.html"], ".pdf"));
    // A report's sections offer the whole report's PDF.
    CHECK(contains(pages["annual-reports/2023-24/funding/index.html"], "(PDF, 24 pages, 3.0 MB)"));
}

TEST_CASE("a bulletin shows the facts of its review, with statuses in words") {
    auto pages = render_site(make_site());
    const std::string& html = pages["bulletins/safety-plans/index.html"];
    CHECK(contains(html, "<h2 id=\"review-facts-heading\">About the review</h2>"));
    CHECK(contains(html, "Ownership of safety plans at case closure"));
    CHECK(contains(html, "<dt>Type</dt><dd>Rapid review</dd>"));
    CHECK(contains(html, "<dt>Started</dt><dd><time datetime=\"2023-11-02\">2 November 2023</time></dd>"));
    CHECK(contains(html, "<dt>Completed</dt><dd><time datetime=\"2023-12-14\">14 December 2023</time></dd>"));
    CHECK(contains(html, "<span class=\"status status-completed\">Completed</span>"));
    CHECK(contains(html, "<li>Name an owner for every safety plan.</li>"));
    CHECK(contains(html, "<td>Update the closure checklist</td><td>Children&apos;s Services</td>"));
    CHECK(contains(html, "<span class=\"status status-overdue\">Overdue</span>"));
    CHECK(contains(html, "<span class=\"status status-done\">Done</span>"));
    CHECK(contains(html, "<div class=\"table-wrap\""));
    CHECK(contains(html, "<a href=\"/lscp/themes/safety-plans/\">Safety plans</a>"));
}

TEST_CASE("a report section has the report's contents, the current section marked, and previous/next") {
    auto pages = render_site(make_site());
    const std::string& html = pages["annual-reports/2023-24/funding/index.html"];
    CHECK(contains(html, "<nav class=\"report-contents\" aria-label=\"Contents\">"));
    CHECK(count_of(html, "aria-current=\"page\"") == 2);  // breadcrumb and contents
    CHECK(contains(html, "<a href=\"/lscp/annual-reports/2023-24/funding/\" aria-current=\"page\">Funding</a>"));
    CHECK(contains(html, "<a href=\"/lscp/annual-reports/2023-24/introduction/\">Introduction</a>"));
    CHECK(contains(html, "<a href=\"/lscp/annual-reports/2023-24/training/\">Training</a>"));
    CHECK(contains(html, "<span class=\"section-number\">2.</span> Funding</h1>"));
    CHECK(contains(html, "<a href=\"/lscp/annual-reports/2023-24/introduction/\" rel=\"prev\">"));
    CHECK(contains(html, "<a href=\"/lscp/annual-reports/2023-24/training/\" rel=\"next\">"));
    CHECK(contains(html, "<title>Funding – Annual report 2023 to 2024 – Example Safeguarding Children Partnership</title>"));
    // The first section goes back to the report's landing page; the last has no next.
    const std::string& first = pages["annual-reports/2023-24/introduction/index.html"];
    CHECK(contains(first, "<a href=\"/lscp/annual-reports/2023-24/\" rel=\"prev\">"));
    CHECK_FALSE(contains(pages["annual-reports/2023-24/training/index.html"], "rel=\"next\""));
    // The landing page lists all sections, none current.
    const std::string& index = pages["annual-reports/2023-24/index.html"];
    CHECK(contains(index, "<nav class=\"report-contents\" aria-label=\"Contents\">"));
    for (const char* section : {"introduction", "funding", "training"})
        CHECK(contains(index, "<li><a href=\"/lscp/annual-reports/2023-24/"s + section + "/\">"));
    CHECK(count_of(index, "aria-current=\"page\"") == 2);  // breadcrumb and the main navigation
    CHECK(contains(index, "Start reading: Introduction"));
    CHECK(contains(index, "What the partnership did in 2023 to 2024."));
}

TEST_CASE("the home page says who the partnership is, its priorities and latest publications") {
    auto pages = render_site(make_site());
    const std::string& html = pages["index.html"];
    CHECK(contains(html, "We keep children in our area safe by working together."));
    CHECK(contains(html, "<a href=\"/lscp/priorities/exploitation/\">Tackling child exploitation</a>"));
    CHECK(contains(html, "Safer sleep"));
    CHECK(contains(html, "Safety plans at case closure"));
    CHECK(contains(html, "<a href=\"/lscp/annual-reports/2023-24/\">Annual report 2023 to 2024</a>"));
    CHECK(contains(html, "Body of Welcome."));
    CHECK_FALSE(contains(html, "Unfinished briefing"));
    CHECK_FALSE(contains(html, "class=\"breadcrumbs"));
}

TEST_CASE("lists are newest first, taxonomy pages list everything tagged") {
    auto pages = render_site(make_site());
    const std::string& list = pages["briefings/index.html"];
    CHECK(list.find("Safer sleep") < list.find(">Neglect<"));
    CHECK_FALSE(contains(list, "Unfinished briefing"));
    CHECK(contains(list, "<time datetime=\"2023-05-01\">1 May 2023</time>"));
    const std::string& theme = pages["themes/neglect/index.html"];
    CHECK(contains(theme, "<h1>Neglect</h1>"));
    CHECK(contains(theme, "/lscp/briefings/safer-sleep/"));
    CHECK(contains(theme, "/lscp/briefings/neglect/"));
    CHECK(contains(pages["themes/safety-plans/index.html"], "/lscp/reviews/#review-RR-2023-02"));
    CHECK(contains(pages["priorities/exploitation/index.html"], "/lscp/briefings/safer-sleep/"));
}

TEST_CASE("the reviews page groups reviews by type with status and linked bulletins") {
    auto pages = render_site(make_site());
    const std::string& html = pages["reviews/index.html"];
    CHECK(contains(html, "<h2 id=\"reviews-rapid-review\">Rapid reviews</h2>"));
    CHECK(contains(html, "<h2 id=\"reviews-lcspr\">Local child safeguarding practice reviews</h2>"));
    CHECK(html.find("Rapid reviews") < html.find("Local child safeguarding practice reviews"));
    CHECK(contains(html, "<tr id=\"review-RR-2023-02\">"));
    CHECK(contains(html, "<a href=\"/lscp/bulletins/safety-plans/\">Safety plans at case closure</a>"));
    CHECK(contains(html, "<span class=\"status status-in-progress\">In progress</span>"));
    CHECK(contains(html, "<td>Not yet</td>"));
}

TEST_CASE("the search page has a labelled search box, a live region and the script, others link to it") {
    auto pages = render_site(make_site());
    const std::string& html = pages["search/index.html"];
    CHECK(contains(html, "<label for=\"search-input\">"));
    CHECK(contains(html, "<input type=\"search\" id=\"search-input\" name=\"q\""));
    CHECK(contains(html, "data-index=\"/lscp/search-index.json\""));
    CHECK(contains(html, "role=\"status\" aria-live=\"polite\""));
    CHECK(contains(html, "<script src=\"/lscp/static/js/search.js\" defer></script>"));
    CHECK_FALSE(contains(html, "header-search-input"));
    CHECK(contains(html, "<a href=\"/lscp/themes/neglect/\">Neglect</a>"));  // browsing without scripts
    const std::string& other = pages["about/index.html"];
    CHECK(contains(other, "<form class=\"header-search\" role=\"search\" action=\"/lscp/search/\" method=\"get\">"));
    CHECK(contains(other, "<label for=\"header-search-input\">"));
    CHECK_FALSE(contains(other, "<script"));
}

TEST_CASE("the footer has contact, accessibility statement and feed links") {
    auto pages = render_site(make_site());
    const std::string& html = pages["404.html"];
    CHECK(contains(html, "<a href=\"mailto:escp@example.org\">escp@example.org</a>"));
    CHECK(contains(html, "<a href=\"/lscp/accessibility/\">Accessibility statement</a>"));
    CHECK(contains(html, "<a href=\"/lscp/feed.xml\">"));
    CHECK(contains(html, "<meta name=\"robots\" content=\"noindex\">"));
}

TEST_CASE("drafts are shown with a banner only when building with drafts") {
    Site site = make_site();
    for (const auto& [path, html] : render_site(site)) {
        INFO(path);
        CHECK_FALSE(contains(html, "draft-banner"));
    }
    site.drafts = true;
    site.documents[draft_doc].published = true;  // content/ publishes drafts under --drafts
    auto pages = render_site(site);
    REQUIRE(pages.count("briefings/draft-one/index.html"));
    const std::string& draft = pages["briefings/draft-one/index.html"];
    check_page_structure("draft", draft);
    CHECK(contains(draft, "<div class=\"draft-banner\" role=\"note\">"));
    CHECK(contains(draft, "<meta name=\"robots\" content=\"noindex\">"));
    CHECK(contains(pages["briefings/index.html"], "<span class=\"draft-tag\">Draft</span>"));
    CHECK_FALSE(contains(pages["briefings/safer-sleep/index.html"], "draft-banner"));
}

TEST_CASE("author text is escaped in pages") {
    Site site = make_site();
    site.documents[about_doc].meta.title = "About <script>alert(1)</script> & us";
    auto pages = render_site(site);
    const std::string& html = pages["about/index.html"];
    CHECK(contains(html, "<h1>About &lt;script&gt;alert(1)&lt;/script&gt; &amp; us</h1>"));
    CHECK_FALSE(contains(html, "<script>alert"));
}

TEST_CASE("a job built by hand (without the plan's index) renders the same page") {
    Site site = make_site();
    PageJob planned;
    for (const auto& job : plan_pages(site))
        if (job.output_path == "briefings/safer-sleep/index.html") planned = job;
    PageJob by_hand = planned;
    by_hand.index.reset();
    Diagnostics diagnostics;
    CHECK(render_page(by_hand, site, default_theme(), {}, diagnostics).bytes ==
          render_page(planned, site, default_theme(), {}, diagnostics).bytes);
}

TEST_CASE("pages render the same from several threads at once") {
    Site site = make_site();
    auto jobs = plan_pages(site);
    auto expected = render_site(site);
    std::vector<std::string> results[2];
    auto work = [&](int t) {
        Diagnostics diagnostics;
        for (int round = 0; round < 20; ++round)
            for (const auto& job : jobs) results[t].push_back(render_page(job, site, default_theme(), {}, diagnostics).bytes);
    };
    std::thread a(work, 0), b(work, 1);
    a.join();
    b.join();
    for (int t = 0; t < 2; ++t)
        for (size_t i = 0; i < results[t].size(); ++i) CHECK(results[t][i] == expected[jobs[i % jobs.size()].output_path]);
}
