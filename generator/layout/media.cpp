// Code blocks and images as flow pieces.
#include <algorithm>

#include "layout/compose.h"

namespace publish::layout {
namespace {

/// Splits one line of code into pieces no wider than `width` (on character boundaries).
std::vector<std::string> wrap_code(const std::string& line, double width, WidthCache& widths, double size) {
    std::vector<std::string> out;
    std::string current;
    double w = 0;
    for (size_t i = 0; i < line.size();) {
        size_t start = i;
        next_code_point(line, i);
        std::string ch = line.substr(start, i - start);
        if (ch == "\t") ch = "    ";
        double cw = widths.width(FontStyle::mono, ch, size);
        if (w + cw > width && !current.empty()) {
            out.push_back(current);
            current.clear();
            w = 0;
        }
        current += ch;
        w += cw;
    }
    out.push_back(current);
    return out;
}

uint32_t be32(const std::string& b, size_t i) {
    return (static_cast<uint32_t>(static_cast<unsigned char>(b[i])) << 24) | (static_cast<unsigned char>(b[i + 1]) << 16) |
           (static_cast<unsigned char>(b[i + 2]) << 8) | static_cast<unsigned char>(b[i + 3]);
}

}  // namespace

bool image_size(const std::string& b, int& width, int& height) {
    if (b.size() > 24 && b.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) {
        width = static_cast<int>(be32(b, 16));
        height = static_cast<int>(be32(b, 20));
        return width > 0 && height > 0;
    }
    if (b.size() > 4 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xD8) {
        size_t i = 2;
        while (i + 9 < b.size()) {
            if (static_cast<unsigned char>(b[i]) != 0xFF) return false;
            unsigned char marker = static_cast<unsigned char>(b[i + 1]);
            size_t len = (static_cast<unsigned char>(b[i + 2]) << 8) | static_cast<unsigned char>(b[i + 3]);
            if ((marker >= 0xC0 && marker <= 0xC3) || (marker >= 0xC5 && marker <= 0xC7) || (marker >= 0xC9 && marker <= 0xCB)) {
                height = (static_cast<unsigned char>(b[i + 5]) << 8) | static_cast<unsigned char>(b[i + 6]);
                width = (static_cast<unsigned char>(b[i + 7]) << 8) | static_cast<unsigned char>(b[i + 8]);
                return width > 0 && height > 0;
            }
            i += 2 + len;
        }
    }
    return false;
}

void Composer::code_block(const Node& node, const Box& box) {
    int el = element(Role::code, box.parent, &node);
    double size = ctx.style.code_size * box.size / ctx.style.body_size;
    double pad = size * 0.7;
    double lh = size * 1.35;
    std::vector<std::string> lines;
    size_t start = 0;
    std::string text = node.text;
    while (!text.empty() && text.back() == '\n') text.pop_back();
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        check_glyphs(text.substr(start, end - start), FontStyle::mono, node);
        for (auto& piece : wrap_code(text.substr(start, end - start), box.width - 2 * pad, ctx.text.widths, size))
            lines.push_back(std::move(piece));
        start = end + 1;
    }
    for (size_t i = 0; i < lines.size(); ++i) {
        FlowItem piece;
        double top = i == 0 ? pad : 0;
        piece.height = lh + top + (i + 1 == lines.size() ? pad : 0);
        piece.space_before = i == 0 ? box.paragraph_space : 0;
        piece.break_before = i == 0 || (i != 1 && i + 1 != lines.size());
        piece.items.push_back(rect_item(box.left, 0, box.width, piece.height, ctx.style.tint));
        if (!lines[i].empty())
            piece.items.push_back(text_item(box.left + pad, top + (lh - 1.362 * size) / 2 + 1.069 * size, FontStyle::mono, size,
                                            lines[i], box.color, el));
        push(std::move(piece));
    }
}

void Composer::image(const Node& node, const Box& box) {
    const std::string& path = node.source().empty() ? node.url() : node.source();
    const std::string* bytes = nullptr;
    if (ctx.site && ctx.site->files)
        if (auto found = ctx.site->files->find(path); found != ctx.site->files->end()) bytes = &found->second;
    int pw = 0, ph = 0;
    if (!bytes || !image_size(*bytes, pw, ph)) {
        ctx.diagnostics.warning(where(node), "image \"" + node.url() + "\" is not a PNG or JPEG file of the site; the PDF shows its text alternative");
        Node alt = make_node(NodeKind::paragraph);
        alt.line = node.line;
        alt.column = node.column;
        Node em = make_node(NodeKind::emphasis);
        em.children.push_back(make_node(NodeKind::text, node.text));
        alt.children.push_back(em);
        return paragraph(alt, box);
    }
    int el = element(Role::figure, box.parent, &node);
    ctx.elements[el].alt = node.text;
    double w = std::min(box.width, pw * 0.75);
    double h = w * ph / pw;
    double max_h = (ctx.style.page_height - ctx.style.margin_top - ctx.style.margin_bottom) * 0.55;
    if (h > max_h) h = max_h, w = h * pw / ph;
    FlowItem piece;
    piece.space_before = box.paragraph_space;
    piece.height = h;
    FrameItem img;
    img.kind = ItemKind::image;
    img.x = box.left;
    img.w = w;
    img.h = h;
    img.target = path;
    img.element = el;
    piece.items.push_back(img);
    push(std::move(piece));
}

}  // namespace publish::layout
