// build_structure: elements and frame items → structure nodes in reading order and MCIDs per page.
#include "layout/structure.h"

#include <algorithm>

namespace publish::layout {
namespace {

class Builder {
public:
    explicit Builder(const LaidOutDocument& doc) : doc_(doc), node_of_(doc.elements.size(), -1), children_(doc.elements.size()) {
        for (size_t e = 0; e < doc.elements.size(); ++e)
            if (int p = parent(static_cast<int>(e)); p >= 0) children_[p].push_back(static_cast<int>(e));
    }

    StructTree run() {
        // The root always exists, even for a document without elements.
        tree_.nodes.push_back({"Document", doc_.elements.empty() ? -1 : 0, -1, -1, {}, {}, {}, {}});
        if (!doc_.elements.empty()) node_of_[0] = 0;
        notes_.emplace_back();
        for (size_t p = 0; p < doc_.pages.size(); ++p) mark_page(static_cast<int>(p));
        for (size_t n = 0; n < notes_.size(); ++n)
            for (int note : notes_[n]) tree_.nodes[n].kids.push_back({StructKid::element, note, 0});
        int previous = 0;
        number_headings(0, previous);
        return std::move(tree_);
    }

private:
    /// The element an element belongs to; stray roots hang from the Document.
    int parent(int e) const {
        int p = doc_.elements[e].parent;
        return p < 0 && e != 0 ? 0 : p;
    }

    /// The node of an element, created (with its ancestors) on first use and appended to its parent's kids.
    int attach(int e) {
        if (node_of_[e] >= 0) return node_of_[e];
        int parent_node = attach(parent(e));
        if (node_of_[e] >= 0) return node_of_[e];  // a row attaching its cells may have made it
        const Element& el = doc_.elements[e];
        StructNode node;
        node.type = structure_type(el.role, el.level);
        node.element = e;
        node.parent = parent_node;
        if (el.role == Role::figure) node.alt = el.alt;
        if (el.role == Role::table_header_cell) {
            const Element& row = doc_.elements[el.parent];
            node.scope = row.node && row.node->header ? "Column" : "Row";
        }
        int n = static_cast<int>(tree_.nodes.size());
        tree_.nodes.push_back(std::move(node));
        notes_.emplace_back();
        node_of_[e] = n;
        if (el.role == Role::footnote) notes_[parent_node].push_back(n);  // notes after their section's text
        else tree_.nodes[parent_node].kids.push_back({StructKid::element, n, 0});
        if (el.role == Role::table_row)  // every cell, even an empty one, so rows stay regular
            for (int c : children_[e])
                if (doc_.elements[c].role == Role::table_cell || doc_.elements[c].role == Role::table_header_cell) attach(c);
        return n;
    }

    void mark_page(int p) {
        const auto& items = doc_.pages[p].items;
        PageMarks marks;
        marks.item_mcid.assign(items.size(), -1);
        marks.annot_node.assign(items.size(), -1);
        int open_element = -1, open_mcid = -1;
        for (size_t i = 0; i < items.size(); ++i) {
            const FrameItem& item = items[i];
            if (item.kind == ItemKind::anchor) continue;  // draws nothing
            bool valid = item.element >= 0 && item.element < static_cast<int>(doc_.elements.size());
            if (item.kind == ItemKind::link) {
                if (!valid) continue;
                int n = attach(item.element);
                marks.annot_node[i] = n;
                tree_.nodes[n].kids.push_back({StructKid::annotation, static_cast<int>(i), p});
                if (tree_.nodes[n].page < 0) tree_.nodes[n].page = p;
                continue;
            }
            if (!valid) {
                open_element = -1;  // an artifact ends the sequence
                continue;
            }
            int n = attach(item.element);
            if (item.element != open_element) {
                open_element = item.element;
                open_mcid = static_cast<int>(marks.mcid_node.size());
                marks.mcid_node.push_back(n);
                tree_.nodes[n].kids.push_back({StructKid::content, open_mcid, p});
                if (tree_.nodes[n].page < 0) tree_.nodes[n].page = p;
            }
            marks.item_mcid[i] = open_mcid;
            if (item.kind == ItemKind::text && tree_.nodes[n].type == "Link") tree_.nodes[n].text += item.text;
        }
        tree_.pages.push_back(std::move(marks));
    }

    /// Heading levels in reading order, never deeper than one below the previous heading.
    void number_headings(int n, int& previous) {
        auto& node = tree_.nodes[n];
        if (node.type.size() == 2 && node.type[0] == 'H') {
            int level = std::min(node.type[1] - '0', previous + 1);
            node.type[1] = static_cast<char>('0' + level);
            previous = level;
        }
        for (size_t k = 0; k < tree_.nodes[n].kids.size(); ++k)
            if (tree_.nodes[n].kids[k].kind == StructKid::element) number_headings(tree_.nodes[n].kids[k].index, previous);
    }

    const LaidOutDocument& doc_;
    StructTree tree_;
    std::vector<int> node_of_;
    std::vector<std::vector<int>> children_;
    std::vector<std::vector<int>> notes_;  ///< per node: footnote nodes to append after its other kids
};

}  // namespace

std::string structure_type(Role role, int level) {
    switch (role) {
        case Role::document: return "Document";
        case Role::part: return "Part";
        case Role::section: return "Sect";
        case Role::heading: return {'H', static_cast<char>('0' + std::clamp(level, 1, 6))};
        case Role::paragraph: return "P";
        case Role::list: return "L";
        case Role::list_item: return "LI";
        case Role::label: return "Lbl";
        case Role::list_body: return "LBody";
        case Role::block_quote: return "BlockQuote";
        case Role::code: return "Code";
        case Role::table: return "Table";
        case Role::table_row: return "TR";
        case Role::table_header_cell: return "TH";
        case Role::table_cell: return "TD";
        case Role::figure: return "Figure";
        case Role::footnote: return "Note";
        case Role::note_reference: return "Link";
        case Role::link: return "Link";
        case Role::toc: return "TOC";
        case Role::toc_item: return "TOCI";
        case Role::caption: return "Caption";
        case Role::title_band: return "Div";
    }
    return "Span";
}

StructTree build_structure(const LaidOutDocument& doc) { return Builder(doc).run(); }

}  // namespace publish::layout
