// Writing checks: accessibility mistakes an author can make in Markdown, reported as warnings.
#include "content/writing_checks.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace publish {

namespace {

/// Link texts that do not say where the link goes (WCAG 2.4.4 link purpose).
constexpr std::array<const char*, 5> vague_link_texts{"click here", "here", "read more", "more", "this link"};

/// Lower case, inner spaces collapsed, surrounding spaces and punctuation removed.
std::string normalised(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    auto trim = [](char c) { return c == ' ' || std::ispunct(static_cast<unsigned char>(c)); };
    while (!out.empty() && trim(out.back())) out.pop_back();
    size_t start = 0;
    while (start < out.size() && trim(out[start])) ++start;
    return out.substr(start);
}

struct Walker {
    const std::string& file;
    Diagnostics& diagnostics;
    int previous_level = 1;  ///< the page title is the h1

    SourceLocation at(const Node& node) const { return {file, node.line, node.column}; }

    void heading(const Node& node) {
        if (node.level > previous_level + 1) {
            std::string previous = previous_level == 1 ? "the page title (level 1)"
                                                       : "a level " + std::to_string(previous_level) + " heading";
            diagnostics.warning(at(node),
                                "heading level " + std::to_string(node.level) + " follows " + previous +
                                    ", skipping level " + std::to_string(previous_level + 1),
                                "use " + std::string(previous_level + 1, '#') +
                                    " here: screen reader users move between headings by level");
        }
        previous_level = node.level;
    }

    void image(const Node& node) {
        if (normalised(node.text).empty())
            diagnostics.warning(at(node), "image \"" + (node.source().empty() ? node.url() : node.source()) + "\" has no alt text",
                                "describe what it shows between the brackets: ![A health visitor at a home visit](…)");
    }

    void link(const Node& node) {
        std::string text = normalised(plain_text(node));
        if (std::find(vague_link_texts.begin(), vague_link_texts.end(), text) == vague_link_texts.end()) return;
        diagnostics.warning(at(node), "link text \"" + plain_text(node) + "\" does not say where the link goes",
                            "name the destination, e.g. [the safer sleep briefing](…): many people scan a page "
                            "by its links (WCAG 2.4.4)");
    }

    void walk(const Node& node) {
        if (node.kind == NodeKind::heading) heading(node);
        else if (node.kind == NodeKind::image) image(node);
        else if (node.kind == NodeKind::link) link(node);
        for (const auto& child : node.children) walk(child);
    }
};

}  // namespace

void check_writing(const Node& body, const std::string& file, Diagnostics& diagnostics) {
    Walker{file, diagnostics}.walk(body);
}

}  // namespace publish
