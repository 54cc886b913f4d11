// Block composition: each block kind of the tree becomes pieces of the flow.
#include "layout/compose.h"

#include <algorithm>

namespace publish::layout {
namespace {

double baseline_in_line(double line_height, double size) { return (line_height - 1.362 * size) / 2 + 1.069 * size; }

int heading_size_index(int depth) { return std::clamp(depth, 1, 4) - 1; }

}  // namespace

Composer::Composer(ComposeContext& c, Flow& flow, const Document& doc, std::string anchor_prefix)
    : ctx(c), flow_(flow), doc_(doc), anchor_prefix_(std::move(anchor_prefix)) {
    collect_footnotes(doc.body);
}

void Composer::collect_footnotes(const Node& node) {
    if (node.kind == NodeKind::footnote_definition) footnote_defs_[node.id()] = &node;
    for (const auto& child : node.children) collect_footnotes(child);
}

SourceLocation Composer::where(const Node& node) const { return {doc_.source_path, node.line, node.column}; }

int Composer::element(Role role, int parent, const Node* node, int level) {
    ctx.elements.push_back({role, parent, level, node, {}});
    return static_cast<int>(ctx.elements.size()) - 1;
}

void Composer::push(FlowItem piece) {
    if (keep_next_) piece.break_before = false, keep_next_ = false;
    if (page_break_next_) piece.page_break_before = true, page_break_next_ = false;
    flow_.items.push_back(std::move(piece));
}

void Composer::push_lines(std::vector<Line> lines, const Box& box, double space_before, bool keep_whole) {
    size_t n = lines.size();
    for (size_t i = 0; i < n; ++i) {
        FlowItem piece;
        piece.height = lines[i].height;
        piece.space_before = i == 0 ? space_before : 0;
        // Widows and orphans: never break after the first line or before the last; and never
        // after a hyphen, so no word is split across pages.
        piece.break_before = i == 0 || !(keep_whole || i == 1 || i + 1 == n || lines[i - 1].hyphenated);
        for (auto& item : lines[i].items) {
            item.x += box.left;
            piece.items.push_back(std::move(item));
        }
        for (FrameItem deco : box.decoration) {
            deco.y = 0;
            deco.h = piece.height;
            piece.items.insert(piece.items.begin(), deco);
        }
        piece.footnotes = std::move(lines[i].footnotes);
        push(std::move(piece));
    }
}

void Composer::blocks(const Node& parent, const Box& box) {
    for (const auto& child : parent.children) block(child, box);
}

void Composer::block(const Node& node, const Box& box) {
    switch (node.kind) {
        case NodeKind::paragraph: paragraph(node, box); break;
        case NodeKind::heading: heading(node, box); break;
        case NodeKind::list: list(node, box); break;
        case NodeKind::block_quote: quote(node, box); break;
        case NodeKind::code_block: code_block(node, box); break;
        case NodeKind::thematic_break: rule(box); break;
        case NodeKind::page_break: page_break(); break;  // {{< page-break >}}
        case NodeKind::table: table(node, box); break;
        case NodeKind::figure: figure(node, box); break;
        case NodeKind::image: image(node, box); break;
        case NodeKind::footnote_definition: break;  // set at the foot of the page that refers to it
        case NodeKind::document:
        case NodeKind::list_item: blocks(node, box); break;
        default: {
            // Stray inlines at block level: set them as a paragraph.
            Node wrapper = make_node(NodeKind::paragraph);
            wrapper.line = node.line;
            wrapper.column = node.column;
            wrapper.children.push_back(node);
            paragraph(wrapper, box);
        }
    }
}

void Composer::paragraph(const Node& node, const Box& box) {
    if (node.children.size() == 1 && node.children[0].kind == NodeKind::image) return image(node.children[0], box);
    int el = element(Role::paragraph, box.parent, &node);
    auto r = runs(node, box.font, box.size, box.color, el);
    ParagraphFormat format{box.width, box.size * ctx.style.leading, box.size, 'l', true};
    push_lines(set_paragraph(r, format, ctx.text), box, box.paragraph_space);
}

void Composer::heading(const Node& node, const Box& box) {
    int depth = std::max(1, node.level - policy_.top_level + policy_.top_depth);
    std::string number;
    if (!policy_.prefix.empty()) {
        size_t k = static_cast<size_t>(std::max(0, depth - policy_.top_depth));
        if (counters_.size() <= k) counters_.resize(k + 1, 0);
        counters_[k]++;
        counters_.resize(k + 1);
        if (depth <= 3) {
            for (int p : policy_.prefix) number += std::to_string(p) + ".";
            for (int c : counters_) number += std::to_string(c) + ".";
            number.pop_back();
        }
    }
    heading_text(&node, number, plain_text(node), depth + policy_.shift, box, depth);
}

void Composer::heading_text(const Node* node, const std::string& number, const std::string& title, int depth,
                            const Box& box, int bookmark_level, const std::string& explicit_id) {
    int el = element(Role::heading, box.parent, node, depth);
    double scale = box.size / ctx.style.body_size;
    double size = ctx.style.heading_sizes[heading_size_index(depth)] * scale;
    std::vector<Run> r;
    if (!number.empty()) r.push_back({number + "\u2002", FontStyle::bold, size, ctx.style.accent, {}, el});
    if (node) {
        auto body = runs(*node, FontStyle::bold, size, depth <= 2 ? ctx.style.accent : box.color, el);
        r.insert(r.end(), body.begin(), body.end());
    } else {
        r.push_back({title, FontStyle::bold, size, ctx.style.accent, {}, el});
    }
    ParagraphFormat format{box.width, size * 1.25, size, 'l', false};
    auto lines = set_paragraph(r, format, ctx.text);
    if (lines.empty()) return;
    std::string id = !explicit_id.empty() ? anchor(explicit_id)
                     : node && !node->id().empty() ? anchor(node->id()) : anchor("h" + std::to_string(el));
    FrameItem mark;
    mark.kind = ItemKind::anchor;
    mark.target = id;
    mark.text = number.empty() ? title : number + " " + title;
    mark.size = bookmark_level;
    mark.x = box.left;
    lines[0].items.push_back(mark);
    if (ctx.contents && bookmark_level <= ctx.contents_depth && bookmark_level > 0)
        ctx.contents->push_back({number, title, id, bookmark_level});
    push_lines(std::move(lines), box, ctx.style.heading_space_before * size * (depth <= 1 ? 1.0 : 0.85), true);
    keep_next_ = true;
}

void Composer::list(const Node& node, const Box& box) {
    int el = element(Role::list, box.parent, &node);
    double indent = ctx.style.list_indent * box.size / ctx.style.body_size;
    int number = node.start;
    static const char* bullets[] = {"\u2022", "\u2013", "\u25E6"};
    bool first_item = true;
    ++list_depth_;
    for (const auto& item : node.children) {
        int li = element(Role::list_item, el, &item);
        int lab = element(Role::label, li, &item);
        Box inner = box;
        inner.left += indent;
        inner.width -= indent;
        inner.parent = element(Role::list_body, li, &item);
        if (node.tight) inner.paragraph_space = box.size * 0.25;
        size_t first = flow_.items.size();
        blocks(item, inner);
        if (flow_.items.size() == first) continue;
        if (first_item) flow_.items[first].space_before = box.paragraph_space;
        first_item = false;
        std::string label = node.ordered ? std::to_string(number++) + "." : bullets[std::min(list_depth_ - 1, 2)];
        if (item.task >= 0) label = item.task ? "\u2611" : "\u2610";
        double lw = ctx.text.widths.width(box.font, label, box.size);
        double baseline = baseline_in_line(box.size * ctx.style.leading, box.size);
        auto& target = flow_.items[first];
        target.items.insert(target.items.begin(), text_item(inner.left - lw - box.size * 0.45, baseline, box.font, box.size, label,
                                         node.ordered ? box.color : ctx.style.accent, lab));
    }
    --list_depth_;
}

void Composer::quote(const Node& node, const Box& box) {
    int el = element(Role::block_quote, box.parent, &node);
    Box inner = box;
    double indent = ctx.style.quote_indent * box.size / ctx.style.body_size;
    inner.left += indent;
    inner.width -= indent;
    inner.parent = el;
    inner.font = box.font == FontStyle::italic ? FontStyle::regular : FontStyle::italic;
    inner.size = box.size * 1.08;
    inner.color = ctx.style.accent;
    inner.paragraph_space = box.size * 0.4;
    FrameItem bar = rect_item(box.left + 2, 0, 2.5, 0, ctx.style.accent);
    inner.decoration.push_back(bar);
    size_t first = flow_.items.size();
    blocks(node, inner);
    if (flow_.items.size() > first) flow_.items[first].space_before = box.paragraph_space * 1.4;
}

void Composer::rule(const Box& box) {
    FlowItem piece;
    piece.height = box.size;
    piece.space_before = box.paragraph_space;
    piece.items.push_back(line_item(box.left, box.size / 2, box.left + box.width, box.size / 2, 0.6, ctx.style.rule));
    push(std::move(piece));
}

}  // namespace publish::layout
