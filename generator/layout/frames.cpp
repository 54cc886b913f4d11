// Constructors for the common frame items.
#include "layout/frames.h"

namespace publish::layout {

FrameItem text_item(double x, double baseline, FontStyle font, double size, std::string text, Color color, int element) {
    FrameItem item;
    item.kind = ItemKind::text;
    item.x = x;
    item.y = baseline;
    item.font = font;
    item.size = size;
    item.text = std::move(text);
    item.fill = color;
    item.element = element;
    return item;
}

FrameItem rect_item(double x, double y, double w, double h, Color fill) {
    FrameItem item;
    item.kind = ItemKind::rect;
    item.x = x;
    item.y = y;
    item.w = w;
    item.h = h;
    item.fill = fill;
    return item;
}

FrameItem line_item(double x1, double y1, double x2, double y2, double width, Color color) {
    FrameItem item;
    item.kind = ItemKind::line;
    item.x = x1;
    item.y = y1;
    item.w = x2 - x1;
    item.h = y2 - y1;
    item.line_width = width;
    item.stroke = color;
    item.filled = false;
    return item;
}

}  // namespace publish::layout
