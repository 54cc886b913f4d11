// The data store: every data/*.json parsed, and dotted-path lookup into it.
#include "data/data_store.h"

#include <algorithm>

#include "data/csv_data.h"
#include "data/schema_check.h"

namespace publish {

namespace {

/// The element of an array whose "id" or "period" is `key`, or whose index is `key`.
const nlohmann::json* array_element(const nlohmann::json& array, std::string_view key) {
    for (const auto& item : array) {
        if (!item.is_object()) continue;
        for (const char* field : {"id", "period"}) {
            auto it = item.find(field);
            if (it != item.end() && it->is_string() && it->get_ref<const std::string&>() == key) return &item;
        }
    }
    if (!key.empty() && key.find_first_not_of("0123456789") == std::string_view::npos && key.size() < 10) {
        size_t index = std::stoul(std::string(key));
        if (index < array.size()) return &array[index];
    }
    return nullptr;
}

/// One step of a dotted path: a member, or an element chosen from an array (directly or one member down).
const nlohmann::json* step(const nlohmann::json& value, std::string_view key) {
    if (value.is_array()) return array_element(value, key);
    if (!value.is_object()) return nullptr;
    auto it = value.find(key);
    if (it != value.end()) return &*it;
    if (key.find_first_not_of("0123456789") == std::string_view::npos) return nullptr;  // indexes need the array
    for (const auto& member : value) {
        if (!member.is_array()) continue;
        if (const auto* found = array_element(member, key)) return found;
    }
    return nullptr;
}

}  // namespace

const DataFile* DataStore::file(const std::string& name) const {
    auto it = files.find(name);
    return it == files.end() ? nullptr : &it->second;
}

const nlohmann::json* DataStore::find(const std::string& dotted_path) const {
    std::string_view rest = dotted_path;
    size_t dot = rest.find('.');
    const DataFile* data = file(std::string(rest.substr(0, dot)));
    if (data == nullptr || !data->valid) return nullptr;
    const nlohmann::json* value = &data->value;
    while (dot != std::string_view::npos && value != nullptr) {
        rest = rest.substr(dot + 1);
        dot = rest.find('.');
        value = step(*value, rest.substr(0, dot));
    }
    return value;
}

namespace {

bool ends_with(std::string_view text, std::string_view end) {
    return text.size() > end.size() && text.substr(text.size() - end.size()) == end;
}

bool has_schema(const std::string& name) {
    const auto& names = schema_checked_data_sets();
    return std::find(names.begin(), names.end(), name) != names.end();
}

/// data/<name>.csv with its description data/<name>.csv.json → the data set `name`.
DataFile load_csv_data_set(const FileMap& files, const std::string& name, const std::string& description_path,
                           Diagnostics& diagnostics) {
    DataFile description;
    DataFile out;
    out.path = "data/" + name + ".csv";
    out.valid = false;
    if (!parse_data_file(description_path, files.at(description_path), description, diagnostics)) return out;
    if (!check_against_schema(description, "csv", diagnostics)) return out;
    auto csv = files.find(out.path);
    if (csv == files.end()) {
        diagnostics.error(description.at(""), "missing " + out.path + " (the CSV file this file describes)");
        return out;
    }
    if (read_csv_data_set(description, out.path, csv->second, out, diagnostics) && has_schema(name)) {
        check_against_schema(out, name, diagnostics);
    }
    return out;
}

}  // namespace

std::string data_set_of(std::string_view path) {
    const std::string_view prefix = "data/";
    if (path.substr(0, prefix.size()) != prefix) return {};
    std::string_view name = path.substr(prefix.size());
    if (name.find('/') != std::string_view::npos) return {};
    for (std::string_view end : {".csv.json", ".json", ".csv"})
        if (ends_with(name, end) && name.size() > end.size()) return std::string(name.substr(0, name.size() - end.size()));
    return {};
}

std::vector<std::string> data_set_files(const std::string& name) {
    return {"data/" + name + ".json", "data/" + name + ".csv", "data/" + name + ".csv.json"};
}

DataStore load_data_store(const FileMap& files, Diagnostics& diagnostics) {
    DataStore store;
    const std::string prefix = "data/";
    std::map<std::string, std::string> csv_sets;  // name → description path
    for (auto it = files.lower_bound(prefix); it != files.end() && it->first.compare(0, prefix.size(), prefix) == 0;
         ++it) {
        const std::string& path = it->first;
        std::string_view name = std::string_view(path).substr(prefix.size());
        if (name.find('/') != std::string_view::npos) continue;  // only the top level of data/ (never data/private/)
        if (ends_with(name, ".csv.json")) {
            csv_sets.emplace(std::string(name.substr(0, name.size() - 9)), path);
            continue;
        }
        if (ends_with(name, ".csv")) {
            if (!files.count(path + ".json")) {
                diagnostics.warning({path, 0, 0}, "this CSV file is not used: it has no description " + path + ".json",
                                    "see \"Figures from a spreadsheet\" in the README");
            }
            continue;
        }
        if (!ends_with(name, ".json")) continue;
        std::string set(name.substr(0, name.size() - 5));
        DataFile file;
        if (parse_data_file(path, it->second, file, diagnostics) && has_schema(set)) {
            check_against_schema(file, set, diagnostics);
        }
        store.files.emplace(set, std::move(file));
    }
    for (const auto& [name, description] : csv_sets) {
        if (store.files.count(name)) {
            diagnostics.error({description, 0, 0}, "data set \"" + name + "\" is given twice: in data/" + name +
                                                       ".json and in data/" + name + ".csv",
                              "keep one of them");
            continue;
        }
        store.files.emplace(name, load_csv_data_set(files, name, description, diagnostics));
    }
    return store;
}

}  // namespace publish
