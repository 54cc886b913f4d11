// Reviews as template data.
#include "html/review_facts.h"

#include <algorithm>

#include "html/text_format.h"

namespace publish {

const Review* find_review(const Site& site, const std::string& id) {
    if (!site.data.reviews || id.empty()) return nullptr;
    for (const auto& review : *site.data.reviews)
        if (review.id == id) return &review;
    return nullptr;
}

nlohmann::json review_facts(const PageInputs& in, const Review& review) {
    nlohmann::json learning = nlohmann::json::array();
    for (const auto& point : review.learning) learning.push_back(point);
    nlohmann::json actions = nlohmann::json::array();
    for (const auto& action : review.actions)
        actions.push_back({{"action", action.action},
                           {"owner", action.owner},
                           {"due", date_json(action.due)},
                           {"status", action.status},
                           {"status_label", status_label(action.status)}});
    nlohmann::json bulletins = nlohmann::json::array();
    auto found = in.index.bulletins_by_review.find(review.id);
    if (found != in.index.bulletins_by_review.end()) bulletins = document_items(in, found->second);
    return {{"id", review.id},
            {"title", review.title},
            {"type", review.type},
            {"type_label", review_type_label(review.type)},
            {"status", review.status},
            {"status_label", status_label(review.status)},
            {"started", date_json(review.started)},
            {"completed", date_json(review.completed)},
            {"published", date_json(review.published)},
            {"themes", term_links(in, review.themes, "themes")},
            {"has_themes", !review.themes.empty()},
            {"summary", review.summary},
            {"learning", std::move(learning)},
            {"has_learning", !review.learning.empty()},
            {"actions", std::move(actions)},
            {"has_actions", !review.actions.empty()},
            {"bulletins", std::move(bulletins)},
            {"has_bulletins", found != in.index.bulletins_by_review.end()}};
}

nlohmann::json review_groups(const PageInputs& in, const std::vector<const Review*>& reviews) {
    std::vector<std::string> order = {"rapid-review", "lcspr", "map-review", "joint-review", "national", "out-of-area"};
    for (const Review* review : reviews)
        if (std::find(order.begin(), order.end(), review->type) == order.end()) order.push_back(review->type);
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& type : order) {
        nlohmann::json list = nlohmann::json::array();
        for (const Review* review : reviews)
            if (review->type == type) list.push_back(review_facts(in, *review));
        if (list.empty()) continue;
        groups.push_back({{"type", type},
                          {"heading", review_type_plural(type)},
                          {"id", "reviews-" + type},
                          {"reviews", std::move(list)}});
    }
    return groups;
}

}  // namespace publish
