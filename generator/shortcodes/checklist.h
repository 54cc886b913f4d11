// Statutory checklists (data/checklists.json): which documents cover which item, for the appendix and `check`.
#pragma once

#include <string>
#include <vector>

#include "model/site.h"

namespace publish {

/// One checklist item and the documents that say they cover it (front matter `covers:`).
struct CoveredItem {
    const ChecklistItem* item = nullptr;
    std::vector<const Document*> documents;  ///< in reading order; empty = missing
};

/// A checklist measured against a set of documents.
struct ChecklistCoverage {
    const Checklist* checklist = nullptr;
    std::vector<CoveredItem> items;  ///< in checklist order
    int missing = 0;                 ///< items no document covers
};

/// Coverage of `checklist` by the published documents among `documents` (indices into site.documents).
ChecklistCoverage checklist_coverage(const Site& site, const Checklist& checklist, const std::vector<int>& documents);

/// The documents a checklist applies to, as publications: for each bundle whose index has the type
/// named like the checklist ("annual-report"), its index and sections; for each such document outside
/// a bundle, itself. Each entry is a list of indices into site.documents, the first being the one
/// that names the publication.
std::vector<std::vector<int>> checklist_publications(const Site& site, const Checklist& checklist);

/// What `publish check` prints about checklists: lines (no trailing newline) and the number of
/// missing items over every publication (`publish check --strict` fails if it is not zero).
struct ChecklistReport {
    std::vector<std::string> lines;
    int missing = 0;
};

/// Coverage of every checklist by every publication it applies to.
ChecklistReport checklist_report(const Site& site);

}  // namespace publish
