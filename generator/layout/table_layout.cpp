// GFM tables: column widths from content, wrapped cells, alignment, one piece per row.
#include <algorithm>
#include <numeric>

#include "layout/compose.h"

namespace publish::layout {
namespace {

/// Column widths: natural widths if they fit, else minimum widths plus a share of the rest in
/// proportion to how much each column wants; always filling the measure.
std::vector<double> column_widths(const std::vector<double>& min_w, const std::vector<double>& max_w, double total) {
    size_t n = min_w.size();
    double sum_min = std::accumulate(min_w.begin(), min_w.end(), 0.0);
    double sum_max = std::accumulate(max_w.begin(), max_w.end(), 0.0);
    std::vector<double> w(n);
    if (sum_max <= total) {
        for (size_t i = 0; i < n; ++i) w[i] = max_w[i] + (total - sum_max) * (max_w[i] / sum_max);
    } else if (sum_min >= total) {
        for (size_t i = 0; i < n; ++i) w[i] = min_w[i] * total / sum_min;
    } else {
        double want = sum_max - sum_min;
        for (size_t i = 0; i < n; ++i) w[i] = min_w[i] + (total - sum_min) * ((max_w[i] - min_w[i]) / want);
    }
    return w;
}

}  // namespace

void Composer::table(const Node& node, const Box& box) {
    int el = element(Role::table, box.parent, &node);
    double size = ctx.style.table_size * box.size / ctx.style.body_size;
    double pad_x = size * 0.55, pad_y = size * 0.4;
    double lh = size * 1.3;
    size_t columns = 0;
    for (const auto& row : node.children) columns = std::max(columns, row.children.size());
    if (columns == 0) return;

    // Collect every cell's runs once, with its structure elements.
    struct Cell { std::vector<Run> runs; char align = 'l'; };
    std::vector<std::vector<Cell>> cells;
    std::vector<int> row_elements;
    int cap = node.caption().empty() ? -1 : element(Role::caption, el, &node);  // read before the rows
    for (const auto& row : node.children) {
        int re = element(Role::table_row, el, &row);
        row_elements.push_back(re);
        std::vector<Cell> out;
        for (const auto& cell : row.children) {
            bool head = row.header || cell.header;
            int ce = element(head ? Role::table_header_cell : Role::table_cell, re, &cell);
            Cell c;
            c.runs = runs(cell, head ? FontStyle::bold : box.font, size, box.color, ce);
            c.align = cell.align ? cell.align : 'l';
            out.push_back(std::move(c));
        }
        out.resize(columns);
        cells.push_back(std::move(out));
    }

    // Column widths from content.
    std::vector<double> min_w(columns, 0), max_w(columns, 0);
    for (const auto& row : cells)
        for (size_t c = 0; c < columns; ++c) {
            min_w[c] = std::max(min_w[c], widest_word(row[c].runs, ctx.text.widths) + 2 * pad_x + 0.5);
            max_w[c] = std::max(max_w[c], natural_width(row[c].runs, ctx.text.widths) + 2 * pad_x + 0.5);
        }
    auto widths = column_widths(min_w, max_w, box.width);

    if (!node.caption().empty()) {
        std::vector<Run> r{{node.caption(), FontStyle::bold, size * 1.05, box.color, {}, cap}};
        ParagraphFormat format{box.width, size * 1.05 * 1.35, size * 1.05, 'l', false};
        push_lines(set_paragraph(r, format, ctx.text), box, box.paragraph_space, true);
        keep_next_ = true;
    }

    int table_index = static_cast<int>(flow_.table_headers.size());
    flow_.table_headers.emplace_back();
    bool first_piece = true, after_header = false;
    for (size_t r = 0; r < cells.size(); ++r) {
        bool header = node.children[r].header;
        FlowItem piece;
        piece.table = table_index;
        piece.header_row = header;
        double x = box.left, height = 0;
        std::vector<std::vector<Line>> set(columns);
        for (size_t c = 0; c < columns; ++c) {
            ParagraphFormat format{widths[c] - 2 * pad_x, lh, size, cells[r][c].align, true};
            set[c] = set_paragraph(cells[r][c].runs, format, ctx.text);
            height = std::max(height, set[c].size() * lh);
        }
        piece.height = height + 2 * pad_y;
        if (header) piece.items.push_back(rect_item(box.left, 0, box.width, piece.height, ctx.style.tint));
        for (size_t c = 0; c < columns; ++c) {
            double y = pad_y;
            for (auto& line : set[c]) {
                for (auto& item : line.items) {
                    item.x += x + pad_x;
                    item.y += y;
                    piece.items.push_back(std::move(item));
                }
                for (int f : line.footnotes) piece.footnotes.push_back(f);
                y += lh;
            }
            x += widths[c];
        }
        piece.items.push_back(line_item(box.left, piece.height, box.left + box.width, piece.height,
                                        header ? 0.9 : 0.4, header ? ctx.style.accent : ctx.style.rule));
        if (first_piece) piece.space_before = box.paragraph_space * 1.2;
        else piece.break_before = !header && !after_header;
        // A table broken after its header alone would leave a lonely header: keep it with the first row.
        after_header = header;
        first_piece = false;
        if (header) {
            FlowItem copy = piece;
            copy.footnotes.clear();
            for (auto& item : copy.items) item.element = -1;  // repeated headers are artifacts
            flow_.table_headers[table_index].push_back(std::move(copy));
        }
        push(std::move(piece));
    }
    // Space after a table before the next block.
    if (!flow_.items.empty()) flow_.items.back().height += box.paragraph_space * 0.3;
}

}  // namespace publish::layout
