// One renderer per shortcode, each in its own file; registry.cpp lists them.
#pragma once

#include <vector>

#include "shortcodes/shortcode_input.h"

namespace publish {

/// {{< funding-table period="2023-24" >}}: partners, amounts, shares and the computed total.
std::vector<Node> render_funding_table(const ShortcodeInput& input);

/// {{< training-table measure="attended|sessions|both" >}}: courses × periods.
std::vector<Node> render_training_table(const ShortcodeInput& input);

/// {{< reviews type="rapid-review" period="2023-24" >}}: matching reviews with status and dates.
std::vector<Node> render_reviews(const ShortcodeInput& input);

/// {{< value "funding.2023-24.total" >}}: one formatted figure, inline.
std::vector<Node> render_value(const ShortcodeInput& input);

}  // namespace publish
