// The project's own document tree: blocks and inlines with source positions.
// Markdown parsing fills it, shortcodes and link rewriting transform it, and both the
// HTML renderer and the PDF layout walk it, so web and PDF always say the same thing.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"

namespace publish {

enum class NodeKind {
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

/// One node of the tree. Plain data: no library types, freely copyable.
struct Node {
    NodeKind kind = NodeKind::text;
    int line = 0;    ///< 1-based line in the source file (front matter included), 0 if generated
    int column = 0;  ///< 1-based column, 0 if unknown

    std::string text;     ///< text, code, code_block content, image alt, figure alternative
    std::string url;      ///< link/image target
    std::string title;    ///< link/image title
    std::string id;       ///< heading anchor, footnote label
    std::string info;     ///< code block info string
    std::string caption;  ///< table caption
    std::string css_class;  ///< optional class for the HTML renderer (e.g. "funding-table", "numeric")
    std::string source;   ///< link/image after rewriting: the site file it points to ("content/images/x.png"), if any

    int level = 0;      ///< heading level
    int number = 0;     ///< footnote number; heading number when numbered documents are laid out
    int start = 1;      ///< ordered list start
    int task = -1;      ///< list item: -1 not a task, 0 open, 1 done
    char align = 0;     ///< table cell: 'l', 'r', 'c' or 0
    bool ordered = false;
    bool tight = true;
    bool header = false;  ///< table row is a header row; table cell is a row header (th scope=row)

    std::shared_ptr<const Drawing> figure;  ///< for figure nodes
    std::vector<Node> children;
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

}  // namespace publish
