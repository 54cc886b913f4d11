// Markdown (cmark-gfm) into the document tree: parse, then convert the cmark AST without recursion.
#include "markdown/markdown.h"

#include <dlfcn.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include "markdown/anchors.h"

// The table and strikethrough node types are exported by the extensions library but not
// declared in its installed headers.
extern "C" {
extern cmark_node_type CMARK_NODE_TABLE;
extern cmark_node_type CMARK_NODE_TABLE_ROW;
extern cmark_node_type CMARK_NODE_TABLE_CELL;
extern cmark_node_type CMARK_NODE_STRIKETHROUGH;
}

// cmark-gfm 0.29 keeps the characters that start an extension's inline syntax (':' and 'w' for
// autolinks, '~' for strikethrough) in one global table: each parse adds them before its inline
// pass and takes them out after it, so a parse ending on one thread takes them away from a parse
// still running on another, which then silently misses autolinks and strikethrough. The library
// calls this function through the PLT, so this definition in the executable takes its place
// (ELF symbol interposition, as for libharu in pdf/libharu_overrides.cpp): the characters are
// added as before and never taken out. Every parser here attaches the same extensions, and a
// character left in the table only makes the inline pass ask the extensions, which then decline.
// markdown_test's "parsing from several threads at once gives the same trees" caught it.
extern "C" void cmark_manage_extensions_special_characters(cmark_parser* parser, int add) {
    using Original = void (*)(cmark_parser*, int);
    static const auto original = reinterpret_cast<Original>(dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters"));
    if (add && original) original(parser, add);
}

namespace publish {

namespace {

/// Deepest block nesting an author may write (lists, quotes); deeper is an error.
constexpr int max_block_depth = 48;
/// Deepest inline nesting (emphasis, links) kept as nodes; deeper formatting is flattened.
constexpr int max_inline_depth = 32;

/// Registers the GFM extensions once, whatever thread asks first.
void ensure_extensions_registered() {
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

/// Owns a cmark parser and the document it produced.
class CmarkDocument {
public:
    explicit CmarkDocument(std::string_view text) {
        ensure_extensions_registered();
        parser_ = cmark_parser_new(CMARK_OPT_FOOTNOTES | CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8);
        for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
            if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
                cmark_parser_attach_syntax_extension(parser_, ext);
        }
        cmark_parser_feed(parser_, text.data(), text.size());
        root_ = cmark_parser_finish(parser_);
    }
    ~CmarkDocument() {
        if (root_) cmark_node_free(root_);
        cmark_parser_free(parser_);
    }
    CmarkDocument(const CmarkDocument&) = delete;
    CmarkDocument& operator=(const CmarkDocument&) = delete;

    cmark_node* root() const { return root_; }

private:
    cmark_parser* parser_ = nullptr;
    cmark_node* root_ = nullptr;
};

/// Owns a cmark iterator.
class CmarkIterator {
public:
    explicit CmarkIterator(cmark_node* root) : iter_(cmark_iter_new(root)) {}
    ~CmarkIterator() { cmark_iter_free(iter_); }
    CmarkIterator(const CmarkIterator&) = delete;
    CmarkIterator& operator=(const CmarkIterator&) = delete;

    cmark_iter* get() const { return iter_; }

private:
    cmark_iter* iter_;
};

/// One open cmark container and the node its children go into.
struct Frame {
    cmark_node* source = nullptr;
    Node* target = nullptr;
    int block_depth = 0;
    int inline_depth = 0;
    bool alt_text = false;  ///< inside an image: text goes into the image's alt text
};

/// Turns one cmark document into our tree, walking it with cmark's iterator and an explicit stack.
class Converter {
public:
    Converter(std::string_view text, const std::string& file, int first_line, Diagnostics& diagnostics)
        : text_(text), file_(file), line_offset_(first_line - 1), diagnostics_(diagnostics) {}

    Node convert(cmark_node* root) {
        Node doc;
        doc.kind = NodeKind::document;
        doc.line = 1 + line_offset_;
        doc.column = 1;
        collect_footnote_labels(root);

        CmarkIterator iter(root);
        std::vector<Frame> stack;
        stack.push_back({root, &doc, 0, 0, false});
        cmark_event_type event;
        while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
            cmark_node* node = cmark_iter_get_node(iter.get());
            if (node == root) continue;
            if (event == CMARK_EVENT_EXIT) {
                if (stack.size() > 1 && stack.back().source == node) {
                    finish(stack.back());
                    stack.pop_back();
                }
                continue;
            }
            if (!enter(node, stack)) cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
        }
        move_footnotes_to_end(doc);
        return doc;
    }

private:
    /// Converts one entered node; false when its subtree is to be skipped.
    bool enter(cmark_node* node, std::vector<Frame>& stack) {
        Frame parent = stack.back();
        cmark_node_type type = cmark_node_get_type(node);

        if (parent.alt_text) {  // inside an image: everything becomes alt text
            if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
                parent.target->text += literal(node);
            } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
                parent.target->text += ' ';
            } else if (type != CMARK_NODE_HTML_INLINE) {
                stack.push_back({node, parent.target, parent.block_depth, parent.inline_depth, true});
            }
            return true;
        }
        if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_CUSTOM_BLOCK ||
            type == CMARK_NODE_CUSTOM_INLINE)
            return false;  // raw HTML never reaches any output

        int line = parent.target->line;
        int column = parent.target->column;
        if (int start = cmark_node_get_start_line(node); start > 0) {
            line = start + line_offset_;
            column = cmark_node_get_start_column(node);
        }

        bool block = (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
        if (block && parent.block_depth + 1 > max_block_depth) {
            if (parent.source == too_deep_parent_) return false;  // one error per container is enough
            too_deep_parent_ = parent.source;
            diagnostics_.error({file_, line, column},
                               "nesting too deep (more than " + std::to_string(max_block_depth) + " levels)");
            return false;
        }
        if (!block && is_inline_container(type) && parent.inline_depth + 1 > max_inline_depth) {
            // Too deep to keep as nodes: its children go straight into the parent.
            stack.push_back({node, parent.target, parent.block_depth, parent.inline_depth, false});
            return true;
        }
        std::vector<Node>& siblings = parent.target->children;
        if (type == CMARK_NODE_TEXT && !siblings.empty() && siblings.back().kind == NodeKind::text) {
            siblings.back().text += nullable(cmark_node_get_literal(node));  // keep text (and placeholders) whole
            return true;
        }
        if (siblings.empty()) siblings.reserve(count_children(cmark_node_parent(node)));
        Node& made = siblings.emplace_back();  // built in place: nodes are large
        made.line = line;
        made.column = column;
        if (!describe(node, type, made)) {
            siblings.pop_back();
            return false;
        }
        if (is_leaf(made.kind)) return true;
        stack.push_back({node, &made, parent.block_depth + (block ? 1 : 0), parent.inline_depth + (block ? 0 : 1),
                         made.kind == NodeKind::image});
        return true;
    }

    /// Fills kind and fields of `made` from a cmark node; false for node types we drop.
    bool describe(cmark_node* node, cmark_node_type type, Node& made) {
        switch (type) {
            case CMARK_NODE_PARAGRAPH: made.kind = NodeKind::paragraph; return true;
            case CMARK_NODE_BLOCK_QUOTE: made.kind = NodeKind::block_quote; return true;
            case CMARK_NODE_THEMATIC_BREAK: made.kind = NodeKind::thematic_break; return true;
            case CMARK_NODE_HEADING:
                made.kind = NodeKind::heading;
                made.level = cmark_node_get_heading_level(node);
                return true;
            case CMARK_NODE_LIST:
                made.kind = NodeKind::list;
                made.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
                made.start = made.ordered ? cmark_node_get_list_start(node) : 1;
                made.tight = cmark_node_get_list_tight(node) != 0;
                return true;
            case CMARK_NODE_ITEM:
                made.kind = NodeKind::list_item;
                if (std::strcmp(cmark_node_get_type_string(node), "tasklist") == 0)
                    made.task = cmark_gfm_extensions_get_tasklist_item_checked(node) ? 1 : 0;
                return true;
            case CMARK_NODE_CODE_BLOCK: {
                made.kind = NodeKind::code_block;
                made.text = literal(node);
                std::string_view info = nullable(cmark_node_get_fence_info(node));
                made.attributes().info = std::string(info.substr(0, info.find_first_of(" \t")));
                return true;
            }
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                made.kind = NodeKind::footnote_definition;
                made.number = ++footnote_count_;
                made.attributes().id = footnote_label(made.number);
                return true;
            case CMARK_NODE_TEXT: made.kind = NodeKind::text; made.text = literal(node); return true;
            case CMARK_NODE_SOFTBREAK: made.kind = NodeKind::soft_break; return true;
            case CMARK_NODE_LINEBREAK: made.kind = NodeKind::line_break; return true;
            case CMARK_NODE_CODE: made.kind = NodeKind::code; made.text = literal(node); return true;
            case CMARK_NODE_EMPH: made.kind = NodeKind::emphasis; return true;
            case CMARK_NODE_STRONG: made.kind = NodeKind::strong; return true;
            case CMARK_NODE_LINK:
            case CMARK_NODE_IMAGE:
                made.kind = type == CMARK_NODE_LINK ? NodeKind::link : NodeKind::image;
                made.attributes().url = nullable(cmark_node_get_url(node));
                made.attributes().title = nullable(cmark_node_get_title(node));
                return true;
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                made.kind = NodeKind::footnote_reference;
                made.number = std::atoi(literal(node).c_str());
                made.attributes().id = footnote_label(made.number);
                return true;
            default: break;
        }
        if (type == CMARK_NODE_TABLE) {
            made.kind = NodeKind::table;
        } else if (type == CMARK_NODE_TABLE_ROW) {
            made.kind = NodeKind::table_row;
            made.header = cmark_gfm_extensions_get_table_row_is_header(node) != 0;
        } else if (type == CMARK_NODE_TABLE_CELL) {
            made.kind = NodeKind::table_cell;
            made.align = cell_alignment(node);
        } else if (type == CMARK_NODE_STRIKETHROUGH) {
            made.kind = NodeKind::strikethrough;
        } else {
            return false;  // unknown extension node: drop it and its content
        }
        return true;
    }

    /// Called when a node's children are all converted.
    void finish(const Frame& frame) {
        // Only the heading's own frame: flattened inlines inside it share its target.
        if (frame.alt_text || cmark_node_get_type(frame.source) != CMARK_NODE_HEADING) return;
        frame.target->attributes().id = heading_ids_.unique_id(slugify(plain_text(*frame.target)));
    }

    /// How many children a cmark node has (to size our list once).
    static size_t count_children(cmark_node* node) {
        size_t count = 0;
        for (cmark_node* c = node ? cmark_node_first_child(node) : nullptr; c; c = cmark_node_next(c)) ++count;
        return count;
    }

    static bool is_leaf(NodeKind kind) {
        switch (kind) {
            case NodeKind::text:
            case NodeKind::soft_break:
            case NodeKind::line_break:
            case NodeKind::code:
            case NodeKind::code_block:
            case NodeKind::thematic_break:
            case NodeKind::footnote_reference:
                return true;
            default:
                return false;
        }
    }

    static bool is_inline_container(cmark_node_type type) {
        return type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG || type == CMARK_NODE_LINK ||
               type == CMARK_NODE_IMAGE || type == CMARK_NODE_STRIKETHROUGH;
    }

    static std::string_view nullable(const char* s) { return s ? std::string_view(s) : std::string_view(); }
    static std::string literal(cmark_node* node) { return std::string(nullable(cmark_node_get_literal(node))); }

    /// Alignment of a table cell from its table's column alignments.
    static char cell_alignment(cmark_node* cell) {
        cmark_node* row = cmark_node_parent(cell);
        cmark_node* table = row ? cmark_node_parent(row) : nullptr;
        if (!table) return 0;
        int column = 0;
        for (cmark_node* c = cmark_node_previous(cell); c; c = cmark_node_previous(c)) ++column;
        uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(table);
        if (!alignments || column >= cmark_gfm_extensions_get_table_columns(table)) return 0;
        char a = static_cast<char>(alignments[column]);
        return (a == 'l' || a == 'r' || a == 'c') ? a : 0;
    }

    /// cmark has numbered the footnotes and put the referenced definitions last, in number order;
    /// their labels are only in the source, on each definition's first line.
    void collect_footnote_labels(cmark_node* root) {
        std::vector<cmark_node*> definitions;
        for (cmark_node* c = cmark_node_last_child(root);
             c && cmark_node_get_type(c) == CMARK_NODE_FOOTNOTE_DEFINITION; c = cmark_node_previous(c))
            definitions.push_back(c);
        if (definitions.empty()) return;
        std::reverse(definitions.begin(), definitions.end());
        std::vector<size_t> starts = line_starts(text_);
        for (cmark_node* d : definitions)
            footnote_labels_.push_back(footnote_label_on_line(text_, starts, cmark_node_get_start_line(d)));
    }

    std::string footnote_label(int number) const {
        if (number >= 1 && number <= static_cast<int>(footnote_labels_.size()) && !footnote_labels_[number - 1].empty())
            return footnote_labels_[number - 1];
        return std::to_string(number);
    }

    /// Footnote definitions go last, in number order.
    static void move_footnotes_to_end(Node& doc) {
        auto is_note = [](const Node& n) { return n.kind == NodeKind::footnote_definition; };
        auto first_note = std::stable_partition(doc.children.begin(), doc.children.end(),
                                                [&](const Node& n) { return !is_note(n); });
        std::stable_sort(first_note, doc.children.end(),
                         [](const Node& a, const Node& b) { return a.number < b.number; });
    }

    std::string_view text_;
    const std::string& file_;
    int line_offset_;
    Diagnostics& diagnostics_;
    int footnote_count_ = 0;
    cmark_node* too_deep_parent_ = nullptr;
    std::vector<std::string> footnote_labels_;
    HeadingIds heading_ids_;
};

}  // namespace

Node parse_markdown(std::string_view text, const std::string& file, int first_line, Diagnostics& diagnostics) {
    CmarkDocument cmark(text);
    if (!cmark.root()) {
        Node doc;
        doc.kind = NodeKind::document;
        return doc;
    }
    return Converter(text, file, first_line, diagnostics).convert(cmark.root());
}

}  // namespace publish
