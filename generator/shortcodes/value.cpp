// {{< value "funding.2023-24.total" >}}: one formatted figure as inline text.
#include <algorithm>

#include "shortcodes/handlers.h"
#include "model/node_builders.h"
#include "shortcodes/value_paths.h"

namespace publish {

std::vector<Node> render_value(const ShortcodeInput& input) {
    if (input.has("") == input.has("path")) {
        input.error(input.has("") ? "value takes one data path, not both a path and path=\"…\""
                                  : "value needs a data path, like {{< value \"funding.2023-24.total\" >}}");
        return {};
    }
    std::string path = input.has("path") ? input.arg("path") : input.arg("");
    std::string file = path.substr(0, path.find('.'));
    input.record("data:" + file);
    static const std::vector<std::string> data_sets{"funding", "training", "reviews", "key-figures"};
    bool data_set = std::find(data_sets.begin(), data_sets.end(), file) != data_sets.end();
    if (data_set && !input.need_file(file)) return {};
    const DataFile* data_file = input.context.store.file(file);
    if (data_file != nullptr && !data_file->valid) return {};  // its syntax error is already reported

    std::string error;
    auto text = resolve_value(path, input.context.site, input.context.store, error);
    if (text) return node_list(make_node(NodeKind::text, *text));
    if (!error.empty()) {
        input.error(error);
    } else {
        input.error("unknown data path \"" + path + "\"",
                    did_you_mean(path, known_value_paths(input.context.site, input.context.store)));
    }
    return {};
}

}  // namespace publish
