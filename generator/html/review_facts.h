// A review from data/reviews.json as template data: the facts box and the reviews page.
#pragma once

#include <nlohmann/json.hpp>

#include "html/page_context.h"

namespace publish {

/// The review with this id, or nullptr.
const Review* find_review(const Site& site, const std::string& id);

/// {id, title, type, status, started, completed, published, themes, summary, learning, actions,
/// bulletins}: dates as {iso, text}, statuses as words (never colour alone).
nlohmann::json review_facts(const PageInputs& in, const Review& review);

/// Reviews grouped by type, in a fixed order of types: [{type, heading, id, reviews: [...]}].
nlohmann::json review_groups(const PageInputs& in, const std::vector<const Review*>& reviews);

}  // namespace publish
