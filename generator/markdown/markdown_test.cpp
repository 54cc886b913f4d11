// Tests for parse_markdown: the tree cmark-gfm Markdown becomes, positions, ids, footnotes, limits.
#include <catch2/catch.hpp>

#include <thread>
#include <vector>

#include "markdown/markdown.h"

using namespace publish;

namespace {

const char* kind_name(NodeKind kind) {
    switch (kind) {
        case NodeKind::document: return "document";
        case NodeKind::heading: return "heading";
        case NodeKind::paragraph: return "p";
        case NodeKind::list: return "list";
        case NodeKind::list_item: return "item";
        case NodeKind::block_quote: return "quote";
        case NodeKind::code_block: return "code_block";
        case NodeKind::thematic_break: return "hr";
        case NodeKind::table: return "table";
        case NodeKind::table_row: return "row";
        case NodeKind::table_cell: return "cell";
        case NodeKind::footnote_definition: return "note";
        case NodeKind::figure: return "figure";
        case NodeKind::text: return "text";
        case NodeKind::soft_break: return "soft";
        case NodeKind::line_break: return "br";
        case NodeKind::code: return "code";
        case NodeKind::emphasis: return "em";
        case NodeKind::strong: return "strong";
        case NodeKind::strikethrough: return "del";
        case NodeKind::link: return "link";
        case NodeKind::image: return "image";
        case NodeKind::footnote_reference: return "ref";
    }
    return "?";
}

/// A compact picture of a tree: kind, its fields that are set, then children in brackets.
std::string dump(const Node& n) {
    std::string out = kind_name(n.kind);
    if (n.kind == NodeKind::heading) out += std::to_string(n.level);
    if (!n.id().empty()) out += "#" + n.id();
    if (n.number) out += " n=" + std::to_string(n.number);
    if (n.kind == NodeKind::list) out += std::string(n.ordered ? " ordered" : "") + " start=" + std::to_string(n.start) + (n.tight ? " tight" : " loose");
    if (n.task >= 0) out += " task=" + std::to_string(n.task);
    if (n.align) out += std::string(" align=") + n.align;
    if (n.header) out += " header";
    if (!n.info().empty()) out += " info=" + n.info();
    if (!n.url().empty()) out += " url=" + n.url();
    if (!n.title().empty()) out += " title=" + n.title();
    if (!n.text.empty()) out += " \"" + n.text + "\"";
    if (!n.children.empty()) {
        out += "[";
        for (size_t i = 0; i < n.children.size(); ++i) out += (i ? ", " : "") + dump(n.children[i]);
        out += "]";
    }
    return out;
}

int max_depth(const Node& n) {
    int deepest = 0;
    for (const Node& child : n.children) deepest = std::max(deepest, max_depth(child));
    return deepest + 1;
}

Node parse(std::string_view text, Diagnostics& d, int first_line = 1) {
    return parse_markdown(text, "content/x.md", first_line, d);
}

std::string parse_dump(std::string_view text) {
    Diagnostics d;
    Node doc = parse(text, d);
    REQUIRE(d.all().empty());
    return dump(doc);
}

}  // namespace

TEST_CASE("paragraphs keep emphasis, strong, code, strikethrough and breaks") {
    CHECK(parse_dump("Some *em* and **strong** and `code` and ~~gone~~\nnext  \nhard") ==
          "document[p[text \"Some \", em[text \"em\"], text \" and \", strong[text \"strong\"], text \" and \", "
          "code \"code\", text \" and \", del[text \"gone\"], soft, text \"next\", br, text \"hard\"]]");
}

TEST_CASE("node positions are cmark's, shifted by the line where the body starts") {
    Diagnostics d;
    Node doc = parse("Intro\n\n## Heading *here*\n", d, 5);
    REQUIRE(doc.children.size() == 2);
    CHECK(doc.children[0].line == 5);
    CHECK(doc.children[0].column == 1);
    const Node& heading = doc.children[1];
    CHECK(heading.line == 7);
    CHECK(heading.column == 1);
    CHECK(heading.children[1].kind == NodeKind::emphasis);
    CHECK(heading.children[1].line == 7);
    CHECK(heading.children[1].column == 12);
}

TEST_CASE("autolinks, which cmark places at 0:0, take their parent's position") {
    Diagnostics d;
    Node doc = parse("Visit\nsee https://example.org/x now", d, 10);
    const Node& link = doc.children[0].children[3];
    REQUIRE(link.kind == NodeKind::link);
    CHECK(link.url() == "https://example.org/x");
    CHECK(link.line == 10);
    CHECK(link.column == 1);
    CHECK(link.children[0].line == 10);
}

TEST_CASE("headings get slug ids that are unique within the document") {
    CHECK(parse_dump("# Why it matters\n## Why it matters\n### Why it matters\n## Fish & chips, £5\n") ==
          "document[heading1#why-it-matters[text \"Why it matters\"], heading2#why-it-matters-2[text \"Why it matters\"], "
          "heading3#why-it-matters-3[text \"Why it matters\"], heading2#fish-and-chips-5[text \"Fish & chips, £5\"]]");
}

TEST_CASE("a heading never takes an id the footnotes section uses") {
    CHECK(parse_dump("## Footnote label\n## Fn 1\n## FN\n## FN\n## fnref 2 3\n## \n") ==
          "document[heading2#footnote-label-2[text \"Footnote label\"], heading2#fn-1-heading[text \"Fn 1\"], "
          "heading2#fn-heading[text \"FN\"], heading2#fn-heading-2[text \"FN\"], "
          "heading2#fnref-2-3-heading[text \"fnref 2 3\"], heading2#section]");
}

TEST_CASE("raw HTML, block and inline, is dropped and the text around it joins up") {
    CHECK(parse_dump("<script>alert(1)</script>\n\nBefore <b>bold</b> after <img src=x onerror=alert(1)>.\n\n<div>\nblock\n</div>\n") ==
          "document[p[text \"Before bold after .\"]]");
}

TEST_CASE("smart punctuation curls quotes and makes dashes") {
    CHECK(parse_dump("\"Quoted\" it's -- and --- ...") == "document[p[text \"“Quoted” it’s – and — …\"]]");
}

TEST_CASE("a shortcode placeholder stays whole in one text node") {
    std::string placeholder = "\xEE\x80\x80" "12" "\xEE\x80\x81";  // U+E000 12 U+E001
    CHECK(parse_dump("Total \"" + placeholder + "\" it's [x\n") ==
          "document[p[text \"Total “" + placeholder + "” it’s [x\"]]");
}

TEST_CASE("lists record ordered, start and tight, task items record done or open") {
    CHECK(parse_dump("3. one\n4. two\n\n- [x] done\n- [ ] open\n- plain\n\n* a\n\n* b\n") ==
          "document[list ordered start=3 tight[item[p[text \"one\"]], item[p[text \"two\"]]], "
          "list start=1 tight[item task=1[p[text \"done\"]], item task=0[p[text \"open\"]], item[p[text \"plain\"]]], "
          "list start=1 loose[item[p[text \"a\"]], item[p[text \"b\"]]]]");
}

TEST_CASE("code blocks keep their text and the first word of the info string") {
    CHECK(parse_dump("```python title=x\nprint(1) # <b>\n```\n\n    indented\n") ==
          "document[code_block info=python \"print(1) # <b>\n\", code_block \"indented\n\"]");
}

TEST_CASE("quotes, rules and images with plain alt text") {
    CHECK(parse_dump("> quoted\n\n---\n\n![A *red* `chart`](images/c.png \"Title\")\n") ==
          "document[quote[p[text \"quoted\"]], hr, p[image url=images/c.png title=Title \"A red chart\"]]");
}

TEST_CASE("tables have the header row first and each cell's alignment") {
    CHECK(parse_dump("| Partner | Amount | Share | Note |\n|:--|--:|:-:|---|\n| Council | 10 | 5% | *x* |\n") ==
          "document[table[row header[cell align=l[text \"Partner\"], cell align=r[text \"Amount\"], "
          "cell align=c[text \"Share\"], cell[text \"Note\"]], row[cell align=l[text \"Council\"], "
          "cell align=r[text \"10\"], cell align=c[text \"5%\"], cell[em[text \"x\"]]]]]");
}

TEST_CASE("footnotes are numbered by first reference and their definitions go last in that order") {
    CHECK(parse_dump("First[^b], second[^a], again[^b], missing[^nope].\n\n[^a]: Alpha.\n[^b]: Beta *b*.\n"
                     "[^unused]: Never cited.\n\nAfter.\n") ==
          "document[p[text \"First\", ref#b n=1, text \", second\", ref#a n=2, text \", again\", ref#b n=1, "
          "text \", missing[^nope].\"], p[text \"After.\"], note#b n=1[p[text \"Beta \", em[text \"b\"], text \".\"]], "
          "note#a n=2[p[text \"Alpha.\"]]]");
}

TEST_CASE("nesting deeper than 48 levels is an error at its line, not a crash") {
    std::string text = "para\n\n";
    for (int i = 0; i < 60; ++i) text += "> ";
    text += "deep\n";
    Diagnostics d;
    Node doc = parse(text, d, 3);
    REQUIRE(d.all().size() == 1);
    CHECK(format_diagnostic(d.all()[0]) == "content/x.md:5:97: error: nesting too deep (more than 48 levels)");
    CHECK(doc.children.size() == 2);
}

TEST_CASE("48 levels of nesting are allowed") {
    std::string text;
    for (int i = 0; i < 47; ++i) text += "> ";
    text += "deep\n";
    Diagnostics d;
    Node doc = parse(text, d);
    CHECK(d.all().empty());
    const Node* n = &doc;
    int depth = 0;
    while (!n->children.empty()) n = &n->children[0], ++depth;
    CHECK(n->text == "deep");
    CHECK(depth == 49);  // 47 quotes, a paragraph, its text
}

TEST_CASE("ten thousand nested quotes or 500 nested lists give one error and no crash") {
    Diagnostics d;
    parse(std::string(10000, '>') + " x\n", d);
    CHECK(d.error_count() == 1);
    std::string list;
    for (int i = 0; i < 500; ++i) list += std::string(i * 2, ' ') + "- x\n";
    Diagnostics d2;
    parse(list, d2);
    CHECK(d2.error_count() == 1);
}

TEST_CASE("ten thousand emphasis markers or brackets do not crash and keep the text") {
    Diagnostics d;
    Node stars = parse(std::string(10000, '*') + "a" + std::string(10000, '*'), d);
    CHECK(plain_text(stars).find('a') != std::string::npos);
    Node brackets = parse(std::string(10000, '[') + "a" + std::string(10000, ']') + "(x)", d);
    CHECK(plain_text(brackets).size() == 19999);  // one pair of brackets made the link
    std::string nested;
    for (int i = 0; i < 2000; ++i) nested += "*a **b ";
    for (int i = 0; i < 2000; ++i) nested += "b** a* ";
    Node deep = parse(nested, d);
    CHECK(d.all().empty());
    CHECK(max_depth(deep) <= 35);  // document, paragraph, 32 inline levels, text
}

TEST_CASE("invalid UTF-8 and NUL bytes become replacement characters") {
    CHECK(parse_dump(std::string("a\xFF" "b\0c", 5)) == "document[p[text \"a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\"]]");
}

TEST_CASE("empty input is an empty document") {
    CHECK(parse_dump("") == "document");
}

TEST_CASE("a heading whose emphasis is nested past the inline limit still gets exactly one id") {
    std::string heading = "## ";
    for (int i = 0; i < 40; ++i) heading += "*a **b ";
    for (int i = 0; i < 40; ++i) heading += "b** a* ";
    Diagnostics d;
    Node doc = parse(heading + "\n## Next\n", d);
    REQUIRE(doc.children.size() == 2);
    CHECK(doc.children[0].id().substr(0, 8) == "a-b-a-b-");
    CHECK(doc.children[1].id() == "next");
}

TEST_CASE("parsing from several threads at once gives the same trees") {
    const std::string text = "## Title\n\n| a | b |\n|---|:-:|\n| 1 | ~~2~~ |\n\n- [x] task https://example.org\n\nNote[^n].\n\n[^n]: N.\n";
    Diagnostics d;
    const std::string expected = dump(parse(text, d));
    std::vector<std::string> results(8);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) {
                Diagnostics local;
                results[t] = dump(parse_markdown(text, "content/x.md", 1, local));
            }
        });
    }
    for (auto& thread : threads) thread.join();
    for (const auto& r : results) CHECK(r == expected);
}
