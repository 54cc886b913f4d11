// Validation with valijson; each violation is mapped back to the line and column of its value.
#include "data/schema_check.h"

#include <algorithm>
#include <map>
#include <memory>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "data/builtin_schemas.h"
#include "data/json_fields.h"

namespace publish {

namespace {

struct ParsedSchema {
    nlohmann::json json;
    valijson::Schema schema;
};

/// Every embedded schema, parsed once: "funding" → schema.
const std::map<std::string, std::unique_ptr<ParsedSchema>>& parsed_schemas() {
    static const auto all = [] {
        std::map<std::string, std::unique_ptr<ParsedSchema>> out;
        const std::string prefix = "schemas/", suffix = ".schema.json";
        for (const auto& [path, text] : builtin_schema_files()) {
            if (path.size() <= prefix.size() + suffix.size() || path.compare(path.size() - suffix.size(),
                                                                              suffix.size(), suffix) != 0) {
                continue;
            }
            auto parsed = std::make_unique<ParsedSchema>();
            parsed->json = nlohmann::json::parse(text);
            valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
            valijson::adapters::NlohmannJsonAdapter adapter(parsed->json);
            parser.populateSchema(adapter, parsed->schema);
            out.emplace(path.substr(prefix.size(), path.size() - prefix.size() - suffix.size()), std::move(parsed));
        }
        return out;
    }();
    return all;
}

/// valijson's messages for an error found deeper down; the deeper error says what is wrong.
bool is_wrapper(const std::string& description) {
    for (const char* start : {"Failed to validate item #", "Failed to validate against schema associated with",
                              "Failed to validate against additional properties schema",
                              "Failed to validate against child schema", "Failed to validate against any schemas",
                              "Failed to validate against dependent schema", "Failed to validate against a conditional",
                              "Cannot validate item #"}) {
        if (description.rfind(start, 0) == 0) return true;
    }
    return false;
}

/// {"<root>", "[years]", "[0]"} → "/years/0" (JSON pointer; ~ and / escaped).
std::string pointer_of(const std::vector<std::string>& context) {
    std::string out;
    for (const auto& part : context) {
        if (part.size() < 2 || part.front() != '[' || part.back() != ']') continue;
        out += '/';
        for (char c : std::string_view(part).substr(1, part.size() - 2)) {
            if (c == '~') out += "~0";
            else if (c == '/') out += "~1";
            else out += c;
        }
    }
    return out;
}

/// The name quoted in a valijson message: "Missing required property 'name'." → name.
std::string quoted_name(const std::string& description) {
    size_t close = description.rfind('\'');
    size_t open = close == std::string::npos || close == 0 ? std::string::npos : description.rfind('\'', close - 1);
    return open == std::string::npos ? std::string() : description.substr(open + 1, close - open - 1);
}

/// Last token of a JSON pointer, unescaped.
std::string last_key(const std::string& pointer) {
    std::string key = pointer.substr(pointer.rfind('/') + 1), out;
    for (size_t i = 0; i < key.size(); ++i) {
        if (key[i] == '~' && i + 1 < key.size()) out += key[++i] == '0' ? '~' : '/';
        else out += key[i];
    }
    return out;
}

/// Walks a schema along a data pointer (properties, items, additionalProperties, local $ref).
class SchemaWalker {
public:
    explicit SchemaWalker(const nlohmann::json& root) : root_(root) {}

    /// The subschema describing the value at `pointer` (nullptr if none), and its description.
    const nlohmann::json* at(const std::string& pointer, std::string* description) const {
        const nlohmann::json* node = &root_;
        std::string said = text(*node, "description");
        size_t start = 0;
        while (node && start < pointer.size()) {
            size_t next = pointer.find('/', start + 1);
            std::string key = last_key(pointer.substr(start, next - start));
            node = child(*resolve(*node), key);
            if (node) said = text(*node, "description").empty() ? text(*resolve(*node), "description")
                                                                 : text(*node, "description");
            start = next == std::string::npos ? pointer.size() : next;
        }
        if (description) *description = node ? said : std::string();
        return node ? resolve(*node) : nullptr;
    }

    static std::string text(const nlohmann::json& node, const char* key) {
        auto it = node.find(key);
        return it != node.end() && it->is_string() ? it->get<std::string>() : std::string();
    }

private:
    const nlohmann::json& root_;

    const nlohmann::json* resolve(const nlohmann::json& node) const {
        const nlohmann::json* out = &node;
        for (int hops = 0; hops < 16 && out->is_object() && out->contains("$ref"); ++hops) {
            std::string ref = text(*out, "$ref");
            if (ref.rfind("#", 0) != 0) break;
            try {
                out = &root_.at(nlohmann::json::json_pointer(ref.substr(1)));
            } catch (const std::exception&) {
                break;
            }
        }
        return out;
    }

    const nlohmann::json* child(const nlohmann::json& node, const std::string& key) const {
        if (!node.is_object()) return nullptr;
        if (auto p = node.find("properties"); p != node.end() && p->is_object() && p->contains(key)) return &(*p)[key];
        if (auto i = node.find("items"); i != node.end() && i->is_object()) return &*i;
        if (auto a = node.find("additionalProperties"); a != node.end() && a->is_object()) return &*a;
        return nullptr;
    }
};

/// "a number or null" from a schema's "type".
std::string expected_types(const nlohmann::json& schema) {
    auto it = schema.find("type");
    if (it == schema.end()) return {};
    std::vector<std::string> names;
    auto name = [](const std::string& t) -> std::string {
        if (t == "object") return "an object";
        if (t == "array") return "a list";
        if (t == "string") return "a string";
        if (t == "boolean") return "true/false";
        if (t == "null") return "null";
        return "a number";
    };
    if (it->is_string()) names.push_back(name(it->get<std::string>()));
    if (it->is_array())
        for (const auto& t : *it)
            if (t.is_string()) names.push_back(name(t.get<std::string>()));
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
    return out;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

std::string strip_period(std::string text) {
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text;
}

/// "amount" for a member, "item 2" for an element of a list.
std::string value_name(const std::string& pointer) {
    if (pointer.empty()) return "the file";
    std::string key = last_key(pointer);
    if (!key.empty() && key.size() < 10 && key.find_first_not_of("0123456789") == std::string::npos)
        return "item " + std::to_string(std::stoul(key) + 1);
    return "\"" + key + "\"";
}

/// One violation as the author sees it: where, the schema's wording, and a hint.
Diagnostic describe(const DataFile& file, const SchemaWalker& walker, const std::string& pointer,
                    const std::string& description) {
    Diagnostic d;
    d.where = file.at(pointer);
    d.message = strip_period(description);
    std::string said;
    const nlohmann::json* schema = walker.at(pointer, &said);
    const nlohmann::json* value = nullptr;
    try {
        value = &file.value.at(nlohmann::json::json_pointer(pointer));
    } catch (const std::exception&) {
        value = nullptr;
    }
    if (description.rfind("Missing required property", 0) == 0) {
        std::string name = quoted_name(description), about;
        walker.at(pointer + "/" + name, &about);
        d.hint = "add \"" + name + "\"" + (about.empty() ? "" : ": " + about);
    } else if (description.rfind("Object contains a property", 0) == 0) {
        std::string name = quoted_name(description);
        d.where = file.at(pointer + "/" + name);
        std::vector<std::string> known;
        if (schema && schema->contains("properties") && (*schema)["properties"].is_object())
            for (const auto& [key, unused] : (*schema)["properties"].items())
                if (key != "$schema") known.push_back(key);
        std::string guess = did_you_mean(name, known);
        d.hint = !guess.empty() ? guess : "allowed here: " + joined(known);
    } else if (description.rfind("Value type not permitted", 0) == 0 && schema && value) {
        d.hint = value_name(pointer) + " must be " + expected_types(*schema) + ", not " + json_type_name(*value) +
                 (said.empty() ? "" : " — " + said);
    } else if (description.rfind("Failed to match against any enum", 0) == 0 && schema && value) {
        std::vector<std::string> allowed;
        if (auto e = schema->find("enum"); e != schema->end() && e->is_array())
            for (const auto& v : *e)
                if (v.is_string()) allowed.push_back(v.get<std::string>());
        std::string guess = value->is_string() ? did_you_mean(value->get<std::string>(), allowed) : std::string();
        d.hint = (guess.empty() ? "" : guess + "; ") + "allowed: " + joined(allowed);
    } else if (description.rfind("Failed to match regex", 0) == 0 && schema && value && value->is_string()) {
        std::string wording = SchemaWalker::text(*schema, "patternErrorMessage");
        if (!wording.empty()) d.message = wording;
        d.hint = value_name(pointer) + " is \"" + value->get<std::string>() + "\"" + (said.empty() ? "" : " — " + said);
    } else {
        d.hint = said;
    }
    return d;
}

}  // namespace

const nlohmann::json* builtin_schema(const std::string& name) {
    const auto& all = parsed_schemas();
    auto it = all.find(name);
    return it == all.end() ? nullptr : &it->second->json;
}

const std::vector<std::string>& schema_checked_data_sets() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& [name, schema] : parsed_schemas())
            if (name != "csv") out.push_back(name);
        return out;
    }();
    return names;
}

bool check_against_schema(DataFile& file, const std::string& name, Diagnostics& diagnostics) {
    const auto& all = parsed_schemas();
    auto it = all.find(name);
    if (it == all.end() || !file.valid) return true;
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(file.value);
    if (validator.validate(it->second->schema, target, &results)) return true;
    SchemaWalker walker(it->second->json);
    valijson::ValidationResults::Error error;
    bool reported = false;
    while (results.popError(error)) {
        if (is_wrapper(error.description)) continue;
        Diagnostic d = describe(file, walker, pointer_of(error.context), error.description);
        file.schema_errors.push_back(d.where);
        diagnostics.add(std::move(d));
        reported = true;
    }
    if (!reported) {  // only wrappers: say so at the top of the file rather than nothing
        diagnostics.error(file.at(""), "the file does not match its schema", "see schemas/" + name + ".schema.json");
        file.schema_errors.push_back(file.at(""));
    }
    return false;
}

void add_unless_reported(const DataFile& file, const Diagnostics& reader, Diagnostics& out) {
    for (const auto& d : reader.all()) {
        bool said = std::any_of(file.schema_errors.begin(), file.schema_errors.end(), [&](const SourceLocation& at) {
            return at.file == d.where.file && at.line == d.where.line && at.column == d.where.column;
        });
        if (!said) out.add(d);
    }
}

}  // namespace publish
