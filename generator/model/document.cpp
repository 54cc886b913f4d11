// Plain-text extraction from the document tree.
#include "model/document.h"

namespace publish {

const std::string& Node::no_text() {
    static const std::string empty;
    return empty;
}

static void append_plain_text(const Node& node, std::string& out, size_t max_bytes) {
    if (out.size() > max_bytes && out.back() != ' ') return;  // enough: the rest cannot change the start
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
    for (const auto& child : node.children) append_plain_text(child, out, max_bytes);
    if (block && !out.empty() && out.back() != ' ') out += ' ';
}

std::string plain_text(const Node& node) { return plain_text(node, std::string::npos); }

std::string plain_text(const Node& node, size_t max_bytes) {
    std::string out;
    append_plain_text(node, out, max_bytes);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace publish
