// The shortcode registry: one line per shortcode (name, placement, arguments, renderer).
#include "shortcodes/registry.h"

#include "shortcodes/handlers.h"

namespace publish {

const std::vector<ShortcodeSpec>& shortcode_specs() {
    static const std::vector<ShortcodeSpec> specs{
        {"funding-table", Placement::block, {"period"}, render_funding_table},
        {"training-table", Placement::block, {"measure"}, render_training_table},
        {"reviews", Placement::block, {"type", "period"}, render_reviews},
        {"value", Placement::inline_, {"", "path"}, render_value},
        {"chart", Placement::block, {"data", "kind", "measure", "title"}, render_chart},
        {"governance", Placement::block, {}, render_governance},
        {"key-figures", Placement::block, {"data", "ids"}, render_key_figures},
        {"checklist", Placement::block, {"id"}, render_checklist},
        {"page-break", Placement::block, {}, render_page_break},
    };
    return specs;
}

const ShortcodeSpec* find_shortcode(std::string_view name) {
    for (const auto& spec : shortcode_specs()) {
        if (spec.name == name) return &spec;
    }
    return nullptr;
}

std::vector<std::string> shortcode_names() {
    std::vector<std::string> names;
    for (const auto& spec : shortcode_specs()) names.push_back(spec.name);
    return names;
}

}  // namespace publish
