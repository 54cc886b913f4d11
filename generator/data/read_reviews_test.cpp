#include <catch2/catch.hpp>

#include "data/readers.h"

using namespace publish;

namespace {

SiteConfig config_with_themes() {
    SiteConfig config;
    config.themes = {{"neglect", "Neglect", ""}, {"safety-plans", "Safety plans", ""}};
    return config;
}

std::vector<std::string> read(const std::string& text, std::optional<std::vector<Review>>* out = nullptr) {
    Diagnostics parse_errors;
    DataFile f;
    REQUIRE(parse_data_file("data/reviews.json", text, f, parse_errors));
    Diagnostics d;
    auto reviews = read_reviews(f, config_with_themes(), d);
    if (out) *out = reviews;
    std::vector<std::string> lines;
    for (const auto& diagnostic : d.all()) lines.push_back(format_diagnostic(diagnostic));
    return lines;
}

}  // namespace

TEST_CASE("a well-formed review is read with its actions") {
    std::optional<std::vector<Review>> reviews;
    auto errors = read(
        "{\"reviews\": [{\"id\": \"RR-2023-02\", \"type\": \"rapid-review\", \"title\": \"Safety plans\",\n"
        "  \"status\": \"completed\", \"started\": \"2023-11-02\", \"completed\": \"2023-12-14\",\n"
        "  \"themes\": [\"safety-plans\"], \"summary\": \"S\", \"learning\": [\"L1\", \"L2\"],\n"
        "  \"actions\": [{\"action\": \"A\", \"owner\": \"Children's Services\", \"due\": \"2024-06-30\", "
        "\"status\": \"done\"}]}]}",
        &reviews);
    CHECK(errors.empty());
    REQUIRE(reviews);
    const Review& r = (*reviews)[0];
    CHECK(r.type == "rapid-review");
    CHECK(r.completed == "2023-12-14");
    CHECK(r.learning.size() == 2);
    CHECK(r.actions[0].status == "done");
    CHECK(r.where.line == 1);
    CHECK(r.where.column == 14);
}

TEST_CASE("review types and statuses come from the allowed lists, with a hint") {
    auto errors = read(
        "{\"reviews\": [{\"id\": \"A\", \"type\": \"rapid-reveiw\", \"title\": \"T\", \"status\": \"complete\",\n"
        "  \"actions\": [{\"action\": \"x\", \"status\": \"closed\"}]},\n"
        "  {\"id\": \"B\", \"type\": \"serious-case\", \"title\": \"T\", \"status\": \"published\"}]}");
    CHECK(errors == std::vector<std::string>{
                        "data/reviews.json:1:34: error: unknown review type \"rapid-reveiw\"\n"
                        "  hint: did you mean \"rapid-review\"?",
                        "data/reviews.json:1:74: error: unknown review status \"complete\"\n"
                        "  hint: did you mean \"completed\"?",
                        "data/reviews.json:2:41: error: unknown action status \"closed\"\n"
                        "  hint: allowed: open, in-progress, done, overdue",
                        "data/reviews.json:3:23: error: unknown review type \"serious-case\"\n"
                        "  hint: allowed: rapid-review, lcspr, map-review, joint-review, national, out-of-area",
                    });
}

TEST_CASE("review dates must be real dates and completion cannot precede the start") {
    auto errors = read(
        "{\"reviews\": [{\"id\": \"A\", \"type\": \"lcspr\", \"title\": \"T\", \"status\": \"in-progress\",\n"
        "  \"started\": \"2023-02-30\", \"published\": 20240301},\n"
        "  {\"id\": \"B\", \"type\": \"lcspr\", \"title\": \"T\", \"status\": \"completed\",\n"
        "  \"started\": \"2023-05-01\", \"completed\": \"2023-04-01\"}]}");
    CHECK(errors == std::vector<std::string>{
                        "data/reviews.json:2:14: error: field \"started\" is not a valid date: \"2023-02-30\" "
                        "(expected YYYY-MM-DD)",
                        "data/reviews.json:2:41: error: field \"published\" must be a date YYYY-MM-DD, not a number",
                        "data/reviews.json:4:41: error: completed 2023-04-01 is before started 2023-05-01",
                    });
}

TEST_CASE("review themes must be themes of the site, and review ids unique") {
    auto errors = read(
        "{\"reviews\": [{\"id\": \"A\", \"type\": \"lcspr\", \"title\": \"T\", \"status\": \"completed\",\n"
        "  \"themes\": [\"neglekt\", \"neglect\", 3]},\n"
        "  {\"id\": \"A\", \"type\": \"lcspr\", \"title\": \"T\", \"status\": \"completed\"},\n"
        "  {\"type\": \"lcspr\", \"status\": \"completed\"}]}");
    CHECK(errors == std::vector<std::string>{
                        "data/reviews.json:2:36: error: items of \"themes\" must be strings, not a number",
                        "data/reviews.json:2:14: error: unknown theme \"neglekt\" (not in data/site.json themes)\n"
                        "  hint: did you mean \"neglect\"?",
                        "data/reviews.json:3:10: error: duplicate review id \"A\"\n  hint: first used at line 1",
                        "data/reviews.json:4:3: error: missing required field \"id\" (a string)",
                        "data/reviews.json:4:3: error: missing required field \"title\" (a string)",
                    });
}

TEST_CASE("review vocabularies have human names") {
    CHECK(review_type_title("lcspr") == "Local child safeguarding practice review");
    CHECK(review_type_title("out-of-area") == "Out-of-area review");
    CHECK(status_title("in-progress") == "In progress");
}

TEST_CASE("read_site_data fills only the data sets whose files are present and valid") {
    Diagnostics d;
    DataStore store = load_data_store({{"data/funding.json", "{\"years\": []}"},
                                       {"data/reviews.json", "{\"reviews\": [}"}},
                                      d);
    SiteData data = read_site_data(store, SiteConfig{}, d);
    CHECK(data.funding.has_value());
    CHECK_FALSE(data.reviews.has_value());
    CHECK_FALSE(data.training.has_value());
    CHECK(d.error_count() == 1);
}
