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

/// {{< chart data="funding.2023-24" kind="share" measure="attended" title="…" >}}: a drawn chart and its data table.
std::vector<Node> render_chart(const ShortcodeInput& input);

/// {{< governance >}}: the governance tree of site.json as a diagram, with a nested list as its text.
std::vector<Node> render_governance(const ShortcodeInput& input);

/// {{< key-figures data="key-figures" ids="a,b" >}}: headline numbers with their change since last period.
std::vector<Node> render_key_figures(const ShortcodeInput& input);

/// {{< checklist id="annual-report" >}}: each requirement and the sections that meet it, linked.
std::vector<Node> render_checklist(const ShortcodeInput& input);

/// {{< page-break >}}: the PDF continues on a new page (the web page breaks only when printed).
std::vector<Node> render_page_break(const ShortcodeInput& input);

}  // namespace publish
