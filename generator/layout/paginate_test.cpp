// Pagination: keep-with-next, widows and orphans, repeated table headers, footnotes per page.
#include <catch2/catch.hpp>

#include "layout/compose.h"
#include "layout/flow.h"
#include "layout/test_trees.h"

using namespace publish;
using namespace publish::layout;

namespace {

FlowItem piece(const std::string& label, double height = 10, bool break_before = true) {
    FlowItem p;
    p.height = height;
    p.break_before = break_before;
    p.items.push_back(text_item(0, 8, FontStyle::regular, 10, label, {}, -1));
    return p;
}

std::vector<std::string> texts(const Page& page) {
    std::vector<std::string> out;
    for (const auto& item : page.items)
        if (item.kind == ItemKind::text) out.push_back(item.text);
    return out;
}

PageArea area{0, 100};  // ten pieces of 10 pt per page

}  // namespace

TEST_CASE("a heading at the foot of a page moves to the next page with its paragraph") {
    Flow flow;
    for (int i = 0; i < 9; ++i) flow.items.push_back(piece("p" + std::to_string(i)));
    flow.items.push_back(piece("heading"));
    flow.items.push_back(piece("first line", 10, false));  // kept with the heading
    auto pages = paginate(flow, area, PdfStyle{});
    REQUIRE(pages.size() == 2);
    REQUIRE(texts(pages[0]).back() == "p8");
    REQUIRE(texts(pages[1]) == std::vector<std::string>{"heading", "first line"});
}

TEST_CASE("space before a piece is dropped at the top of a page") {
    Flow flow;
    for (int i = 0; i < 10; ++i) flow.items.push_back(piece("p"));
    flow.items.push_back(piece("next"));
    flow.items.back().space_before = 30;
    auto pages = paginate(flow, area, PdfStyle{});
    REQUIRE(pages.size() == 2);
    REQUIRE(pages[1].items[0].y == Approx(8));
}

TEST_CASE("a forced page break starts a new page") {
    Flow flow;
    flow.items.push_back(piece("a"));
    flow.items.push_back(piece("b"));
    flow.items.back().page_break_before = true;
    REQUIRE(paginate(flow, area, PdfStyle{}).size() == 2);
}

struct ComposeFixture {
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

    ComposeFixture() {
        doc.source_path = "content/x.md";
        box.left = 0;
        box.width = 200;  // 40 characters at 10 pt
        box.size = 10;
        box.paragraph_space = 0;
    }
    void compose(const Node& body) {
        doc.body = body;
        Composer composer(ctx, flow, doc, "d0-");
        composer.blocks(doc.body, box);
    }
};

TEST_CASE("no single line of a paragraph is left at the foot or the head of a page") {
    using namespace test_trees;
    ComposeFixture f;
    // Line height 14.2 pt: a 96 pt page holds six lines.
    std::string five_lines(179, 'x');
    for (size_t i = 8; i < five_lines.size(); i += 9) five_lines[i] = ' ';
    f.compose(wrap(NodeKind::document, {para("one two three four five six seven eight nine ten eleven"),
                                        para(five_lines)}));
    size_t n = f.flow.items.size();
    REQUIRE(n == 2 + 5);
    // Orphan and widow rules as break permissions.
    REQUIRE(f.flow.items[2].break_before);
    REQUIRE_FALSE(f.flow.items[3].break_before);
    REQUIRE(f.flow.items[4].break_before);
    REQUIRE(f.flow.items[5].break_before);
    REQUIRE_FALSE(f.flow.items[6].break_before);
    // Page for 3 lines: first paragraph (2) + 1 line would orphan; the paragraph moves whole.
    auto pages = paginate(f.flow, PageArea{0, 3 * 14.2}, f.style);
    REQUIRE(texts(pages[0]).size() == 2);
    // Page for 6 lines: 2 + 4 would leave the last line alone; break before line 4 instead.
    pages = paginate(f.flow, PageArea{0, 6 * 14.2}, f.style);
    REQUIRE(texts(pages[0]).size() == 5);
    REQUIRE(texts(pages[1]).size() == 2);
}

TEST_CASE("a table taller than the page repeats its header row") {
    using namespace test_trees;
    ComposeFixture f;
    std::vector<std::vector<std::string>> rows{{"Partner", "Amount"}};
    for (int i = 0; i < 60; ++i) rows.push_back({"Partner " + std::to_string(i), std::to_string(1000 + i)});
    f.compose(wrap(NodeKind::document, {table(rows, {'l', 'r'})}));
    auto pages = paginate(f.flow, PageArea{0, 300}, f.style);
    REQUIRE(pages.size() >= 3);
    for (size_t p = 1; p < pages.size(); ++p) {
        auto t = texts(pages[p]);
        REQUIRE(t[0] == "Partner");
        REQUIRE(t[1] == "Amount");
    }
    // Every row appears exactly once, in order.
    std::vector<std::string> cells;
    for (const auto& page : pages)
        for (const auto& s : texts(page))
            if (s.rfind("Partner ", 0) == 0) cells.push_back(s);
    REQUIRE(cells.size() == 60);
    REQUIRE(cells[59] == "Partner 59");
    // The last page of rows is not a header alone, and amounts are right-aligned.
    REQUIRE(texts(pages.back()).size() > 2);
}

TEST_CASE("a footnote is set at the foot of the page its reference lands on") {
    using namespace test_trees;
    ComposeFixture f;
    Node body = make_node(NodeKind::document);
    for (int i = 0; i < 8; ++i) body.children.push_back(para("filler line"));
    body.children.push_back(wrap(NodeKind::paragraph, {text("See the note"), footnote_ref("src", 1), text(".")}));
    body.children.push_back(footnote_def("src", 1, "Working Together 2023."));
    f.compose(body);
    REQUIRE(f.flow.footnotes.size() == 1);
    auto pages = paginate(f.flow, PageArea{0, 100}, f.style);
    REQUIRE(pages.size() == 2);
    auto last = texts(pages[1]);
    REQUIRE(std::find(last.begin(), last.end(), "Working Together 2023.") != last.end());
    auto first = texts(pages[0]);
    REQUIRE(std::find(first.begin(), first.end(), "Working Together 2023.") == first.end());
    // Below the body text of its page.
    double note_y = 0, text_y = 0;
    for (const auto& item : pages[1].items) {
        if (item.kind != ItemKind::text) continue;
        if (item.text == "Working Together 2023.") note_y = item.y;
        if (item.text == "See the note") text_y = item.y;
    }
    REQUIRE(note_y > text_y);
}

TEST_CASE("a page never ends with a hyphenated line") {
    ComposeFixture f;
    ListHyphenator dictionary{{"safe-guard-ing"}};
    HyphenationCache hyphenation{&dictionary};
    TextServices services{f.widths, hyphenation};
    ComposeContext ctx{f.style, services, f.diagnostics, f.elements, &f.site, nullptr, 2, nullptr, {}};
    f.doc.body = test_trees::wrap(NodeKind::document, {test_trees::para("aa bb cc dd ee ff safeguarding gg hh ii jj kk ll mm nn oo pp")});
    Box box = f.box;
    box.width = 10 * 5;  // "safeguarding" only fits hyphenated
    Composer composer(ctx, f.flow, f.doc, "d0-");
    composer.blocks(f.doc.body, box);
    bool found = false;
    for (size_t i = 1; i < f.flow.items.size(); ++i) {
        std::string last;
        for (const auto& item : f.flow.items[i - 1].items)
            if (item.kind == ItemKind::text) last = item.text;
        if (!last.empty() && last.back() == '-') {
            found = true;
            REQUIRE_FALSE(f.flow.items[i].break_before);
        }
    }
    REQUIRE(found);
}
