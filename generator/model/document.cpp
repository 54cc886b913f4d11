// Plain-text extraction from the document tree.
#include "model/document.h"

namespace publish {

const std::string& Node::no_text() {
    static const std::string empty;
    return empty;
}

namespace {

/// The text collected so far; `full` once it holds more than `max_bytes` bytes ending in a
/// non-space, after which nothing more is added (not even a block's closing space).
struct PlainText {
    std::string out;
    size_t max_bytes;
    bool full = false;
};

void append_plain_text(const Node& node, PlainText& text) {
    std::string& out = text.out;
    if (text.full) return;
    if (out.size() > text.max_bytes && out.back() != ' ') {
        text.full = true;  // enough: the rest cannot change the start
        return;
    }
    switch (node.kind) {
        case NodeKind::text:
        case NodeKind::code:
            out += node.text;
            return;
        case NodeKind::image:
            out += node.text;
            return;
        case NodeKind::soft_break:
        case NodeKind::line_break:
            out += ' ';
            return;
        case NodeKind::footnote_reference:
        case NodeKind::footnote_definition:
            return;
        default:
            break;
    }
    bool block = node.kind == NodeKind::paragraph || node.kind == NodeKind::heading ||
                 node.kind == NodeKind::code_block || node.kind == NodeKind::table_cell ||
                 node.kind == NodeKind::figure;
    if (node.kind == NodeKind::code_block || node.kind == NodeKind::figure) out += node.text;
    for (const auto& child : node.children) append_plain_text(child, text);
    if (block && !text.full && !out.empty() && out.back() != ' ') out += ' ';
}

}  // namespace

std::string plain_text(const Node& node) { return plain_text(node, std::string::npos); }

std::string plain_text(const Node& node, size_t max_bytes) {
    PlainText text{{}, max_bytes};
    append_plain_text(node, text);
    std::string& out = text.out;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace publish
