// Node builders for generated content.
#include "model/node_builders.h"

namespace publish {

Node table_cell(std::string text, char align, bool header) {
    Node cell = make_node(NodeKind::table_cell);
    cell.align = align;
    cell.header = header;
    if (!text.empty()) cell.children.push_back(make_node(NodeKind::text, std::move(text)));
    return cell;
}

Node table_row(std::vector<Node> cells, bool header) {
    Node row = make_node(NodeKind::table_row);
    row.header = header;
    row.children = std::move(cells);
    return row;
}

Node table(std::string caption, std::string css_class, std::vector<Node> rows) {
    Node t = make_node(NodeKind::table);
    t.attributes().caption = std::move(caption);
    t.attributes().css_class = std::move(css_class);
    t.children = std::move(rows);
    return t;
}

Node text_paragraph(std::string text) {
    Node p = make_node(NodeKind::paragraph);
    p.children.push_back(make_node(NodeKind::text, std::move(text)));
    return p;
}

Node not_available_note() {
    Node note = text_paragraph("n/a: figure not available; not included in the total.");
    note.attributes().css_class = "table-note";
    return note;
}

}  // namespace publish
