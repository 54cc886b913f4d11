// The document tree as semantic, escaped HTML5: one pass, one output string.
#include "html/render_tree.h"

#include <algorithm>
#include <map>
#include <vector>

#include "charts/svg.h"

namespace publish {

namespace {

/// The lower-case scheme of a URL, ignoring what browsers ignore (leading controls, tabs, newlines).
std::string scheme_of(std::string_view url) {
    size_t i = 0;
    while (i < url.size() && static_cast<unsigned char>(url[i]) <= 0x20) ++i;
    std::string scheme;
    for (; i < url.size(); ++i) {
        char c = url[i];
        if (c == '\t' || c == '\n' || c == '\r') continue;
        if (c == ':') return scheme.empty() ? std::string(":") : scheme;
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        bool other = c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9');
        if (!letter && !(other && !scheme.empty())) return {};
        scheme += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return {};
}

/// True if a link may point there: web, mail, phone, relative paths and fragments.
bool safe_href(std::string_view url) {
    std::string scheme = scheme_of(url);
    return scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

/// True if an image may load from there: web or relative paths.
bool safe_src(std::string_view url) {
    std::string scheme = scheme_of(url);
    return !url.empty() && (scheme.empty() || scheme == "http" || scheme == "https");
}

/// Appends text with & < > " ' escaped, copying the runs between them in one go.
void append_escaped(std::string& out, std::string_view text) {
    size_t run = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char* entity = nullptr;
        switch (text[i]) {
            case '&': entity = "&amp;"; break;
            case '<': entity = "&lt;"; break;
            case '>': entity = "&gt;"; break;
            case '"': entity = "&quot;"; break;
            case '\'': entity = "&#39;"; break;
            default: continue;
        }
        out.append(text.data() + run, i - run);
        out += entity;
        run = i + 1;
    }
    out.append(text.data() + run, text.size() - run);
}

const char* align_class(char align) {
    if (align == 'r') return " class=\"align-right\"";
    if (align == 'c') return " class=\"align-center\"";
    return "";
}

/// Writes one tree into one string.
class HtmlWriter {
public:
    HtmlWriter(const HtmlOptions& options, std::string& out) : options_(options), out_(out) {}

    void document(const Node& doc) {
        std::vector<const Node*> notes;
        for (const Node& child : doc.children) {
            if (child.kind == NodeKind::footnote_definition) notes.push_back(&child);
            else block(child, false);
        }
        if (!notes.empty()) footnotes(notes);
    }

private:
    void block(const Node& n, bool tight) {
        if (!(tight && n.kind == NodeKind::paragraph)) new_line();
        switch (n.kind) {
            case NodeKind::document: for (const Node& c : n.children) block(c, tight); return;
            case NodeKind::heading: heading(n); return;
            case NodeKind::paragraph:
                if (tight) {
                    inlines(n);
                } else {
                    out_ += "<p>";
                    inlines(n);
                    out_ += "</p>\n";
                }
                return;
            case NodeKind::list: list(n); return;
            case NodeKind::block_quote:
                out_ += "<blockquote>\n";
                blocks(n, false);
                out_ += "</blockquote>\n";
                return;
            case NodeKind::code_block:
                out_ += "<pre><code";
                if (!n.info().empty()) {
                    out_ += " class=\"language-";
                    escape(n.info());
                    out_ += '"';
                }
                out_ += '>';
                escape(n.text);
                out_ += "</code></pre>\n";
                return;
            case NodeKind::thematic_break: out_ += "<hr>\n"; return;
            case NodeKind::page_break: out_ += "<div class=\"page-break\"></div>\n"; return;
            case NodeKind::table: table(n); return;
            case NodeKind::figure: figure(n); return;
            case NodeKind::footnote_definition: footnotes({&n}); return;
            case NodeKind::list_item:
            case NodeKind::table_row:
            case NodeKind::table_cell:
                blocks(n, tight);
                return;
            default:  // an inline where a block belongs: give it a paragraph
                out_ += "<p>";
                inline_node(n);
                out_ += "</p>\n";
                return;
        }
    }

    /// A drawn figure: caption (title and finding), inline SVG, and its data or text in a <details>.
    void figure(const Node& n) {
        if (!n.figure() && n.children.empty() && n.caption().empty()) {  // a bare text alternative
            out_ += "<figure class=\"chart\"><div class=\"figure-text\">";
            escape(n.text);
            out_ += "</div></figure>\n";
            return;
        }
        out_ += "<figure class=\"";
        escape(n.css_class().empty() ? std::string_view("chart") : std::string_view(n.css_class()));
        out_ += "\">\n<figcaption>";
        if (!n.caption().empty()) {
            out_ += "<span class=\"figure-title\">";
            escape(n.caption());
            out_ += "</span> ";
        }
        out_ += "<span class=\"figure-finding\">";
        escape(n.text);
        out_ += "</span></figcaption>\n";
        if (n.figure()) {
            out_ += render_svg(*n.figure(), "figure-" + std::to_string(++figures_));
            out_ += '\n';
        }
        if (!n.children.empty()) {
            bool table = n.children.front().kind == NodeKind::table;
            out_ += table ? "<details class=\"figure-data\"><summary>Show the data</summary>\n"
                          : "<details class=\"figure-data\"><summary>Show as text</summary>\n";
            blocks(n, false);
            out_ += "</details>\n";
        }
        out_ += "</figure>\n";
    }

    void blocks(const Node& n, bool tight) {
        for (const Node& c : n.children) block(c, tight);
    }

    void heading(const Node& n) {
        int level = std::clamp(n.level + options_.heading_offset, 1, 6);
        char digit = static_cast<char>('0' + level);
        out_ += "<h";
        out_ += digit;
        if (!n.id().empty()) {
            out_ += " id=\"";
            escape(n.id());
            out_ += '"';
        }
        out_ += '>';
        if (options_.number_headings && n.number > 0) {
            out_ += "<span class=\"heading-number\">";
            out_ += std::to_string(n.number);
            out_ += "</span> ";
        }
        inlines(n);
        out_ += "</h";
        out_ += digit;
        out_ += ">\n";
    }

    void list(const Node& n) {
        if (n.ordered) {
            out_ += "<ol";
            if (n.start != 1) out_ += " start=\"" + std::to_string(n.start) + "\"";
            out_ += ">\n";
        } else {
            out_ += "<ul>\n";
        }
        for (const Node& item : n.children) {
            // A task's state is in the checkbox and in words, never in colour alone.
            std::string_view prefix;
            if (item.task == 1) {
                out_ += "<li class=\"task task-done\">";
                prefix = "<input type=\"checkbox\" disabled checked> <span class=\"visually-hidden\">Done:</span> ";
            } else if (item.task == 0) {
                out_ += "<li class=\"task task-open\">";
                prefix = "<input type=\"checkbox\" disabled> <span class=\"visually-hidden\">To do:</span> ";
            } else {
                out_ += "<li>";
            }
            size_t first = 0;
            if (!item.children.empty() && item.children[0].kind == NodeKind::paragraph) {
                if (!n.tight) out_ += "\n<p>";
                out_ += prefix;
                inlines(item.children[0]);
                if (!n.tight) out_ += "</p>\n";
                first = 1;
            } else {
                out_ += prefix;
            }
            for (size_t i = first; i < item.children.size(); ++i) block(item.children[i], n.tight);
            if (!n.tight) new_line();
            out_ += "</li>\n";
        }
        out_ += n.ordered ? "</ol>\n" : "</ul>\n";
    }

    /// Starts a new line unless the output is already at the start of one.
    void new_line() {
        if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    }

    void table(const Node& n) {
        if (n.caption().empty()) {
            out_ += "<div class=\"table-wrap\">\n";
        } else {
            out_ += "<div class=\"table-wrap\" role=\"region\" aria-label=\"";
            escape(n.caption());
            out_ += "\" tabindex=\"0\">\n";
        }
        out_ += "<table";
        if (!n.css_class().empty()) {
            out_ += " class=\"";
            escape(n.css_class());
            out_ += '"';
        }
        out_ += ">\n";
        if (!n.caption().empty()) {
            out_ += "<caption>";
            escape(n.caption());
            out_ += "</caption>\n";
        }
        size_t header_rows = 0;
        while (header_rows < n.children.size() && n.children[header_rows].header) ++header_rows;
        if (header_rows > 0) {
            out_ += "<thead>\n";
            for (size_t r = 0; r < header_rows; ++r) row(n.children[r], true);
            out_ += "</thead>\n";
        }
        if (header_rows < n.children.size()) {
            out_ += "<tbody>\n";
            for (size_t r = header_rows; r < n.children.size(); ++r) row(n.children[r], n.children[r].header);
            out_ += "</tbody>\n";
        }
        out_ += "</table>\n</div>\n";
    }

    void row(const Node& r, bool header_row) {
        out_ += "<tr>\n";
        for (const Node& cell : r.children) {
            const char* tag = header_row || cell.header ? "th" : "td";
            out_ += '<';
            out_ += tag;
            if (header_row) out_ += " scope=\"col\"";
            else if (cell.header) out_ += " scope=\"row\"";
            out_ += align_class(cell.align);
            out_ += '>';
            inlines(cell);
            out_ += "</";
            out_ += tag;
            out_ += ">\n";
        }
        out_ += "</tr>\n";
    }

    void footnotes(const std::vector<const Node*>& notes) {
        out_ += "<section class=\"footnotes\" aria-labelledby=\"footnote-label\">\n"
                "<h2 id=\"footnote-label\" class=\"visually-hidden\">Footnotes</h2>\n<ol>\n";
        for (const Node* note : notes) {
            std::string number = std::to_string(note->number);
            std::string back = "<a href=\"#fnref-" + number + "\" class=\"footnote-back\" aria-label=\"Back to reference " +
                               number + "\">\xE2\x86\xA9</a>";
            out_ += "<li id=\"fn-" + number + "\">\n";
            bool ends_with_paragraph = !note->children.empty() && note->children.back().kind == NodeKind::paragraph;
            for (size_t i = 0; i < note->children.size(); ++i) {
                const Node& c = note->children[i];
                if (ends_with_paragraph && i + 1 == note->children.size()) {
                    out_ += "<p>";
                    inlines(c);
                    out_ += ' ';
                    out_ += back;
                    out_ += "</p>\n";
                } else {
                    block(c, false);
                }
            }
            if (!ends_with_paragraph) out_ += back + "\n";
            out_ += "</li>\n";
        }
        out_ += "</ol>\n</section>\n";
    }

    void inlines(const Node& n) {
        for (const Node& c : n.children) inline_node(c);
    }

    void wrap(const char* tag, const Node& n) {
        out_ += '<';
        out_ += tag;
        out_ += '>';
        inlines(n);
        out_ += "</";
        out_ += tag;
        out_ += '>';
    }

    void inline_node(const Node& n) {
        switch (n.kind) {
            case NodeKind::text: escape(n.text); return;
            case NodeKind::soft_break: out_ += '\n'; return;
            case NodeKind::line_break: out_ += "<br>\n"; return;
            case NodeKind::code:
                out_ += "<code>";
                escape(n.text);
                out_ += "</code>";
                return;
            case NodeKind::emphasis: wrap("em", n); return;
            case NodeKind::strong: wrap("strong", n); return;
            case NodeKind::strikethrough: wrap("del", n); return;
            case NodeKind::link: link(n); return;
            case NodeKind::image: image(n); return;
            case NodeKind::footnote_reference: footnote_reference(n); return;
            default: block(n, false); return;
        }
    }

    void link(const Node& n) {
        if (!safe_href(n.url())) {  // never a live link to an unsafe scheme: keep only the words
            inlines(n);
            return;
        }
        out_ += "<a href=\"";
        escape(n.url());
        out_ += '"';
        if (!n.title().empty()) {
            out_ += " title=\"";
            escape(n.title());
            out_ += '"';
        }
        out_ += '>';
        inlines(n);
        out_ += "</a>";
    }

    void image(const Node& n) {
        if (!safe_src(n.url())) {
            escape(n.text);
            return;
        }
        out_ += "<img src=\"";
        escape(n.url());
        out_ += "\" alt=\"";
        escape(n.text);
        out_ += '"';
        if (!n.title().empty()) {
            out_ += " title=\"";
            escape(n.title());
            out_ += '"';
        }
        out_ += " loading=\"lazy\">";
    }

    void footnote_reference(const Node& n) {
        if (n.number <= 0) {  // not resolved: show what the author wrote
            out_ += "[^";
            escape(n.id());
            out_ += ']';
            return;
        }
        std::string number = std::to_string(n.number);
        int seen = ++references_[n.number];  // a second reference to the same note needs its own id
        out_ += "<sup class=\"footnote-ref\"><a href=\"#fn-";
        out_ += number;
        out_ += "\" id=\"fnref-";
        out_ += number;
        if (seen > 1) {
            out_ += '-';
            out_ += std::to_string(seen);
        }
        out_ += "\" aria-describedby=\"footnote-label\">";
        out_ += number;
        out_ += "</a></sup>";
    }

    void escape(std::string_view text) { append_escaped(out_, text); }

    const HtmlOptions& options_;
    std::string& out_;
    std::map<int, int> references_;
    int figures_ = 0;  ///< figures so far: unique ids for their SVG title, desc and patterns
};

}  // namespace

std::string render_html(const Node& doc, const HtmlOptions& options) {
    std::string out;
    out.reserve(4096);
    HtmlWriter writer(options, out);
    if (doc.kind == NodeKind::document) {
        writer.document(doc);
    } else {
        Node wrapper;
        wrapper.kind = NodeKind::document;
        wrapper.children.push_back(doc);
        writer.document(wrapper);
    }
    return out;
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    append_escaped(out, text);
    return out;
}

}  // namespace publish
