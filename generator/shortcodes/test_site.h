// Test helpers: a site built from JSON strings, and a compact text dump of a node tree.
#pragma once

#include <memory>
#include <string>

#include "config/site_config.h"
#include "data/data_store.h"
#include "shortcodes/shortcodes.h"

namespace publish::testing {

/// A loaded site (config, typed data, raw store) from data files given as strings.
struct TestSite {
    Site site;
    DataStore store;
    Diagnostics load_errors;

    explicit TestSite(const FileMap& files) {
        store = load_data_store(files, load_errors);
        site.config = read_site_config(store, load_errors);
        site.data = read_site_data(store, site.config, load_errors);
    }
    ShortcodeContext context() const { return ShortcodeContext{site, store}; }
};

inline const char* site_json =
    "{\"name\": \"Example Safeguarding Children Partnership\", \"base_url\": \"https://example.org/\",\n"
    " \"themes\": [{\"id\": \"safety-plans\", \"title\": \"Safety plans\"}, {\"id\": \"neglect\", \"title\": "
    "\"Neglect\"}]}";

inline const char* funding_json =
    "{\"currency\": \"GBP\", \"years\": [\n"
    " {\"period\": \"2022-23\", \"contributions\": [{\"partner\": \"County Council\", \"amount\": 150000},\n"
    "   {\"partner\": \"Integrated Care Board\", \"amount\": null}]},\n"
    " {\"period\": \"2023-24\", \"contributions\": [\n"
    "   {\"partner\": \"County Council\", \"amount\": 162435},\n"
    "   {\"partner\": \"Office of the Police and Crime Commissioner\", \"amount\": 74933},\n"
    "   {\"partner\": \"Integrated Care Board\", \"amount\": 103031},\n"
    "   {\"partner\": \"District councils\", \"amount\": 28070},\n"
    "   {\"partner\": \"Probation Service\", \"amount\": 3595}],\n"
    "  \"stated_total\": 372064}]}";

inline const char* training_json =
    "{\"periods\": [{\"id\": \"2022-23\", \"label\": \"2022–23\"}, {\"id\": \"2023-24\", \"label\": \"2023–24\"}],\n"
    " \"courses\": [\n"
    "  {\"title\": \"Child Exploitation\", \"format\": \"face-to-face\",\n"
    "   \"sessions\": {\"2022-23\": 11, \"2023-24\": 12}, \"attended\": {\"2022-23\": 183, \"2023-24\": 1200}},\n"
    "  {\"title\": \"Inter-agency safeguarding\", \"format\": \"virtual\",\n"
    "   \"sessions\": {\"2022-23\": 24, \"2023-24\": null}, \"attended\": {\"2022-23\": 410}}]}";

inline const char* reviews_json =
    "{\"reviews\": [\n"
    " {\"id\": \"RR-2023-02\", \"type\": \"rapid-review\", \"title\": \"Ownership of safety plans at case closure\",\n"
    "  \"status\": \"completed\", \"started\": \"2023-11-02\", \"completed\": \"2023-12-14\", \"themes\": "
    "[\"safety-plans\"]},\n"
    " {\"id\": \"LCSPR-2023-01\", \"type\": \"lcspr\", \"title\": \"Learning from a family in crisis\",\n"
    "  \"status\": \"in-progress\", \"started\": \"2024-02-01\"},\n"
    " {\"id\": \"MAP-2022-01\", \"type\": \"map-review\", \"title\": \"Neglect in early years\",\n"
    "  \"status\": \"published\", \"started\": \"2022-05-01\", \"completed\": \"2022-10-01\"}]}";

inline const char* key_figures_json =
    "{\"figures\": [{\"id\": \"learners\", \"label\": \"Learners registered\", \"value\": 67677, \"previous\": 63181},\n"
    " {\"label\": \"Volunteers registered\", \"value\": 10932, \"previous\": null},\n"
    " {\"id\": \"budget\", \"label\": \"Budget\", \"value\": 372064, \"format\": \"money\"}]}";

/// Every data file of the example site.
inline FileMap full_site() {
    return {{"data/site.json", site_json},
            {"data/funding.json", funding_json},
            {"data/training.json", training_json},
            {"data/reviews.json", reviews_json},
            {"data/key-figures.json", key_figures_json}};
}

/// A short name per node kind (a switch, so a new kind is a compiler warning, not a shifted name).
inline const char* kind_name(NodeKind kind) {
    switch (kind) {
        case NodeKind::document: return "document";
        case NodeKind::heading: return "heading";
        case NodeKind::paragraph: return "paragraph";
        case NodeKind::list: return "list";
        case NodeKind::list_item: return "item";
        case NodeKind::block_quote: return "quote";
        case NodeKind::code_block: return "code_block";
        case NodeKind::thematic_break: return "hr";
        case NodeKind::table: return "table";
        case NodeKind::table_row: return "row";
        case NodeKind::table_cell: return "cell";
        case NodeKind::footnote_definition: return "footnote";
        case NodeKind::figure: return "figure";
        case NodeKind::page_break: return "page_break";
        case NodeKind::text: return "text";
        case NodeKind::soft_break: return "soft_break";
        case NodeKind::line_break: return "line_break";
        case NodeKind::code: return "code";
        case NodeKind::emphasis: return "em";
        case NodeKind::strong: return "strong";
        case NodeKind::strikethrough: return "del";
        case NodeKind::link: return "link";
        case NodeKind::image: return "image";
        case NodeKind::footnote_reference: return "footnote_ref";
    }
    return "?";
}

/// One line per node, indented by depth: kind, then the fields that matter for shortcode output.
inline void dump_into(const Node& n, std::string& out, int depth = 0) {
    out += std::string(depth * 2, ' ') + kind_name(n.kind);
    if (!n.css_class().empty()) out += " ." + n.css_class();
    if (!n.caption().empty()) out += " caption=\"" + n.caption() + "\"";
    if (n.header) out += " header";
    if (n.align) out += std::string(" align=") + n.align;
    if (!n.text.empty()) out += " \"" + n.text + "\"";
    out += "\n";
    for (const auto& child : n.children) dump_into(child, out, depth + 1);
}

/// The dump of several nodes.
inline std::string dump(const std::vector<Node>& nodes) {
    std::string out;
    for (const auto& n : nodes) dump_into(n, out);
    return out;
}

/// The dump of one node and its descendants.
inline std::string dump(const Node& node) {
    std::string out;
    dump_into(node, out);
    return out;
}

/// The text of every text node under `node`, joined.
inline std::string texts(const Node& node) {
    std::string out = node.kind == NodeKind::text ? node.text : "";
    for (const auto& child : node.children) out += texts(child);
    return out;
}

/// All diagnostics, formatted, one per element.
inline std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& diagnostic : d.all()) out.push_back(format_diagnostic(diagnostic));
    return out;
}

/// Extracts shortcodes from a one-paragraph text and expands them: the document's children.
inline std::vector<Node> expand_paragraph(const TestSite& site, const std::string& markdown, Diagnostics& d,
                                          const std::string& file = "content/page.md") {
    auto extracted = extract_shortcodes(markdown, file, 1, d);
    Node doc = make_node(NodeKind::document);
    Node paragraph = make_node(NodeKind::paragraph);
    size_t start = 0;
    while (true) {  // each source line a text node, separated by soft breaks, as cmark gives them
        size_t end = extracted.text.find('\n', start);
        paragraph.children.push_back(make_node(NodeKind::text, extracted.text.substr(start, end - start)));
        if (end == std::string::npos) break;
        paragraph.children.push_back(make_node(NodeKind::soft_break));
        start = end + 1;
    }
    doc.children.push_back(std::move(paragraph));
    expand_shortcodes(doc, extracted.calls, site.context(), d);
    return doc.children;
}

}  // namespace publish::testing
