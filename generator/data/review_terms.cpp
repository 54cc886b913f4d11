// The fixed vocabularies of data/reviews.json and their human names.
#include "data/readers.h"

namespace publish {

const std::vector<std::string>& review_types() {
    static const std::vector<std::string> list{"rapid-review", "lcspr",    "map-review",
                                               "joint-review", "national", "out-of-area"};
    return list;
}

const std::vector<std::string>& review_statuses() {
    static const std::vector<std::string> list{"in-progress", "completed", "published"};
    return list;
}

const std::vector<std::string>& action_statuses() {
    static const std::vector<std::string> list{"open", "in-progress", "done", "overdue"};
    return list;
}

std::string review_type_title(std::string_view type) {
    if (type == "rapid-review") return "Rapid review";
    if (type == "lcspr") return "Local child safeguarding practice review";
    if (type == "map-review") return "Multi-agency practice review";
    if (type == "joint-review") return "Joint review";
    if (type == "national") return "National review";
    if (type == "out-of-area") return "Out-of-area review";
    return std::string(type);
}

std::string status_title(std::string_view status) {
    std::string out(status);
    for (auto& c : out) {
        if (c == '-') c = ' ';
    }
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

}  // namespace publish
