// Composition: headings kept with what follows, numbering, table columns, lists, glyph warnings.
#include <catch2/catch.hpp>

#include "layout/compose.h"
#include "charts/drawing.h"
#include "layout/test_trees.h"

using namespace publish;
using namespace publish::layout;
using namespace publish::test_trees;

namespace {

struct Fixture {
    FixedWidthMeasurer measurer{500};
    WidthCache widths{measurer};
    HyphenationCache hyphenation{nullptr};
    TextServices services{widths, hyphenation};
    PdfStyle style;
    Diagnostics diagnostics;
    std::vector<Element> elements;
    Site site;
    ComposeContext ctx{style, services, diagnostics, elements, &site, nullptr, 2, nullptr, {}};
    Flow flow;
    Document doc;
    Box box;

    Fixture() {
        doc.source_path = "content/x.md";
        box.width = 300;
        box.size = 10;
    }
    void compose(Node body, HeadingPolicy policy = {}) {
        doc.body = std::move(body);
        Composer composer(ctx, flow, doc, "d0-");
        composer.set_heading_policy(policy);
        composer.blocks(doc.body, box);
    }
    std::vector<const FrameItem*> all(ItemKind kind) {
        std::vector<const FrameItem*> out;
        for (const auto& p : flow.items)
            for (const auto& item : p.items)
                if (item.kind == kind) out.push_back(&item);
        return out;
    }
};

}  // namespace

TEST_CASE("a heading is kept with the first line of what follows") {
    Fixture f;
    f.compose(wrap(NodeKind::document, {para("Intro."), heading(2, "Funding"), para("The partners paid.")}));
    REQUIRE(f.flow.items.size() == 3);
    REQUIRE(f.flow.items[1].break_before);
    REQUIRE_FALSE(f.flow.items[2].break_before);
}

TEST_CASE("a page-break node makes what follows start a new page") {
    Fixture f;
    f.compose(wrap(NodeKind::document, {para("Before."), make_node(NodeKind::page_break), para("After.")}));
    REQUIRE(f.flow.items.size() == 2);
    CHECK_FALSE(f.flow.items[0].page_break_before);
    CHECK(f.flow.items[1].page_break_before);
}

TEST_CASE("headings of a numbered section carry its number and a bookmark") {
    Fixture f;
    f.compose(wrap(NodeKind::document, {heading(2, "Funding", 3, "funding"), heading(3, "Contributions"), heading(2, "Training")}),
              {{4}, 2, 2, 0});
    auto anchors = f.all(ItemKind::anchor);
    REQUIRE(anchors.size() == 3);
    REQUIRE(anchors[0]->text == "4.1 Funding");
    REQUIRE(anchors[0]->target == "d0-funding");
    REQUIRE(anchors[0]->size == 2);
    REQUIRE(anchors[1]->text == "4.1.1 Contributions");
    REQUIRE(anchors[2]->text == "4.2 Training");
}

TEST_CASE("table columns take their width from their content and keep their alignment") {
    Fixture f;
    f.compose(wrap(NodeKind::document, {table({{"Partner", "Amount"}, {"County Council", "£162,435"}}, {'l', 'r'})}));
    auto texts = f.all(ItemKind::text);
    const FrameItem* amount = nullptr;
    for (auto* t : texts) if (t->text == "£162,435") amount = t;
    REQUIRE(amount);
    // Right-aligned: ends at the table's right edge minus the cell padding.
    double pad = f.style.table_size * 10 / f.style.body_size * 0.55;
    REQUIRE(amount->x + 8 * f.style.table_size * 10 / f.style.body_size / 2 == Approx(300 - pad));
    // The wider first column gets more of the measure than the second.
    const FrameItem* council = nullptr;
    for (auto* t : texts) if (t->text == "County Council") council = t;
    REQUIRE(council->x < 10);
}

TEST_CASE("ordered lists are numbered from their start") {
    Fixture f;
    Node list = bullets({"one", "two"}, true);
    list.start = 3;
    f.compose(wrap(NodeKind::document, {list}));
    std::vector<std::string> labels;
    for (auto* t : f.all(ItemKind::text)) if (t->element >= 0 && f.elements[t->element].role == Role::label) labels.push_back(t->text);
    REQUIRE(labels == std::vector<std::string>{"3.", "4."});
}

TEST_CASE("a character no font can draw is a warning at its line") {
    Fixture f;
    f.compose(wrap(NodeKind::document, {para("Well done \xF0\x9F\x98\x80 team", 12)}));
    REQUIRE(f.diagnostics.warning_count() == 1);
    REQUIRE(format_diagnostic(f.diagnostics.all()[0]) ==
            "content/x.md:12:1: warning: character U+1F600 is not in any PDF font and is left out of the PDF");
}

TEST_CASE("links within the document stay internal, site links become absolute") {
    Fixture f;
    f.site.config.base_url = "https://example.org/";
    f.compose(wrap(NodeKind::document, {wrap(NodeKind::paragraph, {test_trees::link("#funding", "funding"), test_trees::text(" and "),
                                                                    test_trees::link("briefings/safer-sleep/", "safer sleep")})}));
    auto links = f.all(ItemKind::link);
    REQUIRE(links.size() == 2);
    REQUIRE(links[0]->target == "#d0-funding");
    REQUIRE(links[1]->target == "https://example.org/briefings/safer-sleep/");
}

TEST_CASE("the theme's pdf.json overrides the default style and names bad settings") {
    Diagnostics diagnostics;
    auto style = parse_pdf_style("{\n  \"page\": { \"margin_left\": 50 },\n  \"colors\": { \"accent\": \"#ff0000\" },\n  \"text\": { \"sise\": 3 }\n}",
                                 "themes/default/pdf.json", diagnostics);
    REQUIRE(style.margin_left == 50);
    REQUIRE(style.accent == Color{1, 0, 0});
    REQUIRE(diagnostics.warning_count() == 1);
    REQUIRE(format_diagnostic(diagnostics.all()[0]) == "themes/default/pdf.json:4: warning: unknown PDF style setting \"text.sise\"");
}

TEST_CASE("a chart's drawing is scaled into the column with its caption above") {
    Fixture f;
    auto d = std::make_shared<Drawing>();
    d->width = 600;
    d->height = 200;
    d->title = "Funding by partner";
    Rect rect;
    rect.width = 600;
    rect.height = 200;
    rect.fill = {255, 0, 0};
    d->add(rect);
    d->add(TextRun{300, 100, "centre", 10, false, Anchor::middle, {0, 0, 0}});
    Node fig = make_node(NodeKind::figure, "Funding rose.");
    fig.attributes().figure = d;
    f.compose(wrap(NodeKind::document, {fig}));
    REQUIRE(f.flow.items.size() == 2);
    REQUIRE_FALSE(f.flow.items[1].break_before);  // caption kept with the figure
    auto rects = f.all(ItemKind::rect);
    REQUIRE(rects.size() == 1);
    REQUIRE(rects[0]->w == Approx(300));  // 600 pt wide drawing in a 300 pt column
    REQUIRE(rects[0]->h == Approx(100));
    auto texts = f.all(ItemKind::text);
    REQUIRE(texts.back()->text == "centre");
    REQUIRE(texts.back()->size == Approx(5));
    REQUIRE(texts.back()->x == Approx(150 - 6 * 2.5 / 2));
    REQUIRE(f.elements[texts.back()->element].alt == "Funding rose.");
}
