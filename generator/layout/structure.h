// The tagged-PDF structure tree of a laid-out document: elements in reading order, marked content per page.
#pragma once

#include <string>
#include <vector>

#include "layout/frames.h"

namespace publish::layout {

/// One kid of a structure element: a child element, a marked-content sequence, or a link annotation.
struct StructKid {
    enum Kind { element, content, annotation };
    Kind kind = content;
    int index = 0;  ///< element: index into StructTree::nodes; content: MCID; annotation: item index on the page
    int page = 0;   ///< content, annotation: the page (0-based)
};

/// One structure element as the PDF writes it.
struct StructNode {
    std::string type;         ///< standard structure type: "Document", "H2", "P", "TH", …
    int element = -1;         ///< index into LaidOutDocument::elements
    int parent = -1;          ///< index into StructTree::nodes, -1 for the root
    int page = -1;            ///< page of its first marked content or annotation, -1 if none
    std::vector<StructKid> kids;
    std::string alt;          ///< /Alt (figures)
    std::string scope;        ///< /Scope of a TH: "Column" or "Row"
    std::string text;         ///< Link elements: their text (the annotation's /Contents)
};

/// How the writer marks the items of one page.
struct PageMarks {
    std::vector<int> item_mcid;   ///< per frame item: its MCID, or -1 (artifact, anchor or link)
    std::vector<int> mcid_node;   ///< per MCID: the node that owns it (the page's /ParentTree entry)
    std::vector<int> annot_node;  ///< per frame item: the node of a link annotation, or -1
};

/// The document's structure: nodes[0] is the Document element; kids are in reading order.
struct StructTree {
    std::vector<StructNode> nodes;
    std::vector<PageMarks> pages;
};

/// Builds the structure tree from the elements the items record. Reading order is the order in
/// which elements first show content (pages in order, items in drawing order), except that
/// footnotes come last in their section; consecutive items of one element share one MCID;
/// elements without content are left out (table cells are kept so rows stay regular); heading
/// levels are made to descend without gaps (H1 → H3 becomes H1 → H2).
StructTree build_structure(const LaidOutDocument& doc);

/// The standard structure type of an element role ("H" + level for headings).
std::string structure_type(Role role, int level);

}  // namespace publish::layout
