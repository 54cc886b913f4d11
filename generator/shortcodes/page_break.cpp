// {{< page-break >}}: an explicit page break in the PDF (and in the printed web page).
#include "shortcodes/handlers.h"

namespace publish {

std::vector<Node> render_page_break(const ShortcodeInput& input) {
    std::vector<Node> nodes(1);
    nodes[0].kind = NodeKind::page_break;
    return nodes;
}

}  // namespace publish
