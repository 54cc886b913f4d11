// Data files (data/*.json) parsed with the position of every value, and typed views of them.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diagnostics/diagnostics.h"
#include "model/data.h"
#include "model/site.h"

namespace publish {

/// One parsed JSON file and where each value was written (keys are JSON pointers: "/years/0/stated_total").
struct DataFile {
    std::string path;  ///< "data/funding.json"
    nlohmann::json value;
    std::map<std::string, SourceLocation> positions;
    bool valid = true;  ///< false if the text was not valid JSON (value is null; the error is reported)
    std::vector<SourceLocation> schema_errors;  ///< where its schema check reported errors (see schema_check.h)
    /// Location of the value at a JSON pointer (falls back to the nearest parent, then the file).
    SourceLocation at(const std::string& pointer) const;
};

/// Every data file by name ("funding" for data/funding.json), private data excluded.
class DataStore {
public:
    std::map<std::string, DataFile> files;
    /// The JSON value at a dotted data path ("funding.years"), or nullptr.
    const nlohmann::json* find(const std::string& dotted_path) const;
    /// The file named by the first segment of a data path ("funding"), or nullptr.
    const DataFile* file(const std::string& name) const;
};

/// Parses JSON text, recording positions; a syntax error is reported at its line and column.
bool parse_data_file(const std::string& path, std::string_view text, DataFile& out, Diagnostics& diagnostics);

/// Parses every data/*.json in the file map (not data/private/).
DataStore load_data_store(const FileMap& files, Diagnostics& diagnostics);

/// The data set a file belongs to, by load_data_store's rule: "funding" for data/funding.json,
/// data/funding.csv and its description data/funding.csv.json; "" for anything else (files in
/// subfolders such as data/private/ are no data set).
std::string data_set_of(std::string_view path);

/// Every file a data set may be read from: data/<name>.json, .csv and .csv.json.
std::vector<std::string> data_set_files(const std::string& name);

/// Typed data sets with their checks: required fields and types, dates, known ids, and a
/// stated_total that disagrees with the computed sum (error naming file, line and both numbers).
SiteData read_site_data(const DataStore& store, const SiteConfig& config, Diagnostics& diagnostics);

}  // namespace publish
