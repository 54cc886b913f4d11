// Data paths for {{< value >}}: computed figures (totals, counts, shares) and plain numeric leaves.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "data/data_store.h"
#include "model/site.h"

namespace publish {

/// The formatted figure at a data path ("funding.2023-24.total" → "£372,064"), or nullopt if the path
/// names nothing. `error` is set (and nullopt returned) when the path names something that is not a figure.
std::optional<std::string> resolve_value(const std::string& path, const Site& site, const DataStore& store,
                                         std::string& error);

/// The computed paths the data offers (for did-you-mean hints on an unknown path).
std::vector<std::string> known_value_paths(const Site& site, const DataStore& store);

}  // namespace publish
