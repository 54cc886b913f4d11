// A data set kept in a spreadsheet: data/<name>.csv described by data/<name>.csv.json.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "data/data_store.h"

namespace publish {

/// Builds a data set from a CSV file and its description (already checked against
/// schemas/csv.schema.json): the description's "data" object, with one object per CSV row put
/// at the dotted path "rows". Each described column (matched by its header) sets "field" (a
/// dotted path in the row's object) to the cell as "text", "number" or "money"; an empty cell
/// (or "n/a") is null in number and money columns and left out in text columns. Positions point
/// into the CSV file for cells and into the description for "data". Returns false on any error.
bool read_csv_data_set(const DataFile& description, const std::string& csv_path, std::string_view csv_text,
                       DataFile& out, Diagnostics& diagnostics);

/// A number cell as JSON: "1234", "-3.5"; "1,234" too if `thousands`; also "£1,234.50" if `money`.
/// Null for an empty cell or "n/a"; nullopt if the text is not such a number.
std::optional<nlohmann::json> csv_number(std::string_view cell, bool thousands, bool money);

}  // namespace publish
