#include <catch2/catch.hpp>

#include "data/data_store.h"

using namespace publish;

namespace {

FileMap site_files() {
    return {
        {"data/site.json", "{\"name\": \"Example\", \"base_url\": \"https://example.org/\"}"},
        {"data/funding.json",
         "{\"currency\": \"GBP\", \"years\": [\n"
         "  {\"period\": \"2022-23\", \"contributions\": [{\"partner\": \"County Council\", \"amount\": 150000}]},\n"
         "  {\"period\": \"2023-24\", \"contributions\": [{\"partner\": \"County Council\", \"amount\": 162435}]}]}"},
        {"data/key-figures.json", "{\"figures\": [{\"id\": \"learners\", \"label\": \"Learners\", \"value\": 67677}]}"},
        {"data/private/secret.json", "{\"secret\": true}"},
        {"data/notes.txt", "not json"},
        {"content/index.md", "# Home"},
    };
}

}  // namespace

TEST_CASE("the store holds data/*.json by name and never data/private/") {
    Diagnostics d;
    DataStore store = load_data_store(site_files(), d);
    CHECK(d.all().empty());
    std::vector<std::string> names;
    for (const auto& [name, file] : store.files) names.push_back(name);
    CHECK(names == std::vector<std::string>{"funding", "key-figures", "site"});
    CHECK(store.file("funding")->path == "data/funding.json");
    CHECK(store.file("secret") == nullptr);
}

TEST_CASE("a file with a syntax error is kept as invalid so later steps do not report it missing") {
    Diagnostics d;
    DataStore store = load_data_store({{"data/funding.json", "{\"years\": [}"}}, d);
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.all()[0]) == "data/funding.json:1:12: error: invalid JSON: unexpected character '}', expected a value");
    REQUIRE(store.file("funding") != nullptr);
    CHECK_FALSE(store.file("funding")->valid);
    CHECK(store.find("funding.years") == nullptr);
}

TEST_CASE("find walks a dotted path, a segment picks an array element by id, period or index") {
    Diagnostics d;
    DataStore store = load_data_store(site_files(), d);
    REQUIRE(store.find("funding.years") != nullptr);
    CHECK(store.find("funding.years")->size() == 2);
    CHECK(*store.find("funding.currency") == "GBP");
    const auto* year = store.find("funding.2023-24");
    REQUIRE(year != nullptr);
    CHECK((*year)["period"] == "2023-24");
    CHECK(*store.find("funding.years.2022-23.contributions.0.amount") == 150000);
    CHECK(*store.find("funding.2023-24.contributions.0.amount") == 162435);
    CHECK(*store.find("key-figures.learners.value") == 67677);
    CHECK(*store.find("key-figures.figures.0.value") == 67677);
    CHECK(store.find("funding") != nullptr);
    CHECK(store.find("funding.2023-25") == nullptr);
    CHECK(store.find("funding.0") == nullptr);  // an index needs the array itself
    CHECK(store.find("funding.years.7") == nullptr);
    CHECK(store.find("nope.x") == nullptr);
    CHECK(store.find("funding.currency.more") == nullptr);
}
