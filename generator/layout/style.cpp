// A small reader for the theme's pdf.json: nested objects of numbers and colour strings.
#include "layout/style.h"

#include <cctype>
#include <charconv>
#include <functional>
#include <map>

namespace publish::layout {
namespace {

struct Value {
    std::string text;
    bool is_string = false;
    int line = 0;
};

/// Flattens {"page": {"width": 1}} into "page.width" → "1"; false on a syntax error.
class FlatJson {
public:
    FlatJson(std::string_view s) : s_(s) {}
    bool parse(std::map<std::string, Value>& out, int& error_line) {
        skip();
        bool ok = object("", out) && (skip(), i_ == s_.size());
        error_line = line_;
        return ok;
    }

private:
    void skip() {
        while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) {
            if (s_[i_] == '\n') ++line_;
            ++i_;
        }
    }
    bool string(std::string& out) {
        if (i_ >= s_.size() || s_[i_] != '"') return false;
        ++i_;
        while (i_ < s_.size() && s_[i_] != '"') {
            if (s_[i_] == '\\' && i_ + 1 < s_.size()) ++i_;
            out += s_[i_++];
        }
        if (i_ >= s_.size()) return false;
        ++i_;
        return true;
    }
    bool object(const std::string& prefix, std::map<std::string, Value>& out) {
        if (i_ >= s_.size() || s_[i_] != '{') return false;
        ++i_;
        skip();
        if (i_ < s_.size() && s_[i_] == '}') return ++i_, true;
        while (true) {
            skip();
            std::string key;
            if (!string(key)) return false;
            skip();
            if (i_ >= s_.size() || s_[i_] != ':') return false;
            ++i_;
            skip();
            std::string name = prefix.empty() ? key : prefix + "." + key;
            if (i_ < s_.size() && s_[i_] == '{') {
                if (!object(name, out)) return false;
            } else if (i_ < s_.size() && s_[i_] == '"') {
                Value v{"", true, line_};
                if (!string(v.text)) return false;
                out[name] = v;
            } else {
                Value v{"", false, line_};
                while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.' || s_[i_] == '-' || s_[i_] == '+'))
                    v.text += s_[i_++];
                if (v.text.empty()) return false;
                out[name] = v;
            }
            skip();
            if (i_ < s_.size() && s_[i_] == ',') { ++i_; continue; }
            if (i_ < s_.size() && s_[i_] == '}') return ++i_, true;
            return false;
        }
    }
    std::string_view s_;
    size_t i_ = 0;
    int line_ = 1;
};

bool parse_color(const std::string& text, Color& out) {
    if (text.size() != 7 || text[0] != '#') return false;
    unsigned v = 0;
    auto r = std::from_chars(text.data() + 1, text.data() + 7, v, 16);
    if (r.ec != std::errc() || r.ptr != text.data() + 7) return false;
    out = {((v >> 16) & 255) / 255.0f, ((v >> 8) & 255) / 255.0f, (v & 255) / 255.0f};
    return true;
}

}  // namespace

PdfStyle parse_pdf_style(std::string_view json, const std::string& file, Diagnostics& diagnostics) {
    PdfStyle st;
    std::map<std::string, Value> values;
    int error_line = 0;
    if (!FlatJson(json).parse(values, error_line)) {
        diagnostics.warning({file, error_line, 0}, "cannot read the PDF style; using the default style");
        return st;
    }
    std::map<std::string, double*> numbers = {
        {"page.width", &st.page_width}, {"page.height", &st.page_height},
        {"page.margin_top", &st.margin_top}, {"page.margin_bottom", &st.margin_bottom},
        {"page.margin_left", &st.margin_left}, {"page.margin_right", &st.margin_right},
        {"text.size", &st.body_size}, {"text.leading", &st.leading},
        {"text.paragraph_space", &st.paragraph_space},
        {"headings.h1", &st.heading_sizes[0]}, {"headings.h2", &st.heading_sizes[1]},
        {"headings.h3", &st.heading_sizes[2]}, {"headings.h4", &st.heading_sizes[3]},
        {"headings.space_before", &st.heading_space_before},
        {"sizes.small", &st.small_size}, {"sizes.footnote", &st.footnote_size},
        {"sizes.code", &st.code_size}, {"sizes.table", &st.table_size},
        {"indents.list", &st.list_indent}, {"indents.quote", &st.quote_indent},
        {"briefing.max_size", &st.briefing_max}, {"briefing.min_size", &st.briefing_min},
        {"briefing.step", &st.briefing_step}};
    std::map<std::string, Color*> colors = {
        {"colors.text", &st.text}, {"colors.accent", &st.accent}, {"colors.muted", &st.muted},
        {"colors.rule", &st.rule}, {"colors.tint", &st.tint}, {"colors.link", &st.link},
        {"colors.band_text", &st.band_text}};
    for (const auto& [key, value] : values) {
        SourceLocation where{file, value.line, 0};
        if (auto n = numbers.find(key); n != numbers.end()) {
            double v = 0;
            auto r = std::from_chars(value.text.data(), value.text.data() + value.text.size(), v);
            if (value.is_string || r.ec != std::errc() || v <= 0)
                diagnostics.warning(where, "\"" + key + "\" must be a positive number");
            else
                *n->second = v;
        } else if (auto c = colors.find(key); c != colors.end()) {
            if (!value.is_string || !parse_color(value.text, *c->second))
                diagnostics.warning(where, "\"" + key + "\" must be a colour like \"#005a9c\"");
        } else if (key != "description") {
            diagnostics.warning(where, "unknown PDF style setting \"" + key + "\"");
        }
    }
    if (st.briefing_step <= 0 || st.briefing_min > st.briefing_max) st.briefing_step = 0.5;
    return st;
}

}  // namespace publish::layout
