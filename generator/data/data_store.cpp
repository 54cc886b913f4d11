// The data store: every data/*.json parsed, and dotted-path lookup into it.
#include "data/data_store.h"

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

DataStore load_data_store(const FileMap& files, Diagnostics& diagnostics) {
    DataStore store;
    const std::string prefix = "data/";
    for (auto it = files.lower_bound(prefix); it != files.end() && it->first.compare(0, prefix.size(), prefix) == 0;
         ++it) {
        const std::string& path = it->first;
        std::string_view name = std::string_view(path).substr(prefix.size());
        if (name.find('/') != std::string_view::npos) continue;  // only the top level of data/ (never data/private/)
        if (name.size() <= 5 || name.substr(name.size() - 5) != ".json") continue;
        DataFile file;
        parse_data_file(path, it->second, file, diagnostics);
        store.files.emplace(std::string(name.substr(0, name.size() - 5)), std::move(file));
    }
    return store;
}

}  // namespace publish
