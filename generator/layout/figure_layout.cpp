// Figures: a chart's Drawing (charts/drawing.h) scaled into the column as frame items, with its caption.
#include <algorithm>

#include "charts/drawing.h"
#include "layout/compose.h"

namespace publish::layout {
namespace {

Color color(const Colour& c) { return {c.r / 255.0f, c.g / 255.0f, c.b / 255.0f}; }

/// Converts one drawing item to frame items at `scale`, offset by (x0, y0).
class Painter {
public:
    Painter(double x0, double y0, double scale, WidthCache& widths, int element, std::vector<FrameItem>& out)
        : x0_(x0), y0_(y0), k_(scale), widths_(widths), element_(element), out_(out) {}

    void operator()(const Rect& r) {
        FrameItem item = rect_item(x(r.x), y(r.y), r.width * k_, r.height * k_, color(r.fill));
        if (r.stroked) item.stroke = color(r.stroke), item.line_width = r.stroke_width * k_;
        out_.push_back(item);
    }
    void operator()(const publish::Line& l) {
        FrameItem item = line_item(x(l.x1), y(l.y1), x(l.x2), y(l.y2), l.width * k_, color(l.stroke));
        item.dashed = l.dashed;
        out_.push_back(item);
    }
    void operator()(const Polyline& p) {
        if (p.points.empty()) return;
        FrameItem item;
        item.kind = ItemKind::polyline;
        item.x = x(0);
        item.y = y(0);
        for (const auto& pt : p.points) item.points.push_back({pt.x * k_, pt.y * k_});
        item.stroke = color(p.stroke);
        item.line_width = p.width * k_;
        out_.push_back(item);
    }
    void operator()(const Circle& c) {
        FrameItem item;
        item.kind = ItemKind::circle;
        item.x = x(c.cx);
        item.y = y(c.cy);
        item.w = c.r * k_;
        item.filled = c.filled;
        item.fill = color(c.fill);
        if (c.stroked) item.stroke = color(c.stroke), item.line_width = c.stroke_width * k_;
        out_.push_back(item);
    }
    void operator()(const Arc& a) {
        FrameItem item;
        item.kind = ItemKind::arc;
        item.x = x(a.cx);
        item.y = y(a.cy);
        item.w = a.r * k_;
        item.start = a.start;
        item.end = a.end;
        item.fill = color(a.fill);
        out_.push_back(item);
    }
    void operator()(const TextRun& t) {
        FontStyle font = t.bold ? FontStyle::bold : FontStyle::regular;
        double size = t.size * k_;
        double w = widths_.width(font, t.text, size);
        double left = x(t.x) - (t.anchor == Anchor::middle ? w / 2 : t.anchor == Anchor::end ? w : 0);
        out_.push_back(text_item(left, y(t.y), font, size, t.text, color(t.fill), element_));
    }

private:
    double x(double v) const { return x0_ + v * k_; }
    double y(double v) const { return y0_ + v * k_; }
    double x0_, y0_, k_;
    WidthCache& widths_;
    int element_;
    std::vector<FrameItem>& out_;
};

}  // namespace

void Composer::figure(const Node& node, const Box& box) {
    int el = element(Role::figure, box.parent, &node);
    const Drawing* drawing = node.figure();
    ctx.elements[el].alt = !node.text.empty() ? node.text : drawing ? drawing->description : std::string();
    std::string title = drawing && !drawing->title.empty() ? drawing->title : node.caption();
    // Caption above the figure, kept with it.
    if (!title.empty()) {
        int cap = element(Role::caption, el, &node);
        double size = ctx.style.table_size * box.size / ctx.style.body_size * 1.05;
        std::vector<Run> r{{title, FontStyle::bold, size, box.color, {}, cap}};
        ParagraphFormat format{box.width, size * 1.35, size, 'l', false};
        push_lines(set_paragraph(r, format, ctx.text), box, box.paragraph_space * 1.2, true);
        keep_next_ = true;
    }
    if (!drawing || drawing->width <= 0 || drawing->height <= 0) {
        // No drawing: the text alternative in a tinted frame.
        Box inner = box;
        double pad = box.size * 0.8;
        inner.left += pad;
        inner.width -= 2 * pad;
        inner.parent = el;
        std::vector<Run> r{{ctx.elements[el].alt, FontStyle::italic, box.size * 0.95, box.color, {}, el}};
        check_glyphs(r[0].text, FontStyle::italic, node);
        ParagraphFormat format{inner.width, r[0].size * ctx.style.leading, r[0].size, 'l', true};
        auto lines = set_paragraph(r, format, ctx.text);
        if (lines.empty()) return;
        lines.front().height += pad / 2;
        for (auto& item : lines.front().items) item.y += pad / 2;
        lines.back().height += pad / 2;
        inner.decoration.push_back(rect_item(box.left, 0, box.width, 0, ctx.style.tint));
        push_lines(std::move(lines), inner, title.empty() ? box.paragraph_space : 0, true);
        return;
    }
    double max_h = (ctx.style.page_height - ctx.style.margin_top - ctx.style.margin_bottom) * 0.6;
    double scale = std::min({1.0, box.width / drawing->width, max_h / drawing->height});
    FlowItem piece;
    piece.space_before = title.empty() ? box.paragraph_space * 1.2 : box.size * 0.3;
    piece.height = drawing->height * scale + box.size * 0.6;
    Painter painter(box.left, 0, scale, ctx.text.widths, el, piece.items);
    for (const auto& item : drawing->items) {
        if (const auto* t = std::get_if<TextRun>(&item)) check_glyphs(t->text, t->bold ? FontStyle::bold : FontStyle::regular, node);
        std::visit(painter, item);
    }
    push(std::move(piece));
}

}  // namespace publish::layout
