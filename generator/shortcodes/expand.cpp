// Replacing placeholders in the tree: block calls become blocks, inline calls text, calls in code their source.
#include <algorithm>

#include "shortcodes/registry.h"
#include "shortcodes/shortcodes.h"

namespace publish {

namespace {

const std::string_view open_mark = "\xEE\x80\x80";
const std::string_view close_mark = "\xEE\x80\x81";

/// One placeholder found in a text: [begin, end) and the call index.
struct Mark {
    size_t begin = 0, end = 0, index = 0;
};

/// The next well-formed placeholder at or after `from` naming an existing call.
bool next_mark(std::string_view text, size_t from, size_t call_count, Mark& mark) {
    while ((from = text.find(open_mark, from)) != std::string_view::npos) {
        size_t digits = from + open_mark.size();
        size_t stop = digits;
        size_t index = 0;
        while (stop < text.size() && text[stop] >= '0' && text[stop] <= '9' && stop - digits < 9) {
            index = index * 10 + static_cast<size_t>(text[stop++] - '0');
        }
        if (stop > digits && text.substr(stop, close_mark.size()) == close_mark && index < call_count) {
            mark = {from, stop + close_mark.size(), index};
            return true;
        }
        from = digits;
    }
    return false;
}

bool has_mark(std::string_view text) { return text.find(open_mark) != std::string_view::npos; }

bool is_break(const Node& n) { return n.kind == NodeKind::soft_break || n.kind == NodeKind::line_break; }

class Expander {
public:
    Expander(const std::vector<ShortcodeCall>& calls, const ShortcodeContext& context, Diagnostics& diagnostics)
        : calls_(calls), context_(context), diagnostics_(diagnostics) {}

    /// Any node: dispatches on what its children are.
    void visit(Node& node) {
        switch (node.kind) {
            case NodeKind::code:
            case NodeKind::code_block:
                restore(node.text);
                if (node.has_attributes()) restore(node.attributes().info);
                return;
            case NodeKind::image:
                restore(node.text);
                restore(node.attributes().url);
                restore(node.attributes().title);
                return;
            case NodeKind::link:
                restore(node.attributes().url);
                restore(node.attributes().title);
                inlines(node.children);
                return;
            case NodeKind::paragraph:
            case NodeKind::heading:
            case NodeKind::table_cell:
            case NodeKind::emphasis:
            case NodeKind::strong:
            case NodeKind::strikethrough:
                inlines(node.children);
                return;
            case NodeKind::document:
            case NodeKind::block_quote:
            case NodeKind::list_item:
            case NodeKind::footnote_definition:
                blocks(node.children);
                return;
            case NodeKind::list:
            case NodeKind::table:
            case NodeKind::table_row:
                for (auto& child : node.children) visit(child);
                return;
            default:
                return;
        }
    }

private:
    const std::vector<ShortcodeCall>& calls_;
    const ShortcodeContext& context_;
    Diagnostics& diagnostics_;

    /// Placeholders in a string → the calls as written.
    void restore(std::string& text) {
        if (!has_mark(text)) return;
        std::string out;
        Mark mark;
        size_t copied = 0;
        while (next_mark(text, copied, calls_.size(), mark)) {
            out.append(text, copied, mark.begin - copied);
            out += calls_[mark.index].source_text;
            copied = mark.end;
        }
        out.append(text, copied);
        text = std::move(out);
    }

    /// Renders call `index`; block shortcodes only where `as_block`. Errors give no nodes.
    std::vector<Node> render(size_t index, bool as_block) {
        const ShortcodeCall& call = calls_[index];
        const ShortcodeSpec* spec = find_shortcode(call.name);
        if (spec == nullptr) {
            diagnostics_.error(call.where, "unknown shortcode \"" + call.name + "\"",
                               did_you_mean(call.name, shortcode_names()));
            return {};
        }
        if (spec->placement == Placement::block && !as_block) {
            diagnostics_.error(call.where, call.name + " must be on a line of its own");
            return {};
        }
        if (!arguments_ok(*spec, call)) return {};
        std::vector<Node> nodes;
        try {
            nodes = spec->render(ShortcodeInput{call, context_, diagnostics_});
        } catch (const std::exception& e) {
            diagnostics_.error(call.where, call.name + " could not be rendered: " + e.what());
            return {};
        }
        for (auto& n : nodes) {
            if (n.line == 0) {
                n.line = call.where.line;
                n.column = call.where.column;
            }
        }
        return nodes;
    }

    /// Unknown, repeated or positional-where-not-allowed arguments are errors.
    bool arguments_ok(const ShortcodeSpec& spec, const ShortcodeCall& call) {
        bool ok = true;
        std::vector<std::string> named;
        for (const auto& a : spec.arguments) {
            if (!a.empty()) named.push_back(a);
        }
        std::vector<std::string> seen;
        for (const auto& [key, value] : call.args) {
            bool allowed = std::find(spec.arguments.begin(), spec.arguments.end(), key) != spec.arguments.end();
            if (!allowed && key.empty()) {
                diagnostics_.error(call.where, call.name + " takes no unnamed argument (\"" + value + "\")",
                                   named.empty() ? "" : "arguments: " + join(named));
                ok = false;
            } else if (!allowed) {
                std::string hint = did_you_mean(key, named);
                if (hint.empty()) hint = named.empty() ? call.name + " takes no arguments" : "arguments: " + join(named);
                diagnostics_.error(call.where, "unknown argument \"" + key + "\" for " + call.name, hint);
                ok = false;
            } else if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
                diagnostics_.error(call.where, key.empty() ? call.name + " takes one unnamed argument"
                                                           : "argument \"" + key + "\" is given twice");
                ok = false;
            }
            seen.push_back(key);
        }
        return ok;
    }

    static std::string join(const std::vector<std::string>& names) {
        std::string out;
        for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
        return out;
    }

    /// The call index if this line of a paragraph is exactly one block shortcode, else -1.
    long block_line(const std::vector<Node>& children, size_t begin, size_t end) {
        if (end != begin + 1 || children[begin].kind != NodeKind::text) return -1;
        std::string_view text = children[begin].text;
        size_t first = text.find_first_not_of(" \t");
        size_t last = text.find_last_not_of(" \t");
        if (first == std::string_view::npos) return -1;
        Mark mark;
        if (!next_mark(text, first, calls_.size(), mark) || mark.begin != first || mark.end != last + 1) return -1;
        const ShortcodeSpec* spec = find_shortcode(calls_[mark.index].name);
        return spec != nullptr && spec->placement == Placement::block ? static_cast<long>(mark.index) : -1;
    }

    /// An empty paragraph with the position and class of `paragraph`.
    static Node empty_like(const Node& paragraph) {
        Node n = make_node(paragraph.kind);
        n.line = paragraph.line;
        n.column = paragraph.column;
        if (!paragraph.css_class().empty()) n.attributes().css_class = paragraph.css_class();
        return n;
    }

    /// Splits a paragraph around its block-shortcode lines; the rest stays paragraphs.
    void split_paragraph(Node& paragraph, std::vector<Node>& out) {
        auto& children = paragraph.children;
        Node pending = empty_like(paragraph);
        auto flush = [&] {
            while (!pending.children.empty() && is_break(pending.children.back())) pending.children.pop_back();
            if (pending.children.empty()) return;
            inlines(pending.children);
            out.push_back(std::move(pending));
            pending = empty_like(paragraph);
        };
        size_t begin = 0;
        while (begin < children.size()) {
            size_t end = begin;
            while (end < children.size() && !is_break(children[end])) ++end;
            long index = block_line(children, begin, end);
            if (index >= 0) {
                flush();
                for (auto& block : render(static_cast<size_t>(index), true)) out.push_back(std::move(block));
            } else {
                if (pending.children.empty() && begin < end && children[begin].line != 0) {
                    pending.line = children[begin].line;
                    pending.column = children[begin].column;
                }
                for (size_t i = begin; i < end; ++i) pending.children.push_back(std::move(children[i]));
                if (end < children.size()) pending.children.push_back(std::move(children[end]));
            }
            begin = end + 1;
        }
        flush();
    }

    /// Block children: paragraphs holding block shortcodes are split; everything else is visited.
    void blocks(std::vector<Node>& children) {
        bool any = std::any_of(children.begin(), children.end(), [](const Node& n) {
            return n.kind == NodeKind::paragraph &&
                   std::any_of(n.children.begin(), n.children.end(),
                               [](const Node& c) { return c.kind == NodeKind::text && has_mark(c.text); });
        });
        if (!any) {
            for (auto& child : children) visit(child);
            return;
        }
        std::vector<Node> out;
        out.reserve(children.size());
        for (auto& child : children) {
            if (child.kind == NodeKind::paragraph) {
                split_paragraph(child, out);
            } else {
                visit(child);
                out.push_back(std::move(child));
            }
        }
        children = std::move(out);
    }

    /// Inline children: text with placeholders becomes text (merged) and rendered inlines.
    void inlines(std::vector<Node>& children) {
        bool any = false;
        for (auto& child : children) {
            if (child.kind == NodeKind::text) {
                any = any || has_mark(child.text);
            } else {
                visit(child);
            }
        }
        if (!any) return;
        std::vector<Node> out;
        out.reserve(children.size());
        for (auto& child : children) {
            if (child.kind == NodeKind::text && has_mark(child.text)) {
                expand_text(child, out);
            } else {
                out.push_back(std::move(child));
            }
        }
        children = std::move(out);
    }

    /// Appends text to `out`, joining it to a text node just before.
    static void append_text(std::vector<Node>& out, std::string_view text, const Node& origin) {
        if (text.empty()) return;
        if (!out.empty() && out.back().kind == NodeKind::text) {
            out.back().text += text;
            return;
        }
        Node n = make_node(NodeKind::text, std::string(text));
        n.line = origin.line;
        n.column = origin.column;
        out.push_back(std::move(n));
    }

    void expand_text(const Node& text_node, std::vector<Node>& out) {
        std::string_view text = text_node.text;
        size_t copied = 0;
        Mark mark;
        while (next_mark(text, copied, calls_.size(), mark)) {
            append_text(out, text.substr(copied, mark.begin - copied), text_node);
            for (auto& n : render(mark.index, false)) {
                if (n.kind == NodeKind::text) {
                    append_text(out, n.text, text_node);
                } else {
                    out.push_back(std::move(n));
                }
            }
            copied = mark.end;
        }
        append_text(out, text.substr(copied), text_node);
    }
};

}  // namespace

void expand_shortcodes(Node& doc, const std::vector<ShortcodeCall>& calls, const ShortcodeContext& context,
                       Diagnostics& diagnostics) {
    if (calls.empty()) return;
    Expander(calls, context, diagnostics).visit(doc);
}

}  // namespace publish
