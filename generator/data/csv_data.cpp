// CSV rows → the same JSON a data file would hold, with each value's position in the CSV file.
#include "data/csv_data.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "data/csv.h"

namespace publish {

namespace {

std::string trimmed(std::string_view text) {
    size_t start = text.find_first_not_of(" \t");
    if (start == std::string_view::npos) return {};
    size_t end = text.find_last_not_of(" \t");
    return std::string(text.substr(start, end - start + 1));
}

std::vector<std::string> split_path(const std::string& dotted) {
    std::vector<std::string> out;
    size_t start = 0;
    while (true) {
        size_t dot = dotted.find('.', start);
        out.push_back(dotted.substr(start, dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return out;
}

std::string escaped(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

bool digits_only(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// "1,234,567" → "1234567" if the commas group thousands properly, else "".
std::string without_separators(std::string_view text) {
    std::string out;
    size_t comma = text.find(',');
    if (comma == std::string_view::npos) return std::string(text);
    if (comma == 0 || comma > 3 || !digits_only(text.substr(0, comma))) return {};
    out += text.substr(0, comma);
    while (comma != std::string_view::npos) {
        std::string_view group = text.substr(comma + 1, 3);
        if (group.size() != 3 || !digits_only(group)) return {};
        out += group;
        size_t next = comma + 4;
        if (next < text.size() && text[next] != ',') return {};
        comma = next < text.size() ? next : std::string_view::npos;
    }
    return out;
}

struct Column {
    std::string header;
    std::vector<std::string> field;
    std::string type = "text";
    bool thousands = false;
    SourceLocation where;
};

/// The columns of the description, in the order of the CSV header; false if they do not match.
bool match_columns(const DataFile& description, const std::vector<CsvCell>& header, const std::string& csv_path,
                   std::vector<const Column*>& by_index, std::vector<Column>& columns, Diagnostics& diagnostics) {
    const nlohmann::json& described = description.value.at("columns");
    std::vector<std::string> names;
    for (const auto& [name, spec] : described.items()) {
        Column c;
        c.header = trimmed(name);
        c.field = split_path(spec.value("field", ""));
        c.type = spec.value("type", "text");
        c.thousands = spec.value("thousands", false);
        c.where = description.at("/columns/" + escaped(name));
        columns.push_back(std::move(c));
        names.push_back(trimmed(name));
    }
    bool ok = true;
    std::vector<std::string> seen;
    for (const auto& cell : header) {
        std::string name = trimmed(cell.text);
        auto it = std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.header == name; });
        if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
            diagnostics.error(cell.where, "column \"" + name + "\" appears twice in the header row");
            ok = false;
        } else if (it == columns.end()) {
            std::string guess = did_you_mean(name, names);
            diagnostics.error(cell.where, "column \"" + name + "\" is not described in " + description.path,
                              guess.empty() ? "add it to \"columns\" there, or remove the column" : guess);
            ok = false;
        }
        seen.push_back(name);
        by_index.push_back(it == columns.end() ? nullptr : &*it);
    }
    for (const auto& c : columns) {
        if (std::find(seen.begin(), seen.end(), c.header) != seen.end()) continue;
        diagnostics.error(c.where, "column \"" + c.header + "\" is not in the header row of " + csv_path,
                          did_you_mean(c.header, seen));
        ok = false;
    }
    return ok;
}

/// The list the rows go into, created along the dotted path; nullptr (with an error) if the path is unusable.
nlohmann::json* rows_target(nlohmann::json& root, const DataFile& description, std::string& pointer,
                            Diagnostics& diagnostics) {
    std::string dotted = description.value.at("rows").get<std::string>();
    nlohmann::json* node = &root;
    for (const auto& key : split_path(dotted)) {
        if (key.empty()) break;
        if (node->is_array() && digits_only(key) && key.size() < 10 && std::stoul(key) < node->size()) {
            node = &(*node)[std::stoul(key)];
        } else if (node->is_object() || node->is_null()) {
            node = &(*node)[key];
        } else {
            node = nullptr;
            break;
        }
        pointer += '/';
        pointer += escaped(key);
    }
    if (node == nullptr || !(node->is_null() || (node->is_array() && node->empty()))) {
        diagnostics.error(description.at("/rows"), "\"rows\" must name a new list in \"data\", like \"courses\"",
                          "a number in the path picks an existing element: \"years.0.contributions\"");
        return nullptr;
    }
    *node = nlohmann::json::array();
    return node;
}

}  // namespace

std::optional<nlohmann::json> csv_number(std::string_view cell, bool thousands, bool money) {
    std::string text = trimmed(cell);
    std::string lower = text;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (text.empty() || lower == "n/a") return nlohmann::json(nullptr);
    bool negative = false;
    std::string_view rest = text;
    if (!rest.empty() && rest[0] == '-') {
        negative = true;
        rest.remove_prefix(1);
    }
    if (money && rest.substr(0, 2) == "\xC2\xA3") rest.remove_prefix(2);  // £
    if (money && !negative && !rest.empty() && rest[0] == '-') {
        negative = true;
        rest.remove_prefix(1);
    }
    std::string_view whole = rest.substr(0, rest.find('.'));
    std::string_view fraction = rest.find('.') == std::string_view::npos ? std::string_view() : rest.substr(rest.find('.'));
    std::string digits = (thousands || money) ? without_separators(whole) : std::string(whole);
    if (!digits_only(digits)) return std::nullopt;
    if (!fraction.empty() && !digits_only(fraction.substr(1))) return std::nullopt;
    if (fraction.empty() && digits.size() < 18) {
        long long value = std::stoll(digits);
        return nlohmann::json(negative ? -value : value);
    }
    double value = std::strtod((digits + std::string(fraction)).c_str(), nullptr);
    return nlohmann::json(negative ? -value : value);
}

bool read_csv_data_set(const DataFile& description, const std::string& csv_path, std::string_view csv_text,
                       DataFile& out, Diagnostics& diagnostics) {
    out.path = csv_path;
    out.value = nullptr;
    out.positions.clear();
    out.valid = false;
    std::vector<CsvRow> rows;
    if (!parse_csv(csv_text, csv_path, rows, diagnostics)) return false;
    if (rows.empty()) {
        diagnostics.error({csv_path, 1, 1}, "the file is empty", "the first row names the columns");
        return false;
    }
    std::vector<Column> columns;
    std::vector<const Column*> by_index;
    if (!match_columns(description, rows[0], csv_path, by_index, columns, diagnostics)) return false;

    nlohmann::json root = description.value.contains("data") ? description.value.at("data") : nlohmann::json::object();
    for (const auto& [pointer, where] : description.positions) {
        if (pointer == "/data" || pointer.rfind("/data/", 0) == 0) out.positions[pointer.substr(5)] = where;
    }
    if (!out.positions.count("")) out.positions[""] = description.at("");
    std::string rows_pointer;
    nlohmann::json* list = rows_target(root, description, rows_pointer, diagnostics);
    if (list == nullptr) return false;
    out.positions[rows_pointer] = rows[0][0].where;

    bool ok = true;
    for (size_t r = 1; r < rows.size(); ++r) {
        nlohmann::json item = nlohmann::json::object();
        std::string item_pointer = rows_pointer + "/" + std::to_string(r - 1);
        out.positions[item_pointer] = rows[r][0].where;
        for (size_t i = 0; i < rows[r].size(); ++i) {
            const Column& column = *by_index[i];
            const CsvCell& cell = rows[r][i];
            nlohmann::json value;
            if (column.type == "text") {
                if (trimmed(cell.text).empty()) continue;
                value = cell.text;
            } else if (auto number = csv_number(cell.text, column.thousands, column.type == "money")) {
                value = *number;
            } else {
                std::string hint = column.type == "money" ? "write an amount in pounds like 1234, 1,234 or £1,234.50"
                                   : column.thousands ? "write a number like 1234, 1,234 or 3.5"
                                                      : "write a number like 1234 or 3.5 (set \"thousands\": true in " +
                                                            description.path + " to allow 1,234)";
                diagnostics.error(cell.where, "\"" + cell.text + "\" is not a " +
                                                  (column.type == "money" ? "sum of money" : "number") +
                                                  " (column \"" + column.header + "\")", hint + "; leave it empty for n/a");
                ok = false;
                continue;
            }
            nlohmann::json* node = &item;
            std::string pointer = item_pointer;
            for (size_t k = 0; k < column.field.size(); ++k) {
                pointer += '/';
                pointer += escaped(column.field[k]);
                if (!out.positions.count(pointer)) out.positions[pointer] = cell.where;
                if (!node->is_object()) *node = nlohmann::json::object();
                node = &(*node)[column.field[k]];
            }
            *node = std::move(value);
        }
        list->push_back(std::move(item));
    }
    if (!ok) return false;
    out.value = std::move(root);
    out.valid = true;
    return true;
}

}  // namespace publish
