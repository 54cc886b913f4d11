// The shortcodes the generator knows: name, where it may stand, its arguments and its renderer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "shortcodes/shortcode_input.h"

namespace publish {

/// Where a shortcode may be written.
enum class Placement {
    block,   ///< on a line of its own; renders blocks (tables, figures, paragraphs)
    inline_  ///< inside text; renders inlines (usually one text node)
};

/// Renders one call into nodes (blocks or inlines by placement); reports its own errors.
using ShortcodeRenderer = std::vector<Node> (*)(const ShortcodeInput& input);

/// One registered shortcode.
struct ShortcodeSpec {
    std::string name;                        ///< "funding-table"
    Placement placement = Placement::block;  ///< block or inline
    std::vector<std::string> arguments;  ///< allowed argument names; "" allows one positional argument
    ShortcodeRenderer render = nullptr;      ///< called only after the arguments were checked
};

/// Every registered shortcode, in registration order.
const std::vector<ShortcodeSpec>& shortcode_specs();

/// The shortcode called `name`, or nullptr.
const ShortcodeSpec* find_shortcode(std::string_view name);

/// Names of every registered shortcode (for did-you-mean hints).
std::vector<std::string> shortcode_names();

}  // namespace publish
