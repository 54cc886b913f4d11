#include <catch2/catch.hpp>

#include "shortcodes/test_site.h"

using namespace publish;
using namespace publish::testing;

TEST_CASE("an unknown shortcode is an error with a did-you-mean hint") {
    TestSite site(full_site());
    Diagnostics d;
    auto nodes = expand_paragraph(site, "Intro\n{{< fundng-table >}}", d, "content/briefings/safer-sleep.md");
    CHECK(messages(d) == std::vector<std::string>{
                             "content/briefings/safer-sleep.md:2:1: error: unknown shortcode \"fundng-table\"\n"
                             "  hint: did you mean \"funding-table\"?"});
    CHECK(dump(nodes) == "paragraph\n  text \"Intro\"\n  soft_break\n");
}

TEST_CASE("a block shortcode inside a sentence is an error") {
    TestSite site(full_site());
    Diagnostics d;
    auto nodes = expand_paragraph(site, "See {{< funding-table >}} below.", d);
    CHECK(messages(d) ==
          std::vector<std::string>{"content/page.md:1:5: error: funding-table must be on a line of its own"});
    CHECK(dump(nodes) == "paragraph\n  text \"See  below.\"\n");
}

TEST_CASE("a block shortcode on its own line splits the paragraph around it") {
    TestSite site(full_site());
    Diagnostics d;
    auto nodes = expand_paragraph(site, "Before it.\n{{< reviews type=\"national\" >}}\nAfter it, {{< value \"reviews.count\" >}} reviews.", d);
    CHECK(messages(d).empty());
    CHECK(dump(nodes) ==
          "paragraph\n  text \"Before it.\"\n"
          "paragraph\n  text \"No reviews match.\"\n"
          "paragraph\n  text \"After it, 3 reviews.\"\n");
}

TEST_CASE("calls inside code spans and code blocks are restored as written") {
    TestSite site(full_site());
    Diagnostics d;
    std::string source = "`{{< value \"funding.2023-24.total\" >}}` and {{< fundng >}}";
    auto x = extract_shortcodes(source, "c.md", 1, d);
    REQUIRE(x.calls.size() == 2);
    Node doc = make_node(NodeKind::document);
    Node p = make_node(NodeKind::paragraph);
    p.children.push_back(make_node(NodeKind::code, shortcode_placeholder(0)));
    Node block = make_node(NodeKind::code_block, "x = " + shortcode_placeholder(1) + "\n");
    Node link = make_node(NodeKind::link);
    link.attributes().url = shortcode_placeholder(0);
    link.children.push_back(make_node(NodeKind::text, "total " + shortcode_placeholder(0)));
    p.children.push_back(link);
    doc.children.push_back(p);
    doc.children.push_back(block);
    expand_shortcodes(doc, x.calls, site.context(), d);
    CHECK(messages(d).empty());  // the unknown one is in code, so it is only text
    CHECK(doc.children[0].children[0].text == "{{< value \"funding.2023-24.total\" >}}");
    CHECK(doc.children[1].text == "x = {{< fundng >}}\n");
    CHECK(doc.children[0].children[1].url() == "{{< value \"funding.2023-24.total\" >}}");
    CHECK(doc.children[0].children[1].children[0].text == "total £372,064");
}

TEST_CASE("shortcodes are expanded inside lists, quotes, headings and emphasis") {
    TestSite site(full_site());
    Diagnostics d;
    auto x = extract_shortcodes("{{< value \"reviews.count\" >}}|{{< reviews type=\"national\" >}}|"
                                "{{< funding-table >}}",
                                "c.md", 1, d);
    std::vector<std::string> parts;
    Node doc = make_node(NodeKind::document);
    Node heading = make_node(NodeKind::heading);
    Node em = make_node(NodeKind::emphasis);
    em.children.push_back(make_node(NodeKind::text, shortcode_placeholder(0) + " reviews"));
    heading.children.push_back(em);
    Node item = make_node(NodeKind::list_item);
    Node para = make_node(NodeKind::paragraph);
    para.children.push_back(make_node(NodeKind::text, " " + shortcode_placeholder(1) + " "));
    item.children.push_back(para);
    Node list = make_node(NodeKind::list);
    list.children.push_back(item);
    Node quote = make_node(NodeKind::block_quote);
    Node h2 = make_node(NodeKind::heading);
    h2.children.push_back(make_node(NodeKind::text, shortcode_placeholder(2)));
    quote.children.push_back(h2);
    doc.children = {heading, list, quote};
    expand_shortcodes(doc, x.calls, site.context(), d);
    CHECK(dump(doc) ==
          "document\n"
          "  heading\n    em\n      text \"3 reviews\"\n"
          "  list\n    item\n      paragraph\n        text \"No reviews match.\"\n"
          "  quote\n    heading\n");
    CHECK(messages(d) == std::vector<std::string>{"c.md:1:63: error: funding-table must be on a line of its own"});
}

TEST_CASE("a document without placeholders is left exactly as it was") {
    TestSite site(full_site());
    Diagnostics d;
    Node doc = make_node(NodeKind::document);
    Node p = make_node(NodeKind::paragraph);
    p.children.push_back(make_node(NodeKind::text, "Plain \xEE\x80\x80 text with a stray private-use mark"));
    doc.children.push_back(p);
    std::string before = dump(doc);
    expand_shortcodes(doc, {}, site.context(), d);
    ShortcodeCall call{"value", {{"", "reviews.count"}}, "{{< value \"reviews.count\" >}}", {"c.md", 1, 1}};
    expand_shortcodes(doc, {call}, site.context(), d);
    CHECK(dump(doc) == before);
    CHECK(d.all().empty());
}

TEST_CASE("expansion stays cheap per document (2,000 documents here, a site has up to 10,000)") {
    TestSite site(full_site());
    Diagnostics d;
    std::string md = "Intro with {{< value \"funding.2023-24.total\" >}} and more.\n{{< funding-table >}}\nEnd.";
    size_t blocks = 0;
    for (int i = 0; i < 2000; ++i) {
        auto nodes = expand_paragraph(site, md, d);
        blocks += nodes.size();
    }
    CHECK(blocks == 6000);
    CHECK(d.all().empty());
}
