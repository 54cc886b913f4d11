// The governance structure (site.json) as an automatically laid out tree diagram.
#pragma once

#include "charts/drawing.h"
#include "model/site.h"

namespace publish {

/// Lays out the governance tree top-down at `width` points: a box per body (name in bold, chair
/// below), children side by side under their parent, elbow connectors between them. Leaves share
/// the width equally (never narrower than 96 pt: a very wide tree makes a wider drawing, which
/// still scales); a parent is centred over its children and may be as wide as they are together.
Drawing layout_governance(const GovernanceBody& root, double width = 640);

/// "Assurance Executive (chair: Independent Chair), reporting to it: Strategic Management Group …":
/// the structure in one or two sentences.
std::string describe_governance(const GovernanceBody& root);

}  // namespace publish
