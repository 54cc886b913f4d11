// Anchors inside one document: unique heading ids and footnote labels read from the source.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace publish {

/// Hands out heading ids unique within one document ("intro", "intro-2", "intro-3" …), never
/// one the renderer uses itself ("footnote-label", "fn-1", "fnref-1").
class HeadingIds {
public:
    /// Starts with only the renderer's own fixed ids taken.
    HeadingIds();
    /// A unique id for a slug.
    std::string unique_id(const std::string& slug);

private:
    std::unordered_set<std::string> used_;
};

/// True for ids the HTML renderer gives its own elements ("footnote-label", "fn-1", "fnref-1-2"),
/// and for "fn" and "fnref", which numbering would turn into one.
bool is_reserved_id(std::string_view id);

/// Byte offset where each line of a text starts (index 0 is line 1).
std::vector<size_t> line_starts(std::string_view text);

/// The label of the footnote definition `[^label]:` on a 1-based line of the text, or "".
std::string footnote_label_on_line(std::string_view text, const std::vector<size_t>& starts, int line);

}  // namespace publish
