// The structure tree as PDF objects (libharu's internal object API): elements, parent tree, marks.
#include "pdf/tags.h"

#include <string>

#include <hpdf_doc.h>
#include <hpdf_objects.h>

namespace publish::pdf {
namespace {

/// A new indirect dictionary with a /Type.
HPDF_Dict indirect_dict(HPDF_Doc pdf, const char* type) {
    HPDF_Dict dict = HPDF_Dict_New(pdf->mmgr);
    HPDF_Xref_Add(pdf->xref, dict);
    if (type) HPDF_Dict_AddName(dict, "Type", type);
    return dict;
}

/// A text string: PDFDocEncoding-safe ASCII as is, anything else as UTF-16BE.
HPDF_String text_string(HPDF_Doc pdf, const std::string& s) {
    bool ascii = true;
    for (unsigned char c : s) ascii = ascii && c >= 0x20 && c < 0x7F;
    return HPDF_String_New(pdf->mmgr, s.c_str(), ascii ? nullptr : HPDF_GetEncoder(pdf, "UTF-8"));
}

}  // namespace

std::string begin_marked_content(const std::string& type, int mcid) {
    return "/" + type + " <</MCID " + std::to_string(mcid) + ">> BDC\n";
}

const char* begin_artifact(layout::Artifact kind) {
    switch (kind) {
        case layout::Artifact::header: return "/Artifact <</Type /Pagination /Subtype /Header>> BDC\n";
        case layout::Artifact::footer: return "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n";
        case layout::Artifact::layout: break;
    }
    return "/Artifact BMC\n";
}

void write_structure_tree(HPDF_Doc pdf, const layout::StructTree& tree, const std::vector<HPDF_Page>& pages,
                          const std::vector<std::vector<HPDF_Annotation>>& annotations) {
    HPDF_MMgr mm = pdf->mmgr;
    // 1. One indirect dictionary per element first: kids and parents refer to each other.
    std::vector<HPDF_Dict> elements(tree.nodes.size());
    for (auto& e : elements) e = indirect_dict(pdf, "StructElem");
    HPDF_Dict root = indirect_dict(pdf, "StructTreeRoot");
    HPDF_Dict_Add(root, "K", elements[0]);

    // 2. Per page the MCID → element arrays of the parent tree; annotations get the keys after the pages.
    HPDF_Array nums = HPDF_Array_New(mm);
    for (size_t p = 0; p < pages.size() && p < tree.pages.size(); ++p) {
        HPDF_Dict_AddNumber(pages[p], "StructParents", static_cast<HPDF_INT32>(p));
        HPDF_Dict_AddName(pages[p], "Tabs", "S");
        HPDF_Array owners = HPDF_Array_New(mm);
        for (int node : tree.pages[p].mcid_node) HPDF_Array_Add(owners, elements[node]);
        HPDF_Array_AddNumber(nums, static_cast<HPDF_INT32>(p));
        HPDF_Array_Add(nums, owners);
    }
    int next_key = static_cast<int>(pages.size());

    // 3. The elements: type, parent, page, attributes, kids in reading order.
    for (size_t n = 0; n < tree.nodes.size(); ++n) {
        const auto& node = tree.nodes[n];
        HPDF_Dict dict = elements[n];
        HPDF_Dict_AddName(dict, "S", node.type.c_str());
        HPDF_Dict_Add(dict, "P", node.parent < 0 ? root : elements[node.parent]);
        if (node.page >= 0) HPDF_Dict_Add(dict, "Pg", pages[node.page]);
        if (!node.alt.empty()) HPDF_Dict_Add(dict, "Alt", text_string(pdf, node.alt));
        if (!node.scope.empty()) {
            HPDF_Dict attributes = HPDF_Dict_New(mm);
            HPDF_Dict_AddName(attributes, "O", "Table");
            HPDF_Dict_AddName(attributes, "Scope", node.scope.c_str());
            HPDF_Dict_Add(dict, "A", attributes);
        }
        if (node.kids.empty()) continue;
        HPDF_Array kids = HPDF_Array_New(mm);
        for (const auto& kid : node.kids) {
            if (kid.kind == layout::StructKid::element) {
                HPDF_Array_Add(kids, elements[kid.index]);
            } else if (kid.kind == layout::StructKid::content) {
                if (kid.page == node.page) {
                    HPDF_Array_AddNumber(kids, kid.index);
                } else {  // content on another page than the element's /Pg
                    HPDF_Dict ref = HPDF_Dict_New(mm);
                    HPDF_Dict_AddName(ref, "Type", "MCR");
                    HPDF_Dict_Add(ref, "Pg", pages[kid.page]);
                    HPDF_Dict_AddNumber(ref, "MCID", kid.index);
                    HPDF_Array_Add(kids, ref);
                }
            } else {
                HPDF_Annotation annot = annotations[kid.page][kid.index];
                if (!annot) continue;  // a link whose target was not found draws no annotation
                HPDF_Dict ref = HPDF_Dict_New(mm);
                HPDF_Dict_AddName(ref, "Type", "OBJR");
                HPDF_Dict_Add(ref, "Obj", annot);
                HPDF_Dict_Add(ref, "Pg", pages[kid.page]);
                HPDF_Array_Add(kids, ref);
                HPDF_Dict_AddNumber(annot, "StructParent", next_key);
                HPDF_Dict_Add(annot, "Contents", text_string(pdf, node.text.empty() ? std::string("Link") : node.text));
                HPDF_Array_AddNumber(nums, next_key++);
                HPDF_Array_Add(nums, dict);
            }
        }
        HPDF_Dict_Add(dict, "K", kids);
    }

    // 4. The root and the catalog.
    HPDF_Dict parent_tree = indirect_dict(pdf, nullptr);
    HPDF_Dict_Add(parent_tree, "Nums", nums);
    HPDF_Dict_Add(root, "ParentTree", parent_tree);
    HPDF_Dict_AddNumber(root, "ParentTreeNextKey", next_key);
    HPDF_Dict_Add(pdf->catalog, "StructTreeRoot", root);
    HPDF_Dict mark_info = HPDF_Dict_New(mm);
    HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
    HPDF_Dict_Add(pdf->catalog, "MarkInfo", mark_info);
}

}  // namespace publish::pdf
