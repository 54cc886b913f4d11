// Words and numbers as pages show them: dates, file sizes, labels for types and statuses.
#pragma once

#include <cstddef>
#include <string>

#include "model/site.h"

namespace publish {

/// "2023-12-14" → "14 December 2023"; anything else is returned unchanged.
std::string format_date(const std::string& iso_date);

/// "240 KB", "1.2 MB", "512 bytes".
std::string format_file_size(size_t bytes);

/// "PDF, 12 pages, 240 KB" (pages left out when unknown).
std::string pdf_label(const PdfInfo& pdf);

/// Heading of a section's list page: "briefings" → "7-minute briefings", "about-us" → "About us".
std::string section_title(const std::string& section);

/// What one document of a type is called: "7-minute briefing", "Learning bulletin", "Page".
std::string doc_type_label(DocType type);

/// "rapid-review" → "Rapid review"; "lcspr" → "Local child safeguarding practice review".
std::string review_type_label(const std::string& type);

/// Plural heading for a group of reviews of one type: "Rapid reviews".
std::string review_type_plural(const std::string& type);

/// Review or action status as words: "in-progress" → "In progress", "done" → "Done".
std::string status_label(const std::string& status);

}  // namespace publish
