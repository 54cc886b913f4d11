// Tagged PDF: the structure tree, its parent tree, and the catalog entries of an accessible PDF.
#pragma once

#include <vector>

#include <hpdf.h>

#include "layout/frames.h"
#include "layout/structure.h"

namespace publish::pdf {

/// Writes /StructTreeRoot (element dicts, /ParentTree, /ParentTreeNextKey), /MarkInfo, and on
/// every page /StructParents and /Tabs /S; link annotations (per page, per item; null where none)
/// get /StructParent and /Contents and join their Link elements as /OBJR.
void write_structure_tree(HPDF_Doc pdf, const layout::StructTree& tree, const std::vector<HPDF_Page>& pages,
                          const std::vector<std::vector<HPDF_Annotation>>& annotations);

/// Writes /ViewerPreferences << /DisplayDocTitle true >> and the XMP metadata stream (title,
/// author, language, producer, dates from doc.date, PDF/UA identification), and asks for PDF 1.7.
void write_accessibility_metadata(HPDF_Doc pdf, const layout::LaidOutDocument& doc);

/// The marked-content operator that opens an MCID of an element type: "/P <</MCID 3>> BDC\n".
std::string begin_marked_content(const std::string& type, int mcid);

/// The operator that opens an artifact: "/Artifact BMC\n", or with /Type /Pagination for headers and footers.
const char* begin_artifact(layout::Artifact kind);

}  // namespace publish::pdf
