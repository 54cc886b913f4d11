// Rendering a parsed template with a JSON context (JSON → kainjow data, then render).
#include "html/theme_templates.h"

namespace publish {

kainjow::mustache::data to_mustache_data(const nlohmann::json& value) {
    using kainjow::mustache::data;
    switch (value.type()) {
        case nlohmann::json::value_t::object: {
            data out{data::type::object};
            for (const auto& [key, item] : value.items()) out[key] = to_mustache_data(item);
            return out;
        }
        case nlohmann::json::value_t::array: {
            data out{data::type::list};
            for (const auto& item : value) out.push_back(to_mustache_data(item));
            return out;
        }
        case nlohmann::json::value_t::string:
            return data{value.get_ref<const std::string&>()};
        case nlohmann::json::value_t::boolean:
            return data{value.get<bool>()};
        case nlohmann::json::value_t::null:
        case nlohmann::json::value_t::discarded:
            return data{false};
        default:
            return data{value.dump()};
    }
}

std::string render_template(const Theme& theme, const std::string& name, const nlohmann::json& context,
                            Diagnostics& diagnostics) {
    const auto& pages = theme.impl().pages;
    auto it = pages.find(name);
    if (it == pages.end()) {
        diagnostics.error({}, "the theme has no template \"" + name + "\"");
        return {};
    }
    if (!it->second.parsed) return {};  // already reported when the theme was loaded
    std::string html = it->second.parsed->render(to_mustache_data(context));
    if (!it->second.parsed->is_valid())
        diagnostics.error({it->second.path, 0, 0}, "template error: " + it->second.parsed->error_message());
    return html;
}

}  // namespace publish
