// Tests for sitemap.xml and robots.txt.
#include <catch2/catch.hpp>

#include <tinyxml2.h>

#include "feeds/feeds.h"

using namespace publish;

namespace {

Site test_site() {
    Site site;
    site.config.name = "Northshire SCP";
    site.config.base_url = "https://example.org/nscp/";
    return site;
}

struct Url {
    std::string loc, lastmod;
    bool operator==(const Url&) const = default;
};

std::vector<Url> parse_urls(const std::string& bytes) {
    tinyxml2::XMLDocument xml;
    REQUIRE(xml.Parse(bytes.c_str()) == tinyxml2::XML_SUCCESS);
    auto* urlset = xml.FirstChildElement("urlset");
    REQUIRE(urlset);
    CHECK(std::string(urlset->Attribute("xmlns")) == "http://www.sitemaps.org/schemas/sitemap/0.9");
    std::vector<Url> urls;
    for (auto* u = urlset->FirstChildElement("url"); u; u = u->NextSiblingElement("url")) {
        auto* lastmod = u->FirstChildElement("lastmod");
        urls.push_back({u->FirstChildElement("loc")->GetText(), lastmod ? lastmod->GetText() : ""});
    }
    return urls;
}

}  // namespace

TEST_CASE("the sitemap lists absolute URLs, sorted, once each, with lastmod when given") {
    Site site = test_site();
    OutputFile out = render_sitemap(site, std::vector<SitemapEntry>{
                                              {"themes/neglect/", ""},
                                              {"", "2024-06-01"},
                                              {"/briefings/safer-sleep/", "2024-02-10"},
                                              {"briefings/safer-sleep/", "2024-04-02"},
                                              {"briefings/", "not a date"},
                                          });
    CHECK(out.path == "sitemap.xml");
    CHECK(parse_urls(out.bytes) == std::vector<Url>{
                                       {"https://example.org/nscp/", "2024-06-01"},
                                       {"https://example.org/nscp/briefings/", ""},
                                       {"https://example.org/nscp/briefings/safer-sleep/", "2024-04-02"},
                                       {"https://example.org/nscp/themes/neglect/", ""},
                                   });
}

TEST_CASE("plain URL lists give a sitemap without lastmod, & in a URL is escaped") {
    Site site = test_site();
    OutputFile out = render_sitemap(site, std::vector<std::string>{"b/", "a/?x=1&y=2"});
    CHECK(out.bytes.find("a/?x=1&amp;y=2") != std::string::npos);
    CHECK(parse_urls(out.bytes) == std::vector<Url>{{"https://example.org/nscp/a/?x=1&y=2", ""},
                                                    {"https://example.org/nscp/b/", ""}});
}

TEST_CASE("document sitemap entries skip unpublished documents and use updated before date") {
    Site site = test_site();
    Document a;
    a.url = "briefings/a/";
    a.meta.date = "2024-01-01";
    a.meta.updated = "2024-03-03";
    Document b;
    b.url = "bulletins/b/";
    b.meta.date = "2024-02-02";
    Document draft;
    draft.url = "briefings/draft/";
    draft.published = false;
    Document home;
    site.documents = {a, b, draft, home};
    std::vector<Url> urls = parse_urls(render_sitemap(site, document_sitemap_entries(site)).bytes);
    CHECK(urls == std::vector<Url>{{"https://example.org/nscp/", ""},
                                   {"https://example.org/nscp/briefings/a/", "2024-03-03"},
                                   {"https://example.org/nscp/bulletins/b/", "2024-02-02"}});
}

TEST_CASE("robots.txt allows everything and names the sitemap") {
    OutputFile out = render_robots(test_site());
    CHECK(out.path == "robots.txt");
    CHECK(out.bytes == "User-agent: *\nAllow: /\nSitemap: https://example.org/nscp/sitemap.xml\n");
}

TEST_CASE("absolute_url joins base and path, and passes absolute URLs through") {
    CHECK(absolute_url("https://x.org/", "") == "https://x.org/");
    CHECK(absolute_url("https://x.org/", "/a/b/") == "https://x.org/a/b/");
    CHECK(absolute_url("https://x.org/", "https://other.org/") == "https://other.org/");
}
