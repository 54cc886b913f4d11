// Tests for splitting a briefing into panels.
#include <catch2/catch.hpp>

#include "html/briefing_panels.h"
#include "html/test_site.h"

using namespace publish;
using namespace publish::test;

TEST_CASE("a briefing body splits into one panel per ## heading, in order") {
    Node body = body_with_sections(briefing_headings());
    body.children.insert(body.children.begin(), paragraph("Before the panels."));
    BriefingPanels split = split_panels(body);
    REQUIRE(split.panels.size() == 7);
    REQUIRE(split.intro.children.size() == 1);
    CHECK(plain_text(split.intro) == "Before the panels.");
    for (size_t i = 0; i < 7; ++i) {
        CHECK(plain_text(split.panels[i].heading) == briefing_headings()[i]);
        REQUIRE(split.panels[i].body.children.size() == 1);
        CHECK(split.panels[i].body.kind == NodeKind::document);
    }
}

TEST_CASE("### headings stay inside their panel") {
    Node body = body_with_sections({"One", "Two"});
    body.children.insert(body.children.begin() + 2, heading(3, "Detail", "detail"));
    BriefingPanels split = split_panels(body);
    REQUIRE(split.panels.size() == 2);
    CHECK(split.panels[0].body.children.size() == 2);
    CHECK(split.intro.children.empty());
}
