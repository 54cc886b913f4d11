// Tests for rewrite_links: relative links and images become published URLs; bad ones are errors.
#include <catch2/catch.hpp>

#include "markdown/markdown.h"

using namespace publish;

namespace {

LinkTargets site_targets() {
    LinkTargets t;
    t.pages = {{"content/briefings/safer-sleep.md", "briefings/safer-sleep/"},
               {"content/bulletins/y.md", "bulletins/y/"},
               {"content/about.md", "about/"},
               {"content/annual-reports/2023-24/index.md", "annual-reports/2023-24/"}};
    t.files = {"content/images/logo.png", "content/files/annual report.pdf", "content/briefings/chart.svg",
               "content/briefings/safer-sleep.md", "data/site.json"};
    t.base_path = "/escp/";
    return t;
}

struct Rewritten {
    Node doc;
    Diagnostics diagnostics;
    std::vector<std::string> messages;
};

Rewritten rewrite(std::string_view markdown, const std::string& path = "content/briefings/x.md") {
    Rewritten r;
    r.doc = parse_markdown(markdown, path, 1, r.diagnostics);
    rewrite_links(r.doc, path, site_targets(), r.diagnostics);
    for (const auto& d : r.diagnostics.all()) r.messages.push_back(format_diagnostic(d));
    return r;
}

/// The first link or image in the first paragraph.
const Node& first_inline(const Rewritten& r) { return r.doc.children.at(0).children.at(0); }

}  // namespace

TEST_CASE("a link to a page's Markdown file becomes the page URL under the base path, fragment kept") {
    Rewritten r = rewrite("[y](../bulletins/y.md#learning)");
    CHECK(r.messages.empty());
    CHECK(first_inline(r).url() == "/escp/bulletins/y/#learning");
    CHECK(first_inline(r).source() == "content/bulletins/y.md");
}

TEST_CASE("links to files in the same folder, to the top level and to a bundle folder resolve") {
    Rewritten r = rewrite("[a](safer-sleep.md) [b](./../about.md) [c](../annual-reports/2023-24/) [d](chart.svg)");
    CHECK(r.messages.empty());
    const auto& kids = r.doc.children[0].children;
    CHECK(kids[0].url() == "/escp/briefings/safer-sleep/");
    CHECK(kids[2].url() == "/escp/about/");
    CHECK(kids[4].url() == "/escp/annual-reports/2023-24/");
    CHECK(kids[6].url() == "/escp/briefings/chart.svg");
    CHECK(kids[6].source() == "content/briefings/chart.svg");
}

TEST_CASE("a link to an attachment drops content/ and percent-encodes the path") {
    Rewritten r = rewrite("[report](../files/annual%20report.pdf)");
    CHECK(r.messages.empty());
    CHECK(first_inline(r).url() == "/escp/files/annual%20report.pdf");
    CHECK(first_inline(r).source() == "content/files/annual report.pdf");
}

TEST_CASE("images resolve to site files and record their source") {
    Rewritten r = rewrite("![Logo](../images/logo.png \"ESCP\")");
    CHECK(r.messages.empty());
    CHECK(first_inline(r).url() == "/escp/images/logo.png");
    CHECK(first_inline(r).source() == "content/images/logo.png");
    CHECK(first_inline(r).text == "Logo");
}

TEST_CASE("web, mail, phone and fragment links pass unchanged") {
    Rewritten r = rewrite("[a](https://example.org/x?y=1) [b](mailto:escp@example.org) [c](tel:+441234) [d](#why-it-matters) "
                          "![e](http://example.org/e.png)");
    CHECK(r.messages.empty());
    const auto& kids = r.doc.children[0].children;
    CHECK(kids[0].url() == "https://example.org/x?y=1");
    CHECK(kids[2].url() == "mailto:escp@example.org");
    CHECK(kids[4].url() == "tel:+441234");
    CHECK(kids[6].url() == "#why-it-matters");
    CHECK(kids[8].url() == "http://example.org/e.png");
    CHECK(kids[0].source().empty());
}

TEST_CASE("unsafe schemes in any case are errors and the link becomes its text") {
    Rewritten r = rewrite("Click [*here*](JavaScript:alert(1)) or [there](&#x20;data:text/html,x) now\n\n"
                          "![pic](vbscript:x) [f](file:///etc/passwd)");
    REQUIRE(r.messages.size() == 4);
    CHECK(r.messages[0] == "content/briefings/x.md:1:7: error: unsafe link scheme: \"javascript:\"");
    CHECK(r.messages[1] == "content/briefings/x.md:1:40: error: unsafe link scheme: \"data:\"");
    CHECK(r.messages[2] == "content/briefings/x.md:3:1: error: unsafe link scheme: \"vbscript:\"");
    CHECK(r.messages[3] == "content/briefings/x.md:3:20: error: unsafe link scheme: \"file:\"");
    const auto& kids = r.doc.children[0].children;
    REQUIRE(kids.size() == 3);
    CHECK(kids[0].text == "Click ");
    CHECK(kids[1].kind == NodeKind::emphasis);
    CHECK(kids[2].text == " or there now");
    CHECK(plain_text(r.doc.children[1]) == "pic f");
    CHECK(r.doc.children[1].children.size() == 1);
}

TEST_CASE("a link to a missing page names it and suggests the closest page as written from this file") {
    Rewritten r = rewrite("See [y](../bulletins/z.md) and [n](../briefings/nope.md).");
    REQUIRE(r.messages.size() == 2);
    CHECK(r.messages[0] == "content/briefings/x.md:1:5: error: link points nowhere: \"../bulletins/z.md\"\n"
                           "  hint: did you mean \"../bulletins/y.md\"?");
    CHECK(r.messages[1] == "content/briefings/x.md:1:32: error: link points nowhere: \"../briefings/nope.md\"");
    CHECK(r.doc.children[0].children.size() == 1);
    CHECK(r.doc.children[0].children[0].text == "See y and n.");
}

TEST_CASE("a link to a missing file or a missing image is an error") {
    Rewritten r = rewrite("[doc](../files/annual-report.pdf) ![chart](charts.svg) [web](www.example.org)");
    REQUIRE(r.messages.size() == 3);
    CHECK(r.messages[0] == "content/briefings/x.md:1:1: error: link points nowhere: \"../files/annual-report.pdf\"\n"
                           "  hint: did you mean \"../files/annual report.pdf\"?");
    CHECK(r.messages[1] == "content/briefings/x.md:1:35: error: image not found: \"charts.svg\"\n"
                           "  hint: did you mean \"chart.svg\"?");
    CHECK(r.messages[2] == "content/briefings/x.md:1:56: error: link points nowhere: \"www.example.org\"\n"
                           "  hint: did you mean \"https://www.example.org\"?");
    CHECK(plain_text(r.doc) == "doc chart web");
}

TEST_CASE("paths that leave the site or content/ are errors") {
    Rewritten r = rewrite("[a](../../../etc/passwd) [b](../../data/site.json) [c](../..%2F..%2Fx.md)");
    REQUIRE(r.messages.size() == 3);
    CHECK(r.messages[0] == "content/briefings/x.md:1:1: error: link leaves the site: \"../../../etc/passwd\"");
    CHECK(r.messages[1] == "content/briefings/x.md:1:26: error: link leaves the site: \"../../data/site.json\"");
    CHECK(r.messages[2] == "content/briefings/x.md:1:52: error: link leaves the site: \"../..%2F..%2Fx.md\"");
}

TEST_CASE("absolute file paths are errors") {
    Rewritten r = rewrite("[a](/briefings/safer-sleep.md) ![b](C:\\Users\\x.png) [c](//evil.example/x)");
    REQUIRE(r.messages.size() == 3);
    CHECK(r.messages[0] == "content/briefings/x.md:1:1: error: absolute file path \"/briefings/safer-sleep.md\"; "
                           "write the path relative to this file");
    CHECK(r.messages[1] == "content/briefings/x.md:1:32: error: absolute file path \"C:\\Users\\x.png\"; "
                           "write the path relative to this file");
    CHECK(r.messages[2] == "content/briefings/x.md:1:53: error: absolute file path \"//evil.example/x\"; "
                           "write the path relative to this file");
}

TEST_CASE("other schemes are errors with advice") {
    Rewritten r = rewrite("[a](ftp://example.org/x)");
    REQUIRE(r.messages.size() == 1);
    CHECK(r.messages[0] == "content/briefings/x.md:1:1: error: unsupported link scheme: \"ftp:\"\n"
                           "  hint: use https, http, mailto or tel");
}

TEST_CASE("images inside links, links in headings, lists and tables are all rewritten") {
    Rewritten r = rewrite("[![Logo](../images/logo.png)](../about.md)\n\n## See [y](../bulletins/y.md)\n\n"
                          "- [a](../about.md)\n\n| x |\n|---|\n| [b](safer-sleep.md) |\n");
    CHECK(r.messages.empty());
    const Node& link = first_inline(r);
    CHECK(link.url() == "/escp/about/");
    CHECK(link.children[0].url() == "/escp/images/logo.png");
    CHECK(r.doc.children[1].children[1].url() == "/escp/bulletins/y/");
    CHECK(r.doc.children[2].children[0].children[0].children[0].url() == "/escp/about/");
    CHECK(r.doc.children[3].children[1].children[0].children[0].url() == "/escp/briefings/safer-sleep/");
}

TEST_CASE("a link from a top-level page resolves against content/") {
    Rewritten r = rewrite("[s](briefings/safer-sleep.md)", "content/about.md");
    CHECK(r.messages.empty());
    CHECK(first_inline(r).url() == "/escp/briefings/safer-sleep/");
}

TEST_CASE("empty link targets are errors") {
    Rewritten r = rewrite("[a]() ![b](<>)");
    REQUIRE(r.messages.size() == 2);
    CHECK(r.messages[0] == "content/briefings/x.md:1:1: error: link has no target");
    CHECK(r.messages[1] == "content/briefings/x.md:1:7: error: image has no path");
}
