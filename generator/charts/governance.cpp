// Tidy top-down tree layout: leaves in slots left to right, parents centred over their children.
#include "charts/governance.h"

#include <algorithm>
#include <map>

#include "charts/palette.h"
#include "charts/text_metrics.h"

namespace publish {

namespace {

using namespace charts;

constexpr double name_size = 12, chair_size = 11, pad = 8, hgap = 14, vgap = 30, max_box = 280, min_box = 96;

/// One body placed in the diagram.
struct Placed {
    const GovernanceBody* body = nullptr;
    int depth = 0;
    double left = 0, right = 0;  ///< the span of its leaves
    double centre = 0, box_width = 0;
    std::vector<std::string> name_lines, chair_lines;
    std::vector<size_t> children;
};

class TreeLayout {
public:
    explicit TreeLayout(double slot) : slot_(slot) {}

    size_t place(const GovernanceBody& body, int depth) {
        size_t index = nodes_.size();
        Placed placed;
        placed.body = &body;
        placed.depth = depth;
        nodes_.push_back(std::move(placed));
        std::vector<size_t> children;
        for (const auto& child : body.children) children.push_back(place(child, depth + 1));
        Placed& n = nodes_[index];
        n.children = children;
        if (children.empty()) {
            n.left = next_slot_;
            n.right = next_slot_ + slot_;
            next_slot_ += slot_ + hgap;
        } else {
            n.left = nodes_[children.front()].left;
            n.right = nodes_[children.back()].right;
        }
        n.centre = (n.left + n.right) / 2;
        n.box_width = std::clamp(n.right - n.left, slot_, std::max(slot_, max_box));
        n.name_lines = wrap_text(body.name, name_size, true, n.box_width - 2 * pad, 6);
        if (!body.chair.empty()) n.chair_lines = wrap_text("Chair: " + body.chair, chair_size, false, n.box_width - 2 * pad, 6);
        return index;
    }

    std::vector<Placed> nodes_;
    double width() const { return next_slot_ - hgap; }

private:
    double slot_;
    double next_slot_ = 0;
};

int leaves(const GovernanceBody& b) {
    if (b.children.empty()) return 1;
    int n = 0;
    for (const auto& c : b.children) n += leaves(c);
    return n;
}

double box_height(const Placed& n) {
    return 2 * pad + n.name_lines.size() * name_size * 1.25 + n.chair_lines.size() * chair_size * 1.3 +
           (n.chair_lines.empty() ? 0 : 2);
}

void list_children(const GovernanceBody& b, std::string& out) {
    if (b.children.empty()) return;
    out += " " + b.name + " oversees ";
    for (size_t i = 0; i < b.children.size(); ++i) {
        if (i > 0) out += i + 1 == b.children.size() ? " and " : ", ";
        out += b.children[i].name;
    }
    out += ".";
    for (const auto& c : b.children) list_children(c, out);
}

}  // namespace

Drawing layout_governance(const GovernanceBody& root, double width) {
    int count = leaves(root);
    double slot = std::max(min_box, (width - (count - 1) * hgap) / count);
    TreeLayout tree(slot);
    tree.place(root, 0);
    auto& nodes = tree.nodes_;
    double total = std::max(width, tree.width());
    double shift = (total - tree.width()) / 2;

    std::map<int, double> row_height;
    for (const auto& n : nodes) row_height[n.depth] = std::max(row_height[n.depth], box_height(n));
    std::map<int, double> row_top;
    double y = 1;
    for (const auto& [depth, h] : row_height) {
        row_top[depth] = y;
        y += h + vgap;
    }

    Drawing d;
    d.width = total;
    d.height = y - vgap + 1;
    d.kind = "governance";
    d.title = "How the partnership is governed";
    d.description = describe_governance(root);
    Colour brand = series_colour(0);
    for (const auto& n : nodes) {  // connectors first, boxes over them
        if (n.children.empty()) continue;
        double bottom = row_top[n.depth] + row_height[n.depth];
        double mid = bottom + vgap / 2;
        auto line = [&](double x1, double y1, double x2, double y2) {
            Line l;
            l.x1 = x1 + shift;
            l.y1 = y1;
            l.x2 = x2 + shift;
            l.y2 = y2;
            l.stroke = axis;
            l.width = 1.5;
            d.add(l);
        };
        line(n.centre, bottom, n.centre, mid);
        double first = nodes[n.children.front()].centre, last = nodes[n.children.back()].centre;
        if (last > first) line(first, mid, last, mid);
        for (size_t c : n.children) line(nodes[c].centre, mid, nodes[c].centre, row_top[nodes[c].depth]);
    }
    for (const auto& n : nodes) {
        bool top = n.depth == 0;
        Rect box;
        box.x = n.centre - n.box_width / 2 + shift;
        box.y = row_top[n.depth];
        box.width = n.box_width;
        box.height = row_height[n.depth];
        box.fill = top ? brand : surface;
        box.stroked = true;
        box.stroke = brand;
        box.stroke_width = 1.5;
        box.corner_radius = 4;
        d.add(box);
        Colour ink_colour = top ? white : ink;
        double ty = box.y + pad + name_size;
        double cx = n.centre + shift;
        for (const auto& line : n.name_lines) {
            d.add(TextRun{cx, ty, line, name_size, true, Anchor::middle, ink_colour});
            ty += name_size * 1.25;
        }
        ty += 2;
        for (const auto& line : n.chair_lines) {
            d.add(TextRun{cx, ty, line, chair_size, false, Anchor::middle, top ? white : muted});
            ty += chair_size * 1.3;
        }
    }
    return d;
}

std::string describe_governance(const GovernanceBody& root) {
    std::string out = root.name + " leads the partnership" + (root.chair.empty() ? "" : " (chair: " + root.chair + ")") + ".";
    list_children(root, out);
    return out;
}

}  // namespace publish
