// One reader per typed data file; read_site_data (data_store.h) calls each for the files present.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/data_store.h"

namespace publish {

/// data/funding.json → Funding; stated_total that disagrees with the sum is an error at stated_total.
std::optional<Funding> read_funding(const DataFile& file, Diagnostics& diagnostics);

/// data/training.json → Training; figures keyed by unknown period ids are errors.
std::optional<Training> read_training(const DataFile& file, Diagnostics& diagnostics);

/// data/reviews.json → reviews; types, statuses, dates, themes (from `config`) and unique ids checked.
std::optional<std::vector<Review>> read_reviews(const DataFile& file, const SiteConfig& config,
                                                Diagnostics& diagnostics);

/// data/key-figures.json → headline figures.
std::optional<std::vector<KeyFigureItem>> read_key_figures(const DataFile& file, Diagnostics& diagnostics);

/// data/checklists.json → checklists with their items.
std::vector<Checklist> read_checklists(const DataFile& file, Diagnostics& diagnostics);

/// Review types in the order the content model lists them: rapid-review, lcspr, …
const std::vector<std::string>& review_types();
/// Review statuses: in-progress, completed, published.
const std::vector<std::string>& review_statuses();
/// Action statuses: open, in-progress, done, overdue.
const std::vector<std::string>& action_statuses();
/// "rapid-review" → "Rapid review", "lcspr" → "Local child safeguarding practice review"; unknown → as is.
std::string review_type_title(std::string_view type);
/// "in-progress" → "In progress", "done" → "Done".
std::string status_title(std::string_view status);

}  // namespace publish
