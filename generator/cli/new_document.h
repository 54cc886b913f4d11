// publish new: the text of a new content file with the right front matter and headings.
// Pure functions of what the site already holds; the command writes the file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/site.h"

namespace publish {

/// Everything a new document says besides its body guidance.
struct NewDocument {
    std::string kind;                        ///< briefing, bulletin, page, report-section
    std::string title;
    std::string date;                        ///< YYYY-MM-DD
    std::string review;                      ///< bulletin: the review id, "" for none
    std::vector<std::string> theme_ids;      ///< the site's theme ids, listed in a comment
    std::vector<std::string> checklist_ids;  ///< report-section: checklist items, listed in a comment
    std::string folder;                      ///< report-section: its report's folder (content/annual-reports/2023-24)
    std::optional<int> weight;               ///< report-section: orders it after the existing sections
    std::string after;                       ///< report-section: the file of the section it follows
};

/// Where the new document goes, relative to the site ("content/briefings/safer-sleep.md").
std::string new_document_path(const NewDocument& doc);

/// The text of the new document: front matter (title, date, summary, themes, and per kind the
/// review or the weight and covers), draft: true, and the kind's standard headings with one
/// line of guidance under each (a briefing's seven sections).
std::string new_document_text(const NewDocument& doc);

/// Where a new report section goes: its report's folder and a weight after the existing sections.
struct ReportPlace {
    std::string folder;
    std::optional<int> weight;  ///< none when no section has a weight (they sort by file name)
    std::string after;          ///< the last section's file, "" if the report has none
};

/// The annual report under content/annual-reports/ named by `report` (its folder, with or
/// without "content/annual-reports/"), or the newest one (by period, then folder) if `report`
/// is empty. On failure returns nullopt and sets `error` (listing the reports there are).
std::optional<ReportPlace> report_section_place(const Site& site, const std::string& report, std::string& error);

/// The known reviews, one a line: "  RR-2023-02  rapid review: Ownership of safety plans…".
std::string review_list(const std::vector<Review>& reviews);

}  // namespace publish
