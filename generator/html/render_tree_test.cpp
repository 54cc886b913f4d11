// Tests for render_html: each construct's exact HTML, escaping and unsafe URLs.
#include <catch2/catch.hpp>

#include <memory>

#include "charts/drawing.h"
#include "html/render_tree.h"

using namespace publish;

namespace {

Node node(NodeKind kind, std::vector<Node> children = {}) {
    Node n;
    n.kind = kind;
    n.children = std::move(children);
    return n;
}

Node text(std::string t) { return make_node(NodeKind::text, std::move(t)); }

Node doc(std::vector<Node> blocks) { return node(NodeKind::document, std::move(blocks)); }

Node para(std::vector<Node> inlines) { return node(NodeKind::paragraph, std::move(inlines)); }

Node heading(int level, std::string id, std::string words, int number = 0) {
    Node h = node(NodeKind::heading, {text(std::move(words))});
    h.level = level;
    h.attributes().id = std::move(id);
    h.number = number;
    return h;
}

Node link(std::string url, std::vector<Node> inlines, std::string title = {}) {
    Node a = node(NodeKind::link, std::move(inlines));
    a.attributes().url = std::move(url);
    a.attributes().title = std::move(title);
    return a;
}

Node image(std::string url, std::string alt, std::string title = {}) {
    Node i = make_node(NodeKind::image, std::move(alt));
    i.attributes().url = std::move(url);
    i.attributes().title = std::move(title);
    return i;
}

Node cell(std::string words, char align = 0, bool header = false) {
    Node c = node(NodeKind::table_cell, {text(std::move(words))});
    c.align = align;
    c.header = header;
    return c;
}

Node row(std::vector<Node> cells, bool header = false) {
    Node r = node(NodeKind::table_row, std::move(cells));
    r.header = header;
    return r;
}

Node item(std::vector<Node> blocks, int task = -1) {
    Node i = node(NodeKind::list_item, std::move(blocks));
    i.task = task;
    return i;
}

Node list(std::vector<Node> items, bool ordered = false, int start = 1, bool tight = true) {
    Node l = node(NodeKind::list, std::move(items));
    l.ordered = ordered;
    l.start = start;
    l.tight = tight;
    return l;
}

Node footnote_ref(int number, std::string label) {
    Node r = make_node(NodeKind::footnote_reference);
    r.number = number;
    r.attributes().id = std::move(label);
    return r;
}

Node footnote(int number, std::string label, std::vector<Node> blocks) {
    Node f = node(NodeKind::footnote_definition, std::move(blocks));
    f.number = number;
    f.attributes().id = std::move(label);
    return f;
}

}  // namespace

TEST_CASE("escape_html escapes the five special characters and nothing else") {
    CHECK(escape_html("<a href=\"x\">Tom & Jerry's</a> £5 é") ==
          "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; £5 é");
    CHECK(escape_html("") == "");
}

TEST_CASE("text that looks like a script is escaped everywhere") {
    Node d = doc({heading(2, "x\"y", "<script>alert(1)</script>"),
                  para({text("<script>alert('x')</script> & more")}),
                  node(NodeKind::code_block)});
    d.children[2].text = "if (a < b && c > d) {}\n";
    d.children[2].attributes().info = "js\"><script>";
    CHECK(render_html(d) ==
          "<h2 id=\"x&quot;y\">&lt;script&gt;alert(1)&lt;/script&gt;</h2>\n"
          "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</p>\n"
          "<pre><code class=\"language-js&quot;&gt;&lt;script&gt;\">if (a &lt; b &amp;&amp; c &gt; d) {}\n</code></pre>\n");
}

TEST_CASE("headings shift by the offset, stay within h1 to h6 and may carry their number") {
    Node d = doc({heading(2, "background", "Background", 1), heading(6, "deep", "Deep"), heading(1, "", "No id")});
    CHECK(render_html(d) == "<h2 id=\"background\">Background</h2>\n<h6 id=\"deep\">Deep</h6>\n<h1>No id</h1>\n");
    HtmlOptions options;
    options.heading_offset = 1;
    options.number_headings = true;
    CHECK(render_html(d, options) ==
          "<h3 id=\"background\"><span class=\"heading-number\">1</span> Background</h3>\n"
          "<h6 id=\"deep\">Deep</h6>\n<h2>No id</h2>\n");
}

TEST_CASE("inline formatting, breaks and code") {
    Node d = doc({para({text("a "), node(NodeKind::emphasis, {text("em")}), text(" "),
                        node(NodeKind::strong, {text("strong")}), node(NodeKind::soft_break),
                        node(NodeKind::strikethrough, {text("old")}), node(NodeKind::line_break),
                        make_node(NodeKind::code, "x<y")})});
    CHECK(render_html(d) == "<p>a <em>em</em> <strong>strong</strong>\n<del>old</del><br>\n<code>x&lt;y</code></p>\n");
}

TEST_CASE("block quotes and rules") {
    Node d = doc({node(NodeKind::block_quote, {para({text("Quoted")})}), node(NodeKind::thematic_break)});
    CHECK(render_html(d) == "<blockquote>\n<p>Quoted</p>\n</blockquote>\n<hr>\n");
}

TEST_CASE("tight lists hold their text directly, loose lists in paragraphs, ordered lists keep their start") {
    Node tight = doc({list({item({para({text("one")}), list({item({para({text("inner")})})})}), item({para({text("two")})})})});
    CHECK(render_html(tight) == "<ul>\n<li>one\n<ul>\n<li>inner</li>\n</ul>\n</li>\n<li>two</li>\n</ul>\n");
    Node loose = doc({list({item({para({text("a")}), para({text("b")})})}, true, 3, false)});
    CHECK(render_html(loose) == "<ol start=\"3\">\n<li>\n<p>a</p>\n<p>b</p>\n</li>\n</ol>\n");
    Node one = doc({list({item({para({text("x")})})}, true, 1)});
    CHECK(render_html(one) == "<ol>\n<li>x</li>\n</ol>\n");
}

TEST_CASE("task items say done or to do in words as well as with a checkbox") {
    Node d = doc({list({item({para({text("Audit")})}, 1), item({para({text("Report")})}, 0)})});
    CHECK(render_html(d) ==
          "<ul>\n"
          "<li class=\"task task-done\"><input type=\"checkbox\" disabled checked> <span class=\"visually-hidden\">Done:</span> Audit</li>\n"
          "<li class=\"task task-open\"><input type=\"checkbox\" disabled> <span class=\"visually-hidden\">To do:</span> Report</li>\n"
          "</ul>\n");
    Node loose = doc({list({item({para({text("Audit")})}, 1)}, false, 1, false)});
    CHECK(render_html(loose) ==
          "<ul>\n<li class=\"task task-done\">\n<p><input type=\"checkbox\" disabled checked> "
          "<span class=\"visually-hidden\">Done:</span> Audit</p>\n</li>\n</ul>\n");
}

TEST_CASE("code blocks carry their language as a class") {
    Node code = make_node(NodeKind::code_block, "x = 1\n");
    code.attributes().info = "python";
    Node plain = make_node(NodeKind::code_block, "plain\n");
    CHECK(render_html(doc({code, plain})) ==
          "<pre><code class=\"language-python\">x = 1\n</code></pre>\n<pre><code>plain\n</code></pre>\n");
}

TEST_CASE("a table has a caption, column headers with scope col, row headers with scope row and alignment classes") {
    Node table = node(NodeKind::table, {row({cell("Partner", 'l'), cell("Amount", 'r'), cell("Share", 'c')}, true),
                                        row({cell("Council", 'l', true), cell("£10", 'r'), cell("50%", 'c')}),
                                        row({cell("Total & more", 'l', true), cell("£20", 'r'), cell("", 'c')})});
    table.attributes().caption = "Funding <2023-24>";
    table.attributes().css_class = "funding-table numeric";
    CHECK(render_html(doc({table})) ==
          "<div class=\"table-wrap\" role=\"region\" aria-label=\"Funding &lt;2023-24&gt;\" tabindex=\"0\">\n"
          "<table class=\"funding-table numeric\">\n"
          "<caption>Funding &lt;2023-24&gt;</caption>\n"
          "<thead>\n<tr>\n<th scope=\"col\">Partner</th>\n<th scope=\"col\" class=\"align-right\">Amount</th>\n"
          "<th scope=\"col\" class=\"align-center\">Share</th>\n</tr>\n</thead>\n"
          "<tbody>\n<tr>\n<th scope=\"row\">Council</th>\n<td class=\"align-right\">£10</td>\n"
          "<td class=\"align-center\">50%</td>\n</tr>\n"
          "<tr>\n<th scope=\"row\">Total &amp; more</th>\n<td class=\"align-right\">£20</td>\n"
          "<td class=\"align-center\"></td>\n</tr>\n</tbody>\n"
          "</table>\n</div>\n");
}

TEST_CASE("a table without a caption is a plain scrolling wrapper, with no style attribute anywhere") {
    Node table = node(NodeKind::table, {row({cell("a")}, true), row({cell("1", 'r')})});
    std::string html = render_html(doc({table}));
    CHECK(html ==
          "<div class=\"table-wrap\">\n<table>\n<thead>\n<tr>\n<th scope=\"col\">a</th>\n</tr>\n</thead>\n"
          "<tbody>\n<tr>\n<td class=\"align-right\">1</td>\n</tr>\n</tbody>\n</table>\n</div>\n");
    CHECK(html.find("style") == std::string::npos);
    Node header_only = node(NodeKind::table, {row({cell("h")}, true)});
    CHECK(render_html(doc({header_only})) ==
          "<div class=\"table-wrap\">\n<table>\n<thead>\n<tr>\n<th scope=\"col\">h</th>\n</tr>\n</thead>\n</table>\n</div>\n");
}

TEST_CASE("links keep safe URLs and titles, escaped") {
    Node d = doc({para({link("https://example.org/?a=1&b=\"2\"", {text("web")}, "The <site>"), text(" "),
                        link("mailto:escp@example.org", {text("mail")}), text(" "),
                        link("TEL:+44123", {text("phone")}), text(" "),
                        link("/escp/briefings/safer-sleep/#learning", {text("page")}), text(" "),
                        link("#top", {text("top")})})});
    CHECK(render_html(d) ==
          "<p><a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\" title=\"The &lt;site&gt;\">web</a> "
          "<a href=\"mailto:escp@example.org\">mail</a> <a href=\"TEL:+44123\">phone</a> "
          "<a href=\"/escp/briefings/safer-sleep/#learning\">page</a> <a href=\"#top\">top</a></p>\n");
}

TEST_CASE("hostile hrefs are never links: only their words are shown") {
    Node d = doc({para({link("javascript:alert(1)", {text("a")}), link(" \tJaVa\nScRiPt:alert(1)", {text("b")}),
                        link("data:text/html,<script>", {node(NodeKind::emphasis, {text("c")})}),
                        link("vbscript:x", {text("d")}), link("file:///etc/passwd", {text("e")}),
                        link("ftp://example.org", {text("f")})})});
    CHECK(render_html(d) == "<p>ab<em>c</em>def</p>\n");
}

TEST_CASE("images are lazy, escaped, and only from the web or the site") {
    Node d = doc({para({image("/escp/images/logo.png", "Logo \"ESCP\"", "Our logo"), text(" "),
                        image("https://example.org/a.png", "A"), text(" "),
                        image("data:image/svg+xml,<svg onload=alert(1)>", "<bad>"), image("javascript:x", "J")})});
    CHECK(render_html(d) ==
          "<p><img src=\"/escp/images/logo.png\" alt=\"Logo &quot;ESCP&quot;\" title=\"Our logo\" loading=\"lazy\"> "
          "<img src=\"https://example.org/a.png\" alt=\"A\" loading=\"lazy\"> &lt;bad&gt;J</p>\n");
}

TEST_CASE("footnotes: references link to a closing section with back links") {
    Node d = doc({para({text("Fact"), footnote_ref(1, "src"), text(" and again"), footnote_ref(1, "src"),
                        text(" other"), footnote_ref(2, "b"), text(" lost"), footnote_ref(0, "x<")}),
                  footnote(1, "src", {para({text("Source & notes.")})}),
                  footnote(2, "b", {para({text("First.")}), list({item({para({text("listed")})})})})});
    CHECK(render_html(d) ==
          "<p>Fact<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" aria-describedby=\"footnote-label\">1</a></sup>"
          " and again<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1-2\" aria-describedby=\"footnote-label\">1</a></sup>"
          " other<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\" aria-describedby=\"footnote-label\">2</a></sup>"
          " lost[^x&lt;]</p>\n"
          "<section class=\"footnotes\" aria-labelledby=\"footnote-label\">\n"
          "<h2 id=\"footnote-label\" class=\"visually-hidden\">Footnotes</h2>\n<ol>\n"
          "<li id=\"fn-1\">\n<p>Source &amp; notes. "
          "<a href=\"#fnref-1\" class=\"footnote-back\" aria-label=\"Back to reference 1\">↩</a></p>\n</li>\n"
          "<li id=\"fn-2\">\n<p>First.</p>\n<ul>\n<li>listed</li>\n</ul>\n"
          "<a href=\"#fnref-2\" class=\"footnote-back\" aria-label=\"Back to reference 2\">↩</a>\n</li>\n"
          "</ol>\n</section>\n");
}

TEST_CASE("figures show their text alternative") {
    Node figure = make_node(NodeKind::figure, "Attendance rose from 120 to 183 & more.");
    CHECK(render_html(doc({figure})) ==
          "<figure class=\"chart\"><div class=\"figure-text\">Attendance rose from 120 to 183 &amp; more.</div></figure>\n");
}

TEST_CASE("rendering is deterministic and an empty document is empty") {
    Node d = doc({heading(2, "a", "A"), para({text("x"), footnote_ref(1, "n")}), footnote(1, "n", {para({text("n")})})});
    CHECK(render_html(d) == render_html(d));
    CHECK(render_html(doc({})) == "");
}

TEST_CASE("drawn figures: caption, inline SVG with unique ids, and the data in a details element") {
    auto drawing = std::make_shared<Drawing>();
    drawing->width = 100;
    drawing->height = 50;
    drawing->title = "Shares";
    drawing->description = "A gave most & B least.";
    drawing->kind = "share";
    Node figure = make_node(NodeKind::figure, drawing->description);
    figure.attributes().caption = "Shares";
    figure.attributes().css_class = "chart chart-share";
    figure.attributes().figure = drawing;
    Node table = node(NodeKind::table, {node(NodeKind::table_row, {node(NodeKind::table_cell, {text("A")})})});
    figure.children.push_back(table);
    std::string html = render_html(doc({figure, figure}));
    CHECK(html.find("<figure class=\"chart chart-share\">\n<figcaption><span class=\"figure-title\">Shares</span> "
                    "<span class=\"figure-finding\">A gave most &amp; B least.</span></figcaption>\n<svg ") == 0);
    CHECK(html.find("role=\"img\" aria-labelledby=\"figure-1-title figure-1-desc\"") != std::string::npos);
    CHECK(html.find("aria-labelledby=\"figure-2-title figure-2-desc\"") != std::string::npos);
    CHECK(html.find("<desc id=\"figure-1-desc\">A gave most &amp; B least.</desc>") != std::string::npos);
    CHECK(html.find("<details class=\"figure-data\"><summary>Show the data</summary>\n<div class=\"table-wrap\">") !=
          std::string::npos);
    CHECK(html.find("style=") == std::string::npos);
}
