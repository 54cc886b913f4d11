// The project's own document tree: blocks and inlines with source positions.
// Markdown parsing fills it, shortcodes and link rewriting transform it, and both the
// HTML renderer and the PDF layout walk it, so web and PDF always say the same thing.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"

namespace publish {

enum class NodeKind : std::uint8_t {
    // Blocks
    document,        ///< root; children are blocks
    heading,         ///< level 1-6; `id` is the anchor; children are inlines
    paragraph,       ///< children are inlines
    list,            ///< `ordered`, `start`, `tight`; children are list_items
    list_item,       ///< children are blocks; `task` is -1 (none), 0 (open) or 1 (done)
    block_quote,     ///< children are blocks
    code_block,      ///< `text` is the code, `info` the language
    thematic_break,  ///< a rule
    table,           ///< children are table_rows (header rows first); `caption` optional
    table_row,       ///< `header` true for a header row; children are table_cells
    table_cell,      ///< `align` 'l', 'r', 'c' or 0; children are inlines
    footnote_definition,  ///< `id` is the label, `number` its display number; children are blocks
    figure,          ///< a drawn figure (chart, diagram): `figure` holds the drawing, `text` its alternative
    page_break,      ///< {{< page-break >}}: the PDF starts a new page here; the web page only when printed
    // Inlines
    text,            ///< `text`
    soft_break,      ///< a line break in the source that is a space in the output
    line_break,      ///< a hard break
    code,            ///< inline code: `text`
    emphasis,
    strong,
    strikethrough,
    link,            ///< `url`, `title`; children are inlines
    image,           ///< `url` (as written, then rewritten), `title`; `text` is the alt text
    footnote_reference,  ///< `id` is the label, `number` its display number
};

struct Drawing;  // charts/drawing.h: a format-free picture (shapes and text)

/// What only some kinds of node carry (links, images, headings, footnotes, code blocks, tables,
/// figures). Kept apart from Node, and allocated only for the nodes that set something, so that
/// the many text and break nodes of a document stay small.
struct NodeAttributes {
    std::string url;        ///< link/image target
    std::string title;      ///< link/image title
    std::string id;         ///< heading anchor, footnote label
    std::string info;       ///< code block info string
    std::string caption;    ///< table or figure caption
    std::string css_class;  ///< optional class for the HTML renderer (e.g. "funding-table", "numeric")
    std::string source;     ///< link/image after rewriting: the site file it points to ("content/images/x.png"), if any
    std::shared_ptr<const Drawing> figure;  ///< for figure nodes
};

/// An owning pointer that copies what it points to, so that a Node stays freely copyable.
template <class T>
class CopiedPtr {
public:
    CopiedPtr() = default;
    CopiedPtr(const CopiedPtr& other) : p_(other.p_ ? std::make_unique<T>(*other.p_) : nullptr) {}
    CopiedPtr(CopiedPtr&&) noexcept = default;
    CopiedPtr& operator=(const CopiedPtr& other) {
        if (this != &other) p_ = other.p_ ? std::make_unique<T>(*other.p_) : nullptr;
        return *this;
    }
    CopiedPtr& operator=(CopiedPtr&&) noexcept = default;
    CopiedPtr& operator=(std::unique_ptr<T> p) {
        p_ = std::move(p);
        return *this;
    }
    T* operator->() const { return p_.get(); }
    T& operator*() const { return *p_; }
    explicit operator bool() const { return p_ != nullptr; }

private:
    std::unique_ptr<T> p_;
};

/// One node of the tree. Plain data: no library types, freely copyable.
/// Read the rarer fields with `n.url()`, `n.id()`, … (empty when unset); set them with
/// `n.attributes().url = …`.
struct Node {
    NodeKind kind = NodeKind::text;
    char align = 0;          ///< table cell: 'l', 'r', 'c' or 0
    std::int8_t task = -1;   ///< list item: -1 not a task, 0 open, 1 done
    bool ordered = false;
    bool tight = true;
    bool header = false;  ///< table row is a header row; table cell is a row header (th scope=row)
    int level = 0;   ///< heading level
    int line = 0;    ///< 1-based line in the source file (front matter included), 0 if generated
    int column = 0;  ///< 1-based column, 0 if unknown
    int number = 0;  ///< footnote number; heading number when numbered documents are laid out
    int start = 1;   ///< ordered list start

    std::string text;  ///< text, code, code_block content, image alt, figure alternative
    std::vector<Node> children;

    const std::string& url() const { return attrs_ ? attrs_->url : no_text(); }
    const std::string& title() const { return attrs_ ? attrs_->title : no_text(); }
    const std::string& id() const { return attrs_ ? attrs_->id : no_text(); }
    const std::string& info() const { return attrs_ ? attrs_->info : no_text(); }
    const std::string& caption() const { return attrs_ ? attrs_->caption : no_text(); }
    const std::string& css_class() const { return attrs_ ? attrs_->css_class : no_text(); }
    const std::string& source() const { return attrs_ ? attrs_->source : no_text(); }
    const Drawing* figure() const { return attrs_ ? attrs_->figure.get() : nullptr; }

    /// The rarer fields for writing; allocated on first use.
    NodeAttributes& attributes() {
        if (!attrs_) attrs_ = std::make_unique<NodeAttributes>();
        return *attrs_;
    }
    bool has_attributes() const { return static_cast<bool>(attrs_); }

private:
    static const std::string& no_text();

    CopiedPtr<NodeAttributes> attrs_;
};

/// Builds a node of a kind with optional text (convenience for generated content).
inline Node make_node(NodeKind kind, std::string text = {}) {
    Node n;
    n.kind = kind;
    n.text = std::move(text);
    return n;
}

/// All the text of a node's inlines, as plain text (for ids, alt text, titles, search).
std::string plain_text(const Node& node);

/// The beginning of the same text: stops once more than `max_bytes` bytes ending in a non-space
/// are collected (so its first `max_bytes + 1` bytes are those of the whole text, which is never
/// built in full for a long document).
std::string plain_text(const Node& node, size_t max_bytes);

}  // namespace publish
