// Helpers shared by the feed and sitemap writers: XML-safe text and a 2-space printer.
#pragma once

#include <string>
#include <string_view>

#include <tinyxml2.h>

namespace publish {

/// `text` without the control characters XML 1.0 forbids (all below 0x20 except tab, LF, CR).
std::string xml_safe_text(std::string_view text);

/// True if `date` looks like YYYY-MM-DD.
bool is_iso_date(std::string_view date);

/// "YYYY-MM-DD" → "YYYY-MM-DDT00:00:00Z".
std::string date_to_rfc3339(std::string_view date);

/// Prints a document with the XML declaration and a 2-space indent, ending with a newline.
std::string print_xml(const tinyxml2::XMLDocument& doc);

/// Adds <name>text</name> under `parent` (text made XML-safe) and returns it.
tinyxml2::XMLElement* add_text_element(tinyxml2::XMLElement* parent, const char* name,
                                       std::string_view text);

}  // namespace publish
