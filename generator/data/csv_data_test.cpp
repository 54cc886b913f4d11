#include <catch2/catch.hpp>

#include "data/csv_data.h"
#include "data/readers.h"

using namespace publish;

namespace {

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& diagnostic : d.all()) out.push_back(format_diagnostic(diagnostic));
    return out;
}

const std::string training_description =
    "{\n"
    "  \"rows\": \"courses\",\n"
    "  \"columns\": {\n"
    "    \"Course\": { \"field\": \"title\" },\n"
    "    \"Format\": { \"field\": \"format\" },\n"
    "    \"Sessions 2023-24\": { \"field\": \"sessions.2023-24\", \"type\": \"number\" },\n"
    "    \"Attended 2023-24\": { \"field\": \"attended.2023-24\", \"type\": \"number\", \"thousands\": true }\n"
    "  },\n"
    "  \"data\": { \"periods\": [ { \"id\": \"2023-24\", \"label\": \"Sep 2023 – Apr 2024\" } ] }\n"
    "}\n";

const std::string training_csv =
    "Course,Format,Sessions 2023-24,Attended 2023-24\r\n"
    "Child exploitation,face-to-face,8,132\r\n"
    "\"Module 1, e-learning\",e-learning,,\"1,020\"\r\n";

FileMap csv_site(const std::string& csv, const std::string& description = training_description) {
    return {{"data/training.csv", csv}, {"data/training.csv.json", description}};
}

}  // namespace

TEST_CASE("number cells: plain, thousands only when asked, money with £, empty and n/a as null") {
    CHECK(*csv_number("1234", false, false) == 1234);
    CHECK(csv_number("1234", false, false)->is_number_integer());
    CHECK(*csv_number(" -3.5 ", false, false) == -3.5);
    CHECK_FALSE(csv_number("1,234", false, false));
    CHECK(*csv_number("1,234", true, false) == 1234);
    CHECK(*csv_number("1,234,567.25", true, false) == 1234567.25);
    CHECK_FALSE(csv_number("12,34", true, false));
    CHECK_FALSE(csv_number("1,2345", true, false));
    CHECK_FALSE(csv_number("£1,234", true, false));
    CHECK(*csv_number("£162,435", false, true) == 162435);
    CHECK(*csv_number("-£5.50", false, true) == -5.5);
    CHECK(csv_number("", false, false)->is_null());
    CHECK(csv_number("N/A", false, true)->is_null());
    CHECK_FALSE(csv_number("12x", false, false));
    CHECK_FALSE(csv_number("1.2.3", false, false));
    CHECK_FALSE(csv_number(".", false, false));
}

TEST_CASE("a CSV data set becomes the same JSON as the data file it replaces") {
    Diagnostics d;
    DataStore store = load_data_store(csv_site(training_csv), d);
    CHECK(messages(d).empty());
    const DataFile* file = store.file("training");
    REQUIRE(file != nullptr);
    REQUIRE(file->valid);
    CHECK(file->path == "data/training.csv");
    CHECK(file->value == nlohmann::json::parse(R"({
        "periods": [ { "id": "2023-24", "label": "Sep 2023 – Apr 2024" } ],
        "courses": [
          { "title": "Child exploitation", "format": "face-to-face",
            "sessions": { "2023-24": 8 }, "attended": { "2023-24": 132 } },
          { "title": "Module 1, e-learning", "format": "e-learning",
            "sessions": { "2023-24": null }, "attended": { "2023-24": 1020 } } ] })"));
    CHECK(format_diagnostic({Severity::error, file->at("/courses/1/attended/2023-24"), "here", ""}) ==
          "data/training.csv:3:36: error: here");
    CHECK(format_diagnostic({Severity::error, file->at("/periods/0/label"), "here", ""}) ==
          "data/training.csv.json:9:54: error: here");
    SiteData data = read_site_data(store, SiteConfig{}, d);
    CHECK(messages(d).empty());
    REQUIRE(data.training);
    REQUIRE(data.training->courses.size() == 2);
    CHECK(data.training->courses[1].attended.at("2023-24") == 1020);
    CHECK_FALSE(data.training->courses[1].sessions.at("2023-24"));
}

TEST_CASE("a bad number is an error at its cell, naming the column") {
    Diagnostics d;
    DataStore store = load_data_store(csv_site("Course,Format,Sessions 2023-24,Attended 2023-24\n"
                                               "A,virtual,1 2,5\n"),
                                      d);
    CHECK(messages(d) == std::vector<std::string>{
                             "data/training.csv:2:11: error: \"1 2\" is not a number (column \"Sessions 2023-24\")\n"
                             "  hint: write a number like 1234 or 3.5 (set \"thousands\": true in "
                             "data/training.csv.json to allow 1,234); leave it empty for n/a"});
    REQUIRE(store.file("training") != nullptr);
    CHECK_FALSE(store.file("training")->valid);
}

TEST_CASE("header columns must match the description both ways") {
    Diagnostics d;
    load_data_store(csv_site("Course,Format,Sessions 2023-24,Atended 2023-24\nA,virtual,1,5\n"), d);
    CHECK(messages(d) == std::vector<std::string>{
                             "data/training.csv:1:32: error: column \"Atended 2023-24\" is not described in "
                             "data/training.csv.json\n  hint: did you mean \"Attended 2023-24\"?",
                             "data/training.csv.json:7:25: error: column \"Attended 2023-24\" is not in the header row "
                             "of data/training.csv\n  hint: did you mean \"Atended 2023-24\"?"});
}

TEST_CASE("cells are checked by the data set's schema at their place in the CSV file") {
    std::string description = training_description;
    description.replace(description.find("\"field\": \"format\""), 17, "\"field\": \"format\", \"type\": \"number\"");
    Diagnostics d;
    load_data_store(csv_site("Course,Format,Sessions 2023-24,Attended 2023-24\nA,12,1,5\n", description), d);
    REQUIRE(d.all().size() == 1);
    CHECK(format_diagnostic(d.all()[0]).rfind("data/training.csv:2:3: error: Value type not permitted", 0) == 0);
}

TEST_CASE("the description is checked by its own schema, the CSV file must exist, one source per data set") {
    Diagnostics d;
    load_data_store({{"data/training.csv.json", "{\"rows\": \"courses\", \"columns\": {\"A\": {\"feild\": \"x\"}}}"},
                     {"data/training.csv", "A\n1\n"}},
                    d);
    d.sort();
    CHECK(messages(d) == std::vector<std::string>{
                             "data/training.csv.json:1:38: error: Missing required property 'field'\n"
                             "  hint: add \"field\": Where the cell goes in the row's object: a field name like "
                             "\"title\", or a dotted path like \"attended.2023-24\".",
                             "data/training.csv.json:1:48: error: Object contains a property that could not be "
                             "validated using 'properties' or 'additionalProperties' constraints: 'feild'\n"
                             "  hint: did you mean \"field\"?"});
    Diagnostics missing;
    load_data_store({{"data/training.csv.json", training_description}}, missing);
    CHECK(messages(missing) == std::vector<std::string>{
                                   "data/training.csv.json:1:1: error: missing data/training.csv (the CSV file this "
                                   "file describes)"});
    Diagnostics twice;
    FileMap both = csv_site(training_csv);
    both["data/training.json"] = "{\"periods\": [], \"courses\": []}";
    load_data_store(both, twice);
    CHECK(messages(twice) == std::vector<std::string>{
                                 "data/training.csv.json: error: data set \"training\" is given twice: in "
                                 "data/training.json and in data/training.csv\n  hint: keep one of them"});
}

TEST_CASE("rows can go into an element of a list given in data: a year's contributions") {
    Diagnostics d;
    DataStore store = load_data_store(
        {{"data/funding.csv.json",
          "{\"rows\": \"years.0.contributions\", \"columns\": {\"Partner\": {\"field\": \"partner\"},"
          " \"Amount\": {\"field\": \"amount\", \"type\": \"money\"}},"
          " \"data\": {\"currency\": \"GBP\", \"years\": [{\"period\": \"2023-24\", \"stated_total\": 165000}]}}"},
         {"data/funding.csv", "Partner,Amount\nCounty Council,\"£162,435\"\nProbation,\"2,565\"\n"}},
        d);
    SiteData data = read_site_data(store, SiteConfig{}, d);
    CHECK(messages(d).empty());
    REQUIRE(data.funding);
    REQUIRE(data.funding->years.size() == 1);
    REQUIRE(data.funding->years[0].contributions.size() == 2);
    CHECK(*data.funding->years[0].contributions[0].amount == 162435);
    CHECK(data.funding->years[0].contributions[1].where.file == "data/funding.csv");
    CHECK(data.funding->years[0].contributions[1].where.line == 3);
}
