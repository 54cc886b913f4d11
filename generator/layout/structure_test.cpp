// The structure tree built from frames: reading order, roles, attributes, artifacts and MCIDs.
#include <catch2/catch.hpp>

#include "layout/layout.h"
#include "layout/structure.h"
#include "layout/test_trees.h"

using namespace publish;
using namespace publish::layout;
namespace tt = publish::test_trees;

namespace {

struct Fixture {
    FixedWidthMeasurer measurer{500};
    LayoutServices services{measurer, nullptr};
    Diagnostics diagnostics;
    Site site;
    Fixture() { site.config.name = "Example Safeguarding Children Partnership"; }

    LaidOutDocument lay_out(Document d) {
        site.documents.push_back(std::move(d));
        auto doc = layout_publication(site, static_cast<int>(site.documents.size()) - 1, services, diagnostics);
        REQUIRE(doc);
        return std::move(*doc);
    }
};

/// Node indices in reading order (depth first over element kids).
void walk(const StructTree& tree, int n, std::vector<int>& out) {
    out.push_back(n);
    for (const auto& kid : tree.nodes[n].kids)
        if (kid.kind == StructKid::element) walk(tree, kid.index, out);
}

std::vector<int> reading_order(const StructTree& tree) {
    std::vector<int> out;
    walk(tree, 0, out);
    return out;
}

std::vector<std::string> types_of(const StructTree& tree, const std::vector<int>& nodes) {
    std::vector<std::string> out;
    for (int n : nodes) out.push_back(tree.nodes[n].type);
    return out;
}

/// Element kids of a node.
std::vector<int> element_kids(const StructTree& tree, int n) {
    std::vector<int> out;
    for (const auto& kid : tree.nodes[n].kids)
        if (kid.kind == StructKid::element) out.push_back(kid.index);
    return out;
}

/// All text marked with a node's MCIDs (and its descendants'), in reading order.
std::string text_of(const LaidOutDocument& doc, const StructTree& tree, int n) {
    std::string out;
    for (const auto& kid : tree.nodes[n].kids) {
        if (kid.kind == StructKid::element) {
            out += text_of(doc, tree, kid.index);
        } else if (kid.kind == StructKid::content) {
            const auto& items = doc.pages[kid.page].items;
            for (size_t i = 0; i < items.size(); ++i)
                if (tree.pages[kid.page].item_mcid[i] == kid.index && items[i].kind == ItemKind::text) out += items[i].text + " ";
        }
    }
    return out;
}

Document page_document(Node body) {
    Document d = tt::document(DocType::page, "content/about.md", "About us", std::move(body));
    return d;
}

}  // namespace

TEST_CASE("the structure tree starts with the document, its title heading and then the body in order") {
    Fixture f;
    Node body = make_node(NodeKind::document);
    body.children.push_back(tt::heading(2, "Who we are"));
    body.children.push_back(tt::para("We keep children safe."));
    body.children.push_back(tt::bullets({"Health", "Police"}));
    body.children.push_back(tt::wrap(NodeKind::block_quote, {tt::para("A child's voice.")}));
    auto doc = f.lay_out(page_document(body));
    auto tree = build_structure(doc);
    REQUIRE(tree.nodes[0].type == "Document");
    auto order = types_of(tree, reading_order(tree));
    REQUIRE(order == std::vector<std::string>{"Document", "P", "H1", "P", "H2", "P", "L", "LI", "Lbl", "LBody", "P", "LI",
                                              "Lbl", "LBody", "P", "BlockQuote", "P"});
}

TEST_CASE("running headers, footers and decoration are artifacts, never marked content") {
    Fixture f;
    Node body = make_node(NodeKind::document);
    for (int i = 0; i < 40; ++i) body.children.push_back(tt::para(tt::lorem));
    auto doc = f.lay_out(page_document(body));
    REQUIRE(doc.pages.size() >= 2);
    auto tree = build_structure(doc);
    int footers = 0, headers = 0;
    for (size_t p = 0; p < doc.pages.size(); ++p)
        for (size_t i = 0; i < doc.pages[p].items.size(); ++i) {
            const auto& item = doc.pages[p].items[i];
            if (item.text.rfind("Page ", 0) == 0) {
                CHECK(tree.pages[p].item_mcid[i] == -1);
                CHECK(item.artifact == Artifact::footer);
                ++footers;
            }
            if (item.element < 0) CHECK(tree.pages[p].item_mcid[i] == -1);
            if (item.artifact == Artifact::header) ++headers;
        }
    CHECK(footers == static_cast<int>(doc.pages.size()));
    CHECK(headers > 0);  // from page 2
    // No structure text holds page furniture.
    CHECK(text_of(doc, tree, 0).find("Page 1 of") == std::string::npos);
}

TEST_CASE("a table split across pages is one Table with its rows in order and header cells scoped to columns") {
    Fixture f;
    std::vector<std::vector<std::string>> rows{{"Agency", "Amount"}};
    for (int r = 0; r < 120; ++r) rows.push_back({"Agency " + std::to_string(r), std::to_string(1000 + r)});
    Node body = make_node(NodeKind::document);
    body.children.push_back(tt::table(rows));
    auto doc = f.lay_out(page_document(body));
    REQUIRE(doc.pages.size() >= 3);
    auto tree = build_structure(doc);
    auto order = reading_order(tree);
    std::vector<int> tables;
    for (int n : order)
        if (tree.nodes[n].type == "Table") tables.push_back(n);
    REQUIRE(tables.size() == 1);
    auto trs = element_kids(tree, tables[0]);
    REQUIRE(trs.size() == rows.size());
    for (size_t r = 0; r < trs.size(); ++r) {
        INFO("row " << r);
        auto cells = element_kids(tree, trs[r]);
        REQUIRE(cells.size() == 2);
        CHECK(tree.nodes[cells[0]].type == (r == 0 ? "TH" : "TD"));
        if (r == 0) CHECK(tree.nodes[cells[0]].scope == "Column");
        CHECK(text_of(doc, tree, cells[0]) == rows[r][0] + " ");
    }
    // The header repeated on later pages is not content: "Agency" is marked once.
    int marked_headers = 0;
    for (size_t p = 0; p < doc.pages.size(); ++p)
        for (size_t i = 0; i < doc.pages[p].items.size(); ++i)
            if (doc.pages[p].items[i].text == "Agency" && tree.pages[p].item_mcid[i] >= 0) ++marked_headers;
    CHECK(marked_headers == 1);
}

TEST_CASE("links own their annotations and text, footnotes come last in their section") {
    Fixture f;
    Node body = make_node(NodeKind::document);
    Node p = tt::wrap(NodeKind::paragraph, {tt::text("Read "), tt::link("https://example.org/plan", "the plan"), tt::text(" now."),
                                            tt::footnote_ref("a", 1)});
    body.children.push_back(p);
    body.children.push_back(tt::para("After the note."));
    body.children.push_back(tt::footnote_def("a", 1, "The note text."));
    auto doc = f.lay_out(page_document(body));
    auto tree = build_structure(doc);
    auto order = reading_order(tree);
    int link = -1, note = -1;
    for (int n : order) {
        if (tree.nodes[n].type == "Link" && link < 0) link = n;
        if (tree.nodes[n].type == "Note") note = n;
    }
    REQUIRE(link >= 0);
    CHECK(tree.nodes[link].text == "the plan");
    bool has_annotation = false;
    for (const auto& kid : tree.nodes[link].kids) has_annotation = has_annotation || kid.kind == StructKid::annotation;
    CHECK(has_annotation);
    // The paragraph reads "Read", the link, " now.": the link sits between its own text runs.
    const auto& para_kids = tree.nodes[tree.nodes[link].parent].kids;
    REQUIRE(para_kids.size() >= 3);
    CHECK(para_kids[0].kind == StructKid::content);
    CHECK(para_kids[1].kind == StructKid::element);
    CHECK(para_kids[2].kind == StructKid::content);
    REQUIRE(note >= 0);
    CHECK(tree.nodes[0].kids.back().index == note);
    CHECK(text_of(doc, tree, note).find("The note text.") != std::string::npos);
}

TEST_CASE("the briefing's seven panels are seven sections in order, each led by its numbered heading") {
    Fixture f;
    auto doc = f.lay_out(tt::briefing(1));
    auto tree = build_structure(doc);
    std::vector<int> sections;
    for (int n : element_kids(tree, 0))
        if (tree.nodes[n].type == "Sect") sections.push_back(n);
    REQUIRE(sections.size() == 7);
    const char* names[] = {"Background", "Why it matters", "Information", "Learning",
                           "Questions to reflect on", "What you should do", "Find out more"};
    for (int k = 0; k < 7; ++k) {
        INFO("panel " << k + 1);
        int heading = element_kids(tree, sections[k]).at(0);
        CHECK(tree.nodes[heading].type == "H2");
        CHECK(text_of(doc, tree, heading) == std::to_string(k + 1) + " " + names[k] + " ");
    }
}

TEST_CASE("consecutive items of one element share an MCID, an artifact between them starts a new one") {
    LaidOutDocument doc;
    doc.elements.push_back({Role::document, -1, 0, nullptr, {}});
    doc.elements.push_back({Role::heading, 0, 1, nullptr, {}});
    doc.elements.push_back({Role::heading, 0, 3, nullptr, {}});  // a skipped level
    doc.elements.push_back({Role::figure, 0, 0, nullptr, "A bar chart of spending by agency"});
    Page page;
    page.items.push_back(text_item(0, 10, FontStyle::bold, 12, "Title", {}, 1));
    page.items.push_back(text_item(40, 10, FontStyle::bold, 12, "continued", {}, 1));
    page.items.push_back(line_item(0, 12, 100, 12, 1, {}));
    page.items.push_back(text_item(0, 30, FontStyle::bold, 12, "Sub", {}, 2));
    page.items.push_back(rect_item(0, 40, 10, 10, {}));
    page.items.back().element = 3;
    page.items.push_back(text_item(0, 60, FontStyle::regular, 8, "Police", {}, 3));
    doc.pages.push_back(page);
    auto tree = build_structure(doc);
    const auto& marks = tree.pages[0];
    CHECK(marks.item_mcid == std::vector<int>{0, 0, -1, 1, 2, 2});
    CHECK(marks.mcid_node.size() == 3);
    CHECK(types_of(tree, reading_order(tree)) == std::vector<std::string>{"Document", "H1", "H2", "Figure"});
    CHECK(tree.nodes[3].alt == "A bar chart of spending by agency");
    CHECK(tree.nodes[1].page == 0);
}
