// A 7-minute briefing's body split at its ## headings into numbered panels.
#pragma once

#include <vector>

#include "model/document.h"

namespace publish {

/// One panel: its heading and the blocks up to the next ## heading.
struct BriefingPanel {
    Node heading;  ///< the level-2 heading
    Node body;     ///< NodeKind::document holding the panel's blocks
};

/// The body of a briefing as panels, plus any blocks before the first ## heading.
struct BriefingPanels {
    Node intro;    ///< NodeKind::document; empty if the body starts with a heading
    std::vector<BriefingPanel> panels;
};

/// Splits a body tree at its top-level level-2 headings, in order. Footnote definitions stay
/// with the panel that holds them.
BriefingPanels split_panels(const Node& body);

}  // namespace publish
