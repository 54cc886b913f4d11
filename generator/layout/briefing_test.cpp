// The 7-minute briefing: one page, type fitted between 11 and 8 pt, overflow named by panel.
#include <catch2/catch.hpp>

#include "layout/layout.h"
#include "layout/test_trees.h"

using namespace publish;
using namespace publish::layout;

namespace {

struct Fixture {
    FixedWidthMeasurer measurer{500};
    LayoutServices services{measurer, nullptr};
    Diagnostics diagnostics;
    Site site;
    Fixture(int paragraphs) {
        site.config.name = "Example Safeguarding Children Partnership";
        site.documents.push_back(test_trees::briefing(paragraphs));
    }
    double largest_body_size(const LaidOutDocument& doc) {
        double best = 0;
        for (const auto& item : doc.pages[0].items)
            if (item.kind == ItemKind::text && item.element >= 0 && doc.elements[item.element].role == Role::paragraph)
                best = std::max(best, item.size);
        return best;
    }
};

}  // namespace

TEST_CASE("a short briefing is one page at the largest size") {
    Fixture f(1);
    auto doc = layout_publication(f.site, 0, f.services, f.diagnostics);
    REQUIRE(doc);
    REQUIRE(doc->pages.size() == 1);
    REQUIRE(f.largest_body_size(*doc) == 11);
    // Seven panels, numbered in reading order.
    std::vector<std::string> numbers;
    for (const auto& item : doc->pages[0].items)
        if (item.kind == ItemKind::text && item.text.size() == 1 && item.text[0] >= '1' && item.text[0] <= '7') numbers.push_back(item.text);
    REQUIRE(numbers == std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7"});
}

TEST_CASE("a longer briefing is fitted at a smaller size, still one page") {
    Fixture f(2);
    auto doc = layout_publication(f.site, 0, f.services, f.diagnostics);
    REQUIRE(doc);
    REQUIRE(doc->pages.size() == 1);
    double size = f.largest_body_size(*doc);
    REQUIRE(size < 11);
    REQUIRE(size >= 8);
    REQUIRE(std::fmod(size * 2, 1.0) == 0);  // steps of 0.5 pt
}

TEST_CASE("a briefing that cannot fit at 8 pt is an error naming the overflowing panel") {
    Fixture f(8);
    auto doc = layout_publication(f.site, 0, f.services, f.diagnostics);
    REQUIRE_FALSE(doc);
    REQUIRE(f.diagnostics.error_count() == 1);
    const auto& d = f.diagnostics.all()[0];
    INFO(d.message);
    REQUIRE(d.where.file == "content/briefings/safer-sleep.md");
    // The message names the panel, its heading, the lines over and the size.
    REQUIRE_THAT(d.message, Catch::Matches(R"(panel \d "[A-Za-z ]+" overflows the page by \d+ lines? at 8 pt)"));
    int panel = d.message[6] - '0';
    REQUIRE(d.where.line == f.site.documents[0].body.children[(panel - 1) * 9].line);
}

TEST_CASE("a briefing that fits only at 8.5 pt or less is a warning naming its longest panel") {
    bool warned = false;
    for (int extra = 0; extra < 60 && !warned; ++extra) {
        Fixture f(1);
        auto& body = f.site.documents[0].body.children;  // panel 3's heading is child 4, its paragraph 5
        REQUIRE(plain_text(body[4]) == "Information");
        for (int k = 0; k < extra; ++k) body.insert(body.begin() + 6, test_trees::para(test_trees::lorem, 20));
        auto doc = layout_publication(f.site, 0, f.services, f.diagnostics);
        for (const auto& d : f.diagnostics.all()) UNSCOPED_INFO(format_diagnostic(d));
        REQUIRE(doc);  // the loop stops at the first warning, long before the text cannot fit
        double size = 0;  // the panels' type size, as drawn in the number discs
        for (const auto& item : doc->pages[0].items)
            if (item.kind == ItemKind::text && item.text == "1") size = item.size;
        INFO("extra paragraphs " << extra << ", fitted at " << size << " pt");
        REQUIRE(size >= 8);
        if (size > 8.5) {
            CHECK(f.diagnostics.all().empty());
            continue;
        }
        REQUIRE(f.diagnostics.warning_count() == 1);
        const auto& d = f.diagnostics.all()[0];
        CHECK(d.severity == Severity::warning);
        CHECK(d.where.line == body[4].line);
        CHECK_THAT(d.message, Catch::Matches(R"(the briefing "Safer sleep for babies" fits its page only at )"
                                             R"((8\.5 pt \(the smallest is 8 pt\)|the smallest type size, 8 pt); )"
                                             R"(its longest panel is 3 "Information")"));
        warned = true;
    }
    CHECK(warned);
}
