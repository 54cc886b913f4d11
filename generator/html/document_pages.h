// Contexts of the pages that show one document: page, briefing, bulletin, report index and section.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "html/page_context.h"

namespace publish {

/// The context of a document's page and the template that shows it ("document", "briefing",
/// "bulletin", "bundle-index" or "report-section").
nlohmann::json document_page_context(const PageInputs& in, int document, std::string& template_name);

}  // namespace publish
