// Test helpers (tests only): build document trees and a small in-memory site without Markdown.
#pragma once

#include <initializer_list>
#include <string>

#include "model/site.h"

namespace publish::test_trees {

inline Node text(const std::string& s) { return make_node(NodeKind::text, s); }

inline Node wrap(NodeKind kind, std::initializer_list<Node> children, int line = 0) {
    Node n = make_node(kind);
    n.children = children;
    n.line = line;
    n.column = 1;
    return n;
}

inline Node para(const std::string& s, int line = 0) { return wrap(NodeKind::paragraph, {text(s)}, line); }

inline Node heading(int level, const std::string& s, int line = 0, const std::string& id = {}) {
    Node h = wrap(NodeKind::heading, {text(s)}, line);
    h.level = level;
    h.attributes().id = id;
    return h;
}

inline Node link(const std::string& url, const std::string& s) {
    Node l = wrap(NodeKind::link, {text(s)});
    l.attributes().url = url;
    return l;
}

inline Node bullets(std::initializer_list<std::string> items, bool ordered = false) {
    Node list = make_node(NodeKind::list);
    list.ordered = ordered;
    for (const auto& s : items) list.children.push_back(wrap(NodeKind::list_item, {para(s)}));
    return list;
}

inline Node cell(const std::string& s, char align = 0) {
    Node c = wrap(NodeKind::table_cell, {text(s)});
    c.align = align;
    return c;
}

/// A table: first row is the header.
inline Node table(const std::vector<std::vector<std::string>>& rows, std::vector<char> aligns = {}) {
    Node t = make_node(NodeKind::table);
    for (size_t r = 0; r < rows.size(); ++r) {
        Node row = make_node(NodeKind::table_row);
        row.header = r == 0;
        for (size_t c = 0; c < rows[r].size(); ++c) row.children.push_back(cell(rows[r][c], c < aligns.size() ? aligns[c] : 0));
        t.children.push_back(row);
    }
    return t;
}

inline Node footnote_ref(const std::string& id, int number) {
    Node n = make_node(NodeKind::footnote_reference);
    n.attributes().id = id;
    n.number = number;
    return n;
}

inline Node footnote_def(const std::string& id, int number, const std::string& s) {
    Node n = wrap(NodeKind::footnote_definition, {para(s)});
    n.attributes().id = id;
    n.number = number;
    return n;
}

inline const char* lorem =
    "Practitioners from health, police and children's social care met to consider how the safety plan "
    "was owned after the case closed. The review found that responsibility for the plan was not clearly "
    "handed over, that the family's own network was not involved, and that the school was not told.";

/// A document of a type with a body.
inline Document document(DocType type, const std::string& path, const std::string& title, Node body) {
    Document d;
    d.source_path = path;
    d.type = type;
    d.meta.title = title;
    d.meta.date = "2024-03-01";
    d.body = std::move(body);
    d.body.kind = NodeKind::document;
    return d;
}

/// A seven-panel briefing whose panels hold `paragraphs` paragraphs each.
inline Document briefing(int paragraphs, const std::string& title = "Safer sleep for babies") {
    const char* names[] = {"Background", "Why it matters", "Information", "Learning",
                           "Questions to reflect on", "What you should do", "Find out more"};
    Node body = make_node(NodeKind::document);
    int line = 8;
    for (int p = 0; p < 7; ++p) {
        body.children.push_back(heading(2, names[p], line, "panel-" + std::to_string(p + 1)));
        line += 2;
        for (int k = 0; k < paragraphs; ++k, line += 2) body.children.push_back(para(lorem, line));
    }
    return document(DocType::briefing, "content/briefings/safer-sleep.md", title, body);
}

}  // namespace publish::test_trees
