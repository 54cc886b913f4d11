// Splitting a briefing body at its ## headings.
#include "html/briefing_panels.h"

namespace publish {

BriefingPanels split_panels(const Node& body) {
    BriefingPanels out;
    out.intro = make_node(NodeKind::document);
    for (const Node& block : body.children) {
        if (block.kind == NodeKind::heading && block.level == 2) {
            BriefingPanel panel;
            panel.heading = block;
            panel.body = make_node(NodeKind::document);
            out.panels.push_back(std::move(panel));
        } else if (out.panels.empty()) {
            out.intro.children.push_back(block);
        } else {
            out.panels.back().body.children.push_back(block);
        }
    }
    return out;
}

}  // namespace publish
