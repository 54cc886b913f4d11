// data/reviews.json → reviews, checking types, statuses, dates, themes and unique ids.
#include <algorithm>
#include <map>

#include "data/json_fields.h"
#include "data/readers.h"

namespace publish {

namespace {

/// Reads a review's actions ("actions": [{action, owner, due, status}]).
std::vector<ReviewAction> read_actions(const DataFile& file, JsonFields& review, const std::string& pointer,
                                       Diagnostics& diagnostics) {
    std::vector<ReviewAction> out;
    size_t count = review.array_size("actions");
    for (size_t i = 0; i < count; ++i) {
        JsonFields item(file, pointer + "/actions/" + std::to_string(i), diagnostics, "an action");
        if (!item.ok()) continue;
        ReviewAction a;
        a.action = item.text("action", true);
        a.owner = item.text("owner");
        a.due = item.date("due");
        a.status = item.choice("status", action_statuses(), true, "action status");
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace

std::optional<std::vector<Review>> read_reviews(const DataFile& file, const SiteConfig& config,
                                                Diagnostics& diagnostics) {
    JsonFields root(file, "", diagnostics, file.path);
    if (!root.ok()) return std::nullopt;
    std::vector<std::string> theme_ids;
    for (const auto& theme : config.themes) theme_ids.push_back(theme.id);
    std::vector<Review> reviews;
    std::map<std::string, SourceLocation> seen;
    size_t count = root.array_size("reviews", true);
    for (size_t i = 0; i < count; ++i) {
        std::string pointer = "/reviews/" + std::to_string(i);
        JsonFields item(file, pointer, diagnostics, "a review");
        if (!item.ok()) continue;
        Review r;
        r.where = item.where();
        r.id = item.text("id", true);
        r.type = item.choice("type", review_types(), true, "review type");
        r.title = item.text("title", true);
        r.status = item.choice("status", review_statuses(), true, "review status");
        r.started = item.date("started");
        r.completed = item.date("completed");
        r.published = item.date("published");
        if (!r.started.empty() && !r.completed.empty() && r.completed < r.started) {
            diagnostics.error(item.where("completed"),
                              "completed " + r.completed + " is before started " + r.started);
        }
        r.themes = item.texts("themes");
        for (size_t t = 0; t < r.themes.size(); ++t) {
            if (std::find(theme_ids.begin(), theme_ids.end(), r.themes[t]) == theme_ids.end()) {
                diagnostics.error(file.at(pointer + "/themes/" + std::to_string(t)),
                                  "unknown theme \"" + r.themes[t] + "\" (not in data/site.json themes)",
                                  did_you_mean(r.themes[t], theme_ids));
            }
        }
        r.summary = item.text("summary");
        r.learning = item.texts("learning");
        r.actions = read_actions(file, item, pointer, diagnostics);
        if (!r.id.empty()) {
            auto [first, fresh] = seen.emplace(r.id, item.where("id"));
            if (!fresh) {
                diagnostics.error(item.where("id"), "duplicate review id \"" + r.id + "\"",
                                  "first used at line " + std::to_string(first->second.line));
            }
        }
        reviews.push_back(std::move(r));
    }
    return reviews;
}

}  // namespace publish
