// Small builders for generated nodes (tables, cells, paragraphs): shortcodes and charts.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace publish {

/// Moves nodes into a vector (a braced list would copy each one).
template <typename... Nodes>
std::vector<Node> node_list(Nodes&&... nodes) {
    std::vector<Node> out;
    out.reserve(sizeof...(nodes));
    (out.push_back(std::forward<Nodes>(nodes)), ...);
    return out;
}

/// A table cell holding one text node; `align` 'r' for figures; `header` for a row header (th scope=row).
Node table_cell(std::string text, char align = 0, bool header = false);

/// A row of cells; `header` for the header row.
Node table_row(std::vector<Node> cells, bool header = false);

/// A table with a caption and class, its rows in order (header row first).
Node table(std::string caption, std::string css_class, std::vector<Node> rows);

/// A paragraph of plain text.
Node text_paragraph(std::string text);

/// The note after a table that shows "n/a".
Node not_available_note();

}  // namespace publish
