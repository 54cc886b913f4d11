// Tests for the URL and site-path helpers behind link rewriting.
#include <catch2/catch.hpp>

#include "markdown/url.h"

using namespace publish;

TEST_CASE("url_scheme finds the scheme as a browser would") {
    CHECK(url_scheme("https://example.org") == "https");
    CHECK(url_scheme("MailTo:a@b.org") == "mailto");
    CHECK(url_scheme("  \x01JavaScript:alert(1)") == "javascript");
    CHECK(url_scheme("java\tscr\nipt:alert(1)") == "javascript");
    CHECK(url_scheme("../briefings/x.md") == "");
    CHECK(url_scheme("images/a:b.png") == "");
    CHECK(url_scheme("#top") == "");
    CHECK(url_scheme("1abc:x") == "");
    CHECK(url_scheme("nocolon") == "");
}

TEST_CASE("unsafe schemes are javascript, data, vbscript and file") {
    for (const char* s : {"javascript", "data", "vbscript", "file"}) CHECK(is_unsafe_scheme(s));
    for (const char* s : {"http", "https", "mailto", "tel", "ftp"}) CHECK_FALSE(is_unsafe_scheme(s));
}

TEST_CASE("resolve_path joins and normalises, refusing to climb above the root") {
    CHECK(resolve_path("content/briefings", "../bulletins/y.md") == std::optional<std::string>("content/bulletins/y.md"));
    CHECK(resolve_path("content/briefings", "./a/./b/../c.pdf") == std::optional<std::string>("content/briefings/a/c.pdf"));
    CHECK(resolve_path("content", "x//y.png") == std::optional<std::string>("content/x/y.png"));
    CHECK(resolve_path("content", "../data/site.json") == std::optional<std::string>("data/site.json"));
    CHECK(resolve_path("content", "../../etc/passwd") == std::nullopt);
}

TEST_CASE("relative_path writes a site path as seen from a folder") {
    CHECK(relative_path("content/briefings", "content/bulletins/y.md") == "../bulletins/y.md");
    CHECK(relative_path("content/briefings", "content/briefings/a.md") == "a.md");
    CHECK(relative_path("content/brief", "content/briefings/a.md") == "../briefings/a.md");
    CHECK(relative_path("content/a/b", "content/c.md") == "../../c.md");
    CHECK(relative_path("content", "content/a/b.md") == "a/b.md");
}

TEST_CASE("percent coding of paths") {
    CHECK(percent_decode("annual%20report%2fx.pdf") == "annual report/x.pdf");
    CHECK(percent_decode("100%") == "100%");
    CHECK(percent_decode("%zz%4") == "%zz%4");
    CHECK(percent_encode_path("files/annual report (2024)é.pdf") == "files/annual%20report%20(2024)%C3%A9.pdf");
    CHECK(percent_encode_path("a\"<b>#?") == "a%22%3Cb%3E%23%3F");
}
