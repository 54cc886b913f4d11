// Contexts of the pages that list or find documents: home, section lists, terms, reviews, search, 404.
#pragma once

#include <nlohmann/json.hpp>

#include "html/page_context.h"

namespace publish {

/// Home: who the partnership is, its priorities, latest briefings and bulletins, reports.
nlohmann::json home_context(const PageInputs& in, const PageJob& job);

/// A section's list page, newest first, with the section's own index page as its intro.
nlohmann::json section_list_context(const PageInputs& in, const PageJob& job);

/// A theme's or priority's page: everything tagged with it (and, for themes, its reviews).
nlohmann::json term_context(const PageInputs& in, const PageJob& job);

/// Every review in data/reviews.json, grouped by type, with status and linked bulletins.
nlohmann::json reviews_context(const PageInputs& in, const PageJob& job);

/// The search page (results come from search.js; without scripts it explains and offers browsing).
nlohmann::json search_context(const PageInputs& in, const PageJob& job);

/// The "page not found" page.
nlohmann::json not_found_context(const PageInputs& in, const PageJob& job);

}  // namespace publish
