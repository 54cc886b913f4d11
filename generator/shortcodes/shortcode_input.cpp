// Argument lookup, data-file checks and error reporting for shortcode renderers.
#include "shortcodes/shortcode_input.h"

namespace publish {

std::string ShortcodeInput::arg(std::string_view key) const {
    for (const auto& [name, value] : call.args) {
        if (name == key) return value;
    }
    return {};
}

bool ShortcodeInput::has(std::string_view key) const {
    for (const auto& [name, value] : call.args) {
        if (name == key) return true;
    }
    return false;
}

bool ShortcodeInput::need_file(const std::string& name) const {
    record("data:" + name);
    if (context.store.file(name) != nullptr) return true;
    error("data/" + name + ".json is needed by " + call.name);
    return false;
}

std::string ShortcodeInput::data_source(const std::string& name) const {
    const DataFile* file = context.store.file(name);
    return file != nullptr ? file->path : "data/" + name + ".json";
}

void ShortcodeInput::error(std::string message, std::string hint) const {
    diagnostics.error(call.where, std::move(message), std::move(hint));
}

}  // namespace publish
