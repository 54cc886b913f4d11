// Data files checked against the built-in JSON Schemas (schemas/*.schema.json, embedded at build time).
#pragma once

#include <string>
#include <vector>

#include "data/data_store.h"

namespace publish {

/// The built-in schema named `name` ("funding" for schemas/funding.schema.json) as JSON, or nullptr.
const nlohmann::json* builtin_schema(const std::string& name);

/// Data sets with a built-in schema: checklists, funding, key-figures, reviews, site, training.
const std::vector<std::string>& schema_checked_data_sets();

/// Checks `file` against the built-in schema `name`. Each violation is one error at the value
/// concerned (at the object, for a missing property), worded by the schema, with a hint; the
/// places are recorded in `file.schema_errors`. Returns false if there was any violation.
/// Each schema is parsed once per process.
bool check_against_schema(DataFile& file, const std::string& name, Diagnostics& diagnostics);

/// Adds the diagnostics a reader made to `out`, except those at a place where the schema check of
/// `file` already reported an error (the same problem, said once).
void add_unless_reported(const DataFile& file, const Diagnostics& reader, Diagnostics& out);

}  // namespace publish
