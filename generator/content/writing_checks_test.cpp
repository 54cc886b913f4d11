#include <catch2/catch.hpp>

#include "content/writing_checks.h"
#include "markdown/markdown.h"

using namespace publish;

namespace {

/// The warnings for a Markdown body that starts on line 5 of its file, formatted.
std::vector<std::string> warnings_for(const std::string& markdown) {
    Diagnostics d;
    Node body = parse_markdown(markdown, "content/x.md", 5, d);
    REQUIRE_FALSE(d.has_errors());
    check_writing(body, "content/x.md", d);
    std::vector<std::string> out;
    for (const auto& w : d.all()) {
        CHECK(w.severity == Severity::warning);
        out.push_back(w.where.file + ":" + std::to_string(w.where.line) + ":" + std::to_string(w.where.column) + ": " +
                      w.message);
    }
    return out;
}

}  // namespace

TEST_CASE("an image without alt text is a warning at the image") {
    CHECK(warnings_for("Intro.\n\nSee ![](images/a.png) and ![A chart](images/b.png).\n") ==
          std::vector<std::string>{"content/x.md:7:5: image \"images/a.png\" has no alt text"});
    CHECK(warnings_for("![  ](images/a.png)\n").size() == 1);
}

TEST_CASE("a heading that skips a level is a warning, and the page title counts as level 1") {
    CHECK(warnings_for("## One\n\n#### Deep\n\n## Two\n\n### Fine\n").size() == 1);
    CHECK(warnings_for("## One\n\n#### Deep\n") ==
          std::vector<std::string>{"content/x.md:7:1: heading level 4 follows a level 2 heading, skipping level 3"});
    CHECK(warnings_for("### First\n") ==
          std::vector<std::string>{"content/x.md:5:1: heading level 3 follows the page title (level 1), skipping level 2"});
    CHECK(warnings_for("## A\n\n### B\n\n#### C\n\n## D\n\n### E\n").empty());
}

TEST_CASE("links whose text does not say where they go are warnings, whatever their case") {
    auto w = warnings_for("For the procedure [click here](https://example.org/p).\n\n"
                          "[Read more.](https://example.org/a) [More](https://example.org/m) "
                          "[this link](https://example.org/t) [**here**](https://example.org/h)\n");
    REQUIRE(w.size() == 5);
    CHECK(w[0] == "content/x.md:5:19: link text \"click here\" does not say where the link goes");
    CHECK(w[1].starts_with("content/x.md:7:1: link text \"Read more.\""));
    CHECK(w[4].starts_with("content/x.md:7:"));
}

TEST_CASE("links that name their destination are not warnings") {
    CHECK(warnings_for("Read [more about safer sleep](https://example.org/s) and [the procedures here](https://e.org/).\n")
              .empty());
}
