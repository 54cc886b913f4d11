// Typed getters over a data file's JSON objects, with errors at the value's line and column.
#include "data/json_fields.h"

#include <algorithm>

#include "data/period.h"

namespace publish {

namespace {

const nlohmann::json& null_json() {
    static const nlohmann::json value = nullptr;
    return value;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

}  // namespace

const char* json_type_name(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::null: return "null";
        case nlohmann::json::value_t::object: return "an object";
        case nlohmann::json::value_t::array: return "a list";
        case nlohmann::json::value_t::string: return "a string";
        case nlohmann::json::value_t::boolean: return "true/false";
        default: return "a number";
    }
}

JsonFields::JsonFields(const DataFile& file, std::string pointer, Diagnostics& diagnostics, const std::string& what)
    : file_(file), pointer_(std::move(pointer)), diagnostics_(diagnostics) {
    const nlohmann::json* value = nullptr;
    try {
        value = &file.value.at(nlohmann::json::json_pointer(pointer_));
    } catch (const std::exception&) {
        value = nullptr;
    }
    if (value != nullptr && value->is_object()) {
        object_ = value;
    } else if (value != nullptr) {
        diagnostics_.error(file_.at(pointer_), what + " must be an object, not " + json_type_name(*value));
    }
}

const nlohmann::json& JsonFields::json() const { return object_ ? *object_ : null_json(); }

bool JsonFields::has(const std::string& key) const { return object_ && object_->contains(key); }

SourceLocation JsonFields::where(const std::string& key) const {
    return key.empty() || !has(key) ? file_.at(pointer_) : file_.at(pointer(key));
}

std::vector<std::string> JsonFields::unknown_keys(const std::vector<std::string>& known) const {
    std::vector<std::string> out;
    if (!object_) return out;
    for (const auto& [key, value] : object_->items()) {
        if (std::find(known.begin(), known.end(), key) == known.end()) out.push_back(key);
    }
    return out;
}

const nlohmann::json* JsonFields::member(const std::string& key, bool required, const char* expected) {
    if (!object_) return nullptr;
    auto it = object_->find(key);
    if (it == object_->end()) {
        if (required) {
            diagnostics_.error(file_.at(pointer_), "missing required field \"" + key + "\" (" + expected + ")");
        }
        return nullptr;
    }
    return &*it;
}

void JsonFields::wrong_type(const std::string& key, const char* expected, const nlohmann::json& value) {
    diagnostics_.error(file_.at(pointer(key)),
                       "field \"" + key + "\" must be " + expected + ", not " + json_type_name(value));
}

std::string JsonFields::text(const std::string& key, bool required) {
    const auto* value = member(key, required, "a string");
    if (!value) return {};
    if (!value->is_string()) {
        wrong_type(key, "a string", *value);
        return {};
    }
    return value->get<std::string>();
}

Figure JsonFields::figure(const std::string& key, bool required) {
    const auto* value = member(key, required, "a number or null");
    if (!value || value->is_null()) return std::nullopt;
    if (!value->is_number()) {
        wrong_type(key, "a number or null", *value);
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<bool> JsonFields::boolean(const std::string& key) {
    const auto* value = member(key, false, "true or false");
    if (!value) return std::nullopt;
    if (!value->is_boolean()) {
        wrong_type(key, "true or false", *value);
        return std::nullopt;
    }
    return value->get<bool>();
}

std::string JsonFields::date(const std::string& key, bool required) {
    const auto* value = member(key, required, "a date YYYY-MM-DD");
    if (!value || (value->is_null() && !required)) return {};
    if (!value->is_string()) {
        wrong_type(key, "a date YYYY-MM-DD", *value);
        return {};
    }
    std::string text = value->get<std::string>();
    if (!valid_date(text)) {
        diagnostics_.error(file_.at(pointer(key)),
                           "field \"" + key + "\" is not a valid date: \"" + text + "\" (expected YYYY-MM-DD)");
        return {};
    }
    return text;
}

std::string JsonFields::choice(const std::string& key, const std::vector<std::string>& allowed, bool required,
                               const std::string& what) {
    if (!has(key) && !required) return {};
    std::string value = text(key, required);
    if (value.empty() && !(has(key) && json()[key].is_string())) return {};
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return value;
    std::string hint = did_you_mean(value, allowed);
    diagnostics_.error(file_.at(pointer(key)), "unknown " + what + " \"" + value + "\"",
                       hint.empty() ? "allowed: " + joined(allowed) : hint);
    return {};
}

std::vector<std::string> JsonFields::texts(const std::string& key, bool required) {
    std::vector<std::string> out;
    const auto* value = member(key, required, "a list of strings");
    if (!value) return out;
    if (!value->is_array()) {
        wrong_type(key, "a list of strings", *value);
        return out;
    }
    for (size_t i = 0; i < value->size(); ++i) {
        const auto& item = (*value)[i];
        if (item.is_string()) {
            out.push_back(item.get<std::string>());
        } else {
            diagnostics_.error(file_.at(pointer(key) + "/" + std::to_string(i)),
                               "items of \"" + key + "\" must be strings, not " + json_type_name(item));
        }
    }
    return out;
}

size_t JsonFields::array_size(const std::string& key, bool required) {
    const auto* value = member(key, required, "a list");
    if (!value) return 0;
    if (!value->is_array()) {
        wrong_type(key, "a list", *value);
        return 0;
    }
    return value->size();
}

bool JsonFields::is_object(const std::string& key, bool required) {
    const auto* value = member(key, required, "an object");
    if (!value) return false;
    if (!value->is_object()) {
        wrong_type(key, "an object", *value);
        return false;
    }
    return true;
}

}  // namespace publish
