#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "data/builtin_schemas.h"
#include "data/readers.h"
#include "data/schema_check.h"

using namespace publish;
namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& diagnostic : d.all()) out.push_back(format_diagnostic(diagnostic));
    return out;
}

/// The schema's messages for `text` as data/<name>.json.
std::vector<std::string> check(const std::string& name, const std::string& text) {
    Diagnostics d;
    DataFile file;
    REQUIRE(parse_data_file("data/" + name + ".json", text, file, d));
    bool ok = check_against_schema(file, name, d);
    CHECK(ok == d.all().empty());
    CHECK(file.schema_errors.size() == d.all().size());
    d.sort();
    return messages(d);
}

}  // namespace

TEST_CASE("the embedded schemas are the files of schemas/, byte for byte") {
    fs::path folder = fs::path(PUBLISH_SOURCE_DIR) / "schemas";
    size_t on_disk = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
        ++on_disk;
        std::string key = "schemas/" + entry.path().filename().string();
        INFO(key);
        REQUIRE(builtin_schema_files().count(key) == 1);
        CHECK(builtin_schema_files().at(key) == read_text(entry.path()));
    }
    CHECK(on_disk == builtin_schema_files().size());
    CHECK(schema_checked_data_sets() ==
          std::vector<std::string>{"checklists", "funding", "key-figures", "reviews", "site", "training"});
    REQUIRE(builtin_schema("csv") != nullptr);
    CHECK(builtin_schema("notes") == nullptr);
}

TEST_CASE("every data file of the example site and the test site validates against its schema") {
    for (const char* folder : {"data", "tests/sites/small/data"}) {
        size_t checked = 0;
        for (const auto& entry : fs::directory_iterator(fs::path(PUBLISH_SOURCE_DIR) / folder)) {
            std::string name = entry.path().stem().string();
            if (entry.path().extension() != ".json" || builtin_schema(name) == nullptr) continue;
            INFO(entry.path());
            std::string text = read_text(entry.path());
            CHECK(check(name, text).empty());
            CHECK(text.find("\"$schema\": \"") != std::string::npos);
            ++checked;
        }
        CHECK(checked >= 3);
    }
}

TEST_CASE("a value of the wrong type is reported at the value, in the schema's words, with the expected type") {
    CHECK(check("funding", "{\"years\": [{\"period\": \"2023-24\",\n"
                           "  \"contributions\": [{\"partner\": \"Council\", \"amount\": \"162,435\"}]}]}") ==
          std::vector<std::string>{
              "data/funding.json:2:54: error: Value type not permitted by 'type' constraint\n"
              "  hint: \"amount\" must be a number or null, not a string — The contribution in whole pounds "
              "(null when not known)."});
}

TEST_CASE("a missing required property is reported at the object that lacks it") {
    CHECK(check("reviews", "{\"reviews\": [\n  {\"id\": \"RR-1\", \"type\": \"lcspr\", \"status\": \"completed\"}]}") ==
          std::vector<std::string>{"data/reviews.json:2:3: error: Missing required property 'title'\n"
                                   "  hint: add \"title\": The review's title."});
}

TEST_CASE("a value outside an enum suggests the nearest allowed value") {
    CHECK(check("reviews", "{\"reviews\": [{\"id\": \"RR-1\", \"type\": \"rapid-reveiw\", \"title\": \"T\",\n"
                           "  \"status\": \"done\"}]}") ==
          std::vector<std::string>{
              "data/reviews.json:1:37: error: Failed to match against any enum values\n"
              "  hint: did you mean \"rapid-review\"?; allowed: rapid-review, lcspr, map-review, joint-review, "
              "national, out-of-area",
              "data/reviews.json:2:13: error: Failed to match against any enum values\n"
              "  hint: allowed: in-progress, completed, published"});
}

TEST_CASE("an unknown property is reported at its value with the nearest known name") {
    CHECK(check("funding", "{\"years\": [{\"period\": \"2023-24\", \"contributions\": [],\n"
                           "  \"statedtotal\": 5}]}") ==
          std::vector<std::string>{
              "data/funding.json:2:18: error: Object contains a property that could not be validated using "
              "'properties' or 'additionalProperties' constraints: 'statedtotal'\n"
              "  hint: did you mean \"stated_total\"?"});
}

TEST_CASE("a pattern violation uses the schema's own message") {
    CHECK(check("reviews", "{\"reviews\": [{\"id\": \"R\", \"type\": \"lcspr\", \"title\": \"T\", \"status\": "
                           "\"completed\", \"started\": \"2/3/2024\"}]}") ==
          std::vector<std::string>{
              "data/reviews.json:1:91: error: a date is written YYYY-MM-DD, like \"2024-03-31\"\n"
              "  hint: \"started\" is \"2/3/2024\" — When the review started, YYYY-MM-DD."});
}

TEST_CASE("figures by period and nested governance bodies are checked through $ref and additionalProperties") {
    CHECK(check("training", "{\"periods\": [{\"id\": \"2023-24\"}], \"courses\": [{\"title\": \"T\",\n"
                            "  \"sessions\": {\"2023-24\": \"twelve\"}}]}") ==
          std::vector<std::string>{"data/training.json:2:27: error: Value type not permitted by 'type' constraint\n"
                                   "  hint: \"2023-24\" must be a number or null, not a string — A figure for the "
                                   "period (null: not available)."});
    CHECK(check("site", "{\"name\": \"N\", \"base_url\": \"https://e.org/\", \"governance\": {\"name\": \"A\",\n"
                        "  \"children\": [{\"name\": \"B\", \"children\": [{\"chair\": \"C\"}]}]}}") ==
          std::vector<std::string>{"data/site.json:2:43: error: Missing required property 'name'\n"
                                   "  hint: add \"name\": The board's, group's or subgroup's name."});
}

TEST_CASE("a wrong top-level type is one error at the start of the file") {
    CHECK(check("checklists", "[1, 2]") ==
          std::vector<std::string>{"data/checklists.json:1:1: error: Value type not permitted by 'type' constraint\n"
                                   "  hint: the file must be an object, not a list — What a document must cover; "
                                   "report sections name the item ids they cover in `covers:`."});
}

TEST_CASE("the readers do not repeat what the schema said, their own checks still report") {
    FileMap files{{"data/funding.json",
                   "{\"years\": [{\"period\": \"2023-24\",\n"
                   "  \"contributions\": [{\"partner\": \"A\", \"amount\": \"5\"}, {\"partner\": \"B\", \"amount\": 7}],\n"
                   "  \"stated_total\": 9}]}"}};
    Diagnostics d;
    DataStore store = load_data_store(files, d);
    read_site_data(store, SiteConfig{}, d);
    CHECK(messages(d) == std::vector<std::string>{
                             "data/funding.json:2:48: error: Value type not permitted by 'type' constraint\n"
                             "  hint: \"amount\" must be a number or null, not a string — The contribution in whole "
                             "pounds (null when not known).",
                             "data/funding.json:3:19: error: stated total £9 does not match the sum of contributions £7"});
}

TEST_CASE("data files without a built-in schema are not schema-checked, and $schema is accepted") {
    FileMap files{{"data/notes.json", "{\"anything\": [1, \"two\"]}"},
                  {"data/key-figures.json",
                   "{\"$schema\": \"../schemas/key-figures.schema.json\", \"figures\": [{\"label\": \"L\", \"value\": 1}]}"}};
    Diagnostics d;
    DataStore store = load_data_store(files, d);
    SiteData data = read_site_data(store, SiteConfig{}, d);
    CHECK(d.all().empty());
    REQUIRE(data.key_figures);
    CHECK(data.key_figures->size() == 1);
}

TEST_CASE("odd keys and values do not upset the messages") {
    CHECK(check("training", "{\"periods\": [], \"courses\": [{\"title\": \"T\", \"attended\": "
                            "{\"99999999999999999999\": \"x\", \"a/b~c\": true}}]}") ==
          std::vector<std::string>{
              "data/training.json:1:81: error: Value type not permitted by 'type' constraint\n"
              "  hint: \"99999999999999999999\" must be a number or null, not a string — A figure for the period "
              "(null: not available).",
              "data/training.json:1:95: error: Value type not permitted by 'type' constraint\n"
              "  hint: \"a/b~c\" must be a number or null, not true/false — A figure for the period (null: not "
              "available)."});
}
