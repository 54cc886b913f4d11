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
            // kainjow only copies items in; the list is ours, so move them in instead.
            auto& items = const_cast<kainjow::mustache::list&>(out.list_value());
            items.reserve(value.size());
            for (const auto& item : value) items.push_back(to_mustache_data(item));
            return out;
        }
        case nlohmann::json::value_t::string: {
            // An empty string is false, so `{{#summary}}…{{/summary}}` shows nothing without one.
            const auto& text = value.get_ref<const std::string&>();
            return text.empty() ? data{false} : data{text};
        }
        case nlohmann::json::value_t::boolean:
            return data{value.get<bool>()};
        case nlohmann::json::value_t::null:
        case nlohmann::json::value_t::discarded:
            return data{false};
        default:
            return data{value.dump()};
    }
}

const kainjow::mustache::data* LayeredContext::get(const std::string& name) const {
    if (name == ".") return layers_.empty() ? nullptr : layers_.back();
    size_t dot = name.find('.');
    for (auto layer = layers_.rbegin(); layer != layers_.rend(); ++layer) {
        if (dot == std::string::npos) {
            if (const data* found = (*layer)->get(name)) return found;
            continue;
        }
        const data* found = *layer;
        size_t start = 0;
        while (found) {
            size_t end = name.find('.', start);
            found = found->get(name.substr(start, end == std::string::npos ? std::string::npos : end - start));
            if (end == std::string::npos) break;
            start = end + 1;
        }
        if (found) return found;
    }
    return nullptr;
}

std::string render_template(const Theme& theme, const std::string& name, const nlohmann::json& context,
                            Diagnostics& diagnostics, const kainjow::mustache::data* shared) {
    const auto& pages = theme.impl().pages;
    auto it = pages.find(name);
    if (it == pages.end()) {
        diagnostics.error({}, "the theme has no template \"" + name + "\"");
        return {};
    }
    kainjow::mustache::mustache* parsed = it->second.parsed.get();
    if (!parsed) return {};  // already reported when the theme was loaded
    kainjow::mustache::data page = to_mustache_data(context);
    LayeredContext layers;
    if (shared) layers.push(shared);
    layers.push(&page);
    std::string html = parsed->render(layers);
    if (!parsed->is_valid()) diagnostics.error({it->second.path, 0, 0}, "template error: " + parsed->error_message());
    return html;
}

}  // namespace publish
