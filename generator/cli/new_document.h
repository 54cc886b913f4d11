// publish new: the text of a new content file with the right front matter and headings.
#pragma once

#include <string>

namespace publish {

/// Where a new document of `kind` titled `title` goes, relative to the site ("content/briefings/safer-sleep.md").
std::string new_document_path(const std::string& kind, const std::string& title);

/// The text of a new document: front matter (title, today's date, summary, themes) and, for a
/// briefing, the seven standard sections with a line of guidance under each.
std::string new_document_text(const std::string& kind, const std::string& title, const std::string& date,
                              const std::string& review);

}  // namespace publish
