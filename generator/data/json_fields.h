// Typed reading of one JSON object from a data file, reporting each problem at the value's position.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "data/data_store.h"

namespace publish {

/// One JSON object inside a data file: typed getters that report missing or wrong-typed fields.
class JsonFields {
public:
    /// The object at `pointer` of `file`; if it is not an object, `ok()` is false and an error says so.
    JsonFields(const DataFile& file, std::string pointer, Diagnostics& diagnostics, const std::string& what);

    /// The object was an object.
    bool ok() const { return object_ != nullptr; }
    /// True if the object has `key` (any type, null included).
    bool has(const std::string& key) const;
    /// JSON pointer of a member: "/years/0" + "period".
    std::string pointer(const std::string& key) const { return pointer_ + "/" + key; }
    /// Where a member's value was written (the object itself if the member is absent).
    SourceLocation where(const std::string& key = {}) const;
    /// Member names that are not in `known` (for "unknown field" warnings).
    std::vector<std::string> unknown_keys(const std::vector<std::string>& known) const;

    /// A string member; "" if absent (an error if `required`) or wrong-typed (always an error).
    std::string text(const std::string& key, bool required = false);
    /// A number or null member; nullopt if null or absent (an error if `required`, which admits null).
    Figure figure(const std::string& key, bool required = false);
    /// A boolean member; nullopt if absent.
    std::optional<bool> boolean(const std::string& key);
    /// A YYYY-MM-DD string member that is a real date; "" if absent or invalid (errors).
    std::string date(const std::string& key, bool required = false);
    /// A string member that must be one of `allowed` (error with did-you-mean otherwise).
    std::string choice(const std::string& key, const std::vector<std::string>& allowed, bool required,
                       const std::string& what);
    /// A list of strings; errors for non-strings, which are left out.
    std::vector<std::string> texts(const std::string& key, bool required = false);
    /// Number of elements of an array member (0 if absent or not an array; errors as usual).
    size_t array_size(const std::string& key, bool required = false);
    /// True if the member exists and is an object (error if present with another type, or absent and required).
    bool is_object(const std::string& key, bool required = false);

    /// The whole object (null if not an object).
    const nlohmann::json& json() const;

private:
    const DataFile& file_;
    std::string pointer_;
    Diagnostics& diagnostics_;
    const nlohmann::json* object_ = nullptr;

    const nlohmann::json* member(const std::string& key, bool required, const char* expected);
    void wrong_type(const std::string& key, const char* expected, const nlohmann::json& value);
};

/// "string", "number", "object" … for messages.
const char* json_type_name(const nlohmann::json& value);

}  // namespace publish
