// {{< governance >}}: the governance tree from site.json as a diagram, with a nested list as its text.
#include <memory>

#include "charts/governance.h"
#include "shortcodes/handlers.h"
#include "model/node_builders.h"

namespace publish {

namespace {

/// One body as a list item: "Name (chair: …)" then its children as a nested list.
Node body_item(const GovernanceBody& body) {
    Node item = make_node(NodeKind::list_item);
    std::string words = body.name + (body.chair.empty() ? "" : " (chair: " + body.chair + ")");
    item.children.push_back(text_paragraph(std::move(words)));
    if (!body.children.empty()) {
        Node list = make_node(NodeKind::list);
        for (const auto& child : body.children) list.children.push_back(body_item(child));
        item.children.push_back(std::move(list));
    }
    return item;
}

}  // namespace

std::vector<Node> render_governance(const ShortcodeInput& input) {
    const auto& governance = input.context.site.config.governance;
    if (!governance) {
        input.error("data/site.json has no \"governance\" for the governance shortcode",
                    "add \"governance\": { \"name\": …, \"chair\": …, \"children\": [ … ] }");
        return {};
    }
    auto drawing = std::make_shared<Drawing>(layout_governance(*governance));
    Node figure = make_node(NodeKind::figure, drawing->description);
    figure.attributes().caption = drawing->title;
    figure.attributes().css_class = "chart chart-governance";
    figure.attributes().figure = std::move(drawing);
    Node list = make_node(NodeKind::list);
    list.children.push_back(body_item(*governance));
    figure.children.push_back(std::move(list));
    std::vector<Node> out;
    out.push_back(std::move(figure));
    return out;
}

}  // namespace publish
