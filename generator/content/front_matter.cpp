// Front matter: split at the --- lines, then read each field with yaml-cpp, keeping positions.
#include "content/front_matter.h"

#include <yaml-cpp/yaml.h>

#include <charconv>

namespace publish {

namespace {

/// The next line of `text` from `pos` (without its newline); advances `pos` past the newline.
std::string_view next_line(std::string_view text, size_t& pos) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end < text.size() ? end + 1 : end;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

bool is_fence(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    return line == "---";
}

const std::vector<std::string>& known_fields() {
    static const std::vector<std::string> fields{
        "title", "type",    "date",     "updated", "review_date", "summary", "themes", "priorities",
        "review", "period", "draft",    "publish_after", "covers", "pdf", "slug", "weight"};
    return fields;
}

/// Reads the front matter fields from a parsed YAML map.
class FieldReader {
public:
    FieldReader(const std::string& file, int first_line, Diagnostics& diagnostics)
        : file_(file), first_line_(first_line), diagnostics_(diagnostics) {}

    SourceLocation where(const YAML::Node& node) const {
        YAML::Mark mark = node.Mark();
        if (mark.line < 0) return {file_, first_line_, 1};
        return {file_, first_line_ + mark.line, mark.column + 1};
    }

    void error(const YAML::Node& node, std::string message, std::string hint = {}) {
        diagnostics_.error(where(node), std::move(message), std::move(hint));
    }

    bool scalar(const YAML::Node& node, const std::string& key, std::string& out) {
        if (node.IsNull()) return true;
        if (!node.IsScalar()) {
            error(node, "\"" + key + "\" must be text");
            return false;
        }
        out = node.Scalar();
        return true;
    }

    void date(const YAML::Node& node, const std::string& key, std::string& out) {
        if (!scalar(node, key, out) || out.empty()) return;
        if (!is_valid_date(out)) {
            error(node, "\"" + key + "\" is not a date: \"" + out + "\"", "write dates as YYYY-MM-DD, e.g. 2024-03-31");
            out.clear();
        }
    }

    void boolean(const YAML::Node& node, const std::string& key, bool& out) {
        std::string text;
        if (!scalar(node, key, text)) return;
        if (text == "true") out = true;
        else if (text == "false") out = false;
        else error(node, "\"" + key + "\" must be true or false, not \"" + text + "\"");
    }

    void list(const YAML::Node& node, const std::string& key, std::vector<std::string>& out) {
        if (node.IsNull()) return;
        if (node.IsScalar()) {  // a single id written without brackets
            out.push_back(node.Scalar());
            return;
        }
        if (!node.IsSequence()) {
            error(node, "\"" + key + "\" must be a list, e.g. " + key + ": [neglect, exploitation]");
            return;
        }
        for (const auto& item : node) {
            if (!item.IsScalar()) {
                error(item, "each item of \"" + key + "\" must be an id");
                continue;
            }
            out.push_back(item.Scalar());
        }
    }

    void integer(const YAML::Node& node, const std::string& key, std::optional<int>& out) {
        std::string text;
        if (!scalar(node, key, text)) return;
        int value = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc{} || end != text.data() + text.size()) {
            error(node, "\"" + key + "\" must be a whole number, not \"" + text + "\"");
            return;
        }
        out = value;
    }

private:
    const std::string& file_;
    int first_line_;
    Diagnostics& diagnostics_;
};

}  // namespace

bool is_valid_date(std::string_view date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (date[i] < '0' || date[i] > '9') return false;
    int year = std::stoi(std::string(date.substr(0, 4)));
    int month = std::stoi(std::string(date.substr(5, 2)));
    int day = std::stoi(std::string(date.substr(8, 2)));
    if (month < 1 || month > 12 || day < 1) return false;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int limit = days[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= limit;
}

bool split_front_matter(std::string_view text, const std::string& file, SplitSource& out, Diagnostics& diagnostics) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // byte-order mark
    size_t pos = 0;
    if (!is_fence(next_line(text, pos))) {
        diagnostics.error({file, 1, 1}, "missing front matter",
                          "start the file with a line \"---\", then \"title: …\", then \"---\"");
        return false;
    }
    size_t yaml_start = pos;
    int line = 2;
    while (pos < text.size()) {
        size_t line_start = pos;
        if (is_fence(next_line(text, pos))) {
            out.yaml = text.substr(yaml_start, line_start - yaml_start);
            out.body = text.substr(pos);
            out.yaml_first_line = 2;
            out.body_first_line = line + 1;
            return true;
        }
        ++line;
    }
    diagnostics.error({file, 1, 1}, "front matter is not closed", "end the front matter with a line \"---\"");
    return false;
}

FrontMatter parse_front_matter(std::string_view yaml, const std::string& file, int first_line,
                               Diagnostics& diagnostics) {
    FrontMatter meta;
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml));
    } catch (const YAML::Exception& e) {
        diagnostics.error({file, first_line + std::max(0, e.mark.line), std::max(0, e.mark.column) + 1},
                          "front matter is not valid YAML: " + e.msg);
        return meta;
    }
    if (root.IsNull()) root = YAML::Node(YAML::NodeType::Map);
    if (!root.IsMap()) {
        diagnostics.error({file, first_line, 1}, "front matter must be a list of \"field: value\" lines");
        return meta;
    }
    FieldReader read(file, first_line, diagnostics);
    try {
        for (const auto& entry : root) {
            const YAML::Node& key_node = entry.first;
            const YAML::Node& value = entry.second;
            std::string key = key_node.IsScalar() ? key_node.Scalar() : std::string{};
            meta.field_locations[key] = read.where(value.IsNull() ? key_node : value);
            if (key == "title") {
                if (read.scalar(value, key, meta.title) && meta.title.empty())
                    read.error(value, "\"title\" is empty", "write the title people will see, such as: title: Safer sleep for babies");
            }
            else if (key == "type") {
                std::string name;
                if (read.scalar(value, key, name)) {
                    DocType type;
                    if (parse_doc_type(name, type)) meta.type = type;
                    else
                        read.error(value, "unknown type \"" + name + "\"",
                                   did_you_mean(name, {"page", "briefing", "bulletin", "annual-report", "arrangements"}));
                }
            } else if (key == "date") read.date(value, key, meta.date);
            else if (key == "updated") read.date(value, key, meta.updated);
            else if (key == "review_date") read.date(value, key, meta.review_date);
            else if (key == "publish_after") read.date(value, key, meta.publish_after);
            else if (key == "summary") read.scalar(value, key, meta.summary);
            else if (key == "themes") read.list(value, key, meta.themes);
            else if (key == "priorities") read.list(value, key, meta.priorities);
            else if (key == "covers") read.list(value, key, meta.covers);
            else if (key == "review") read.scalar(value, key, meta.review);
            else if (key == "period") read.scalar(value, key, meta.period);
            else if (key == "draft") read.boolean(value, key, meta.draft);
            else if (key == "pdf") {
                bool pdf = true;
                read.boolean(value, key, pdf);
                meta.pdf = pdf;
            } else if (key == "slug") read.scalar(value, key, meta.slug);
            else if (key == "weight") read.integer(value, key, meta.weight);
            else
                diagnostics.warning(read.where(key_node), "unknown front matter field \"" + key + "\"",
                                    did_you_mean(key, known_fields()));
        }
    } catch (const YAML::Exception& e) {
        diagnostics.error({file, first_line + std::max(0, e.mark.line), std::max(0, e.mark.column) + 1},
                          "front matter could not be read: " + e.msg);
    }
    return meta;
}

}  // namespace publish
