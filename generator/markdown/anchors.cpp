// Unique heading ids and footnote labels for one document.
#include "markdown/anchors.h"

#include <algorithm>

namespace publish {

bool is_reserved_id(std::string_view id) {
    if (id == "footnote-label") return true;
    for (std::string_view prefix : {std::string_view("fn"), std::string_view("fnref")}) {
        if (id.substr(0, prefix.size()) != prefix) continue;
        std::string_view rest = id.substr(prefix.size());
        if (rest.empty() || std::all_of(rest.begin(), rest.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; }))
            return true;  // "fn", "fn-1", "fnref-1-2" and what numbering them would give
    }
    return false;
}

HeadingIds::HeadingIds() { used_.insert("footnote-label"); }

std::string HeadingIds::unique_id(const std::string& slug) {
    // A renderer id, or a slug that numbering would turn into one, gets a word that no
    // renderer id has; after that "-2", "-3" … can never make one.
    std::string base = is_reserved_id(slug) && slug != "footnote-label" ? slug + "-heading" : slug;
    if (used_.insert(base).second) return base;
    for (int n = 2;; ++n) {
        std::string candidate = base + '-' + std::to_string(n);
        if (used_.insert(candidate).second) return candidate;
    }
}

std::vector<size_t> line_starts(std::string_view text) {
    std::vector<size_t> starts{0};
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') starts.push_back(i + 1);
    return starts;
}

std::string footnote_label_on_line(std::string_view text, const std::vector<size_t>& starts, int line) {
    if (line < 1 || line > static_cast<int>(starts.size())) return {};
    size_t start = starts[line - 1];
    size_t end = text.find('\n', start);
    std::string_view row = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    size_t open = row.find("[^");
    if (open == std::string_view::npos) return {};
    size_t close = row.find("]:", open + 2);
    if (close == std::string_view::npos) return {};
    return std::string(row.substr(open + 2, close - open - 2));
}

}  // namespace publish
